#include "demodata.h"

#include "core/engine/tradingsession.h"
#include "core/storage/journalstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using namespace Candela::Core;

namespace {
const QString Fixtures = QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/journals/");
const QString Btc = QStringLiteral("BTC-USD");

BotConfig busyBot(const char* file)
{
    auto bot = BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/") + QString::fromLatin1(file));
    if (!bot)
        qFatal("%s", qPrintable(bot.error().message));
    return *bot;
}

// What `session run` printed when 914c9e0 wrote the fixture.
QJsonObject reportOf(const QString& fixture)
{
    QFile file(Fixtures + fixture + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture report missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A copy of the fixture to work on: the committed file never changes.
QString copyOf(const QString& fixture, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(fixture + QStringLiteral(".sqlite"));
    QFile::remove(path);
    if (!QFile::copy(Fixtures + fixture + QStringLiteral(".sqlite"), path)
        || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        qFatal("cannot copy the fixture");
    return path;
}

// The first `count` bundled candles played into `journal` by the bots, as the window and
// `candela-cli session run` do.
SessionSnapshot play(
    const QTemporaryDir& dir, const QString& journal, const std::vector<BotConfig>& bots, int count)
{
    const QString candles = dir.filePath(QStringLiteral("candles-%1.csv").arg(count));
    if (!TestData::writeDemoCandles(candles, count))
        qFatal("cannot write the candles");
    SessionOptions options;
    options.market = CandleMarket{candles, Btc, 0.0, {}};
    options.venue = PaperVenue{journal, Decimal::fromInteger(10000)};
    options.bots = bots;
    options.chartProduct = Btc;
    TradingSession session;
    QSignalSpy finished(&session, &TradingSession::marketFinished);
    if (!session.start(options) || !finished.wait(60000))
        qFatal("the session did not play its candles");
    return session.snapshotNow();
}

QStringList describe(const std::vector<ClosedTrade>& trades)
{
    QStringList lines;
    for (const ClosedTrade& trade : trades)
        lines.append(
            QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(trade.botId)
                .arg(toUnixSeconds(trade.entryTime))
                .arg(toUnixSeconds(trade.exitTime))
                .arg(trade.pnl.toString(), QString::fromLatin1(exitReasonName(trade.exitReason)))
                .arg(trade.fees.toString()));
    return lines;
}
} // namespace

// Journals written by an older Candela (tests/data/journals: made by 914c9e0, when saved enums
// were the enums' positions) open, show the same account, and resume as if never stopped.
class tst_JournalCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowEngineJournalOpensAsItWasWritten();
    void windowEngineJournalResumesLikeAFreshRun();
    void headlessSessionJournalOpensAsItWasWritten();
};

void tst_JournalCompat::windowEngineJournalOpensAsItWasWritten()
{
    const QString fixture = QStringLiteral("main-914c9e0-replay");
    const QJsonObject report = reportOf(fixture);
    QTemporaryDir dir;
    const QString journal = copyOf(fixture, dir);
    {
        JournalStore store;
        QVERIFY(store.open(journal)); // migrated from schema 2 on the way, if need be
        const auto trades = store.loadClosedTrades();
        QVERIFY(trades);
        QCOMPARE(qint64(trades->size()), report.value(QStringLiteral("trades")).toInteger());
        // 914c9e0 stored the exit reasons as the enum's numbers 0 and 1.
        QCOMPARE(trades->at(2).exitReason, ExitReason::StopLoss);
        QCOMPARE(trades->at(0).exitReason, ExitReason::Signal);
        const auto orders = store.loadOrders();
        QVERIFY(orders);
        QCOMPARE(qint64(orders->size()), report.value(QStringLiteral("fills")).toInteger());
        for (const Order& order : *orders) {
            QCOMPARE(order.status, OrderStatus::Filled);
            QCOMPARE(order.type, OrderType::Market);
            QCOMPARE(order.timeInForce, TimeInForce::ImmediateOrCancel);
        }
    }
    // The engine opens it with no market yet: the account as it was left.
    const SessionSnapshot opened
        = play(dir, journal, {busyBot("busy_scalper.json"), busyBot("busy_momentum.json")}, 6500);
    const TradingSnapshot& account = *opened.trading;
    QCOMPARE(qint64(account.trades.size()), report.value(QStringLiteral("trades")).toInteger());
    QCOMPARE(account.stats.netPnl.toString(), report.value(QStringLiteral("net_pnl")).toString());
    QCOMPARE(
        account.stats.totalFees.toString(), report.value(QStringLiteral("total_fees")).toString());
    QCOMPARE(
        account.startingEquity.toString(), report.value(QStringLiteral("start_equity")).toString());
    QCOMPARE(account.positions.size(), size_t(1));
    const OpenPosition& position = account.positions.front();
    QCOMPARE(position.botId, QStringLiteral("BTC Scalper"));
    QCOMPARE(position.quantity.toString(),
        report.value(QStringLiteral("open_positions"))
            .toObject()
            .value(QStringLiteral("BTC Scalper BTC-USD"))
            .toString());
    // Its stop and target, as the journal kept them (protection/BTC Scalper/BTC-USD).
    QCOMPARE(position.entryPrice.toString(), QStringLiteral("118998.74"));
    QCOMPARE(position.stop->toString(), QStringLiteral("116366.8"));
    QCOMPARE(position.target->toString(), QStringLiteral("124084.21"));
    QCOMPARE(account.equityCurve.empty(), false);
    QVERIFY(opened.killSwitch.isActive());
}

void tst_JournalCompat::windowEngineJournalResumesLikeAFreshRun()
{
    QTemporaryDir dir;
    const std::vector<BotConfig> bots{busyBot("busy_scalper.json"), busyBot("busy_momentum.json")};
    const QString resumed = copyOf(QStringLiteral("main-914c9e0-replay"), dir);
    const SessionSnapshot fromFixture = play(dir, resumed, bots, 9000);
    const SessionSnapshot fresh
        = play(dir, dir.filePath(QStringLiteral("fresh.sqlite")), bots, 9000);
    QVERIFY(fresh.trading->trades.size() > 7); // the 2,500 candles after the fixture traded
    QCOMPARE(describe(fromFixture.trading->trades), describe(fresh.trading->trades));
    QCOMPARE(fromFixture.trading->cash, fresh.trading->cash);
    QCOMPARE(fromFixture.trading->positions.size(), fresh.trading->positions.size());
}

void tst_JournalCompat::headlessSessionJournalOpensAsItWasWritten()
{
    // Written by the former headless paper session (`session run --candles`), which kept no stop
    // or limits state: the trades and the position still show as it reported them.
    const QString fixture = QStringLiteral("main-914c9e0-candles");
    const QJsonObject report = reportOf(fixture);
    QTemporaryDir dir;
    const QString journal = copyOf(fixture, dir);
    const SessionSnapshot opened = play(dir, journal, {busyBot("busy_scalper.json")}, 6500);
    QCOMPARE(
        qint64(opened.trading->trades.size()), report.value(QStringLiteral("trades")).toInteger());
    QCOMPARE(opened.trading->stats.netPnl.toString(),
        report.value(QStringLiteral("net_pnl")).toString());
    QCOMPARE(opened.trading->positions.size(), size_t(1));
    QCOMPARE(opened.trading->positions.front().quantity.toString(),
        report.value(QStringLiteral("open_positions"))
            .toObject()
            .value(QStringLiteral("BTC Scalper BTC-USD"))
            .toString());
}

QTEST_GUILESS_MAIN(tst_JournalCompat)
#include "tst_journalcompat.moc"
