#include "vectorstate.h"

#if defined(__x86_64__) || defined(__i386__) || defined(_M_X64) || defined(_M_IX86)
#define CANDELA_X86 1
#include <immintrin.h>
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#else
#include <cpuid.h>
#endif
#endif

namespace Candela::Core {

#ifdef CANDELA_X86
namespace {

struct CpuFeatures
{
    bool avx = false; // the CPU has AVX and the OS saves its registers
    bool xinuse = false; // XGETBV with ECX = 1 reports the registers in use
};

void cpuid(unsigned leaf, unsigned subleaf, unsigned (&registers)[4])
{
#if defined(_MSC_VER) && !defined(__clang__)
    int values[4];
    __cpuidex(values, int(leaf), int(subleaf));
    for (int i = 0; i < 4; ++i)
        registers[i] = unsigned(values[i]);
#else
    __cpuid_count(leaf, subleaf, registers[0], registers[1], registers[2], registers[3]);
#endif
}

unsigned long long extendedControl(unsigned which)
{
#if defined(_MSC_VER) && !defined(__clang__)
    return _xgetbv(which);
#else
    unsigned low = 0;
    unsigned high = 0;
    // (inline assembly: the intrinsic would need -mxsave; the caller has checked OSXSAVE)
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(which));
    return (static_cast<unsigned long long>(high) << 32) | low;
#endif
}

CpuFeatures detect()
{
    CpuFeatures features;
    unsigned r[4] = {};
    cpuid(0, 0, r);
    const unsigned maxLeaf = r[0];
    cpuid(1, 0, r);
    const bool osxsave = (r[2] & (1u << 27)) != 0;
    const bool avx = (r[2] & (1u << 28)) != 0;
    if (!osxsave || !avx)
        return features;
    features.avx = (extendedControl(0) & 0x6) == 0x6; // the OS saves XMM and YMM state
    if (features.avx && maxLeaf >= 0xd) {
        cpuid(0xd, 1, r);
        features.xinuse = (r[0] & (1u << 2)) != 0;
    }
    return features;
}

const CpuFeatures Features = detect();

#if defined(_MSC_VER) && !defined(__clang__)
void zeroUpper()
{
    _mm256_zeroupper();
}
#else
__attribute__((target("avx"))) void zeroUpper()
{
    _mm256_zeroupper();
}
#endif

} // namespace

void clearUpperVectorState() noexcept
{
    if (Features.avx)
        zeroUpper();
}

UpperVectorState upperVectorState() noexcept
{
    if (!Features.xinuse)
        return UpperVectorState::Unknown;
    // Bit 2: the upper halves of YMM0–15; bit 6: the upper halves of ZMM0–15.
    return (extendedControl(1) & ((1u << 2) | (1u << 6))) != 0 ? UpperVectorState::Dirty
                                                               : UpperVectorState::Clean;
}

#else

void clearUpperVectorState() noexcept
{ }

UpperVectorState upperVectorState() noexcept
{
    return UpperVectorState::Unknown;
}

#endif

} // namespace Candela::Core
