#include "clicommand.h"

#include "accountcommand.h"
#include "backtestcommand.h"
#include "candlescommand.h"
#include "diffcommand.h"
#include "indicatorscommand.h"
#include "jwtcommand.h"
#include "replaycommand.h"
#include "resamplecommand.h"
#include "runcommand.h"
#include "scorecommand.h"
#include "sessioncommand.h"
#include "sweepcommand.h"

#include "candela/version.h"

#include <QTextStream>

#include <algorithm>

namespace Candela::Cli {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitUsage = 2;

const CliCommand* findCommand(const QList<CliCommand>& commands, const QString& name)
{
    const auto it = std::find_if(commands.cbegin(), commands.cend(),
        [&](const CliCommand& command) { return command.name == name; });
    return it == commands.cend() ? nullptr : &*it;
}

void printUsage(const QList<CliCommand>& commands, QTextStream& out)
{
    out << "Usage: candela-cli <command> [options]\n\n"
        << "Runs Candela's trading core without the window, for scripts, CI and benchmarks.\n\n"
        << "Options:\n"
        << "  -h, --help     Show this help, or a command's help with: help <command>\n"
        << "  -v, --version  Show the version\n\n"
        << "Commands:\n";
    qsizetype width = 0;
    for (const CliCommand& command : commands)
        width = std::max(width, command.name.size());
    for (const CliCommand& command : commands)
        out << "  " << command.name.leftJustified(width + 2) << command.summary << '\n';
}

int printVersion(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (!arguments.isEmpty()) {
        err << "candela-cli version: takes no arguments\n";
        return ExitUsage;
    }
    out << "candela-cli " << Candela::Version << '\n';
    return ExitOk;
}

int printHelp(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QList<CliCommand> commands = cliCommands();
    if (arguments.isEmpty()) {
        printUsage(commands, out);
        return ExitOk;
    }
    const CliCommand* command = findCommand(commands, arguments.first());
    if (!command) {
        err << "candela-cli help: unknown command \"" << arguments.first() << "\"\n";
        return ExitUsage;
    }
    out << "Usage: candela-cli " << command->name;
    if (!command->usage.isEmpty())
        out << ' ' << command->usage;
    out << "\n\n" << command->summary << '\n';
    return ExitOk;
}

} // namespace

QList<CliCommand> cliCommands()
{
    return {
        {QStringLiteral("help"), QStringLiteral("Show the help of a command"),
            QStringLiteral("[COMMAND]"), printHelp},
        {QStringLiteral("account"),
            QStringLiteral("Check a Coinbase API key and show the account, read-only (JSON)"),
            QStringLiteral("--key-file PEM --key-name NAME [--portfolio UUID] [--wait SECONDS]"),
            runAccount},
        {QStringLiteral("backtest"),
            QStringLiteral("Run a bot over a candle CSV with paper fills; print the report"),
            QStringLiteral(
                "--candles FILE.csv --bot BOT.json [--bot ...] [--from DATE] [--to DATE] "
                "[--cash 10000] [--maker-fee RATE] [--taker-fee RATE] [--slippage RATE] "
                "[--trades OUT.csv] [--report OUT.json]"),
            runBacktest},
        {QStringLiteral("candles"),
            QStringLiteral("Download Coinbase's candles for a range into the cache (resumable); "
                           "candle CSV on stdout"),
            QStringLiteral("--product BTC-USD --timeframe 5m --from DATE --to DATE [--cache FILE]"),
            runCandles},
        {QStringLiteral("diff"),
            QStringLiteral("Backtest a session's window with the settings its bots traded with; "
                           "print the trades that differ, each with its cause (JSON)"),
            QStringLiteral("--db SESSION.sqlite --candles FILE.csv [--product ID] "
                           "[--maker-fee RATE] [--taker-fee RATE] [--slippage RATE]"),
            runDiff},
        {QStringLiteral("indicators"),
            QStringLiteral("Print SMA, EMA, RSI, MACD, ATR, Bollinger and ADX for a candle CSV"),
            QStringLiteral("--candles FILE.csv"), runIndicators},
        {QStringLiteral("jwt"),
            QStringLiteral("Print a signed Coinbase JWT, to check an API key (WebSocket token "
                           "without --path)"),
            QStringLiteral("--key-file PEM --key-name NAME [--method GET --path "
                           "/api/v3/brokerage/accounts]"),
            runJwt},
        {QStringLiteral("replay"),
            QStringLiteral("Replay a JSONL recording of Coinbase frames: print the final book or "
                           "decode statistics"),
            QStringLiteral("--input FILE.jsonl (--product ID --print book [--depth N] | "
                           "--print stats [--repeat K])"),
            runReplay},
        {QStringLiteral("resample"),
            QStringLiteral("Aggregate a candle CSV into a longer timeframe (CSV on stdout)"),
            QStringLiteral("--candles FILE.csv --timeframe 5m|15m|1h|4h|1d"), runResample},
        {QStringLiteral("run"),
            QStringLiteral("Trade without the window until stopped: Coinbase's live market (or a "
                           "recording), bots in a dry run, a named paper session or live"),
            QStringLiteral("(--bot BOT.json [--bot ...] | --bots FOLDER) [--mode "
                           "paper|dry-run|live] "
                           "[--session NAME | --db FILE] [--cash 10000] [--replay FILE "
                           "[--speed 1]] [--data-dir FOLDER] [--log-dir FOLDER] [--log-level "
                           "LEVEL] [--maker-fee RATE] [--taker-fee RATE] [--slippage RATE] "
                           "[--confirm-live LIVE --key-file PEM --key-name NAME]"),
            runUnattended},
        {QStringLiteral("score"),
            QStringLiteral("Print a bot's signals, score, temperature and action for each candle"),
            QStringLiteral("--candles FILE.csv --bot BOT.json"), runScore},
        {QStringLiteral("session"),
            QStringLiteral(
                "Run, show or halt a crash-safe paper session kept in a journal database"),
            QStringLiteral(
                "run --db FILE --bot BOT.json [--bot ...] (--candles FILE.csv | --replay "
                "FILE.jsonl) [--cash 10000] [--maker-fee RATE] [--taker-fee RATE] [--slippage "
                "RATE] | "
                "show --db FILE | kill --db FILE"),
            runSession},
        {QStringLiteral("sweep"),
            QStringLiteral("Backtest every configuration of a parameter grid (or a seeded random "
                           "part), walk-forward, overfitting statistics; CSV rows on stdout"),
            QStringLiteral(
                "--candles FILE.csv --bot BASE.json --vary PATH=FROM:TO:STEP [--vary "
                "PATH=A,B ...] [--random N --seed S] [--from DATE] [--to DATE] "
                "[--objective sharpe|net_pnl|profit_factor|expectancy] [--min-trades 10] "
                "[--walk-forward train=90d,test=30d[,step=30d]] [--blocks 16] "
                "[--monte-carlo 1000] [--shard I/N] [--json OUT.json] [--matrix OUT.csv] | "
                "merge SHARD.json... [--json OUT.json]"),
            runSweep},
        {QStringLiteral("version"), QStringLiteral("Print the version of Candela"), {},
            printVersion},
    };
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QList<CliCommand> commands = cliCommands();
    if (arguments.isEmpty()) {
        printUsage(commands, err);
        return ExitUsage;
    }
    const QString& first = arguments.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help")) {
        printUsage(commands, out);
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version"))
        return printVersion({}, out, err);
    const CliCommand* command = findCommand(commands, first);
    if (!command) {
        err << "candela-cli: unknown command \"" << first
            << "\" (candela-cli --help lists the commands)\n";
        return ExitUsage;
    }
    return command->run(arguments.mid(1), out, err);
}

} // namespace Candela::Cli
