#include "demodata.h"
#include "terminal.h"

#include "core/market/csvcandles.h"
#include "core/settings/settings.h"
#include "ui/charts/candlechart.h"
#include "ui/mainwindow.h"
#include "ui/trading/ordersmodel.h"
#include "ui/trading/positionsmodel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using Candela::TestData::scalper;

namespace {
// The terminal as main() wires it, playing `candles` of the bundled five-minute history.
struct KillSwitchDesk
{
    KillSwitchDesk(const QString& dir, int candles, double speed)
        : settings(dir + QStringLiteral("/settings.ini"))
        , terminal(settings, options(dir, candles, speed), {scalper()})
    { }

    static MarketConnection::Options options(const QString& dir, int candles, double speed)
    {
        if (!TestData::writeDemoCandles(dir + QStringLiteral("/candles.csv"), candles))
            qFatal("cannot write the test candles");
        MarketConnection::Options options;
        options.replayFile = dir + QStringLiteral("/candles.csv");
        options.speed = speed;
        return options;
    }

    QAbstractItemModel* table(const char* name) const
    {
        return terminal.window.findChild<QTableView*>(QString::fromLatin1(name))->model();
    }
    void trigger(const char* action) const
    {
        terminal.window.findChild<QAction*>(QString::fromLatin1(action))->trigger();
    }
    Core::KillSwitchState shownState() const
    {
        const QString text
            = terminal.window.findChild<QAction*>(QStringLiteral("killSwitchAction"))->text();
        if (text == QLatin1String("HALTED"))
            return Core::KillSwitchState::Halted;
        if (text == QLatin1String("FLATTENING"))
            return Core::KillSwitchState::Flattening;
        return Core::KillSwitchState::Active;
    }

    Core::Settings settings;
    Terminal terminal;
};
} // namespace

// The red button from the window to the engine on the market thread: halted, the bots' intents
// are refused there and no order leaves, even while the UI thread is busy; Flatten closes the
// open position at market.
class tst_KillSwitchFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void haltedEngineTradesNothing();
    void haltHoldsWhileTheUiThreadIsBusyAndFlattenCloses();
};

void tst_KillSwitchFlow::haltedEngineTradesNothing()
{
    QTemporaryDir dir;
    KillSwitchDesk terminal(dir.path(), 3000, 0);
    QSignalSpy finished(&terminal.terminal.session, &Core::TradingSession::marketFinished);
    terminal.trigger("killSwitchAction"); // before any market: the next session starts halted
    terminal.terminal.connection.start();
    QTRY_COMPARE(terminal.shownState(), Core::KillSwitchState::Halted);
    // The whole replay plays (the status bar shows the last candle's close), the bot is
    // evaluated and shown as blocked, and nothing trades.
    const auto candles = Core::readCsvCandles(dir.filePath(QStringLiteral("candles.csv")));
    QVERIFY(candles && candles->size() == 3000);
    const QString lastPrice = QStringLiteral("BTC-USD ") + candles->back().close.toString();
    auto* price = terminal.terminal.window.findChild<QLabel*>(QStringLiteral("lastPrice"));
    // After the last snapshot, which the window has shown (the end may have come while the
    // check above was waiting).
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(price->text(), lastPrice);
    QVERIFY(terminal.terminal.window.findChild<QLabel*>(QStringLiteral("botBlockers"))
                ->text()
                .contains(QStringLiteral("kill switch engaged")));
    QCOMPARE(terminal.table("ordersView")->rowCount(), 0);
    QCOMPARE(terminal.table("positionsView")->rowCount(), 0);
    QCOMPARE(terminal.table("closedTradesView")->rowCount(), 0);
}

void tst_KillSwitchFlow::haltHoldsWhileTheUiThreadIsBusyAndFlattenCloses()
{
    QTemporaryDir dir;
    // 20 ms of real time per candle: the bot holds a position for many candles.
    KillSwitchDesk terminal(dir.path(), 6000, 15000);
    terminal.terminal.connection.start();
    QAbstractItemModel* positions = terminal.table("positionsView");
    QAbstractItemModel* orders = terminal.table("ordersView");
    const auto filledOrders = [&] {
        int filled = 0;
        for (int row = 0; row < orders->rowCount(); ++row)
            filled += orders->index(row, Gui::OrdersModel::StatusColumn).data().toString()
                == QStringLiteral("Filled");
        return filled;
    };
    const auto filledIn = [](const Core::TradingSnapshot& trading) {
        return int(std::count_if(trading.orders.begin(), trading.orders.end(),
            [](const Core::Order& order) { return order.status == Core::OrderStatus::Filled; }));
    };
    std::vector<Core::Candle> history = *Core::readCsvCandles(QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
    while (history.size() < 100'000)
        history.insert(history.end(), history.begin(), history.begin() + 20000);
    Gui::CandleChart busy;
    busy.resize(1600, 900);
    busy.setCandles(history);

    // The window shows the engine a snapshot late: halt when it shows a position, and try
    // again if the engine had closed it by then.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTRY_VERIFY_WITH_TIMEOUT(positions->rowCount() == 1, 60000);
        terminal.trigger("killSwitchAction");
        // Keep the UI thread busy redrawing a 100 000-candle chart for half a second (25
        // candles of market): the engine is halted on its own thread meanwhile.
        QElapsedTimer timer;
        timer.start();
        QImage frame(busy.size(), QImage::Format_RGB32);
        while (timer.elapsed() < 500)
            busy.render(&frame);
        // The engine as it stands once the halt reached it, then 25 candles later: nothing new.
        Core::TradingSession& session = terminal.terminal.session;
        const Core::SessionSnapshot atHalt = session.snapshotNow();
        const int filledAtHalt = filledIn(*atHalt.trading);
        const Core::Timestamp haltedBar = atHalt.market->candles.back().start;
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshotNow().market->candles.back().start
                >= haltedBar + std::chrono::minutes(5 * 25),
            20000);
        QCOMPARE(filledIn(*session.snapshotNow().trading), filledAtHalt);
        QTRY_COMPARE(filledOrders(), filledAtHalt); // and so the window shows
        if (positions->rowCount() == 0) {
            terminal.terminal.session.rearm();
            QTRY_COMPARE(terminal.shownState(), Core::KillSwitchState::Active);
            continue;
        }
        QCOMPARE(positions->rowCount(), 1); // halting keeps the position
        terminal.trigger("flattenAction");
        QTRY_COMPARE(terminal.shownState(), Core::KillSwitchState::Flattening);
        QTRY_COMPARE(positions->rowCount(), 0);
        QTRY_COMPARE(filledOrders(), filledAtHalt + 1); // the closing market order only
        QAbstractItemModel* trades = terminal.table("closedTradesView");
        bool flattened = false;
        for (int row = 0; row < trades->rowCount(); ++row)
            flattened = flattened
                || trades->index(row, 13).data().toString() == QStringLiteral("Kill switch");
        QVERIFY(flattened);
        return;
    }
    QFAIL("the bot never held a position when the kill switch was pressed");
}

QTEST_MAIN(tst_KillSwitchFlow)
#include "tst_killswitchflow.moc"
