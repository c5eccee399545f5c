#include "liveaccount.h"

#include "apptr.h"

#include "core/coinbase/livecash.h"

#include "core/coinbase/publicrestclient.h"
#include "core/coinbase/tradingrestclient.h"
#include "core/coinbase/userchannel.h"
#include "core/engine/livejournal.h"
#include "core/storage/journalstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Candela {

LiveAccount::LiveAccount(
    KeyLoader loadKey, QString liveJournal, Endpoints endpoints, QObject* parent)
    : QObject(parent)
    , m_loadKey(std::move(loadKey))
    , m_journalPath(std::move(liveJournal))
    , m_endpoints(std::move(endpoints))
{ }

LiveAccount::~LiveAccount() = default;

void LiveAccount::check(const QString& keyName)
{
    if (keyName.isEmpty()) {
        Q_EMIT problem(AppTr::tr("No Coinbase API key is stored. Add one under Edit → Settings → "
                                 "API key (View and Trade permissions only)."));
        return;
    }
    m_loadKey([this, keyName](Core::Result<Core::SigningKey> key) {
        if (!key) {
            Q_EMIT problem(AppTr::tr("The API key cannot be read from the system keychain: %1")
                               .arg(key.error().message));
            return;
        }
        start(*key, keyName);
    });
}

void LiveAccount::start(const Core::SigningKey& key, const QString& keyName)
{
    if (!m_readiness || keyName != m_keyName) {
        // A new key (or the first check): new clients, so no token of the old key is made.
        m_readiness.reset();
        m_channel.reset();
        m_keyName = keyName;
        m_rest = std::make_unique<Core::TradingRestClient>(
            m_endpoints.rest, Core::TradingRestClient::Credentials{key, keyName}, m_clock);
        m_publicRest = std::make_unique<Core::PublicRestClient>(m_endpoints.publicRest);
        m_channel
            = std::make_unique<Core::UserChannel>(m_endpoints.userChannel, key, keyName, m_clock);
        m_readiness = std::make_unique<Core::LiveReadiness>(
            *m_rest, *m_publicRest, *m_channel, m_clock, Core::LiveReadiness::Config{});
        connect(m_readiness.get(), &Core::LiveReadiness::updated, this,
            [this](const Core::LiveReadinessReport& report) {
                m_lastReport = report;
                Q_EMIT readinessUpdated(report);
            });
    }
    m_key = key;
    m_lastReport.reset();
    // The live journal as it is now: its orders, counted fills and the balances the portfolio
    // should hold (none before live trading first started on it — also when it does not exist
    // yet: the first check of a new user, whose balances are only shown).
    Core::JournalStore journal;
    Core::LocalBook fresh;
    fresh.balancesKnown = false;
    Core::Result<Core::LocalBook> book = fresh;
    if (QFile::exists(m_journalPath)) {
        if (auto opened = journal.open(m_journalPath); !opened)
            book = opened.error();
        else
            book = Core::LiveJournal::localBook(journal);
    }
    if (!book) {
        Q_EMIT problem(AppTr::tr("The live journal %1 cannot be read: %2")
                           .arg(m_journalPath, book.error().message));
        return;
    }
    m_readiness->check(*book);
}

Core::Status LiveAccount::acceptVenueBalances(const QStringList& currencies)
{
    if (!m_lastReport || !m_lastReport->reconciliation)
        return Core::Error{Core::ErrorCode::InvalidArgument,
            AppTr::tr("Coinbase's balances are not known yet: check the account again.")};
    Core::JournalStore journal;
    if (auto opened = journal.open(m_journalPath); !opened)
        return opened;
    return Core::LiveJournal::acceptVenueBalances(
        journal, m_lastReport->reconciliation->venueBalances, m_clock.now(), currencies);
}

void LiveAccount::cancelExternalOrder(
    const QString& venueOrderId, std::function<void(QString)> done)
{
    const bool external = m_lastReport && m_lastReport->reconciliation
        && std::any_of(m_lastReport->reconciliation->externalOrders.begin(),
            m_lastReport->reconciliation->externalOrders.end(),
            [&](const auto& order) { return order.venueOrderId == venueOrderId; });
    if (!m_rest || !external) {
        done(AppTr::tr("Only an order placed outside Candela can be cancelled here."));
        return;
    }
    m_rest->cancelOrders({venueOrderId}, Core::TradingRestClient::Lane::Normal,
        [done = std::move(done)](std::vector<Core::TradingRestClient::CancelResult> results) {
            const bool cancelled = !results.empty()
                && results.front().kind == Core::TradingRestClient::CancelResult::Kind::Cancelled;
            done(cancelled ? QString()
                           : AppTr::tr("Coinbase did not confirm the cancel; check the account "
                                       "again."));
        });
}

QString LiveAccount::defaultJournalPath()
{
    const QDir directory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    directory.mkpath(QStringLiteral("live"));
    return directory.filePath(QStringLiteral("live/coinbase.sqlite"));
}

Core::Result<Core::CoinbaseVenue> LiveAccount::liveVenue(const std::vector<Core::BotConfig>& bots)
{
    const auto refuse = [](const QString& why) {
        return Core::Error{Core::ErrorCode::InvalidArgument, why};
    };
    if (!m_key || !m_lastReport || !m_lastReport->complete
        || m_lastReport->verdict.access != Core::LiveAccess::Trading
        || !m_lastReport->reconciliation)
        return refuse(AppTr::tr("Coinbase has not confirmed that live trading may start: check "
                                "the account again."));
    QStringList products;
    for (const Core::BotConfig& bot : bots)
        products.append(bot.product);
    const Core::LiveCash cash
        = Core::liveCashPerBot(products, m_lastReport->reconciliation->venueBalances);
    switch (cash.problem) {
    case Core::LiveCash::Problem::None:
        break;
    case Core::LiveCash::Problem::NoBots:
        return refuse(AppTr::tr("No bot would trade: add a bot first."));
    case Core::LiveCash::Problem::Inexact:
        return refuse(AppTr::tr("The portfolio's %1 balance cannot be added up exactly (%2).")
                          .arg(cash.currency, cash.detail));
    case Core::LiveCash::Problem::NothingAvailable:
        return refuse(AppTr::tr("The portfolio has no %1 available for the bots to trade "
                                "with.")
                          .arg(cash.currency));
    }
    Core::JournalStore journal;
    if (auto opened = journal.open(m_journalPath); !opened)
        return opened.error();
    if (auto recorded = Core::LiveJournal::recordStartBalances(
            journal, m_lastReport->reconciliation->venueBalances);
        !recorded)
        return recorded.error();
    return Core::CoinbaseVenue{m_endpoints.rest, {*m_key, m_keyName},
        Core::CoinbaseExecution::Config{}, m_endpoints.userChannel, m_journalPath, cash.perBot};
}

} // namespace Candela
