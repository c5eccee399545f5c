#pragma once

#include "core/model/decimal.h"

#include <QtGlobal>

namespace Candela::Core::Test {

// A Decimal from a literal the test knows to be valid; a typo aborts the test loudly instead
// of turning into a silent zero.
template<typename Text>
Decimal dec(const Text& text)
{
    const auto parsed = Decimal::fromString(text);
    if (!parsed)
        qFatal("test literal does not parse: %s", qPrintable(parsed.error().message));
    return *parsed;
}

inline Decimal dec(const char* text)
{
    return dec(std::string_view(text));
}

} // namespace Candela::Core::Test
