#include "core/engine/botwatch.h"
#include "core/engine/tradingengine.h"
#include "core/market/marketdatahub.h"
#include "core/storage/journalstore.h"
#include "demodata.h"
#include "powercutvfs.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sqlite3.h>

using namespace Candela::Core;
using Candela::Test::PowerCutVfs;
using Candela::TestData::demoCandles;
using Candela::TestData::playCandles;
using Candela::TestData::scalper;
using Candela::TestData::SilentFeed;

namespace {
const QString Btc = QStringLiteral("BTC-USD");

QString fillKey(Timestamp time, Side side, const Decimal& quantity, const Decimal& price)
{
    return QStringLiteral("%1 %2 %3 at %4")
        .arg(toIsoString(time), sideToString(side), quantity.toString(), price.toString());
}

// A paper session on a journal: the fills it announced, each announced only after its commit.
struct Session
{
    explicit Session(const QString& journalPath)
        : hub(feed)
        , watch(hub, {scalper()}, std::chrono::milliseconds(1))
        , trader(hub, watch, options(journalPath))
    {
        opened = trader.open().hasValue();
        QObject::connect(
            &trader, &TradingEngine::tradingEvent, &trader, [this](const TradingEvent& event) {
                if (event.kind == TradingEvent::Kind::Fill)
                    acknowledged.append(
                        fillKey(event.time, event.side, event.quantity, event.price));
            });
    }

    static TradingEngine::Options options(const QString& journalPath)
    {
        TradingEngine::Options options;
        options.bots = {scalper()};
        options.journalPath = journalPath;
        return options;
    }

    SilentFeed feed;
    MarketDataHub hub;
    BotWatch watch;
    TradingEngine trader;
    bool opened = false;
    QStringList acknowledged; // the fills announced, in order
};

// The fills the journal at `path` holds, read with the power on.
Result<QStringList> fillsIn(const QString& path)
{
    JournalStore journal;
    if (auto opened = journal.open(path); !opened)
        return opened.error();
    const auto fills = journal.loadFills();
    if (!fills)
        return fills.error();
    QStringList keys;
    for (const Fill& fill : *fills)
        keys.append(fillKey(fill.time, fill.side, fill.size, fill.price));
    return keys;
}
} // namespace

// RELIABILITY.md T09 and T11: the journal on a disk that loses what was not synced when the
// power goes, and on a disk that fills up or fails under a fill's commit.
class tst_PowerCut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyAcknowledgedFillSurvivesACut();
    void aFullOrFailingDiskHaltsAndLosesNothing();

private:
    std::vector<Candle> m_candles = demoCandles(900);
};

void tst_PowerCut::initTestCase()
{
    PowerCutVfs::install();
    QCOMPARE(
        QString::fromLatin1(sqlite3_vfs_find(nullptr)->zName), QStringLiteral("candela_powercut"));
}

// 500 sessions, each cut off at a random write, truncate or sync of its journal (opening it,
// booking a fill, a checkpoint…): every fill announced before the cut is in the journal when the
// power comes back, and the journal opens.
void tst_PowerCut::everyAcknowledgedFillSurvivesACut()
{
    PowerCutVfs& vfs = PowerCutVfs::install();
    // A whole session first, to know how many disk operations there are to cut at.
    long long whole = 0;
    int fillsOfAWholeSession = 0;
    {
        QTemporaryDir dir;
        const long long before = vfs.operations();
        Session session(dir.filePath(QStringLiteral("paper.sqlite")));
        QVERIFY(session.opened);
        playCandles(session.hub, Btc, m_candles, 0, m_candles.size());
        whole = vfs.operations() - before;
        fillsOfAWholeSession = int(session.acknowledged.size());
    }
    QVERIFY2(fillsOfAWholeSession >= 10, "too few fills to cut between");

    QRandomGenerator random(20261206);
    int cutWithFillsAcknowledged = 0;
    for (int run = 0; run < 500; ++run) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
        vfs.restore();
        vfs.cutAfter(int(random.bounded(qint64(1), whole + 1)));
        QStringList acknowledged;
        {
            Session session(path);
            for (size_t i = 0; i < m_candles.size() && session.opened && !vfs.isCut(); i += 50)
                playCandles(session.hub, Btc, m_candles, i, std::min(i + 50, m_candles.size()));
            acknowledged = session.acknowledged;
        }
        QVERIFY2(vfs.isCut(), qPrintable(QStringLiteral("run %1: no cut").arg(run)));
        vfs.restore();
        const auto fills = fillsIn(path);
        if (!fills)
            QFAIL(qPrintable(QStringLiteral("run %1: %2").arg(run).arg(fills.error().message)));
        // Every fill announced is there, in the order announced; the journal may hold one more
        // (committed, then cut before it was announced).
        QVERIFY2(fills->mid(0, acknowledged.size()) == acknowledged,
            qPrintable(QStringLiteral("run %1: %2 fills announced, %3 in the journal")
                           .arg(run)
                           .arg(acknowledged.size())
                           .arg(fills->size())));
        cutWithFillsAcknowledged += acknowledged.isEmpty() ? 0 : 1;
    }
    qInfo("%d of 500 cuts came after at least one announced fill (%d in a whole session)",
        cutWithFillsAcknowledged, fillsOfAWholeSession);
    QVERIFY(cutWithFillsAcknowledged > 250); // most cuts land after some fills
}

// The disk fills up (or fails) after the session has traded, at each of its next 40 writes in
// turn, so that some of the failures land on the commit of a fill (the order journaled, its
// fill not): the engine halts with the cause, announces nothing it did not keep, trades no more,
// and the journal holds exactly the fills announced.
void tst_PowerCut::aFullOrFailingDiskHaltsAndLosesNothing()
{
    PowerCutVfs& vfs = PowerCutVfs::install();
    for (const auto& [code, cause] : {std::pair{SQLITE_FULL, HaltCause::DiskFull},
             std::pair{SQLITE_IOERR, HaltCause::JournalFailure}}) {
        int onAFillsCommit = 0;
        for (int after = 0; after < 40; ++after) {
            vfs.restore();
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("paper.sqlite"));
            QStringList acknowledged;
            {
                Session session(path);
                QVERIFY(session.opened);
                size_t i = 0;
                while (i < m_candles.size() && session.acknowledged.isEmpty())
                    playCandles(session.hub, Btc, m_candles, i, i + 1), ++i;
                QVERIFY2(!session.acknowledged.isEmpty(), "the bot never traded");
                vfs.failWrites(code, 1'000'000, after);
                while (i < m_candles.size() && session.trader.killSwitch().isActive())
                    playCandles(session.hub, Btc, m_candles, i, i + 1), ++i;
                QCOMPARE(session.trader.killSwitch().state, KillSwitchState::Halted);
                QCOMPARE(session.trader.killSwitch().cause, cause);
                const QStringList atHalt = session.acknowledged;
                playCandles(session.hub, Btc, m_candles, i, std::min(i + 100, m_candles.size()));
                QCOMPARE(session.acknowledged, atHalt); // halted: no order, no fill
                acknowledged = session.acknowledged;
            }
            vfs.restore();
            const auto fills = fillsIn(path);
            QVERIFY(fills);
            QCOMPARE(*fills, acknowledged);
            JournalStore journal;
            QVERIFY(journal.open(path));
            const auto orders = journal.loadOrders();
            QVERIFY(orders);
            onAFillsCommit += int(std::count_if(orders->begin(), orders->end(),
                [](const Order& order) { return order.status == OrderStatus::Submitted; }));
        }
        QVERIFY2(onAFillsCommit > 0, "no failure landed on a fill's commit");
        qInfo("%s: %d of 40 failures landed on a fill's commit",
            cause == HaltCause::DiskFull ? "disk full" : "I/O error", onAFillsCommit);
    }
}

QTEST_GUILESS_MAIN(tst_PowerCut)
#include "tst_powercut.moc"
