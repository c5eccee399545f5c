#include "core/model/timestamp.h"

#include <QTest>

using namespace Candela::Core;
using namespace std::chrono;

class tst_Timestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCoinbaseTimes_data();
    void parsesCoinbaseTimes();
    void rejectsOtherFormats_data();
    void rejectsOtherFormats();
    void convertsUnixSeconds();
};

void tst_Timestamp::parsesCoinbaseTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("printed");

    QTest::newRow("nanoseconds") << "2026-08-09T21:05:48.228568804Z" << qint64(1786309548228568)
                                 << "2026-08-09T21:05:48.228568Z";
    QTest::newRow("milliseconds") << "2019-08-14T20:42:27.265Z" << qint64(1565815347265000)
                                  << "2019-08-14T20:42:27.265000Z";
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0) << "1970-01-01T00:00:00Z";
    QTest::newRow("leap day") << "2024-02-29T23:59:59.000001Z" << qint64(1709251199000001)
                              << "2024-02-29T23:59:59.000001Z";
}

void tst_Timestamp::parsesCoinbaseTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    QFETCH(QString, printed);

    const QByteArray bytes = text.toLatin1();
    const auto parsed
        = parseIsoTimestamp(std::string_view(bytes.constData(), size_t(bytes.size())));
    QVERIFY(parsed);
    QCOMPARE(parsed->time_since_epoch().count(), micros);
    QCOMPARE(toIsoString(*parsed), printed);
}

void tst_Timestamp::rejectsOtherFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("go time string") << "2023-06-23 20:31:56.121961769 +0000 UTC m=+91717.5";
    QTest::newRow("offset zone") << "2026-08-09T21:05:48+02:00";
    QTest::newRow("no zone") << "2026-08-09T21:05:48";
    QTest::newRow("bad month") << "2026-13-09T21:05:48Z";
    QTest::newRow("bad day") << "2026-02-30T21:05:48Z";
    QTest::newRow("empty fraction") << "2026-08-09T21:05:48.Z";
    QTest::newRow("letters") << "2026-08-0xT21:05:48Z";
}

void tst_Timestamp::rejectsOtherFormats()
{
    QFETCH(QString, text);
    const QByteArray bytes = text.toLatin1();
    QVERIFY(!parseIsoTimestamp(std::string_view(bytes.constData(), size_t(bytes.size()))));
}

void tst_Timestamp::convertsUnixSeconds()
{
    QCOMPARE(toUnixSeconds(fromUnixSeconds(1786264200)), qint64(1786264200));
    QCOMPARE(toIsoString(fromUnixSeconds(1751328000)), QStringLiteral("2025-07-01T00:00:00Z"));
}

QTEST_GUILESS_MAIN(tst_Timestamp)
#include "tst_timestamp.moc"
