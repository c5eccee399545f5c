// Prices, sizes and times as every parser reads them: text to Decimal, ISO 8601 timestamps, and
// the arithmetic on two such values. Two numbers are split at the first ',' of the input.
// Promises: text round-trips; + and x commute; (a + b) - b == a; a result never leaves the
// range silently (an error instead); a rounded value is a multiple of its increment.

#include "fuzzsupport.h"

#include "core/model/decimal.h"
#include "core/model/side.h"
#include "core/model/timestamp.h"

#include <string_view>

using namespace Candela::Core;
using Candela::Fuzz::check;

namespace {

void roundTrips(const Decimal& value)
{
    const auto again = Decimal::fromString(value.toString());
    check(bool(again) && *again == value, "toString reads back as the same value");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)parseIsoTimestamp(text);
    (void)parseSide(QString::fromUtf8(text.data(), qsizetype(text.size())));
    const size_t comma = text.find(',');
    const auto a = Decimal::fromString(text.substr(0, comma));
    if (a)
        roundTrips(*a);
    if (comma == std::string_view::npos)
        return 0;
    const auto b = Decimal::fromString(text.substr(comma + 1));
    if (!a || !b)
        return 0;
    roundTrips(*b);

    const auto sum = a->plus(*b);
    const auto sumBack = b->plus(*a);
    check(bool(sum) == bool(sumBack) && (!sum || *sum == *sumBack), "a + b == b + a");
    if (sum) {
        const auto back = sum->minus(*b);
        check(bool(back) && *back == *a, "(a + b) - b == a");
    }
    const auto product = a->times(*b);
    const auto productBack = b->times(*a);
    check(bool(product) == bool(productBack) && (!product || *product == *productBack),
        "a x b == b x a");
    if (product && !a->isZero() && !b->isZero() && !product->isZero())
        check(product->isNegative() == (a->isNegative() != b->isNegative()), "sign of a x b");
    for (const RoundingMode mode : {RoundingMode::HalfEven, RoundingMode::Down, RoundingMode::Up}) {
        if (!b->isZero()) {
            const auto quotient = a->dividedBy(*b, 8, mode);
            if (quotient)
                roundTrips(*quotient);
        }
        if (b->isPositive()) {
            const auto rounded = a->roundedToIncrement(*b, mode);
            check(!rounded || rounded->isMultipleOf(*b), "a rounded value is on its increment");
        }
    }
    return 0;
}
