// candela-cli run as an operator runs it: the real binary, stopped and halted by signals, one
// run per journal, resumed after kill -9 with nothing booked twice, and a dry run that places
// nothing.

#include "cli/runcommand.h"
#include "core/engine/livejournal.h"
#include "core/storage/journalstore.h"

#include "clirun.h"
#include "demodata.h"
#include "fakecoinbaseserver.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Candela::Core;
using namespace Candela::Cli;

namespace {

const QString Cli = QStringLiteral(CANDELA_CLI);

// A folder with the scalper (loose limits: it trades every few dozen bars) and the first
// `candles` bundled candles.
struct Workspace
{
    explicit Workspace(int candles = 3000)
    {
        QFile bot(path(QStringLiteral("bot.json")));
        if (!bot.open(QIODevice::WriteOnly)
            || bot.write(QJsonDocument(Candela::TestData::scalper().toJson()).toJson()) <= 0
            || !Candela::TestData::writeDemoCandles(path(QStringLiteral("candles.csv")), candles))
            qFatal("cannot write the test files");
    }

    QString path(const QString& name) const { return dir.filePath(name); }

    // `run` on the candles into the session "test" of the folder's data folder, played at
    // `speed` (0: as fast as it goes).
    QStringList arguments(const QString& speed, const QString& mode = QStringLiteral("paper"),
        const QString& dataFolder = QStringLiteral("data")) const
    {
        return {QStringLiteral("run"), QStringLiteral("--bot"), path(QStringLiteral("bot.json")),
            QStringLiteral("--replay"), path(QStringLiteral("candles.csv")),
            QStringLiteral("--speed"), speed, QStringLiteral("--mode"), mode,
            QStringLiteral("--session"), QStringLiteral("test"), QStringLiteral("--data-dir"),
            path(dataFolder)};
    }

    QString journal(const QString& dataFolder = QStringLiteral("data")) const
    {
        return path(dataFolder + QStringLiteral("/sessions/test.sqlite"));
    }

    QTemporaryDir dir;
};

// Runs the binary to its end; its exit code (-1: it did not end in time or crashed).
int runToTheEnd(const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(Cli, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

QString state(const QString& journal, const QString& key)
{
    JournalStore store;
    if (!store.open(journal))
        return {};
    const auto value = store.state(key);
    return value ? *value : QString();
}

} // namespace

class tst_RunCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsHaltAndStopAndOneRunHoldsTheJournal();
    void killedItResumesWithoutBookingTwice();
    void aDryRunJournalsIntentsAndPlacesNothing();
    void refusesWhatItCannotRun();
    void liveTradingStartsOnlyThroughTheGates();
};

// SIGUSR1 halts (journaled, as the window's button), a second run on the same session is refused
// with its own exit code while the first runs, and SIGTERM ends the first cleanly: exit 0, the
// lock released.
void tst_RunCommand::signalsHaltAndStopAndOneRunHoldsTheJournal()
{
    Workspace workspace;
    QProcess first;
    first.start(Cli, workspace.arguments(QStringLiteral("300"))); // a bar a second
    QVERIFY(first.waitForStarted(10000));
    const QString lock = workspace.journal() + QStringLiteral(".lock");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock) && QFile::exists(workspace.journal()), 20000);

    QByteArray refused;
    QCOMPARE(runToTheEnd(workspace.arguments(QStringLiteral("0")), &refused), int(RunJournalInUse));
    QVERIFY2(refused.contains("is in use by"), refused.constData());
    QCOMPARE(first.state(), QProcess::Running); // the refused run changed nothing of it

    QCOMPARE(::kill(pid_t(first.processId()), SIGUSR1), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        state(workspace.journal(), QStringLiteral("kill_switch")).section(QLatin1Char(' '), 0, 0),
        QStringLiteral("HALTED"), 20000);

    QCOMPARE(::kill(pid_t(first.processId()), SIGTERM), 0);
    QVERIFY(first.waitForFinished(20000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), int(RunStopped));
    QVERIFY2(first.readAllStandardOutput().contains("kill switch HALTED (signal)"),
        first.readAllStandardError().constData());
    QVERIFY(!QFile::exists(lock));
}

// Killed with SIGKILL part-way and started again, a run ends with the fills and closed trades of
// one that was never interrupted.
void tst_RunCommand::killedItResumesWithoutBookingTwice()
{
    Workspace workspace(12000);
    QCOMPARE(runToTheEnd(workspace.arguments(
                 QStringLiteral("0"), QStringLiteral("paper"), QStringLiteral("whole"))),
        int(RunStopped));
    int killedRunning = 0;
    for (const int afterMs : {150, 400, 700}) {
        QProcess process;
        process.start(Cli, workspace.arguments(QStringLiteral("0")));
        QVERIFY(process.waitForStarted(10000));
        if (!process.waitForFinished(afterMs)) {
            process.kill();
            QVERIFY(process.waitForFinished(10000));
            ++killedRunning;
        }
    }
    QCOMPARE(runToTheEnd(workspace.arguments(QStringLiteral("0"))), int(RunStopped));
    if (killedRunning == 0)
        QSKIP("every run ended before its kill: this machine is too fast for the test's file");
    JournalStore whole;
    JournalStore resumed;
    QVERIFY(whole.open(workspace.journal(QStringLiteral("whole"))));
    QVERIFY(resumed.open(workspace.journal()));
    QVERIFY(whole.loadFills()->size() >= 6);
    QCOMPARE(resumed.loadFills()->size(), whole.loadFills()->size());
    const auto pnls = [](JournalStore& store) {
        QStringList lines;
        const auto trades = store.loadClosedTrades();
        for (const ClosedTrade& trade : *trades)
            lines.append(trade.pnl.toString());
        return lines;
    };
    QCOMPARE(pnls(resumed), pnls(whole));
}

// A dry run journals what the bots would have sent, as dry-run refusals, and sends nothing.
void tst_RunCommand::aDryRunJournalsIntentsAndPlacesNothing()
{
    Workspace workspace;
    QCOMPARE(runToTheEnd(workspace.arguments(QStringLiteral("0"), QStringLiteral("dry-run"))),
        int(RunStopped));
    JournalStore store;
    QVERIFY(store.open(workspace.journal()));
    QVERIFY(store.loadOrders()->empty());
    QVERIFY(store.loadFills()->empty());
    const auto audit = store.loadAudit();
    QVERIFY(audit);
    const auto intents = std::count_if(audit->begin(), audit->end(), [](const AuditEntry& entry) {
        return entry.kind == QLatin1String("denial")
            && entry.detail.endsWith(QLatin1String("dry_run"));
    });
    QVERIFY2(intents >= 3, qPrintable(QString::number(intents)));
}

void tst_RunCommand::refusesWhatItCannotRun()
{
    Workspace workspace;
    QCOMPARE(
        runToTheEnd({QStringLiteral("run"), QStringLiteral("--mode"), QStringLiteral("paper")}),
        int(RunUsage)); // no bot
    // Live on a recording (with Coinbase's own venue): no market for real orders.
    const QStringList live = workspace.arguments(QStringLiteral("0"), QStringLiteral("live"))
        << QStringLiteral("--confirm-live") << QStringLiteral("LIVE");
    QByteArray said;
    QCOMPARE(runToTheEnd(live, &said), int(RunUsage));
    QVERIFY2(said.contains("no market for real orders"), said.constData());
    QStringList broken = workspace.arguments(QStringLiteral("0"));
    broken[2] = workspace.path(QStringLiteral("candles.csv")); // not a bot file
    QByteArray output;
    QCOMPARE(runToTheEnd(broken, &output), int(RunFailed));
    QVERIFY2(output.contains("candles.csv"), output.constData());
    // A dry run on a paper session that holds orders: refused, the session untouched.
    QCOMPARE(runToTheEnd(workspace.arguments(QStringLiteral("0"))), int(RunStopped));
    QByteArray dryRun;
    QCOMPARE(
        runToTheEnd(workspace.arguments(QStringLiteral("0"), QStringLiteral("dry-run")), &dryRun),
        int(RunUsage));
    QVERIFY2(dryRun.contains("a session of its own"), dryRun.constData());
}

// Live: refused without the typed confirmation, refused (exit 4, the blocker named) while the
// key can move funds out, and with every gate passed it starts on the live journal at the venue,
// the portfolio's balances on the record, until SIGTERM. Run in this process, so that the fake
// Coinbase on this thread answers while it runs.
void tst_RunCommand::liveTradingStartsOnlyThroughTheGates()
{
    Workspace workspace;
    const QByteArray pem = Candela::TestData::newP256KeyPem();
    const QString keyFile = workspace.path(QStringLiteral("key.pem"));
    QFile keyOut(keyFile);
    QVERIFY(keyOut.open(QIODevice::WriteOnly) && keyOut.write(pem) > 0);
    keyOut.close();
    const auto key = SigningKey::fromText(pem);
    QVERIFY(key);
    const QString keyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
    Candela::Test::FakeVenue venue(key->publicKeyPem(), keyName);
    venue.setBalance(QStringLiteral("USD"), Decimal::fromInteger(1000));
    Candela::Test::FakeCoinbaseServer socket;
    // A bar every five minutes: nothing is traded while the test looks.
    QStringList live = workspace.arguments(QStringLiteral("1"), QStringLiteral("live"));
    live << QStringLiteral("--key-file") << keyFile << QStringLiteral("--key-name") << keyName
         << QStringLiteral("--rest-url") << venue.baseUrl().toString() << QStringLiteral("--ws-url")
         << socket.url().toString();
    const QString journal = workspace.path(QStringLiteral("data/live/coinbase.sqlite"));

    const auto unconfirmed = Candela::Test::runCli(live);
    QCOMPARE(unconfirmed.exitCode, int(RunLiveRefused));
    QVERIFY(unconfirmed.err.contains(QLatin1String("--confirm-live LIVE")));
    live << QStringLiteral("--confirm-live") << QStringLiteral("LIVE");

    venue.setKeyPermissions(true, true, true);
    const auto transferring = Candela::Test::runCli(live);
    QCOMPARE(transferring.exitCode, int(RunLiveRefused));
    QVERIFY2(
        transferring.err.contains(QLatin1String("can_transfer")), qPrintable(transferring.err));
    QVERIFY(!QFile::exists(journal) || [&] {
        JournalStore store;
        return store.open(journal) && store.loadOrders()->empty();
    }());

    venue.setKeyPermissions(true, true, false);
    // Stopped as systemd stops it, once the engine holds the live journal.
    QTimer stopper;
    QObject::connect(&stopper, &QTimer::timeout, &stopper, [&] {
        if (QFile::exists(journal + QStringLiteral(".lock"))) {
            stopper.stop();
            ::raise(SIGTERM);
        }
    });
    stopper.start(20);
    const auto trading = Candela::Test::runCli(live);
    QVERIFY2(trading.exitCode == int(RunStopped), qPrintable(trading.err));
    QVERIFY(trading.out.contains(QLatin1String("kill switch ACTIVE")));
    JournalStore store;
    QVERIFY(store.open(journal));
    const auto book = LiveJournal::localBook(store);
    QVERIFY(book && book->balancesKnown);
    QVERIFY(venue.authProblems().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RunCommand)
#include "tst_runcommand.moc"
