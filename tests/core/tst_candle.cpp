#include "core/model/candle.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;

namespace {
Candle candle(
    const char* open, const char* high, const char* low, const char* close, const char* volume)
{
    using Candela::Core::Test::dec;
    return Candle{Timestamp{}, dec(open), dec(high), dec(low), dec(close), dec(volume)};
}
} // namespace

class tst_Candle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realCandleIsConsistent();
    void inconsistentCandlesAreDetected();
};

void tst_Candle::realCandleIsConsistent()
{
    // 2025-07-01 00:00 UTC, BTC-USD 5m, a real Coinbase candle.
    QVERIFY(
        candle("107173.21", "107189.27", "107145.03", "107166.27", "6.66664465").isConsistent());
    QVERIFY(candle("1", "1", "1", "1", "0").isConsistent());
}

void tst_Candle::inconsistentCandlesAreDetected()
{
    QVERIFY(!candle("10", "9", "8", "8.5", "1").isConsistent()); // high below open
    QVERIFY(!candle("10", "12", "10.5", "11", "1").isConsistent()); // low above open
    QVERIFY(!candle("10", "12", "9", "11", "-1").isConsistent()); // negative volume
}

QTEST_GUILESS_MAIN(tst_Candle)
#include "tst_candle.moc"
