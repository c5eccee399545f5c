#include "demodata.h"
#include "marketconnection.h"
#include "tradingcontrol.h"

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
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using Candela::TestData::scalper;

namespace {
// The terminal as main() wires it, playing `candles` of the bundled five-minute history.
struct Terminal
{
    Terminal(const QString& dir, int candles, double speed)
        : settings(dir + QStringLiteral("/settings.ini"))
        , window(settings)
        , control(settings)
        , connection(options(dir, candles, speed), window)
    {
        connectKillSwitch(control, window);
        connection.watchBots({scalper()});
        connection.setKillSwitch(control.state());
        QObject::connect(
            &control, &TradingControl::stateChanged, &connection, &MarketConnection::setKillSwitch);
    }

    static MarketConnection::Options options(const QString& dir, int candles, double speed)
    {
        QFile source(QStringLiteral(
            CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv"));
        if (!source.open(QIODevice::ReadOnly))
            qFatal("demo candles missing");
        QFile part(dir + QStringLiteral("/candles.csv"));
        if (!part.open(QIODevice::WriteOnly))
            qFatal("cannot write the test candles");
        for (int line = 0; line <= candles && !source.atEnd(); ++line)
            part.write(source.readLine());
        MarketConnection::Options options;
        options.replayFile = part.fileName();
        options.speed = speed;
        return options;
    }

    QAbstractItemModel* table(const char* name) const
    {
        return window.findChild<QTableView*>(QString::fromLatin1(name))->model();
    }
    void trigger(const char* action) const
    {
        window.findChild<QAction*>(QString::fromLatin1(action))->trigger();
    }

    Core::Settings settings;
    Gui::MainWindow window;
    TradingControl control;
    MarketConnection connection;
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
    Terminal terminal(dir.path(), 3000, 0);
    terminal.trigger("killSwitchAction");
    QCOMPARE(terminal.control.state(), Core::KillSwitchState::Halted);
    terminal.connection.start();
    // The whole replay plays (the status bar shows the last candle's close), the bot is
    // evaluated and shown as blocked, and nothing trades.
    const auto candles = Core::readCsvCandles(dir.filePath(QStringLiteral("candles.csv")));
    QVERIFY(candles && candles->size() == 3000);
    const QString lastPrice = QStringLiteral("BTC-USD ") + candles->back().close.toString();
    auto* price = terminal.window.findChild<QLabel*>(QStringLiteral("lastPrice"));
    QTRY_COMPARE_WITH_TIMEOUT(price->text(), lastPrice, 20000);
    QTRY_VERIFY(terminal.window.findChild<QLabel*>(QStringLiteral("botBlockers"))
                    ->text()
                    .contains(QStringLiteral("kill switch engaged")));
    QTest::qWait(300); // the last snapshots
    QCOMPARE(terminal.table("ordersView")->rowCount(), 0);
    QCOMPARE(terminal.table("positionsView")->rowCount(), 0);
    QCOMPARE(terminal.table("closedTradesView")->rowCount(), 0);
}

void tst_KillSwitchFlow::haltHoldsWhileTheUiThreadIsBusyAndFlattenCloses()
{
    QTemporaryDir dir;
    // 20 ms of real time per candle: the bot holds a position for many candles.
    Terminal terminal(dir.path(), 6000, 15000);
    terminal.connection.start();
    QAbstractItemModel* positions = terminal.table("positionsView");
    QAbstractItemModel* orders = terminal.table("ordersView");
    const auto filledOrders = [&] {
        int filled = 0;
        for (int row = 0; row < orders->rowCount(); ++row)
            filled += orders->index(row, Gui::OrdersModel::StatusColumn).data().toString()
                == QStringLiteral("Filled");
        return filled;
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
        QTest::qWait(400); // the engine's last snapshot reaches the window
        const int filledAtHalt = filledOrders();
        QTest::qWait(500); // 25 more candles: still nothing new
        QCOMPARE(filledOrders(), filledAtHalt);
        if (positions->rowCount() == 0) {
            QVERIFY(terminal.control.rearm(QStringLiteral("test"), QStringLiteral("again")));
            continue;
        }
        QCOMPARE(positions->rowCount(), 1); // halting keeps the position
        terminal.trigger("flattenAction");
        QCOMPARE(terminal.control.state(), Core::KillSwitchState::Flattening);
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
