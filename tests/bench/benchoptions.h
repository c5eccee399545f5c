#pragma once

#include <QStringList>

#include <algorithm>

namespace Candela::Bench {

// Removes "--NAME N" from `arguments` and returns N (at least 1), or `fallback` when absent.
inline int takeCount(QStringList& arguments, const QString& name, int fallback)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--") + name);
    if (at < 0 || at + 1 >= arguments.size())
        return fallback;
    const int value = std::max(1, arguments.at(at + 1).toInt());
    arguments.remove(at, 2);
    return value;
}

} // namespace Candela::Bench
