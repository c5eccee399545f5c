#include "decimal.h"

#include "uint256.h"

#include <QDebug>
#include <QHashFunctions>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace Candela::Core {

using Internal::Int128;
using Internal::UInt128;
using Internal::UInt256;

namespace {

constexpr std::array<UInt128, 38> makePowersOfTen()
{
    std::array<UInt128, 38> powers{};
    UInt128 value = 1;
    for (auto& power : powers) {
        power = value;
        value *= 10;
    }
    return powers;
}

constexpr auto PowersOfTen = makePowersOfTen();

// (2^128 − 1) / 10^k: the largest b with b·10^k in 128 bits, worked out at compile time (at run
// time each would be a library division).
constexpr std::array<UInt128, 19> makeLargestScalable()
{
    std::array<UInt128, 19> largest{};
    for (size_t k = 0; k < largest.size(); ++k)
        largest[k] = ~UInt128(0) / PowersOfTen[k];
    return largest;
}

constexpr auto LargestScalable = makeLargestScalable();

// A quotient and remainder of 128-bit operands.
struct DivMod128
{
    UInt128 quotient;
    UInt128 remainder;
};

// x / y and x % y with one library division: the remainder by a multiply and a subtraction.
DivMod128 divMod128(UInt128 x, UInt128 y)
{
    const UInt128 quotient = x / y;
    return {quotient, x - quotient * y};
}

constexpr UInt128 UnitsPerOne = PowersOfTen[Decimal::Scale];
constexpr UInt128 MaxUnits = PowersOfTen[Decimal::Scale + Decimal::MaxIntegerDigits]; // outside

UInt128 magnitude(Int128 value)
{
    return value < 0 ? UInt128(0) - static_cast<UInt128>(value) : static_cast<UInt128>(value);
}

constexpr std::uint64_t UnitsPerOne64 = 1'000'000'000'000'000'000ULL;

// (carry·2^64 + low) / 10^18 and its remainder, for carry < 10^18 (so that the quotient fits in
// 64 bits), by the divisor's precomputed inverse — Möller and Granlund, "Improved division by
// invariant integers" (2011), algorithm 4 — two multiplications and a correction instead of a
// 128-by-64-bit division, which takes tens of cycles and sits on every product's path.
struct Split64
{
    std::uint64_t quotient;
    std::uint64_t remainder;
};

Split64 divideByUnit(std::uint64_t carry, std::uint64_t low)
{
    constexpr int Shift = 4; // 10^18 · 2^4 has its top bit set: the normalised divisor
    constexpr std::uint64_t Divisor = UnitsPerOne64 << Shift;
    constexpr std::uint64_t Inverse = 0x2725'dd1d'243a'ba0eULL; // ⌊(2^128 − 1) / Divisor⌋ − 2^64
    static_assert(UInt128(Inverse) == ~UInt128(0) / Divisor - (UInt128(1) << 64));
    const std::uint64_t high = (carry << Shift) | (low >> (64 - Shift)); // < Divisor
    const std::uint64_t rest = low << Shift;
    const UInt128 estimate = UInt128(Inverse) * high + ((UInt128(high) << 64) | rest);
    auto quotient = static_cast<std::uint64_t>(estimate >> 64) + 1;
    std::uint64_t remainder = rest - quotient * Divisor; // modulo 2^64
    if (remainder > static_cast<std::uint64_t>(estimate)) {
        --quotient;
        remainder += Divisor;
    }
    if (remainder >= Divisor) { // rare
        ++quotient;
        remainder -= Divisor;
    }
    return {quotient, remainder >> Shift};
}

// x / 10^18 and its remainder, for any 128-bit x, without a 128-bit division (a library call on
// every compiler): the high word's share by a 64-bit division by a constant, which compiles to
// a multiply, then the rest, whose quotient fits in 64 bits because what is left of the high
// word is under the divisor. A product's rescale does three.
struct UnitSplit
{
    UInt128 quotient;
    std::uint64_t remainder;
};

UnitSplit splitUnits(UInt128 x)
{
    const auto high = static_cast<std::uint64_t>(x >> 64);
    const auto low = static_cast<std::uint64_t>(x);
    const std::uint64_t highQuotient = high / UnitsPerOne64;
    const Split64 rest = divideByUnit(high % UnitsPerOne64, low);
    return {(UInt128(highQuotient) << 64) | rest.quotient, rest.remainder};
}

// Whether a quotient with a non-zero remainder moves one away from zero in `mode`. `half`
// compares the remainder with half the divisor (negative, zero or positive); `negative` is the
// sign of the exact result, which Floor and Ceiling need.
bool roundsAway(RoundingMode mode, int half, bool quotientOdd, bool negative)
{
    switch (mode) {
    case RoundingMode::HalfEven:
        return half > 0 || (half == 0 && quotientOdd);
    case RoundingMode::HalfUp:
        return half >= 0;
    case RoundingMode::Down:
        return false;
    case RoundingMode::Up:
        return true;
    case RoundingMode::Floor:
        return negative;
    case RoundingMode::Ceiling:
        return !negative;
    }
    return false;
}

Int128 withSign(UInt128 magnitudeValue, bool negative)
{
    const auto value = static_cast<Int128>(magnitudeValue);
    return negative ? -value : value;
}

bool validFractionDigits(int fractionDigits)
{
    return fractionDigits >= 0 && fractionDigits <= Decimal::Scale;
}

// Rounds quotient + remainder/divisor to a whole number in the given mode. `negative` is the
// sign of the exact result, which Floor and Ceiling need.
UInt256 roundQuotient(
    const UInt256::DivMod& division, const UInt256& divisor, bool negative, RoundingMode mode)
{
    if (division.remainder.isZero())
        return division.quotient;
    const int half = compare(division.remainder.shiftedLeftByOne(), divisor);
    return roundsAway(mode, half, division.quotient.isOdd(), negative)
        ? division.quotient.incremented()
        : division.quotient;
}

// The same in 128 bits, where every quotient and rounding of realistic values falls: the
// remainder is compared with what is left of the divisor (2·remainder could overflow). Nothing
// when rounding away would leave 128 bits.
std::optional<UInt128> roundQuotient(
    const DivMod128& division, UInt128 divisor, bool negative, RoundingMode mode)
{
    if (division.remainder == 0)
        return division.quotient;
    const UInt128 rest = divisor - division.remainder;
    const int half = division.remainder < rest ? -1 : (division.remainder > rest ? 1 : 0);
    if (!roundsAway(mode, half, (division.quotient & 1) != 0, negative))
        return division.quotient;
    if (division.quotient == ~UInt128(0))
        return std::nullopt;
    return division.quotient + 1;
}

std::optional<UInt128> divideRounded(
    UInt128 numerator, UInt128 divisor, bool negative, RoundingMode mode)
{
    return roundQuotient(divMod128(numerator, divisor), divisor, negative, mode);
}

UInt256 divideRounded(
    const UInt256& numerator, const UInt256& divisor, bool negative, RoundingMode mode)
{
    const auto smallNumerator = numerator.toUInt128();
    const auto smallDivisor = divisor.toUInt128();
    if (smallNumerator && smallDivisor) { // the common case: native 128-bit division
        if (const auto rounded = divideRounded(*smallNumerator, *smallDivisor, negative, mode))
            return UInt256(*rounded);
        return UInt256(~UInt128(0)).incremented();
    }
    if (const auto smallDivisor64 = divisor.toUInt64()) // e.g. 10^18 after a product
        return roundQuotient(numerator.divMod(*smallDivisor64), divisor, negative, mode);
    return roundQuotient(numerator.divMod(divisor), divisor, negative, mode);
}

// a·10^digits / b as a quotient and remainder, by native 128-bit divisions of at most 18 digits
// at a time while b·10^k fits in 128 bits — the risk gate's sizing divides this way on every
// entry, where the 256-bit bit-by-bit division took a microsecond. Nothing when it does not fit
// (a huge divisor, a quotient beyond 128 bits): the caller divides the slow way.
std::optional<DivMod128> scaledQuotient(UInt128 a, int digits, UInt128 b)
{
    constexpr UInt128 Max = ~UInt128(0);
    int widest = 18; // the most digits at a time with b·10^k in 128 bits
    while (widest > 0 && b > LargestScalable[size_t(widest)])
        --widest;
    if (widest == 0 && digits > 0)
        return std::nullopt;
    UInt128 quotient = a / b;
    UInt128 remainder = a - quotient * b;
    while (digits > 0) {
        const int step = std::min(digits, widest);
        const UInt128 scale = PowersOfTen[step];
        const UInt128 widened = remainder * scale; // < b·10^step, which fits
        const UInt128 part = widened / b;
        // quotient·scale + part must fit: quotient ≤ (Max − part) / scale, without dividing.
        if (quotient > LargestScalable[size_t(step)] || quotient * scale > Max - part)
            return std::nullopt;
        quotient = quotient * scale + part;
        remainder = widened - part * b;
        digits -= step;
    }
    return DivMod128{quotient, remainder};
}

Error overflowError(const char* operation)
{
    return makeError(ErrorCode::Overflow,
        QStringLiteral("decimal %1 leaves the range of +/-10^19").arg(QLatin1String(operation)));
}

template<typename Char>
Error parseError(const Char* begin, const Char* end, const QString& why)
{
    QString shown;
    for (const Char* it = begin; it != end && shown.size() < 48; ++it)
        shown.append(QChar(static_cast<char16_t>(*it)));
    return makeError(
        ErrorCode::ParseError, QStringLiteral("\"%1\" is not a decimal: %2").arg(shown, why));
}

// Parsing is shared by the UTF-16 (QString/JSON) and the 8-bit (CSV bytes) front ends and
// yields the signed count of 10^-18 units.
template<typename Char>
Result<Int128> parseUnits(const Char* begin, const Char* end)
{
    if (begin == end)
        return parseError(begin, end, QStringLiteral("empty"));
    const Char* it = begin;
    const bool negative = *it == Char('-');
    if (negative)
        ++it;
    UInt128 integerPart = 0;
    int integerDigits = 0;
    const Char* const integerStart = it;
    for (; it != end && *it >= Char('0') && *it <= Char('9'); ++it) {
        if (integerDigits == 0 && *it == Char('0'))
            continue; // leading zeros carry no value
        if (++integerDigits > Decimal::MaxIntegerDigits)
            return parseError(begin, end, QStringLiteral("more than 19 integer digits"));
        integerPart = integerPart * 10 + static_cast<unsigned>(*it - Char('0'));
    }
    if (it == integerStart)
        return parseError(
            begin, end, QStringLiteral("expected a digit at position %1").arg(it - begin + 1));
    UInt128 fraction = 0;
    int fractionDigits = 0;
    if (it != end && *it == Char('.')) {
        ++it;
        const Char* const fractionStart = it;
        for (; it != end && *it >= Char('0') && *it <= Char('9'); ++it) {
            if (++fractionDigits > Decimal::Scale)
                return parseError(begin, end, QStringLiteral("more than 18 fraction digits"));
            fraction = fraction * 10 + static_cast<unsigned>(*it - Char('0'));
        }
        if (it == fractionStart)
            return parseError(begin, end, QStringLiteral("expected a digit after '.'"));
    }
    if (it != end)
        return parseError(
            begin, end, QStringLiteral("unexpected character at position %1").arg(it - begin + 1));
    const UInt128 units
        = integerPart * UnitsPerOne + fraction * PowersOfTen[Decimal::Scale - fractionDigits];
    return withSign(units, negative); // 19 digits x 10^18 + fraction < 10^37: always in range
}

} // namespace

Result<Decimal> Decimal::fromString(QStringView text)
{
    auto units = parseUnits(text.utf16(), text.utf16() + text.size());
    if (!units)
        return units.error();
    return Decimal(*units);
}

Result<Decimal> Decimal::fromString(std::string_view text)
{
    auto units = parseUnits(text.data(), text.data() + text.size());
    if (!units)
        return units.error();
    return Decimal(*units);
}

Decimal Decimal::fromInteger(qint64 value) noexcept
{
    return Decimal(static_cast<Int128>(value) * static_cast<Int128>(UnitsPerOne));
}

Error Decimal::rangeError()
{
    return overflowError("arithmetic");
}

QString Decimal::toString() const
{
    return toString(scale(), RoundingMode::Down); // exact: scale() digits lose nothing
}

QString Decimal::toString(int fractionDigits, RoundingMode mode) const
{
    if (!validFractionDigits(fractionDigits))
        fractionDigits = fractionDigits < 0 ? 0 : Scale;
    const UInt128 units = magnitude(rounded(fractionDigits, mode).m_units);
    const auto integerPart = static_cast<quint64>(units / UnitsPerOne); // <= 10^19 < 2^64
    QString text;
    if (units != 0 && m_units < 0)
        text.append(QLatin1Char('-'));
    text.append(QString::number(integerPart));
    if (fractionDigits > 0) {
        const auto fraction
            = static_cast<quint64>((units % UnitsPerOne) / PowersOfTen[Scale - fractionDigits]);
        text.append(QLatin1Char('.'));
        text.append(QStringLiteral("%1").arg(fraction, fractionDigits, 10, QLatin1Char('0')));
    }
    return text;
}

int Decimal::scale() const noexcept
{
    UInt128 units = magnitude(m_units);
    if (units == 0)
        return 0;
    int digits = Scale;
    while (digits > 0 && units % 10 == 0) {
        units /= 10;
        --digits;
    }
    return digits;
}

int Decimal::signum() const noexcept
{
    return m_units < 0 ? -1 : (m_units > 0 ? 1 : 0);
}

Decimal Decimal::abs() const noexcept
{
    return Decimal(m_units < 0 ? -m_units : m_units);
}

Decimal Decimal::operator-() const noexcept
{
    return Decimal(-m_units);
}

Result<Decimal> Decimal::times(const Decimal& other, RoundingMode mode) const
{
    const bool negative = (m_units < 0) != (other.m_units < 0);
    // a·b / 10^18 from the whole and fraction parts (a = a1·10^18 + a0, b likewise), each
    // product native: a1·b1·10^18 + a1·b0 + a0·b1 + a0·b0 / 10^18, the last split at 10^18 like
    // the operands (splitUnits: multiplications, no division) and its remainder for the
    // rounding. Every term fits in 128 bits while the result
    // is in range (a1, b1 ≤ 10^19; a0, b0 < 10^18). Equity and fees take this path per candle.
    const UInt128 a = magnitude(m_units);
    const UInt128 b = magnitude(other.m_units);
    const UnitSplit aParts = splitUnits(a);
    const UnitSplit bParts = splitUnits(b);
    const UInt128 a1 = aParts.quotient;
    const UInt128 a0 = aParts.remainder;
    const UInt128 b1 = bParts.quotient;
    const UInt128 b0 = bParts.remainder;
    const UInt128 wholes = a1 * b1; // <= 10^38, fits
    if (wholes > MaxUnits / UnitsPerOne)
        return overflowError("multiplication");
    const UnitSplit fractions = splitUnits(a0 * b0);
    const UInt128 floor
        = wholes * UnitsPerOne + a1 * b0 + a0 * b1 + fractions.quotient; // < 3·10^37
    const auto units
        = roundQuotient(DivMod128{floor, fractions.remainder}, UnitsPerOne, negative, mode);
    if (!units || *units >= MaxUnits)
        return overflowError("multiplication");
    return Decimal(withSign(*units, negative));
}

Result<Decimal> Decimal::dividedBy(
    const Decimal& divisor, int fractionDigits, RoundingMode mode) const
{
    if (divisor.isZero())
        return makeError(ErrorCode::DivisionByZero, QStringLiteral("decimal division by zero"));
    if (!validFractionDigits(fractionDigits))
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("fraction digits must be 0..18, not %1").arg(fractionDigits));
    const bool negative = (m_units < 0) != (divisor.m_units < 0);
    // (a / 10^18) / (b / 10^18) at `fractionDigits` decimals is a * 10^digits / b.
    const UInt128 a = magnitude(m_units);
    const UInt128 b = magnitude(divisor.m_units);
    std::optional<UInt128> quotient;
    if (const auto fast = scaledQuotient(a, fractionDigits, b)) {
        quotient = roundQuotient(*fast, b, negative, mode);
    } else {
        const UInt256 numerator
            = UInt256(a).multipliedBy(static_cast<std::uint64_t>(PowersOfTen[fractionDigits]));
        quotient = divideRounded(numerator, UInt256(b), negative, mode).toUInt128();
    }
    const UInt128 step = PowersOfTen[Scale - fractionDigits];
    if (!quotient || *quotient >= MaxUnits / step) // MaxUnits is a multiple of step
        return overflowError("division");
    return Decimal(withSign(*quotient * step, negative));
}

Decimal Decimal::rounded(int fractionDigits, RoundingMode mode) const noexcept
{
    if (!validFractionDigits(fractionDigits))
        fractionDigits = fractionDigits < 0 ? 0 : Scale;
    const UInt128 step = PowersOfTen[Scale - fractionDigits];
    const bool negative = m_units < 0;
    // 10^37 is a multiple of every step: rounding reaches at most the range's edge.
    const auto steps = divideRounded(magnitude(m_units), step, negative, mode);
    return Decimal(withSign(steps.value_or(0) * step, negative));
}

Result<Decimal> Decimal::roundedToIncrement(const Decimal& increment, RoundingMode mode) const
{
    if (!increment.isPositive())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("increment must be positive, not %1").arg(increment.toString()));
    const bool negative = m_units < 0;
    const UInt128 step = magnitude(increment.m_units);
    const auto stepCount = divideRounded(magnitude(m_units), step, negative, mode);
    if (!stepCount)
        return overflowError("rounding");
    const auto units = UInt256::multiply(*stepCount, step).toUInt128();
    if (!units || *units >= MaxUnits)
        return overflowError("rounding");
    return Decimal(withSign(*units, negative));
}

bool Decimal::isMultipleOf(const Decimal& increment) const noexcept
{
    if (increment.isZero())
        return false;
    return magnitude(m_units) % magnitude(increment.m_units) == 0;
}

size_t Decimal::hash(size_t seed) const noexcept
{
    const auto bits = static_cast<UInt128>(m_units);
    return qHashMulti(seed, static_cast<quint64>(bits), static_cast<quint64>(bits >> 64));
}

QDebug operator<<(QDebug debug, const Decimal& value)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Decimal(" << value.toString() << ')';
    return debug;
}

} // namespace Candela::Core
