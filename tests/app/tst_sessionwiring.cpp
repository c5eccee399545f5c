#include "demodata.h"
#include "fakevenue.h"
#include "sessionwiring.h"
#include "sqlbehind.h"
#include "terminal.h"
#include "testkeys.h"

#include "core/engine/livejournal.h"
#include "core/settings/settings.h"
#include "core/storage/journalstore.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using Core::KillSwitchState;

namespace {
const QString Recording = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");
}

// The kill switch from the trader's button to the engine that owns it, and back to the window;
// and an engine that halts itself shows as halted, with the reason, where the trader looks.
class tst_SessionWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void buttonHaltsTheEngineAndTheWindowShowsIt();
    void flattenIsTheSecondStep();
    void restartStaysHalted();
    void unreadableSavedStateStartsHalted();
    void rearmNeedsConfirmation();
    void botsStoppedByAnOlderVersionStayStopped();
    void journalFailureShowsAsHaltedWithTheReason();
    void reconciliationMismatchShowsAsHaltedWithTheReason();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    // The demo recording, looped, in a paper account kept in memory.
    static MarketConnection::Options looping()
    {
        MarketConnection::Options options;
        options.replayFile = Recording;
        options.speed = 0;
        return options;
    }
    static QAction* action(Gui::MainWindow& window, const char* name)
    {
        return window.findChild<QAction*>(QString::fromLatin1(name));
    }
    static QLabel* badge(Gui::MainWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("killSwitchBadge"));
    }
    QTemporaryDir m_dir;
};

void tst_SessionWiring::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(iniPath());
}

void tst_SessionWiring::buttonHaltsTheEngineAndTheWindowShowsIt()
{
    Core::Settings settings(iniPath());
    Terminal terminal(settings, looping(), {TestData::scalper()});
    Gui::MainWindow& window = terminal.window;
    terminal.connection.start();
    QSignalSpy snapshots(&terminal.session, &Core::TradingSession::snapshotReady);
    QVERIFY(snapshots.wait(10000));
    QVERIFY(badge(window)->isHidden());
    QVERIFY(!action(window, "flattenAction")->isEnabled());

    action(window, "killSwitchAction")->trigger();
    // The engine holds the state; the window shows what it published.
    QCOMPARE(action(window, "killSwitchAction")->text(), QStringLiteral("Kill switch"));
    QTRY_COMPARE(action(window, "killSwitchAction")->text(), QStringLiteral("HALTED"));
    QCOMPARE(terminal.session.snapshotNow().killSwitch.state, KillSwitchState::Halted);
    QCOMPARE(terminal.session.snapshotNow().killSwitch.cause, Core::HaltCause::Pressed);
    QVERIFY(!badge(window)->isHidden());
    QCOMPARE(badge(window)->text(), QStringLiteral("HALTED"));
    QVERIFY(badge(window)->toolTip().contains(QStringLiteral("pressed by the trader")));
    QVERIFY(action(window, "flattenAction")->isEnabled());
    QVERIFY(action(window, "rearmAction")->isEnabled());
    // Remembered for a restart into another account.
    QCOMPARE(Core::Settings(iniPath()).value(Core::SettingKeys::KillSwitchState),
        QStringLiteral("HALTED"));
}

void tst_SessionWiring::flattenIsTheSecondStep()
{
    Core::Settings settings(iniPath());
    Terminal terminal(settings, looping(), {});
    Gui::MainWindow& window = terminal.window;
    terminal.connection.start();
    action(window, "killSwitchAction")->trigger();
    QTRY_VERIFY(action(window, "flattenAction")->isEnabled());
    action(window, "flattenAction")->trigger();
    QTRY_COMPARE(badge(window)->text(), QStringLiteral("FLATTENING"));
    QVERIFY(!action(window, "flattenAction")->isEnabled());
    // Halting while flattening must not stop the flattening.
    action(window, "killSwitchAction")->trigger();
    QCOMPARE(terminal.session.snapshotNow().killSwitch.state, KillSwitchState::Flattening);
}

void tst_SessionWiring::restartStaysHalted()
{
    {
        Core::Settings settings(iniPath());
        Terminal terminal(settings, looping(), {});
        terminal.connection.start();
        terminal.session.halt(Core::HaltCause::Signal, QStringLiteral("SIGUSR1"));
        QTRY_COMPARE(action(terminal.window, "killSwitchAction")->text(), QStringLiteral("HALTED"));
    }
    // A fresh account in memory never saw the halt; the window's memory of it holds.
    Core::Settings settings(iniPath());
    Terminal terminal(settings, looping(), {});
    QVERIFY(!badge(terminal.window)->isHidden()); // before any market: what was last shown
    terminal.connection.start();
    QSignalSpy snapshots(&terminal.session, &Core::TradingSession::snapshotReady);
    QVERIFY(snapshots.wait(10000));
    const Core::KillSwitchStatus restarted = terminal.session.snapshotNow().killSwitch;
    QCOMPARE(restarted.state, KillSwitchState::Halted);
    QCOMPARE(restarted.cause, Core::HaltCause::Signal);
    QCOMPARE(restarted.detail, QStringLiteral("SIGUSR1"));
    QVERIFY(action(terminal.window, "rearmAction")->isEnabled());
}

void tst_SessionWiring::unreadableSavedStateStartsHalted()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("trading/killSwitch"), QStringLiteral("maybe"));
    }
    Core::Settings settings(iniPath());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable saved")));
    QCOMPARE(rememberedKillSwitch(settings).state, KillSwitchState::Halted);
}

void tst_SessionWiring::rearmNeedsConfirmation()
{
    Core::Settings settings(iniPath());
    Terminal terminal(settings, looping(), {});
    Gui::MainWindow& window = terminal.window;
    terminal.connection.start();
    action(window, "killSwitchAction")->trigger();
    QTRY_VERIFY(action(window, "rearmAction")->isEnabled());

    // Cancel keeps trading halted.
    action(window, "rearmAction")->trigger();
    auto* question = window.findChild<QMessageBox*>(QStringLiteral("rearmConfirmation"));
    QVERIFY(question);
    QVERIFY(question->isVisible()); // shown without blocking: the kill switch stays pressable
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(terminal.session.snapshotNow().killSwitch.state, KillSwitchState::Halted);
    QTRY_VERIFY(!window.findChild<QMessageBox*>(QStringLiteral("rearmConfirmation")));

    action(window, "rearmAction")->trigger();
    question = window.findChild<QMessageBox*>(QStringLiteral("rearmConfirmation"));
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QCOMPARE(terminal.session.snapshotNow().killSwitch.state, KillSwitchState::Active);
    QTRY_VERIFY(badge(window)->isHidden());
    QVERIFY(!action(window, "rearmAction")->isEnabled());
    QCOMPARE(Core::Settings(iniPath()).value(Core::SettingKeys::KillSwitchState),
        QStringLiteral("ACTIVE"));
}

void tst_SessionWiring::botsStoppedByAnOlderVersionStayStopped()
{
    {
        Core::Settings older(iniPath());
        older.setValue(Core::SettingKeys::StoppedBots, QStringList{QStringLiteral("BTC Scalper")});
        older.saveNow();
    }
    const QStringList stopped{QStringLiteral("BTC Scalper")};
    Core::Settings settings(iniPath());
    {
        // A replay's account lives in memory: the settings keep the list for the next session.
        Terminal terminal(settings, looping(), {TestData::scalper()});
        terminal.connection.start();
        QCOMPARE(terminal.session.snapshotNow().trading->stoppedBots, stopped);
        QSignalSpy snapshots(&terminal.session, &Core::TradingSession::snapshotReady);
        QTRY_VERIFY(!snapshots.isEmpty());
        QCOMPARE(Core::Settings(iniPath()).value(Core::SettingKeys::StoppedBots), stopped);
    }
    // A paper session's journal takes it over: the settings forget it.
    const QString journal = m_dir.filePath(QStringLiteral("legacy.sqlite"));
    QFile::remove(journal);
    Terminal terminal(settings, looping(), {TestData::scalper()});
    Core::SessionOptions options = terminal.session.options();
    options.market = Core::RecordedMarket{Recording, 0.0, true};
    options.venue = Core::PaperVenue{journal, Core::Decimal::fromInteger(10000)};
    QVERIFY(terminal.session.start(options));
    QTRY_VERIFY(Core::Settings(iniPath()).value(Core::SettingKeys::StoppedBots).isEmpty());
    Core::JournalStore store;
    QVERIFY(store.open(journal));
    QCOMPARE(*store.state(QStringLiteral("stopped_bots")), QStringLiteral("[\"BTC Scalper\"]"));
}

// The engine halts itself when it cannot journal what it does: the window's kill switch says so.
void tst_SessionWiring::journalFailureShowsAsHaltedWithTheReason()
{
    const QString journal = m_dir.filePath(QStringLiteral("paper-broken.sqlite"));
    QFile::remove(journal);
    {
        // The audit table gone, as a failing disk would leave writes to it: the journal opens
        // (nothing is read from there), and its first entry fails, mid-session.
        Core::JournalStore store;
        QVERIFY(store.open(journal));
    }
    QVERIFY(Candela::Test::executeBehind(journal, QStringLiteral("DROP TABLE audit")));
    QVERIFY(TestData::writeDemoCandles(m_dir.filePath(QStringLiteral("candles.csv")), 3000));
    Core::Settings settings(iniPath());
    Terminal terminal(settings, {}, {TestData::scalper()});
    Core::SessionOptions options = terminal.session.options();
    options.market = Core::CandleMarket{
        m_dir.filePath(QStringLiteral("candles.csv")), QStringLiteral("BTC-USD"), 0.0, {}};
    options.venue = Core::PaperVenue{journal, Core::Decimal::fromInteger(10000)};
    QSignalSpy finished(&terminal.session, &Core::TradingSession::marketFinished);
    QVERIFY(terminal.session.start(options));
    Gui::MainWindow& window = terminal.window;
    QVERIFY(finished.wait(30000));
    QCOMPARE(action(window, "killSwitchAction")->text(), QStringLiteral("HALTED"));
    QVERIFY(badge(window)->toolTip().contains(QStringLiteral("the journal could not be written")));
    QVERIFY(badge(window)->toolTip().contains(QStringLiteral("record audit")));
    QVERIFY(action(window, "rearmAction")->isEnabled());
    // It opened: the account is there, only halted.
    const Core::SessionSnapshot ended = terminal.session.snapshotNow();
    QVERIFY(ended.health.accountProblem.isEmpty());
    QCOMPARE(ended.killSwitch.cause, Core::HaltCause::JournalFailure);
}

// Coinbase holds other balances than the live journal says: the engine halts and the window
// says why.
void tst_SessionWiring::reconciliationMismatchShowsAsHaltedWithTheReason()
{
    auto key = Core::SigningKey::fromText(TestData::newP256KeyPem());
    QVERIFY(key);
    const QString keyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
    Test::FakeVenue venue(key->publicKeyPem(), keyName);
    venue.setPrice(QStringLiteral("BTC-USD"), Core::Decimal::fromInteger(100000));
    venue.setBalance(QStringLiteral("USD"), Core::Decimal::fromInteger(5000));
    venue.setBalance(QStringLiteral("BTC"), Core::Decimal::fromInteger(1));
    const QString journal = m_dir.filePath(QStringLiteral("live-mismatch.sqlite"));
    QFile::remove(journal);
    {
        // The journal started trading with no BTC; someone bought 1 BTC by hand since.
        Core::JournalStore store;
        QVERIFY(store.open(journal));
        QVERIFY(Core::LiveJournal::recordStartBalances(store,
            {{QStringLiteral("USD"), Core::Decimal::fromInteger(5000), {}},
                {QStringLiteral("BTC"), Core::Decimal{}, {}}}));
    }
    Core::Settings settings(iniPath());
    Terminal terminal(settings, {}, {TestData::scalper()});
    Core::SessionOptions options = terminal.session.options();
    options.market = Core::RecordedMarket{Recording, 1.0, true};
    options.venue = Core::CoinbaseVenue{venue.clientConfig(), {*key, keyName}, {}, std::nullopt,
        journal, Core::Decimal::fromInteger(5000)};
    QVERIFY(terminal.session.start(options));
    Gui::MainWindow& window = terminal.window;
    QTRY_COMPARE_WITH_TIMEOUT(
        action(window, "killSwitchAction")->text(), QStringLiteral("HALTED"), 20000);
    QVERIFY(badge(window)->toolTip().contains(QStringLiteral("Coinbase and the journal disagree")));
    QVERIFY(badge(window)->toolTip().contains(QStringLiteral("BTC-USD")));
}

QTEST_MAIN(tst_SessionWiring)
#include "tst_sessionwiring.moc"
