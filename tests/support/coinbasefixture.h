#pragma once

// Coinbase's documented sample messages in tests/data/coinbase (see its SOURCES.md). Header-only:
// the test target defines CANDELA_TEST_DATA_DIR.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace Candela::TestData {

// The fixture's bytes; a missing fixture aborts the test loudly.
inline QByteArray coinbaseFixture(const char* name)
{
    QFile file(QStringLiteral(CANDELA_TEST_DATA_DIR "/coinbase/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace Candela::TestData
