#include "core/market/csvcandles.h"

#include "decimalliteral.h"

#include <QBuffer>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {
Result<std::vector<Candle>> parse(const QByteArray& text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return readCsvCandles(buffer, QStringLiteral("test.csv"));
}
} // namespace

class tst_CsvCandles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRowsExactly();
    void acceptsWindowsLineEndingsAndBlankLines();
    void refusesCorruptFiles_data();
    void refusesCorruptFiles();
    void missingFileIsAnIoError();
    void readsTheBundledFiveMinuteSet();
    void writesRowsThatReadBack();
};

void tst_CsvCandles::readsRowsExactly()
{
    const auto candles = parse("time,open,high,low,close,volume\n"
                               "1606070760,18568.85,18568.85,18556.14,18558.86,8.7218477\n"
                               "1606070820,18558.87,18558.87,18542.05,18546.53,2.91601587\n");
    QVERIFY(candles);
    QCOMPARE(candles->size(), size_t(2));
    const Candle& first = candles->front();
    QCOMPARE(toUnixSeconds(first.start), qint64(1606070760));
    QCOMPARE(first.open, dec("18568.85"));
    QCOMPARE(first.low, dec("18556.14"));
    QCOMPARE(first.volume, dec("8.7218477"));
    QCOMPARE(candles->back().close, dec("18546.53"));
}

void tst_CsvCandles::acceptsWindowsLineEndingsAndBlankLines()
{
    const auto candles = parse("time,open,high,low,close,volume\r\n\r\n"
                               "60,1,2,1,2,0\r\n120,2,2,2,2,0.5\r\n\r\n");
    QVERIFY(candles);
    QCOMPARE(candles->size(), size_t(2));
    // As a spreadsheet saves it: a UTF-8 byte-order mark before the header.
    const auto saved = parse("\xEF\xBB\xBFtime,open,high,low,close,volume\r\n60,1,2,1,2,0\r\n");
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->size(), size_t(1));
    QCOMPARE(saved->front().close, Decimal::fromInteger(2));
}

void tst_CsvCandles::refusesCorruptFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");

    const QByteArray header = "time,open,high,low,close,volume\n";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("wrong header") << QByteArray("date,o,h,l,c,v\n1,1,1,1,1,1\n") << "test.csv:1:";
    QTest::newRow("missing field") << header + "60,1,2,1,2\n"
                                   << "test.csv:2:";
    QTest::newRow("extra field") << header + "60,1,2,1,2,0,9\n"
                                 << "test.csv:2:";
    QTest::newRow("exponent") << header + "60,1e3,2,1,2,0\n"
                              << "test.csv:2:";
    QTest::newRow("text price") << header + "60,1,abc,1,2,0\n"
                                << "test.csv:2:";
    QTest::newRow("fractional time") << header + "60.5,1,2,1,2,0\n"
                                     << "test.csv:2:";
    QTest::newRow("negative time") << header + "-60,1,2,1,2,0\n"
                                   << "test.csv:2:";
    QTest::newRow("not increasing") << header + "120,1,2,1,2,0\n60,1,2,1,2,0\n"
                                    << "test.csv:3:";
    QTest::newRow("duplicate time") << header + "60,1,2,1,2,0\n60,1,2,1,2,0\n"
                                    << "test.csv:3:";
    QTest::newRow("high below close") << header + "60,1,2,1,3,0\n"
                                      << "test.csv:2:";
    QTest::newRow("negative volume") << header + "60,1,2,1,2,-1\n"
                                     << "test.csv:2:";
    QTest::newRow("binary") << header + QByteArray("\x00\x01\x02", 3) << "test.csv:2:";
}

void tst_CsvCandles::refusesCorruptFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    const auto candles = parse(text);
    QVERIFY(!candles);
    QCOMPARE(candles.error().code, ErrorCode::ParseError);
    QVERIFY2(candles.error().message.contains(where), qPrintable(candles.error().message));
}

void tst_CsvCandles::missingFileIsAnIoError()
{
    const auto candles = readCsvCandles(QStringLiteral("/nonexistent/candles.csv"));
    QVERIFY(!candles);
    QCOMPARE(candles.error().code, ErrorCode::IoError);
    QVERIFY(candles.error().message.contains(QLatin1String("/nonexistent/candles.csv")));
}

void tst_CsvCandles::readsTheBundledFiveMinuteSet()
{
    const auto candles = readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    QVERIFY2(candles, qPrintable(candles ? QString() : candles.error().message));
    QCOMPARE(candles->size(), size_t(26496));
    QCOMPARE(toIsoString(candles->front().start), QStringLiteral("2025-07-01T00:00:00Z"));
    QCOMPARE(toIsoString(candles->back().start), QStringLiteral("2025-09-30T23:55:00Z"));
    QCOMPARE(candles->front().close, dec("107166.27"));
}

void tst_CsvCandles::writesRowsThatReadBack()
{
    const Candle candle{fromUnixSeconds(1751328000), dec("107173.21"), dec("107189.27"),
        dec("107145.03"), dec("107166.27"), dec("6.66664465")};
    QCOMPARE(toCsvRow(candle),
        QByteArray("1751328000,107173.21,107189.27,107145.03,107166.27,6.66664465"));
    const auto back = parse(csvCandleHeader() + '\n' + toCsvRow(candle) + '\n');
    QVERIFY(back);
    QCOMPARE(back->front().high, candle.high);
}

QTEST_GUILESS_MAIN(tst_CsvCandles)
#include "tst_csvcandles.moc"
