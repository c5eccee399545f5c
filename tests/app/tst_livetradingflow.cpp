#include "demodata.h"
#include "fakecoinbaseserver.h"
#include "fakehttpserver.h"
#include "fakevenue.h"
#include "liveaccount.h"
#include "livetradingwiring.h"
#include "terminal.h"
#include "testkeys.h"

#include "core/engine/livejournal.h"
#include "core/settings/settings.h"
#include "core/storage/journalstore.h"
#include "ui/dialogs/liveaccountdialog.h"
#include "ui/mainwindow.h"
#include "ui/tradingstatusbar.h"

#include "../core/decimalliteral.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Candela;
using Candela::Core::Test::dec;
using Candela::Test::FakeCoinbaseServer;
using Candela::Test::FakeHttpServer;
using Candela::Test::FakeVenue;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");

} // namespace

// The window's way to live trading, wired as the app wires it, against the fake Coinbase on
// 127.0.0.1 (market feed, REST, user channel): Tools → Coinbase account…, the gates pass,
// "Trade live…" and the typed word LIVE, and the bots then trade at the venue — the kill
// switch cancels there, an order placed in the web UI included. Only the keychain is left
// out (the key comes from the test).
class tst_LiveTradingFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tradeLiveFromTheAccountDialog();
    void recordingIsNeverTradedLive();
};

void tst_LiveTradingFlow::tradeLiveFromTheAccountDialog()
{
    auto key = Core::SigningKey::fromText(TestData::newP256KeyPem());
    QVERIFY(key);
    FakeVenue venue(key->publicKeyPem(), KeyName);
    venue.setPrice(QStringLiteral("BTC-USD"), dec("100000"));
    venue.setBalance(QStringLiteral("USD"), dec("5000"));
    const QString external = venue.placeExternal(
        QStringLiteral("BTC-USD"), QStringLiteral("BUY"), dec("0.01"), dec("50000"));
    FakeCoinbaseServer market;
    FakeHttpServer history; // the chart's candle history: none here
    FakeCoinbaseServer userChannel;
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MarketConnection::Options options;
    options.feedUrl = market.url();
    options.historyUrl = history.baseUrl();
    options.paperDatabase = dir.filePath(QStringLiteral("paper.sqlite"));
    const std::vector<Core::BotConfig> bots{TestData::scalper()};
    Terminal terminal(settings, options, bots);
    Gui::MainWindow& window = terminal.window;
    MarketConnection& connection = terminal.connection;
    LiveAccount::Endpoints endpoints;
    endpoints.rest = venue.clientConfig();
    endpoints.publicRest.baseUrl = venue.baseUrl();
    endpoints.userChannel.url = userChannel.url();
    const QString liveJournal = dir.filePath(QStringLiteral("live.sqlite"));
    const Core::SigningKey signing = *key;
    LiveAccount account([signing](auto done) { done(Core::Result<Core::SigningKey>(signing)); },
        liveJournal, endpoints);
    wireLiveTrading(
        window, account, connection, [&] { return bots; }, [] { return KeyName; });
    connection.start();
    QVERIFY(connection.showsLiveMarket());

    // Tools → Coinbase account…: every gate passes.
    window.findChild<QAction*>(QStringLiteral("liveAccountAction"))->trigger();
    auto* dialog = window.findChild<Gui::LiveAccountDialog*>();
    QVERIFY(dialog);
    auto* tradeLive = dialog->findChild<QPushButton*>(QStringLiteral("liveTradeLive"));
    QTRY_VERIFY_WITH_TIMEOUT(tradeLive->isEnabled(), 10000);
    auto* statusBar = window.findChild<Gui::TradingStatusBar*>();
    QCOMPARE(statusBar->tradingMode(), Core::TradingMode::Paper);

    // "Trade live…", and the word typed into the question it asks.
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        asked = input != nullptr;
        if (input) {
            input->setTextValue(QStringLiteral("LIVE"));
            input->accept();
        }
    });
    tradeLive->click();
    QVERIFY(asked);
    QCOMPARE(statusBar->tradingMode(), Core::TradingMode::Live);
    {
        // The live journal holds the portfolio as trading started; the bot got the USD.
        Core::JournalStore journal;
        QVERIFY(journal.open(liveJournal));
        const auto book = Core::LiveJournal::localBook(journal);
        QVERIFY(book && book->balancesKnown);
        QCOMPARE(book->balances.at(QStringLiteral("USD")), dec("5000"));
    }

    // The kill switch now reaches Coinbase: every open order there is cancelled.
    window.findChild<QAction*>(QStringLiteral("killSwitchAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(venue.order(external)->status, QStringLiteral("CANCELLED"), 10000);
    QVERIFY2(venue.authProblems().isEmpty(), qPrintable(venue.authProblems().join(u'\n')));
}

// A recording on screen: "Trade live…" starts nothing, says why, and the live journal records
// nothing.
void tst_LiveTradingFlow::recordingIsNeverTradedLive()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MarketConnection::Options options;
    options.demo = true;
    Terminal terminal(settings, options, {});
    Gui::MainWindow& window = terminal.window;
    MarketConnection& connection = terminal.connection;
    const QString liveJournal = dir.filePath(QStringLiteral("live.sqlite"));
    LiveAccount account(
        [](auto done) {
            done(Core::Result<Core::SigningKey>(
                Core::Error{Core::ErrorCode::IoError, QStringLiteral("unused")}));
        },
        liveJournal);
    wireLiveTrading(
        window, account, connection, [] { return std::vector<Core::BotConfig>{}; },
        [] { return KeyName; });
    connection.start();
    QVERIFY(!connection.showsLiveMarket());
    const Core::TradingMode before = window.findChild<Gui::TradingStatusBar*>()->tradingMode();
    Q_EMIT window.liveTradingRequested();
    QCOMPARE(window.findChild<Gui::TradingStatusBar*>()->tradingMode(), before);
    QVERIFY(before != Core::TradingMode::Live);
    QVERIFY(!QFile::exists(liveJournal));
}

QTEST_MAIN(tst_LiveTradingFlow)
#include "tst_livetradingflow.moc"
