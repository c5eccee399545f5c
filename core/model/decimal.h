#pragma once

#include "int128.h"
#include "result.h"
#include "roundingmode.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <cstddef>
#include <string_view>

class QDebug;

namespace Candela::Core {

// An exact fixed-point decimal for prices, quantities, cash and fees.
//
// The value is stored as a 128-bit integer count of 10^-18 units, so every Coinbase decimal
// string (at most 18 fraction digits) is held exactly and values of either sign below
// 10^19 fit (at most 19 integer digits: every value in range has a text that reads back). Products
// are worked out from whole and fraction parts (each partial product within 128 bits) and quotients
// natively or through a 256-bit intermediate, so price x quantity never overflows for realistic
// values (10^7 USD x 10^4 BTC at 10^-8 steps is 10^11, far inside the range). Arithmetic that could
// leave the range returns a Result instead of wrapping; `double` appears only in toDouble(), for
// indicators and drawing.
class Decimal final
{
public:
    static constexpr int Scale = 18; // fraction digits held exactly
    static constexpr int MaxIntegerDigits = 19; // |value| < 10^19

    constexpr Decimal() noexcept = default;

    // Parses a plain decimal string: optional '-', digits, optional '.' and digits.
    // No exponent, no spaces, no '+', at most 19 integer and 18 fraction digits.
    static Result<Decimal> fromString(QStringView text);
    static Result<Decimal> fromString(std::string_view text);
    static Decimal fromInteger(qint64 value) noexcept;

    // Canonical form: plain digits, no exponent, no trailing zeros, "0" for zero.
    QString toString() const;
    // Exactly `fractionDigits` decimals (0..18), rounded with `mode` when needed.
    QString toString(int fractionDigits, RoundingMode mode = RoundingMode::HalfEven) const;
    // Inline: indicators convert five per candle, and the compiler overlaps them.
    double toDouble() const noexcept
    {
        // No integer division and no long double: the units (|units| <= 10^37 < 2^123) split at
        // bit 63 into two signed 64-bit halves, one instruction each to convert, and are divided
        // by 10^18 (exact in a double). Below 2^53 units (0.009) the result is correctly
        // rounded; above, within a unit or two in the last place — which indicators and
        // drawing, the only users, do not see.
        constexpr double Unit = 1e18;
        constexpr double TwoTo63 = 9223372036854775808.0;
        const auto high = static_cast<qint64>(m_units >> 63);
        const auto low = static_cast<qint64>(m_units & Internal::Int128(0x7fff'ffff'ffff'ffffLL));
        return (double(high) * TwoTo63 + double(low)) / Unit;
    }

    // Number of fraction digits of the canonical form ("0.0010" has scale 3).
    int scale() const noexcept;
    int signum() const noexcept;
    bool isZero() const noexcept { return m_units == 0; }
    bool isNegative() const noexcept { return m_units < 0; }
    bool isPositive() const noexcept { return m_units > 0; }

    Decimal abs() const noexcept;
    Decimal operator-() const noexcept;

    // (Inline, with the error built out of line: sums and differences come on every candle.)
    Result<Decimal> plus(const Decimal& other) const
    {
        return fromUnits(m_units + other.m_units); // |sum| <= 2 x 10^37 fits in 128 bits
    }
    Result<Decimal> minus(const Decimal& other) const { return fromUnits(m_units - other.m_units); }
    // Exact when the two scales add up to at most 18 digits, otherwise rounded with `mode`.
    Result<Decimal> times(const Decimal& other, RoundingMode mode = RoundingMode::HalfEven) const;
    // Quotient with `fractionDigits` decimals (0..18), rounded with `mode`.
    Result<Decimal> dividedBy(const Decimal& divisor, int fractionDigits, RoundingMode mode) const;

    // Rounded to a whole multiple of a positive `increment` (a product's price or size step).
    Result<Decimal> roundedToIncrement(const Decimal& increment, RoundingMode mode) const;
    bool isMultipleOf(const Decimal& increment) const noexcept;

    friend bool operator==(const Decimal& a, const Decimal& b) noexcept
    {
        return a.m_units == b.m_units;
    }
    // Spelled out beside <=>: the rewritten forms go through an ordering value and the compiler
    // leaves branches in them; these compile to a compare and a flag (no misprediction in a
    // loop of comparisons such as the swing test).
    friend bool operator<(const Decimal& a, const Decimal& b) noexcept
    {
        return a.m_units < b.m_units;
    }
    friend bool operator<=(const Decimal& a, const Decimal& b) noexcept
    {
        return a.m_units <= b.m_units;
    }
    friend bool operator>(const Decimal& a, const Decimal& b) noexcept
    {
        return a.m_units > b.m_units;
    }
    friend bool operator>=(const Decimal& a, const Decimal& b) noexcept
    {
        return a.m_units >= b.m_units;
    }
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept
    {
        return a.m_units < b.m_units ? std::strong_ordering::less
            : a.m_units == b.m_units ? std::strong_ordering::equal
                                     : std::strong_ordering::greater;
    }

    size_t hash(size_t seed) const noexcept;

private:
    // Rounded to `fractionDigits` decimals (0..18), for text only: rounding up at the range's
    // edge gives 10^19 itself, which arithmetic refuses (roundedToIncrement is the checked form).
    Decimal rounded(int fractionDigits, RoundingMode mode) const noexcept;

    explicit constexpr Decimal(Internal::Int128 units) noexcept
        : m_units(units)
    { }
    static Result<Decimal> fromUnits(Internal::Int128 units)
    {
        // 10^37, the range's edge in units, itself outside: 10^19 has 20 integer digits
        constexpr auto MaxUnits = Internal::Int128(10'000'000'000'000'000'000ULL)
            * Internal::Int128(1'000'000'000'000'000'000ULL);
        if (units >= MaxUnits || units <= -MaxUnits)
            return rangeError();
        return Decimal(units);
    }
    static Error rangeError();

    Internal::Int128 m_units = 0; // value x 10^18
};

inline size_t qHash(const Decimal& value, size_t seed = 0) noexcept
{
    return value.hash(seed);
}

QDebug operator<<(QDebug debug, const Decimal& value);

} // namespace Candela::Core
