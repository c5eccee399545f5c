#include "fakecoinbaseserver.h"
#include "fakevenue.h"
#include "liveaccount.h"
#include "testkeys.h"

#include "core/engine/livejournal.h"
#include "core/storage/journalstore.h"

#include "../core/decimalliteral.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using Candela::Core::Decimal;
using Candela::Core::Test::dec;
using Candela::Test::FakeCoinbaseServer;
using Candela::Test::FakeVenue;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");

Core::BotConfig botOn(const QString& name, const QString& product)
{
    Core::BotConfig bot;
    bot.name = name;
    bot.product = product;
    return bot;
}

} // namespace

// The account behind the key as Tools → Coinbase account… checks it, against the fake Coinbase
// (REST and the user channel on 127.0.0.1): every gate passes for a good key, live trading
// starts with the portfolio's balances recorded and shared among the bots, differences are
// taken one currency at a time, and only an order placed elsewhere is cancelled from here.
class tst_LiveAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noKeyOrAnUnreadableKeychainIsAProblemInWords();
    void goodKeyPassesEveryGateAndTheBotsShareTheCash();
    void differencesAreTakenOneCurrencyAtATime();
    void onlyAnExternalOrderIsCancelledFromHere();

private:
    std::unique_ptr<LiveAccount> account(QString journal = {});
    // Checks the account until Coinbase answered every gate; the last report.
    std::optional<Core::LiveReadinessReport> check(LiveAccount& live);

    std::optional<Core::SigningKey> m_key;
    std::unique_ptr<FakeVenue> m_venue;
    std::unique_ptr<FakeCoinbaseServer> m_userChannel;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_LiveAccount::init()
{
    auto key = Core::SigningKey::fromText(TestData::newP256KeyPem());
    QVERIFY(key);
    m_key = *key;
    m_venue = std::make_unique<FakeVenue>(m_key->publicKeyPem(), KeyName);
    m_venue->setPrice(QStringLiteral("BTC-USD"), dec("100000"));
    m_venue->setBalance(QStringLiteral("USD"), dec("9000.50"));
    m_venue->setBalance(QStringLiteral("BTC"), dec("0.25"));
    m_userChannel = std::make_unique<FakeCoinbaseServer>();
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_LiveAccount::cleanup()
{
    m_venue.reset();
    m_userChannel.reset();
    m_dir.reset();
}

std::unique_ptr<LiveAccount> tst_LiveAccount::account(QString journal)
{
    if (journal.isEmpty())
        journal = m_dir->filePath(QStringLiteral("live.sqlite"));
    LiveAccount::Endpoints endpoints;
    endpoints.rest = m_venue->clientConfig();
    endpoints.publicRest.baseUrl = m_venue->baseUrl();
    endpoints.userChannel.url = m_userChannel->url();
    const Core::SigningKey key = *m_key;
    return std::make_unique<LiveAccount>(
        [key](auto done) { done(Core::Result<Core::SigningKey>(key)); }, journal, endpoints);
}

std::optional<Core::LiveReadinessReport> tst_LiveAccount::check(LiveAccount& live)
{
    QSignalSpy updated(&live, &LiveAccount::readinessUpdated);
    live.check(KeyName);
    const auto complete = [&] {
        return !updated.isEmpty()
            && updated.last().at(0).value<Core::LiveReadinessReport>().complete
            && updated.last().at(0).value<Core::LiveReadinessReport>().verdict.access
            != Core::LiveAccess::NotReady;
    };
    if (!QTest::qWaitFor(complete, 10000))
        return updated.isEmpty()
            ? std::nullopt
            : std::optional(updated.last().at(0).value<Core::LiveReadinessReport>());
    return updated.last().at(0).value<Core::LiveReadinessReport>();
}

void tst_LiveAccount::noKeyOrAnUnreadableKeychainIsAProblemInWords()
{
    LiveAccount noKeychain(
        [](auto done) {
            done(Core::Result<Core::SigningKey>(
                Core::Error{Core::ErrorCode::IoError, QStringLiteral("no secret service")}));
        },
        m_dir->filePath(QStringLiteral("live.sqlite")));
    QSignalSpy problems(&noKeychain, &LiveAccount::problem);
    noKeychain.check({});
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.last().at(0).toString().contains(QLatin1String("No Coinbase API key")));
    noKeychain.check(KeyName);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.last().at(0).toString().contains(QLatin1String("no secret service")));
    // Nothing checked, nothing to trade with.
    QVERIFY(!noKeychain.liveVenue({botOn(QStringLiteral("a"), QStringLiteral("BTC-USD"))}));
}

void tst_LiveAccount::goodKeyPassesEveryGateAndTheBotsShareTheCash()
{
    auto live = account();
    // Before any check there is nothing to start.
    QVERIFY(!live->liveVenue({botOn(QStringLiteral("a"), QStringLiteral("BTC-USD"))}));
    const auto report = check(*live);
    QVERIFY(report);
    // A first check, with no live journal yet: the balances are shown, not compared.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("live.sqlite"))));
    QCOMPARE(report->verdict.access, Core::LiveAccess::Trading);
    QVERIFY(report->reconciliation && report->reconciliation->clean());
    QVERIFY(report->feeTier);
    QVERIFY2(m_venue->authProblems().isEmpty(), qPrintable(m_venue->authProblems().join(u'\n')));

    // No bot, or a bot whose quote currency the portfolio does not hold: nothing starts.
    QVERIFY(!live->liveVenue({}));
    const auto noEuro = live->liveVenue({botOn(QStringLiteral("e"), QStringLiteral("BTC-EUR"))});
    QVERIFY(!noEuro);
    QVERIFY(noEuro.error().message.contains(QLatin1String("EUR")));

    // Two USD bots share what is available, to the cent, rounded down.
    const auto venue = live->liveVenue({botOn(QStringLiteral("a"), QStringLiteral("BTC-USD")),
        botOn(QStringLiteral("b"), QStringLiteral("ETH-USD"))});
    QVERIFY2(venue, qPrintable(venue ? QString() : venue.error().message));
    QCOMPARE(venue->startingCash, dec("4500.25"));
    QCOMPARE(venue->journalPath, m_dir->filePath(QStringLiteral("live.sqlite")));
    QCOMPARE(venue->rest.baseUrl, m_venue->baseUrl());
    QVERIFY(venue->userChannel && venue->userChannel->url == m_userChannel->url());
    // The live journal now holds the portfolio as trading starts.
    Core::JournalStore journal;
    QVERIFY(journal.open(venue->journalPath));
    const auto book = Core::LiveJournal::localBook(journal);
    QVERIFY(book && book->balancesKnown);
    QCOMPARE(book->balances.at(QStringLiteral("USD")), dec("9000.50"));
    QCOMPARE(book->balances.at(QStringLiteral("BTC")), dec("0.25"));
}

void tst_LiveAccount::differencesAreTakenOneCurrencyAtATime()
{
    auto live = account();
    QVERIFY(!live->acceptVenueBalances({})); // nothing fetched yet
    QVERIFY(check(*live));
    QVERIFY(live->liveVenue({botOn(QStringLiteral("a"), QStringLiteral("BTC-USD"))}));

    // Money moved by hand: both currencies differ, live trading may not start.
    m_venue->setBalance(QStringLiteral("USD"), dec("8000"));
    m_venue->setBalance(QStringLiteral("BTC"), dec("0.5"));
    auto report = check(*live);
    QVERIFY(report);
    QVERIFY(report->verdict.access != Core::LiveAccess::Trading);
    QCOMPARE(report->reconciliation->mismatches.size(), size_t(2));

    QVERIFY(live->acceptVenueBalances({QStringLiteral("USD")}));
    report = check(*live);
    QCOMPARE(report->reconciliation->mismatches.size(), size_t(1));
    QCOMPARE(report->reconciliation->mismatches.front().currency, QStringLiteral("BTC"));
    QVERIFY(report->verdict.access != Core::LiveAccess::Trading);

    QVERIFY(live->acceptVenueBalances({QStringLiteral("BTC")}));
    report = check(*live);
    QVERIFY(report->reconciliation->mismatches.empty());
    QCOMPARE(report->verdict.access, Core::LiveAccess::Trading);
}

void tst_LiveAccount::onlyAnExternalOrderIsCancelledFromHere()
{
    auto live = account();
    const QString external = m_venue->placeExternal(
        QStringLiteral("BTC-USD"), QStringLiteral("BUY"), dec("0.01"), dec("50000"));
    QVERIFY(check(*live));
    const auto cancel = [&](const QString& id) {
        std::optional<QString> problem;
        live->cancelExternalOrder(id, [&](const QString& text) { problem = text; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 5000); }();
        return problem.value_or(QStringLiteral("no answer"));
    };
    // An id that is no external order the last check saw is refused without asking Coinbase.
    const int cancelsBefore = m_venue->postsTo(QStringLiteral("/orders/batch_cancel"));
    QVERIFY(!cancel(QStringLiteral("not-an-order")).isEmpty());
    QCOMPARE(m_venue->postsTo(QStringLiteral("/orders/batch_cancel")), cancelsBefore);
    QCOMPARE(m_venue->order(external)->status, QStringLiteral("OPEN"));

    QCOMPARE(cancel(external), QString());
    QCOMPARE(m_venue->order(external)->status, QStringLiteral("CANCELLED"));
}

QTEST_GUILESS_MAIN(tst_LiveAccount)
#include "tst_liveaccount.moc"
