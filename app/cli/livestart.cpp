#include "livestart.h"

#include "keyfile.h"

#include "core/coinbase/livecash.h"
#include "core/coinbase/livegate.h"
#include "core/coinbase/livereadiness.h"
#include "core/coinbase/publicrestclient.h"
#include "core/coinbase/userchannel.h"
#include "core/engine/livejournal.h"
#include "core/storage/journalstore.h"

#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

// The live journal's orders, fills and the balances it expects (none before live trading first
// started on it), as the reconciliation compares them with the account.
Result<LocalBook> journalBook(const QString& path)
{
    LocalBook fresh;
    fresh.balancesKnown = false;
    if (!QFile::exists(path))
        return fresh;
    JournalStore journal;
    if (auto opened = journal.open(path); !opened)
        return opened.error();
    return LiveJournal::localBook(journal);
}

QString cashProblem(const LiveCash& cash)
{
    switch (cash.problem) {
    case LiveCash::Problem::None:
        break;
    case LiveCash::Problem::NoBots:
        return QStringLiteral("no bot would trade");
    case LiveCash::Problem::Inexact:
        return QStringLiteral("the portfolio's %1 balance cannot be added up exactly (%2)")
            .arg(cash.currency, cash.detail);
    case LiveCash::Problem::NothingAvailable:
        return QStringLiteral("the portfolio has no %1 available for the bots").arg(cash.currency);
    }
    return {};
}

} // namespace

std::optional<CoinbaseVenue> passLiveGates(
    const LiveStart& start, const std::vector<BotConfig>& bots, QTextStream& err)
{
    const QString command = QStringLiteral("run");
    if (!confirmsLive(start.confirmation)) {
        err << "candela-cli run: live trading places real orders with real money; it starts only "
               "with --confirm-live LIVE\n";
        return std::nullopt;
    }
    if (start.keyFile.isEmpty() || start.keyName.isEmpty()) {
        err << "candela-cli run: live trading needs --key-file PEM and --key-name NAME\n";
        return std::nullopt;
    }
    const auto key = readKeyFile(start.keyFile, command, err);
    if (!key)
        return std::nullopt;
    if (const QString problem = apiKeyNameProblem(start.keyName); !problem.isEmpty()) {
        err << "candela-cli run: " << problem << '\n';
        return std::nullopt;
    }
    const auto book = journalBook(start.journal);
    if (!book) {
        err << "candela-cli run: the live journal " << start.journal
            << " cannot be read: " << book.error().message << '\n';
        return std::nullopt;
    }

    SystemClock clock;
    TradingRestClient::Config restConfig;
    PublicRestClient::Config publicConfig;
    if (!start.restUrl.isEmpty()) {
        restConfig.baseUrl = start.restUrl;
        publicConfig.baseUrl = start.restUrl;
    }
    UserChannel::Config channelConfig;
    if (!start.userChannelUrl.isEmpty())
        channelConfig.url = start.userChannelUrl;
    TradingRestClient rest(restConfig, {*key, start.keyName}, clock);
    PublicRestClient publicRest(publicConfig);
    UserChannel channel(channelConfig, *key, start.keyName, clock);
    LiveReadiness readiness(
        rest, publicRest, channel, clock, {start.portfolio, std::chrono::seconds(30)});
    QEventLoop loop;
    QObject::connect(
        &readiness, &LiveReadiness::updated, &loop, [&](const LiveReadinessReport& report) {
            if (report.complete && channel.isReady())
                loop.quit();
        });
    QTimer::singleShot(start.wait, &loop, &QEventLoop::quit);
    readiness.check(*book);
    if (!(readiness.report().complete && channel.isReady()))
        loop.exec();
    const LiveReadinessReport report = readiness.report();
    channel.stop(); // the session opens its own

    if (!report.complete || report.verdict.access != LiveAccess::Trading
        || !report.reconciliation) {
        err << "candela-cli run: live trading may not start";
        if (!report.complete)
            err << " (Coinbase did not answer every check within " << start.wait.count() << " s)";
        err << '\n';
        for (const auto& [blocker, detail] : report.verdict.blockers)
            err << "  " << liveBlockerName(blocker)
                << (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail) << '\n';
        return std::nullopt;
    }
    QStringList products;
    for (const BotConfig& bot : bots)
        products.append(bot.product);
    const LiveCash cash = liveCashPerBot(products, report.reconciliation->venueBalances);
    if (cash.problem != LiveCash::Problem::None) {
        err << "candela-cli run: live trading may not start: " << cashProblem(cash) << '\n';
        return std::nullopt;
    }
    JournalStore journal;
    Status recorded = journal.open(start.journal);
    if (recorded)
        recorded = LiveJournal::recordStartBalances(journal, report.reconciliation->venueBalances);
    if (!recorded) {
        err << "candela-cli run: the live journal " << start.journal
            << " cannot be written: " << recorded.error().message << '\n';
        return std::nullopt;
    }
    return CoinbaseVenue{restConfig, {*key, start.keyName}, CoinbaseExecution::Config{},
        channelConfig, start.journal, cash.perBot};
}

} // namespace Candela::Cli
