#include "runcommand.h"

#include "botfiles.h"
#include "feeoptions.h"
#include "livestart.h"

#include "candela/version.h"
#include "core/engine/tradingsession.h"
#include "core/logfiles.h"
#include "core/processsignals.h"
#include "core/storage/journalstore.h"
#include "core/storage/papersessions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QLockFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

const char Usage[]
    = "usage: candela-cli run (--bot BOT.json [--bot ...] | --bots FOLDER)\n"
      "           [--mode paper|dry-run|live] [--session NAME | --db FILE] [--cash 10000]\n"
      "           [--replay FILE.jsonl|FILE.csv [--speed 1]]   (default: Coinbase's live market)\n"
      "           [--maker-fee RATE] [--taker-fee RATE] [--slippage RATE]\n"
      "           [--data-dir FOLDER] [--log-dir FOLDER] [--log-level warning|info|debug|RULES]\n"
      "           [--confirm-live LIVE --key-file PEM --key-name NAME [--portfolio UUID]]   "
      "(--mode live)\n";

// The window's data folder (its AppDataLocation): a headless paper session is one the window
// lists, and both keep Coinbase's candles and product list in the same files.
QString windowDataFolder()
{
    const QString ownName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QString::fromLatin1(ApplicationName));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(ownName);
    return folder;
}

// The journal's lock, held from the checks before the session until the session's engine takes
// it (TradingEngine::lockJournal): no other run starts on the journal in between, and one that
// holds it ends this one with its own exit code, the holder named.
struct JournalClaim
{
    std::unique_ptr<QLockFile> lock; // null: not taken, see `exitCode` and `problem`
    int exitCode = RunStopped;
    QString problem;
};

JournalClaim claimJournal(const QString& journal)
{
    JournalClaim claim;
    auto lock = std::make_unique<QLockFile>(journal + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // (a dead process's lock is taken over all the same)
    if (lock->tryLock(0)) {
        claim.lock = std::move(lock);
        return claim;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() != QLockFile::LockFailedError) {
        claim.exitCode = RunFailed;
        claim.problem = QStringLiteral("%1: its lock file cannot be made (is the folder "
                                       "writable?)")
                            .arg(journal);
    } else {
        claim.exitCode = RunJournalInUse;
        claim.problem = QStringLiteral("%1 is in use by %2: one session trades on a journal at a "
                                       "time")
                            .arg(journal,
                                lock->getLockInfo(&pid, &host, &application)
                                    ? QStringLiteral("%1 (process %2 on %3)")
                                          .arg(application)
                                          .arg(pid)
                                          .arg(host)
                                    : QStringLiteral("another process"));
    }
    return claim;
}

// A dry run places nothing, so it keeps a journal of its own: in one that holds orders, the
// resting ones would rest and fill again.
std::optional<QString> dryRunProblem(const QString& journal)
{
    if (!QFile::exists(journal))
        return std::nullopt;
    JournalStore store;
    if (auto opened = store.open(journal); !opened)
        return opened.error().message;
    const auto orders = store.loadOrders();
    if (!orders)
        return orders.error().message;
    if (!orders->empty())
        return QStringLiteral("%1 holds orders of a paper session: a dry run needs a session of "
                              "its own (--session)")
            .arg(journal);
    return std::nullopt;
}

// The market the bots trade on: Coinbase's, or a file played as one (a recording of its
// frames, or five-minute candles of the first bot's product).
MarketSource marketFor(const QCommandLineParser& parser, const QString& replay,
    const std::vector<BotConfig>& bots, const QString& dataFolder)
{
    const double speed = std::max(0.0, parser.value(QStringLiteral("speed")).toDouble());
    if (replay.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return CandleMarket{replay, bots.front().product, speed, {}};
    if (!replay.isEmpty())
        return RecordedMarket{replay, speed, false};
    CoinbaseMarket live;
    live.products.clear();
    for (const BotConfig& bot : bots) {
        if (!live.products.contains(bot.product))
            live.products.append(bot.product);
    }
    live.candleCachePath = QDir(dataFolder).filePath(QStringLiteral("candles.db"));
    return live;
}

// Runs the session until a signal stops it or its market file ends; `claim` is let go as the
// session's engine takes the journal.
int runUntilStopped(TradingSession& session, SessionOptions options, JournalClaim claim,
    QTextStream& out, QTextStream& err)
{
    QEventLoop loop;
    ProcessSignals processSignals(ProcessSignals::Handled::HaltAndStop);
    QObject::connect(&processSignals, &ProcessSignals::haltRequested, &session, [&session] {
        qWarning("SIGUSR1: the kill switch halts trading");
        session.halt(HaltCause::Signal);
    });
    QObject::connect(&processSignals, &ProcessSignals::stopRequested, &loop, [&loop] {
        qInfo("stopping (SIGTERM or SIGINT)");
        loop.quit();
    });
    QObject::connect(&session, &TradingSession::marketFinished, &loop, [&loop] {
        qInfo("the market file has played to its end");
        loop.quit();
    });
    claim.lock.reset();
    if (const Status started = session.start(std::move(options)); !started) {
        err << "candela-cli run: " << started.error().message << '\n';
        return RunFailed;
    }
    if (const QString problem = session.snapshotNow().health.accountProblem; !problem.isEmpty()) {
        err << "candela-cli run: " << problem << '\n';
        session.stop();
        return RunFailed;
    }
    loop.exec();
    const SessionSnapshot ended = session.snapshotNow();
    session.stop();
    const KillSwitchStatus& killSwitch = ended.killSwitch;
    const TradingSnapshot* trading = ended.trading ? &*ended.trading : nullptr;
    out << "stopped: " << (trading ? trading->trades.size() : 0) << " closed trades, "
        << (trading ? trading->positions.size() : 0) << " open positions, kill switch "
        << killSwitchStateName(killSwitch.state)
        << (killSwitch.cause != HaltCause::None
                   ? QStringLiteral(" (%1)").arg(haltCauseName(killSwitch.cause))
                   : QString())
        << '\n';
    if (killSwitch.cause == HaltCause::JournalFailure || killSwitch.cause == HaltCause::DiskFull) {
        err << "candela-cli run: the journal failed: " << killSwitch.detail << '\n';
        return RunFailed;
    }
    return RunStopped;
}

} // namespace

int runUnattended(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const auto option = [](const char* name, const char* value, const QString& fallback = {}) {
        return QCommandLineOption(
            QString::fromLatin1(name), QString(), QString::fromLatin1(value), fallback);
    };
    parser.addOptions({option("bot", "file"), option("bots", "folder"),
        option("mode", "mode", QStringLiteral("paper")), option("session", "name"),
        option("db", "file"), option("cash", "amount", QStringLiteral("10000")),
        option("replay", "file"), option("speed", "factor", QStringLiteral("1")),
        option("data-dir", "folder"), option("log-dir", "folder"),
        option("log-level", "level", QStringLiteral("info")), option("confirm-live", "text"),
        option("key-file", "file"), option("key-name", "name"), option("portfolio", "uuid"),
        option("rest-url", "url"), option("ws-url", "url")});
    parser.addOptions(FeeOptions::options());
    const QString mode = parser.parse(QStringList{QStringLiteral("run")} + arguments)
        ? parser.value(QStringLiteral("mode"))
        : QString();
    const auto cash = Decimal::fromString(parser.value(QStringLiteral("cash")));
    const QStringList modes{
        QStringLiteral("paper"), QStringLiteral("dry-run"), QStringLiteral("live")};
    // (--rest-url and --ws-url, for a venue on this machine: the tests' fake Coinbase.)
    if (!modes.contains(mode) || !parser.positionalArguments().isEmpty() || !cash
        || !cash->isPositive()
        || (!parser.isSet(QStringLiteral("bot")) && !parser.isSet(QStringLiteral("bots")))) {
        err << Usage;
        return RunUsage;
    }
    const bool live = mode == QLatin1String("live");
    const QUrl restUrl(parser.value(QStringLiteral("rest-url")));
    const bool loopbackVenue
        = restUrl.host() == QLatin1String("localhost") || QHostAddress(restUrl.host()).isLoopback();
    if (live && parser.isSet(QStringLiteral("replay")) && !loopbackVenue) {
        err << "candela-cli run: a recording is no market for real orders: live trading runs on "
               "Coinbase's live market (no --replay)\n";
        return RunUsage;
    }
    const auto fees = FeeOptions::read(parser);
    if (!fees) {
        err << "candela-cli run: " << fees.error().message << '\n';
        return RunUsage;
    }
    auto bots
        = readBotFiles(parser.values(QStringLiteral("bot")), parser.values(QStringLiteral("bots")));
    if (!bots || bots->empty()) {
        err << "candela-cli run: "
            << (bots ? QStringLiteral("no bot in the folders given") : bots.error().message)
            << '\n';
        return RunFailed;
    }
    const QString dataFolder = parser.isSet(QStringLiteral("data-dir"))
        ? parser.value(QStringLiteral("data-dir"))
        : windowDataFolder();
    if (!QDir().mkpath(dataFolder)) {
        err << "candela-cli run: the data folder " << dataFolder << " cannot be made\n";
        return RunFailed;
    }

    // The journal: a named session's in the data folder (the window's paper sessions), or the
    // file given.
    QString journal = parser.value(QStringLiteral("db"));
    if (journal.isEmpty() && live) { // the window's live journal
        QDir(dataFolder).mkpath(QStringLiteral("live"));
        journal = QDir(dataFolder).filePath(QStringLiteral("live/coinbase.sqlite"));
    } else if (journal.isEmpty()) {
        const QString name = parser.isSet(QStringLiteral("session"))
            ? parser.value(QStringLiteral("session"))
            : mode == QLatin1String("dry-run") ? QStringLiteral("dry-run")
                                               : QStringLiteral("headless");
        if (!PaperSessions::isValidName(name)) {
            err << "candela-cli run: a session name is letters, digits, spaces, '-' or '_' (up "
                   "to 40)\n";
            return RunUsage;
        }
        journal
            = PaperSessions(QDir(dataFolder).filePath(QStringLiteral("sessions"))).pathFor(name);
    }
    JournalClaim claim = claimJournal(journal);
    if (!claim.lock) {
        err << "candela-cli run: " << claim.problem << '\n';
        return claim.exitCode;
    }
    if (mode == QLatin1String("dry-run")) {
        if (const auto problem = dryRunProblem(journal)) {
            err << "candela-cli run: " << *problem << '\n';
            return RunUsage;
        }
    }

    // The log files, as the window writes them, beside its own.
    LogFiles::Config files;
    files.directory = parser.isSet(QStringLiteral("log-dir"))
        ? parser.value(QStringLiteral("log-dir"))
        : QDir(dataFolder).filePath(QStringLiteral("logs"));
    files.baseName = QStringLiteral("candela-run");
    if (const Status level = LogFiles::applyLevel(parser.value(QStringLiteral("log-level")));
        !level) {
        err << "candela-cli run: " << level.error().message << '\n';
        return RunUsage;
    }
    if (const Status installed = LogFiles::install(files); !installed) {
        err << "candela-cli run: " << installed.error().message << '\n';
        return RunFailed;
    }
    const auto stopLogging = qScopeGuard([] { LogFiles::uninstall(); });

    SessionOptions options;
    options.bots = std::move(*bots);
    options.fees = *fees;
    options.market
        = marketFor(parser, parser.value(QStringLiteral("replay")), options.bots, dataFolder);
    options.chartProduct = options.bots.front().product;
    options.productCachePath = QDir(dataFolder).filePath(QStringLiteral("products.json"));
    options.venue = PaperVenue{journal, *cash};
    options.dryRun = mode == QLatin1String("dry-run");
    qInfo().noquote() << QStringLiteral("candela-cli run %1: %2, journal %3, %4 bot(s), market %5")
                             .arg(QString::fromLatin1(Version), mode, journal)
                             .arg(options.bots.size())
                             .arg(parser.isSet(QStringLiteral("replay"))
                                     ? parser.value(QStringLiteral("replay"))
                                     : QStringLiteral("Coinbase"));
    if (live) {
        LiveStart start;
        start.confirmation = parser.value(QStringLiteral("confirm-live"));
        start.keyFile = parser.value(QStringLiteral("key-file"));
        start.keyName = parser.value(QStringLiteral("key-name"));
        start.portfolio = parser.value(QStringLiteral("portfolio"));
        start.restUrl = restUrl;
        start.userChannelUrl = QUrl(parser.value(QStringLiteral("ws-url")));
        start.journal = journal;
        auto venue = passLiveGates(start, options.bots, err);
        if (!venue)
            return RunLiveRefused;
        options.venue = std::move(*venue);
    }
    TradingSession session;
    return runUntilStopped(session, std::move(options), std::move(claim), out, err);
}

} // namespace Candela::Cli
