#include "sessioncommand.h"

#include "core/engine/botwatch.h"
#include "core/engine/papersession.h"
#include "core/engine/papertrader.h"
#include "core/market/candlereplayfeed.h"
#include "core/market/csvcandles.h"
#include "core/market/marketdatahub.h"
#include "core/market/replayfeed.h"
#include "core/risk/riskpolicyjson.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

constexpr int ExitUsage = 2;

QJsonValue ratio(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

// The report from the journal alone: trades, fills and the saved session facts.
Result<QJsonObject> reportFromJournal(JournalStore& journal)
{
    const auto trades = journal.loadClosedTrades();
    const auto fills = journal.loadFills();
    const auto orders = journal.loadOrders();
    if (!trades || !fills || !orders)
        return makeError(ErrorCode::DatabaseError, QStringLiteral("the journal cannot be read"));
    const Decimal start
        = Decimal::fromString(journal.state(QStringLiteral("start_equity")).valueOr(QString()))
              .valueOr(Decimal{});
    // Open positions are valued at their product's last price ("last_price:<product>"), else
    // at the session's one last price.
    const auto lastPriceOf = [&journal](const QString& product) {
        for (const QString& key :
            {QString(QStringLiteral("last_price:") + product), QStringLiteral("last_price")}) {
            const QString stored = journal.state(key).valueOr(QString());
            if (!stored.isEmpty())
                return Decimal::fromString(stored).valueOr(Decimal{});
        }
        return Decimal{};
    };
    // Equity after each closed trade, for drawdown and Sharpe.
    std::vector<EquityPoint> equity{{Timestamp{}, start}};
    Decimal running = start;
    for (const ClosedTrade& trade : *trades) {
        running = running.plus(trade.pnl).valueOr(running);
        equity.push_back({trade.exitTime, running});
    }
    const PerformanceStats stats = PerformanceStats::compute(*trades, equity);

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
        open[key] = open.value(key).plus(signedSize).valueOr(open.value(key));
        const Decimal notional = fill.notional().valueOr(Decimal{});
        cashFlow = (fill.side == Side::Buy ? cashFlow.minus(notional) : cashFlow.plus(notional))
                       .valueOr(cashFlow)
                       .minus(fill.fee)
                       .valueOr(cashFlow);
    }
    QJsonObject positions;
    Decimal openValue;
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (it.value().isZero())
            continue;
        positions.insert(it.key(), it.value().toString());
        const QString product = it.key().section(QLatin1Char(' '), -1);
        openValue = openValue.plus(it.value().times(lastPriceOf(product)).valueOr(Decimal{}))
                        .valueOr(openValue);
    }
    const Decimal finalEquity = start.plus(cashFlow).valueOr(start).plus(openValue).valueOr(start);
    return QJsonObject{
        {QStringLiteral("candles"),
            journal.state(QStringLiteral("candles_processed")).valueOr(QString()).toLongLong()},
        {QStringLiteral("trades"), stats.trades},
        {QStringLiteral("wins"), stats.wins},
        {QStringLiteral("losses"), stats.losses},
        {QStringLiteral("win_rate"), ratio(stats.winRate)},
        {QStringLiteral("profit_factor"), ratio(stats.profitFactor)},
        {QStringLiteral("expectancy"), stats.expectancy.toString()},
        {QStringLiteral("max_drawdown_pct"), ratio(stats.maxDrawdownPct)},
        {QStringLiteral("sharpe"), ratio(stats.sharpe)},
        {QStringLiteral("total_fees"), stats.totalFees.toString()},
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

// A market recording (or candles played as a market) through the trading engine the window
// uses: the hub, the bots' watch and the paper trader, journaled to the session's database. Run
// again on the same database, it restores the account and places nothing twice.
int runReplaySession(
    const QString& path, const PaperSession::Options& options, QTextStream& out, QTextStream& err)
{
    std::unique_ptr<MarketFeed> feed;
    QString product = options.bots.front().product;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        auto candles = CandleReplayFeed::fromFile(path, {product, 0.0});
        if (!candles) {
            err << "candela-cli session: " << candles.error().message << '\n';
            return 1;
        }
        feed = std::move(candles).value();
    } else {
        auto recording = ReplayFeed::fromFile(path, {0.0, false});
        if (!recording) {
            err << "candela-cli session: " << recording.error().message << '\n';
            return 1;
        }
        feed = std::move(recording).value();
    }
    qint64 candles = 0;
    TradingSnapshot ended;
    {
        MarketDataHub hub(*feed);
        BotWatch watch(hub, options.bots);
        PaperTrader::Options account;
        account.bots = options.bots;
        account.startingCash = options.startingCash;
        account.fees = options.fees;
        account.journalPath = options.databasePath;
        PaperTrader trader(hub, watch, account);
        if (auto opened = trader.open(); !opened) {
            err << "candela-cli session: " << opened.error().message << '\n';
            return 1;
        }
        JournalStore journal;
        if (auto opened = journal.open(options.databasePath); !opened) {
            err << "candela-cli session: " << opened.error().message << '\n';
            return 1;
        }
        const auto killSwitch = journal.state(QStringLiteral("kill_switch"));
        if (killSwitch && !killSwitch->isEmpty() && *killSwitch != QLatin1String("ACTIVE"))
            trader.setKillSwitch(KillSwitchState::Halted);
        QString failure;
        QObject::connect(&trader, &PaperTrader::journalFailed,
            [&failure](const QString& message) { failure = message; });
        QEventLoop loop;
        QObject::connect(feed.get(), &MarketFeed::finished, &loop, &QEventLoop::quit);
        feed->start();
        loop.exec();
        if (!failure.isEmpty()) {
            err << "candela-cli session: the journal failed: " << failure << '\n';
            return 1;
        }
        if (const CandleSeries* series = hub.state().series(product, Timeframe::FiveMinutes))
            candles = qint64(series->candles().size());
        ended = trader.snapshot();
    }
    // The trader's own figures: the journal's starting cash for every account it keeps (also
    // those of bots from earlier runs), and each open position's product at its own price.
    JournalStore journal;
    bool saved = journal.open(options.databasePath) && journal.begin()
        && journal.setState(QStringLiteral("start_equity"), ended.startingEquity.toString())
        && journal.setState(QStringLiteral("candles_processed"), QString::number(candles));
    for (const OpenPosition& position : ended.positions)
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
    parser.addOptions({dbOption, botOption, candlesOption, replayOption, cashOption});
    const bool parsed = parser.parse(QStringList{QStringLiteral("session")} + arguments.mid(1));
    if (!parsed || !parser.isSet(dbOption)
        || (action != QLatin1String("run") && action != QLatin1String("show")
            && action != QLatin1String("kill"))) {
        err << "usage: candela-cli session run --db FILE --bot BOT.json [--bot ...] (--candles "
               "FILE.csv | --replay FILE.jsonl) [--cash 10000]\n"
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
            if (!journal.begin()
                || !journal.setState(QStringLiteral("kill_switch"), QStringLiteral("HALTED"))
                || !journal.recordAudit({now, QStringLiteral("kill_switch"), QString(),
                    QStringLiteral("HALTED by cli")})
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
    PaperSession::Options options;
    options.databasePath = parser.value(dbOption);
    options.startingCash = *cash;
    for (const QString& path : parser.values(botOption)) {
        auto config = BotConfig::fromFile(path);
        if (!config) {
            err << "candela-cli session: " << config.error().message << '\n';
            return 1;
        }
        if (const auto risk = riskPolicyFor(*config); !risk) {
            err << "candela-cli session: " << risk.error().message << '\n';
            return 1;
        }
        options.bots.push_back(*config);
    }
    if (parser.isSet(replayOption))
        return runReplaySession(parser.value(replayOption), options, out, err);
    const auto candles = readCsvCandles(parser.value(candlesOption));
    if (!candles) {
        err << "candela-cli session: " << candles.error().message << '\n';
        return 1;
    }
    auto session = PaperSession::open(options);
    if (!session) {
        err << "candela-cli session: " << session.error().message << '\n';
        return 1;
    }
    JournalStore& journal = (*session)->journal();
    const Decimal startEquity
        = cash->times(Decimal::fromInteger(qint64(options.bots.size()))).valueOr(*cash);
    if (!journal.begin()
        || !journal.setState(QStringLiteral("start_equity"), startEquity.toString())
        || !journal.setState(QStringLiteral("last_price"),
            candles->empty() ? QString() : candles->back().close.toString())
        || !journal.commit()) {
        err << "candela-cli session: the session facts could not be saved\n";
        return 1;
    }
    if (auto ran = (*session)->run(*candles); !ran) {
        err << "candela-cli session: " << ran.error().message << '\n';
        return 1;
    }
    return show(journal, out, err);
}

} // namespace Candela::Cli
