#include "sweepcommand.h"

#include "candlerange.h"
#include "sweepoutput.h"

#include "core/backtest/sweepjson.h"
#include "core/market/candleseries.h"
#include "core/market/csvcandles.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QTextStream>

#include <climits>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

constexpr int ExitUsage = 2;

struct Shard
{
    int index = 0; // 0-based
    int count = 1;
};

std::optional<Shard> parseShard(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    bool indexOk = false;
    bool countOk = false;
    const int index = parts.value(0).toInt(&indexOk);
    const int count = parts.value(1).toInt(&countOk);
    if (parts.size() != 2 || !indexOk || !countOk || count < 1 || index < 1 || index > count)
        return std::nullopt;
    return Shard{index - 1, count};
}

// Writes each configuration's per-bar returns as one line (its index, its hash, then a return per
// bar), in the order the configurations finish.
class MatrixWriter
{
public:
    bool open(const QString& path)
    {
        m_file.setFileName(path);
        return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text);
    }
    void write(qint64 index, const QString& hash, const std::vector<double>& returns)
    {
        QByteArray line = QByteArray::number(index) + ',' + hash.toLatin1();
        for (const double r : returns)
            line += ',' + QByteArray::number(r, 'g', QLocale::FloatingPointShortest);
        line += '\n';
        const QMutexLocker lock(&m_mutex);
        if (m_file.write(line) != line.size())
            m_failed = true;
    }
    // Everything written and on its way to disk; false when a write failed (a full disk).
    bool finish()
    {
        const QMutexLocker lock(&m_mutex);
        const bool flushed = m_file.flush();
        m_file.close();
        return flushed && !m_failed && m_file.error() == QFile::NoError;
    }
    QString errorString() const { return m_file.errorString(); }

private:
    QMutex m_mutex;
    QFile m_file;
    bool m_failed = false;
};

} // namespace

int runSweep(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("merge"))
        return runSweepMerge(arguments.mid(1), out, err);
    QCommandLineParser parser;
    const auto option = [&](const char* name, const char* value, const QString& fallback = {}) {
        QCommandLineOption o(QLatin1String(name), QString(), QLatin1String(value), fallback);
        parser.addOption(o);
        return o;
    };
    const auto candlesOption = option("candles", "file");
    const auto botOption = option("bot", "file");
    const auto varyOption = option("vary", "path=values");
    const auto randomOption = option("random", "count");
    const auto seedOption = option("seed", "number", QStringLiteral("1"));
    const auto cashOption = option("cash", "amount", QStringLiteral("10000"));
    const auto objectiveOption = option("objective", "name", QStringLiteral("sharpe"));
    const auto minTradesOption = option("min-trades", "count", QStringLiteral("10"));
    const auto blocksOption = option("blocks", "count", QStringLiteral("16"));
    const auto monteCarloOption = option("monte-carlo", "runs", QStringLiteral("1000"));
    const auto walkForwardOption = option("walk-forward", "windows");
    const auto shardOption = option("shard", "i/n", QStringLiteral("1/1"));
    const auto jsonOption = option("json", "file");
    const auto matrixOption = option("matrix", "file");
    const auto threadsOption = option("threads", "count", QStringLiteral("0"));
    parser.addOptions(CandleRange::options());
    const bool parsed = parser.parse(QStringList{QStringLiteral("sweep")} + arguments);
    if (!parsed || !parser.isSet(candlesOption) || !parser.isSet(botOption)
        || !parser.isSet(varyOption) || !parser.positionalArguments().isEmpty()) {
        if (!parsed)
            err << "candela-cli sweep: " << parser.errorText() << '\n';
        err << "usage: candela-cli sweep --candles FILE.csv --bot BASE.json --vary "
               "PATH=FROM:TO:STEP "
               "[--vary PATH=A,B,C ...] [--random N --seed S] [--from DATE] [--to DATE] "
               "[--cash 10000] [--objective sharpe|net_pnl|profit_factor|expectancy] "
               "[--min-trades 10] [--blocks 16] [--monte-carlo 1000] "
               "[--walk-forward train=90d,test=30d[,step=30d]] [--shard I/N] [--json OUT.json] "
               "[--matrix OUT.csv] [--threads N]\n"
               "       candela-cli sweep merge SHARD.json... [--json OUT.json]\n";
        return ExitUsage;
    }
    SweepRequest request;
    request.botPath = parser.value(botOption);
    request.candlesPath = parser.value(candlesOption);
    request.varySpecs = parser.values(varyOption);
    request.from = parser.value(QStringLiteral("from"));
    request.to = parser.value(QStringLiteral("to"));
    bool ok = true;
    const auto number = [&](const QCommandLineOption& o, qint64 minimum, qint64 maximum) {
        bool good = false;
        const qint64 value = parser.value(o).toLongLong(&good);
        if (!good || value < minimum || value > maximum) {
            err << "candela-cli sweep: --" << o.names().first() << " must be a whole number from "
                << minimum << " to " << maximum << ", not \"" << parser.value(o) << "\"\n";
            ok = false;
        }
        return value;
    };
    request.random = parser.isSet(randomOption) ? number(randomOption, 1, 100'000'000) : 0;
    request.seed = static_cast<unsigned long long>(number(seedOption, 0, LLONG_MAX));
    request.minimumTrades = int(number(minTradesOption, 0, 1'000'000'000));
    request.blocks = int(number(blocksOption, 0, 24));
    request.monteCarloRuns = int(number(monteCarloOption, 0, 10'000'000));
    const int threads = int(number(threadsOption, 0, 256));
    if (ok && (request.blocks == 1 || request.blocks % 2 != 0)) {
        err << "candela-cli sweep: --blocks is 0 (no PBO) or even, from 2 to 24\n";
        ok = false;
    }
    const auto objective = sweepObjectiveFromName(parser.value(objectiveOption));
    const auto cash = Decimal::fromString(parser.value(cashOption));
    const auto shard = parseShard(parser.value(shardOption));
    if (!objective || !cash || !cash->isPositive() || !shard) {
        err << "candela-cli sweep: "
            << (!objective      ? "--objective is one of sharpe, net_pnl, "
                                  "profit_factor, expectancy"
                       : !shard ? "--shard is I/N with 1 <= I <= N"
                                : "--cash must be a positive amount")
            << '\n';
        return ExitUsage;
    }
    if (!ok)
        return ExitUsage;
    request.objective = *objective;
    request.cash = *cash;
    request.shard = shard->index;
    request.shards = shard->count;
    if (parser.isSet(walkForwardOption)) {
        if (request.shards > 1) {
            err << "candela-cli sweep: --walk-forward runs whole; it cannot be split with "
                   "--shard\n";
            return ExitUsage;
        }
        const auto windows = WalkForwardWindows::parse(parser.value(walkForwardOption));
        if (!windows) {
            err << "candela-cli sweep: " << windows.error().message << '\n';
            return ExitUsage;
        }
        request.walkForward = *windows;
        request.walkForwardSpec = parser.value(walkForwardOption);
    }

    auto prepared = prepareSweep(request);
    if (!prepared) {
        err << "candela-cli sweep: " << prepared.error().message << '\n';
        return 1;
    }
    const auto candles = readCsvCandles(request.candlesPath);
    if (!candles) {
        err << "candela-cli sweep: " << candles.error().message << '\n';
        return 1;
    }
    const auto range = CandleRange::select(parser, *candles);
    if (!range) {
        err << "candela-cli sweep: " << range.error().message << '\n';
        return 1;
    }
    SweepOptions options;
    options.backtest.startingCash = request.cash;
    options.blocks = request.blocks;
    options.shard = request.shard;
    options.shards = request.shards;
    options.threads = threads;
    MatrixWriter matrix;
    if (parser.isSet(matrixOption)) {
        if (!matrix.open(parser.value(matrixOption))) {
            err << "candela-cli sweep: cannot write " << parser.value(matrixOption) << ": "
                << matrix.errorString() << '\n';
            return 1;
        }
        options.onReturns
            = [&matrix](qint64 index, const QString& hash, const std::vector<double>& returns) {
                  matrix.write(index, hash, returns);
              };
    }
    // Finer candles are folded into the base bot's bars, as the trading session does.
    const auto timeframe
        = timeframeFromShortName(prepared->baseBot.value(QStringLiteral("timeframe")).toString());
    const std::vector<Candle> bars
        = barsOfTimeframe(*range, timeframe.value_or(Timeframe::FiveMinutes));
    const int code = runPreparedSweep(*prepared, bars, options, parser.value(jsonOption), out, err);
    if (parser.isSet(matrixOption) && !matrix.finish()) {
        err << "candela-cli sweep: writing " << parser.value(matrixOption)
            << " failed: " << matrix.errorString() << '\n';
        return 1;
    }
    return code;
}

} // namespace Candela::Cli
