#pragma once

// The project's own sources, for the tests that hold rules over them (header-only; every test
// target has CANDELA_SOURCE_DIR).

#include <QDirIterator>
#include <QFile>
#include <QString>

#include <functional>
#include <initializer_list>

namespace Candela::Test {

// Calls `check` with the path and text of every .h and .cpp below the given folders of the
// source tree ("/app", "/core", …); returns how many it read (0 for a folder it cannot find).
inline int forEachSource(std::initializer_list<const char*> folders,
    const std::function<void(const QString& path, const QString& text)>& check)
{
    int read = 0;
    for (const char* folder : folders) {
        QDirIterator files(QStringLiteral(CANDELA_SOURCE_DIR) + QLatin1String(folder),
            {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            check(file.fileName(), QString::fromUtf8(file.readAll()));
            ++read;
        }
    }
    return read;
}

} // namespace Candela::Test
