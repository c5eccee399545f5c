#include "backtestcommand.h"

#include "candlerange.h"
#include "feeoptions.h"
#include "indicatorscommand.h"

#include "core/backtest/backtestreport.h"
#include "core/backtest/backtestrunner.h"
#include "core/market/candleseries.h"
#include "core/market/csvcandles.h"
#include "core/portfolio/tradescsv.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>
#include <QTextStream>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

// The shared report plus how fast this run went (wall time: not in a sweep's rows).
QJsonObject report(const BacktestResult& r)
{
    QJsonObject one = backtestReport(r);
    one.insert(QStringLiteral("candles_per_second"),
        r.seconds > 0 ? qint64(double(r.candles) / r.seconds) : qint64(0));
    return one;
}

bool writeFile(const QString& path, const QByteArray& content, QTextStream& err)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size())
        return true;
    err << "candela-cli backtest: cannot write " << path << ": " << file.errorString() << '\n';
    return false;
}

} // namespace

int runBacktest(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption candlesOption(
        QStringLiteral("candles"), QString(), QStringLiteral("file"));
    const QCommandLineOption botOption(QStringLiteral("bot"), QString(), QStringLiteral("file"));
    const QCommandLineOption cashOption(
        QStringLiteral("cash"), QString(), QStringLiteral("amount"), QStringLiteral("10000"));
    const QCommandLineOption tradesOption(
        QStringLiteral("trades"), QString(), QStringLiteral("file"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"), QString(), QStringLiteral("file"));
    parser.addOptions({candlesOption, botOption, cashOption, tradesOption, reportOption});
    parser.addOptions(CandleRange::options());
    parser.addOptions(FeeOptions::options());
    const auto cash = Decimal::fromString(
        parser.parse(QStringList{QStringLiteral("backtest")} + arguments) ? parser.value(cashOption)
                                                                          : QString());
    if (!parser.isSet(candlesOption) || !parser.isSet(botOption) || !cash || !cash->isPositive()) {
        err << "usage: candela-cli backtest --candles FILE.csv --bot BOT.json [--bot …] "
               "[--from DATE] [--to DATE] [--cash 10000] [--maker-fee RATE] [--taker-fee RATE] "
               "[--slippage RATE] [--trades OUT.csv] [--report OUT.json]\n";
        return 2;
    }
    std::vector<BotConfig> configs;
    for (const QString& path : parser.values(botOption)) {
        const auto config = BotConfig::fromFile(path);
        if (!config) {
            err << "candela-cli backtest: " << config.error().message << '\n';
            return 1;
        }
        configs.push_back(*config);
    }
    const auto candles = readCsvCandles(parser.value(candlesOption));
    if (!candles) {
        err << "candela-cli backtest: " << candles.error().message << '\n';
        return 1;
    }
    const auto range = CandleRange::select(parser, *candles);
    if (!range) {
        err << "candela-cli backtest: " << range.error().message << '\n';
        return 1;
    }
    const auto fees = FeeOptions::read(parser);
    if (!fees) {
        err << "candela-cli backtest: " << fees.error().message << '\n';
        return 2;
    }
    BacktestOptions options;
    options.startingCash = *cash;
    options.fees = *fees;
    // Several bots run at once on the thread pool, each over the same candles in memory.
    const std::vector<BacktestResult> results = QtConcurrent::blockingMapped(
        configs, [&range, &options](const BotConfig& config) {
            // Finer candles are folded into the bot's bars, as the trading session does.
            return BacktestRunner::run(config, barsOfTimeframe(*range, config.timeframe), options);
        });
    std::vector<ClosedTrade> trades;
    QJsonArray reports;
    for (size_t i = 0; i < results.size(); ++i) {
        const BacktestResult& result = results[i];
        if (!result.error.isEmpty()) {
            err << "candela-cli backtest: " << result.error << '\n';
            return 1;
        }
        trades.insert(trades.end(), result.trades.begin(), result.trades.end());
        QJsonObject one = report(result);
        one.insert(QStringLiteral("bot"), configs[i].name);
        reports.append(one);
    }
    // One bot: its report object (the documented format); several: an array of them, each
    // naming its bot, and one trades file for all (the bot column tells them apart).
    const QByteArray json = results.size() == 1
        ? QJsonDocument(report(results.front())).toJson(QJsonDocument::Indented)
        : QJsonDocument(reports).toJson(QJsonDocument::Indented);
    if (parser.isSet(tradesOption)) {
        const auto csv = closedTradesCsv(trades);
        if (!csv) {
            err << "candela-cli backtest: the trades cannot be written: " << csv.error().message
                << '\n';
            return 1;
        }
        if (!writeFile(parser.value(tradesOption), *csv, err))
            return 1;
    }
    if (parser.isSet(reportOption) && !writeFile(parser.value(reportOption), json, err))
        return 1;
    out << json;
    return 0;
}

} // namespace Candela::Cli
