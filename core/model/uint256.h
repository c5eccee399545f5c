#pragma once

#include "int128.h"

#include <array>
#include <cstdint>
#include <optional>

namespace Candela::Core::Internal {

// A minimal unsigned 256-bit integer: just enough for Decimal's exact products and
// quotients. Four 64-bit limbs, least significant first.
class UInt256 final
{
public:
    constexpr UInt256() noexcept = default;
    explicit UInt256(UInt128 value) noexcept;

    static UInt256 multiply(UInt128 a, UInt128 b) noexcept;
    UInt256 multipliedBy(std::uint64_t factor) const noexcept; // caller keeps it in range

    struct DivMod;
    DivMod divMod(const UInt256& divisor) const noexcept; // divisor != 0
    // Four native 128/64-bit divisions instead of 256 shift-and-subtract steps.
    DivMod divMod(std::uint64_t divisor) const noexcept; // divisor != 0
    std::optional<std::uint64_t> toUInt64() const noexcept;

    UInt256 incremented() const noexcept;
    bool isZero() const noexcept;
    bool isOdd() const noexcept { return (m_limbs[0] & 1U) != 0; }
    std::optional<UInt128> toUInt128() const noexcept; // nullopt when it does not fit

    friend bool operator==(const UInt256&, const UInt256&) noexcept = default;
    friend int compare(const UInt256& a, const UInt256& b) noexcept;

    UInt256 shiftedLeftByOne() const noexcept;

private:
    bool bit(int index) const noexcept;
    void setBit(int index) noexcept;
    void subtract(const UInt256& other) noexcept; // *this >= other

    std::array<std::uint64_t, 4> m_limbs{};
};

struct UInt256::DivMod
{
    UInt256 quotient;
    UInt256 remainder;
};

} // namespace Candela::Core::Internal
