#pragma once

// What every fuzz target shares: the libFuzzer entry point it defines, the input as Qt bytes,
// and a check that stops the run (a finding) when a property the parser promises does not hold.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace Candela::Fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A broken promise is a finding like a crash: report it and abort, so libFuzzer keeps the input.
inline void check(bool holds, const char* promise)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
    std::abort();
}

} // namespace Candela::Fuzz
