#pragma once

#include <QStringList>

#include <initializer_list>

namespace Candela::Test {

// A QStringList from plain literals (the build forbids implicit conversions from char*).
inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace Candela::Test
