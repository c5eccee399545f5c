#include "uint256.h"

#include <bit>

namespace Candela::Core::Internal {

namespace {
constexpr int LimbBits = 64;
constexpr int TotalBits = 256;

std::uint64_t low64(UInt128 value)
{
    return static_cast<std::uint64_t>(value);
}

std::uint64_t high64(UInt128 value)
{
    return static_cast<std::uint64_t>(value >> LimbBits);
}
} // namespace

UInt256::UInt256(UInt128 value) noexcept
    : m_limbs{low64(value), high64(value), 0, 0}
{ }

UInt256 UInt256::multiply(UInt128 a, UInt128 b) noexcept
{
    const std::uint64_t x[2] = {low64(a), high64(a)};
    const std::uint64_t y[2] = {low64(b), high64(b)};
    UInt256 result;
    for (int i = 0; i < 2; ++i) {
        std::uint64_t carry = 0;
        for (int j = 0; j < 2; ++j) {
            const UInt128 cell = static_cast<UInt128>(x[i]) * y[j] + result.m_limbs[i + j] + carry;
            result.m_limbs[i + j] = low64(cell);
            carry = high64(cell);
        }
        result.m_limbs[i + 2] = carry;
    }
    return result;
}

UInt256 UInt256::multipliedBy(std::uint64_t factor) const noexcept
{
    UInt256 result;
    std::uint64_t carry = 0;
    for (int i = 0; i < 4; ++i) {
        const UInt128 cell = static_cast<UInt128>(m_limbs[i]) * factor + carry;
        result.m_limbs[i] = low64(cell);
        carry = high64(cell);
    }
    return result;
}

UInt256::DivMod UInt256::divMod(const UInt256& divisor) const noexcept
{
    if (const auto small = divisor.toUInt64())
        return divMod(*small);
    if (const auto dividend = toUInt128()) {
        const auto wide = divisor.toUInt128();
        if (!wide) // the divisor is the larger
            return {UInt256{}, *this};
        return {UInt256(*dividend / *wide), UInt256(*dividend % *wide)};
    }
    // Binary long division from the dividend's highest set bit (the leading zeros would only
    // shift a zero remainder): at most 256 shift-and-subtract steps, for quotients of numbers
    // too wide for native division.
    int top = TotalBits - 1;
    for (int limb = 3; limb >= 0; --limb) {
        if (m_limbs[limb] != 0) {
            top = limb * LimbBits + (LimbBits - 1) - std::countl_zero(m_limbs[limb]);
            break;
        }
    }
    DivMod out;
    for (int index = top; index >= 0; --index) {
        out.remainder = out.remainder.shiftedLeftByOne();
        if (bit(index))
            out.remainder.m_limbs[0] |= 1U;
        if (compare(out.remainder, divisor) >= 0) {
            out.remainder.subtract(divisor);
            out.quotient.setBit(index);
        }
    }
    return out;
}

UInt256 UInt256::incremented() const noexcept
{
    UInt256 result = *this;
    for (auto& limb : result.m_limbs) {
        if (++limb != 0)
            break;
    }
    return result;
}

UInt256::DivMod UInt256::divMod(std::uint64_t divisor) const noexcept
{
    DivMod out;
    UInt128 remainder = 0;
    for (int i = 3; i >= 0; --i) {
        const UInt128 current = (remainder << LimbBits) | m_limbs[i];
        out.quotient.m_limbs[i] = low64(current / divisor);
        remainder = current % divisor;
    }
    out.remainder = UInt256(remainder);
    return out;
}

std::optional<std::uint64_t> UInt256::toUInt64() const noexcept
{
    if (m_limbs[1] != 0 || m_limbs[2] != 0 || m_limbs[3] != 0)
        return std::nullopt;
    return m_limbs[0];
}

bool UInt256::isZero() const noexcept
{
    return m_limbs[0] == 0 && m_limbs[1] == 0 && m_limbs[2] == 0 && m_limbs[3] == 0;
}

std::optional<UInt128> UInt256::toUInt128() const noexcept
{
    if (m_limbs[2] != 0 || m_limbs[3] != 0)
        return std::nullopt;
    return (static_cast<UInt128>(m_limbs[1]) << LimbBits) | m_limbs[0];
}

int compare(const UInt256& a, const UInt256& b) noexcept
{
    for (int i = 3; i >= 0; --i) {
        if (a.m_limbs[i] != b.m_limbs[i])
            return a.m_limbs[i] < b.m_limbs[i] ? -1 : 1;
    }
    return 0;
}

UInt256 UInt256::shiftedLeftByOne() const noexcept
{
    UInt256 result;
    for (int i = 3; i > 0; --i)
        result.m_limbs[i] = (m_limbs[i] << 1) | (m_limbs[i - 1] >> (LimbBits - 1));
    result.m_limbs[0] = m_limbs[0] << 1;
    return result;
}

bool UInt256::bit(int index) const noexcept
{
    return ((m_limbs[index / LimbBits] >> (index % LimbBits)) & 1U) != 0;
}

void UInt256::setBit(int index) noexcept
{
    m_limbs[index / LimbBits] |= std::uint64_t{1} << (index % LimbBits);
}

void UInt256::subtract(const UInt256& other) noexcept
{
    std::uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t lhs = m_limbs[i];
        const std::uint64_t rhs = other.m_limbs[i];
        const std::uint64_t diff = lhs - rhs - borrow;
        borrow = (lhs < rhs || (lhs == rhs && borrow != 0)) ? 1 : 0;
        m_limbs[i] = diff;
    }
}

} // namespace Candela::Core::Internal
