#include "sessioncommand.h"

#include "botfiles.h"
#include "feeoptions.h"
#include "keyfile.h"

#include "core/backtest/backtestreport.h"
#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/tradingrestclient.h"
#include "core/logfiles.h"

#include "core/engine/journalstate.h"
#include "core/engine/tradingsession.h"
#include "core/market/csvcandles.h"
#include "core/model/exactsteps.h"
#include "core/storage/journalstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTextStream>
#include <QUrl>

#include <cmath>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

constexpr int ExitUsage = 2;

// The report from the journal alone: trades, fills and the saved session facts.
Result<QJsonObject> reportFromJournal(JournalStore& journal)
{
    const auto trades = journal.loadClosedTrades();
    const auto fills = journal.loadFills();
    const auto orders = journal.loadOrders();
    if (!trades || !fills || !orders)
        return makeError(ErrorCode::DatabaseError, QStringLiteral("the journal cannot be read"));
    // A stored figure that does not read, or a sum beyond the Decimal range, refuses the report:
    // a wrong equity is worse than none.
    const auto stateText = [&journal](const QString& key) {
        const auto stored = journal.state(key);
        return stored ? *stored : QString();
    };
    ExactSteps exact;
    const QString startText = stateText(QStringLiteral("start_equity"));
    const Decimal start = startText.isEmpty() ? Decimal{} : exact(Decimal::fromString(startText));
    // Open positions are valued at their product's last price ("last_price:<product>"), else
    // at the session's one last price.
    const auto lastPriceOf = [&](const QString& product) {
        for (const QString& key :
            {QString(QStringLiteral("last_price:") + product), QStringLiteral("last_price")}) {
            const QString stored = stateText(key);
            if (!stored.isEmpty())
                return exact(Decimal::fromString(stored));
        }
        return Decimal{};
    };
    // Equity after each closed trade, for drawdown and Sharpe.
    std::vector<EquityPoint> equity{{Timestamp{}, start}};
    Decimal running = start;
    for (const ClosedTrade& trade : *trades) {
        running = exact(running.plus(trade.pnl));
        equity.push_back({trade.exitTime, running});
    }
    const auto computed = PerformanceStats::compute(*trades, equity);
    if (!computed)
        return computed.error();
    const PerformanceStats& stats = *computed;

    // Open positions: net signed quantity per bot and product from the fills.
    QHash<QString, QString> botOfOrder;
    for (const Order& order : *orders)
        botOfOrder.insert(order.clientOrderId, order.botId);
    QHash<QString, Decimal> open;
    Decimal cashFlow;
    for (const Fill& fill : *fills) {
        const QString key
            = botOfOrder.value(fill.clientOrderId) + QLatin1Char(' ') + fill.productId;
        const Decimal signedSize = fill.side == Side::Buy ? fill.size : -fill.size;
        open[key] = exact(open.value(key).plus(signedSize));
        const Decimal notional = exact(fill.notional());
        cashFlow = exact(
            exact(fill.side == Side::Buy ? cashFlow.minus(notional) : cashFlow.plus(notional))
                .minus(fill.fee));
    }
    QJsonObject positions;
    Decimal openValue;
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (it.value().isZero())
            continue;
        positions.insert(it.key(), it.value().toString());
        const QString product = it.key().section(QLatin1Char(' '), -1);
        openValue = exact(openValue.plus(exact(it.value().times(lastPriceOf(product)))));
    }
    const Decimal finalEquity = exact(exact(start.plus(cashFlow)).plus(openValue));
    if (exact.failed())
        return makeError(exact.error().code,
            QStringLiteral("the journal's figures cannot be added up exactly: %1")
                .arg(exact.error().message));
    return QJsonObject{
        {QStringLiteral("candles"), stateText(QStringLiteral("candles_processed")).toLongLong()},
        {QStringLiteral("trades"), stats.trades},
        {QStringLiteral("wins"), stats.wins},
        {QStringLiteral("losses"), stats.losses},
        {QStringLiteral("win_rate"), reportRatio(stats.winRate)},
        {QStringLiteral("profit_factor"), reportRatio(stats.profitFactor)},
        {QStringLiteral("expectancy"), stats.expectancy.toString()},
        {QStringLiteral("max_drawdown_pct"), reportRatio(stats.maxDrawdownPct)},
        {QStringLiteral("sharpe"), reportRatio(stats.sharpe)},
        {QStringLiteral("total_fees"), stats.totalFees.toString()},
        {QStringLiteral("gross_pnl"), stats.grossPnl.toString()},
        {QStringLiteral("fee_drag_pct"), reportRatio(stats.feeDragPct())},
        {QStringLiteral("fee_rate_pct"), reportRatio(stats.feeRatePct())},
        {QStringLiteral("net_pnl"), stats.netPnl.toString()},
        {QStringLiteral("start_equity"), start.toString()},
        {QStringLiteral("final_equity"), finalEquity.toString()},
        {QStringLiteral("candles_per_second"), QJsonValue()},
        {QStringLiteral("open_positions"), positions},
        {QStringLiteral("fills"), qint64(fills->size())},
    };
}

int show(JournalStore& journal, QTextStream& out, QTextStream& err)
{
    const auto report = reportFromJournal(journal);
    if (!report) {
        err << "candela-cli session: " << report.error().message << '\n';
        return 1;
    }
    out << QJsonDocument(*report).toJson(QJsonDocument::Indented);
    return 0;
}

// An order venue speaking Coinbase's protocol on this machine (the tests' fake Coinbase), for
// `session run --venue-url`: recorded prices are no market to send real orders to.
struct VenueAccess
{
    QUrl url;
    SigningKey key;
    QString keyName;
};

// Where a venue session's candles are played: shifted to start at the first run's "now", so that
// the venue's fills are never later than the bars they came from; kept in the journal, so a
// resumed run replays the same bars and meets the same intents.
Result<std::chrono::seconds> venueTimeShift(const QString& databasePath, Timestamp firstCandle)
{
    JournalStore journal;
    if (auto opened = journal.open(databasePath); !opened)
        return opened.error();
    const QString key = QStringLiteral("venue_session/time_shift");
    const auto stored = journal.state(key);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty())
        return std::chrono::seconds(stored->toLongLong());
    const qint64 now = QDateTime::currentSecsSinceEpoch() / 300 * 300;
    const std::chrono::seconds shift(now - toUnixSeconds(firstCandle));
    if (auto saved = journal.setState(key, QString::number(shift.count())); !saved)
        return saved.error();
    return shift;
}

// A market recording or candles played as a market, through the same TradingSession the
// window uses, journaled to the session's database. Run again on the same database, it restores
// the account and places nothing twice. With `venue`, the orders go to that venue through
// CoinbaseExecution, each candle waiting for the orders before it to settle; a resumed run takes
// up the orders in flight, never sending one twice.
int runMarketSession(const QString& path, SessionOptions options,
    const std::optional<VenueAccess>& venue, QTextStream& out, QTextStream& err)
{
    const QString product = options.bots.front().product;
    const PaperVenue paper = std::get<PaperVenue>(options.venue);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        CandleMarket candles{path, product, 0.0, {}};
        if (venue) {
            const auto first = readCsvCandles(path);
            if (!first) {
                err << "candela-cli session: " << first.error().message << '\n';
                return 1;
            }
            const auto shift = venueTimeShift(
                paper.journalPath, first->empty() ? Timestamp{} : first->front().start);
            if (!shift) {
                err << "candela-cli session: " << shift.error().message << '\n';
                return 1;
            }
            candles.timeShift = *shift;
        }
        options.market = candles;
    } else if (venue) {
        err << "candela-cli session: --venue-url plays candles (--replay FILE.csv) only\n";
        return ExitUsage;
    } else {
        options.market = RecordedMarket{path, 0.0, false};
    }
    if (venue) {
        TradingRestClient::Config rest;
        rest.baseUrl = venue->url;
        CoinbaseExecution::Config lookups;
        lookups.firstCheck = std::chrono::milliseconds(500);
        lookups.checkEvery = std::chrono::milliseconds(200);
        lookups.pollEvery = std::chrono::milliseconds(50);
        // A venue on this machine playing recorded prices holds no account to reconcile with.
        options.venue = CoinbaseVenue{rest, {venue->key, venue->keyName}, lookups, std::nullopt,
            paper.journalPath, paper.startingCash, false};
    }
    options.chartProduct = product;

    TradingSession session;
    QEventLoop loop;
    QObject::connect(&session, &TradingSession::marketFinished, &loop, &QEventLoop::quit);
    if (const Status started = session.start(options); !started) {
        err << "candela-cli session: " << started.error().message << '\n';
        return 1;
    }
    loop.exec();
    const SessionSnapshot ended = session.snapshotNow();
    session.stop();
    if (!ended.health.accountProblem.isEmpty()) {
        err << "candela-cli session: " << ended.health.accountProblem << '\n';
        return 1;
    }
    if (ended.killSwitch.cause == HaltCause::JournalFailure
        || ended.killSwitch.cause == HaltCause::DiskFull) {
        err << "candela-cli session: the journal failed: " << ended.killSwitch.detail << '\n';
        return 1;
    }

    // The session's own figures: the journal's starting cash for every account it keeps (also
    // those of bots from earlier runs), and each open position's product at its own price.
    const TradingSnapshot& trading = *ended.trading;
    JournalStore journal;
    bool saved = journal.open(paper.journalPath) && journal.begin()
        && journal.setState(QStringLiteral("start_equity"), trading.startingEquity.toString())
        && journal.setState(QStringLiteral("candles_processed"),
            QString::number(ended.market ? ended.market->seriesSize : 0));
    for (const OpenPosition& position : trading.positions)
        saved = saved
            && journal.setState(
                QStringLiteral("last_price:") + position.productId, position.mark.toString());
    if (!saved || !journal.commit()) {
        err << "candela-cli session: the session facts could not be saved\n";
        return 1;
    }
    return show(journal, out, err);
}

} // namespace

int runSession(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("file"));
    const QCommandLineOption botOption(QStringLiteral("bot"), QString(), QStringLiteral("file"));
    const QCommandLineOption candlesOption(
        QStringLiteral("candles"), QString(), QStringLiteral("file"));
    const QCommandLineOption replayOption(
        QStringLiteral("replay"), QString(), QStringLiteral("file"));
    const QCommandLineOption cashOption(
        QStringLiteral("cash"), QString(), QStringLiteral("amount"), QStringLiteral("10000"));
    const QCommandLineOption venueOption(
        QStringLiteral("venue-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption keyFileOption(
        QStringLiteral("key-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption keyNameOption(
        QStringLiteral("key-name"), QString(), QStringLiteral("name"));
    const QCommandLineOption logDirOption(
        QStringLiteral("log-dir"), QString(), QStringLiteral("folder"));
    const QCommandLineOption logLevelOption(
        QStringLiteral("log-level"), QString(), QStringLiteral("level"), QStringLiteral("info"));
    parser.addOptions({dbOption, botOption, candlesOption, replayOption, cashOption, venueOption,
        keyFileOption, keyNameOption, logDirOption, logLevelOption});
    parser.addOptions(FeeOptions::options());
    const bool parsed = parser.parse(QStringList{QStringLiteral("session")} + arguments.mid(1));
    if (!parsed || !parser.isSet(dbOption)
        || (action != QLatin1String("run") && action != QLatin1String("show")
            && action != QLatin1String("kill"))) {
        err << "usage: candela-cli session run --db FILE --bot BOT.json [--bot ...] (--candles "
               "FILE.csv | --replay FILE.jsonl) [--cash 10000]\n"
               "           [--maker-fee RATE] [--taker-fee RATE] [--slippage RATE]\n"
               "           [--venue-url http://127.0.0.1:PORT --key-file PEM --key-name NAME]\n"
               "           [--log-dir FOLDER [--log-level warning|info|debug|RULES]]\n"
               "       candela-cli session show --db FILE\n"
               "       candela-cli session kill --db FILE\n";
        return ExitUsage;
    }

    if (action != QLatin1String("run")) {
        JournalStore journal;
        if (auto opened = journal.open(parser.value(dbOption)); !opened) {
            err << "candela-cli session: " << opened.error().message << '\n';
            return 1;
        }
        if (action == QLatin1String("kill")) {
            const Timestamp now = fromUnixSeconds(QDateTime::currentSecsSinceEpoch());
            // What the engine reads when it opens the journal: the halt, with its cause.
            const KillSwitchStatus halted{
                KillSwitchState::Halted, HaltCause::CommandLine, QString(), now};
            if (!journal.begin() || !saveKillSwitch(journal, halted)
                || !journal.recordAudit({now, QStringLiteral("kill_switch"), QString(),
                    QStringLiteral("HALTED command_line")})
                || !journal.commit()) {
                err << "candela-cli session: the kill switch could not be saved\n";
                return 1;
            }
            out << "kill switch: HALTED\n";
            return 0;
        }
        return show(journal, out, err);
    }

    const auto cash = Decimal::fromString(parser.value(cashOption));
    if (parser.isSet(candlesOption) == parser.isSet(replayOption)
        || parser.values(botOption).isEmpty() || !cash || !cash->isPositive()) {
        err << "candela-cli session run: needs --candles FILE.csv or --replay FILE.jsonl, at "
               "least one --bot and a positive --cash\n";
        return ExitUsage;
    }
    const auto fees = FeeOptions::read(parser);
    if (!fees) {
        err << "candela-cli session run: " << fees.error().message << '\n';
        return ExitUsage;
    }
    SessionOptions options;
    options.venue = PaperVenue{parser.value(dbOption), *cash};
    options.fees = *fees;
    auto bots = readBotFiles(parser.values(botOption));
    if (!bots) {
        err << "candela-cli session: " << bots.error().message << '\n';
        return 1;
    }
    options.bots = std::move(*bots);
    std::optional<VenueAccess> venue;
    if (parser.isSet(venueOption) || parser.isSet(keyFileOption) || parser.isSet(keyNameOption)) {
        const QUrl url(parser.value(venueOption));
        const bool loopback
            = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
        if (!parser.isSet(venueOption) || !parser.isSet(keyFileOption)
            || !parser.isSet(keyNameOption) || !parser.isSet(replayOption) || !loopback) {
            err << "candela-cli session run: --venue-url (a venue on this machine: recorded "
                   "prices are no market for real orders), --key-file and --key-name go together, "
                   "with --replay FILE.csv\n";
            return ExitUsage;
        }
        auto key = readKeyFile(parser.value(keyFileOption), QStringLiteral("session"), err);
        if (!key)
            return 1;
        venue = VenueAccess{url, std::move(*key), parser.value(keyNameOption)};
    }
    // --candles FILE.csv and --replay FILE.csv are the same market: the candles played in order.
    const QString market
        = parser.isSet(replayOption) ? parser.value(replayOption) : parser.value(candlesOption);
    if (parser.isSet(candlesOption)
        && !market.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        err << "candela-cli session run: --candles takes a CSV of five-minute candles\n";
        return ExitUsage;
    }
    // The log files, as the window writes them (LogFiles), when a folder is named.
    if (parser.isSet(logDirOption)) {
        LogFiles::Config files;
        files.directory = parser.value(logDirOption);
        const Status level = LogFiles::applyLevel(parser.value(logLevelOption));
        const Status installed = level ? LogFiles::install(files) : level;
        if (!installed) {
            err << "candela-cli session run: " << installed.error().message << '\n';
            return ExitUsage;
        }
    }
    const auto stopLogging = qScopeGuard([] { LogFiles::uninstall(); });
    return runMarketSession(market, std::move(options), venue, out, err);
}

} // namespace Candela::Cli
