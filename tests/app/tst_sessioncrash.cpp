// T07 kill9-replay: kill -9 the headless paper session at random points, 20 times, restart it
// each time, and the final journal equals an uninterrupted run's: same fills, trades and cash,
// nothing doubled.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "demodata.h"

namespace {

const QString Cli = QStringLiteral(CANDELA_CLI);
const QStringList Inputs{QStringLiteral("--bot"),
    QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/busy_scalper.json"),
    QStringLiteral("--bot"), QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/eth_momentum.json"),
    QStringLiteral("--candles"),
    QStringLiteral(CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv")};

QJsonObject show(const QString& db)
{
    QProcess process;
    process.start(
        Cli, {QStringLiteral("session"), QStringLiteral("show"), QStringLiteral("--db"), db});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("session show failed: %s", process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// Fills journaled so far, read beside the running session (WAL lets a reader in).
int journaledFills(const QString& db)
{
    int count = 0;
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        connection.setDatabaseName(db);
        if (connection.open()) {
            QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM fills"), connection);
            if (query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return count;
}

bool runToTheEnd(const QString& db)
{
    QProcess process;
    process.start(Cli,
        QStringList{QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), db}
            + Inputs);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

} // namespace

class tst_SessionCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedTwentyTimesEndsLikeAnUninterruptedRun();
    void replaySessionTradesAsTheBacktestAndResumes();
};

void tst_SessionCrash::killedTwentyTimesEndsLikeAnUninterruptedRun()
{
    QTemporaryDir dir;
    const QString reference = dir.filePath(QStringLiteral("reference.db"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.db"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runToTheEnd(reference));
    // Random kills land in the first 30 % of an uninterrupted run, so that a restarted session
    // (which skips quickly over what the journal already holds) is still stopped before its end.
    const int window = std::max(20, int(clock.elapsed() * 3 / 10));
    const QJsonObject expected = show(reference);
    QVERIFY(expected.value(QStringLiteral("fills")).toInt() > 50);

    QRandomGenerator random(7); // reproducible "random" kill points
    int killed = 0;
    int killedMidway = 0; // kills right after the session journaled a new fill
    for (int attempt = 0; attempt < 60 && killed < 20; ++attempt) {
        const int before = journaledFills(crashed);
        QProcess process;
        process.start(Cli,
            QStringList{
                QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), crashed}
                + Inputs);
        QVERIFY(process.waitForStarted(10000));
        bool running = true;
        if (attempt % 2 == 0) {
            // At a random moment.
            running = !process.waitForFinished(random.bounded(5, window));
        } else {
            // Mid-trade: as soon as a new fill is on disk.
            while ((running = !process.waitForFinished(2)) && journaledFills(crashed) <= before) { }
            killedMidway += running ? 1 : 0;
        }
        if (running) {
            process.kill(); // SIGKILL: no cleanup, no flush
            process.waitForFinished(10000);
            ++killed;
        }
    }
    QCOMPARE(killed, 20);
    QVERIFY2(killedMidway > 0, "no kill landed while the session was trading");
    QVERIFY(runToTheEnd(crashed));
    const QJsonObject actual = show(crashed);
    for (const char* key : {"fills", "trades", "wins", "losses", "net_pnl", "total_fees",
             "final_equity", "expectancy", "candles"})
        QCOMPARE(actual.value(QLatin1String(key)), expected.value(QLatin1String(key)));
    QCOMPARE(actual.value(QStringLiteral("open_positions")),
        expected.value(QStringLiteral("open_positions")));
}

// T37, command-line form: candles played as a market through the engine the window uses (hub,
// bot watch, trading engine) make the backtest's trades; run again on the same journal, it ends
// the same, nothing doubled.
void tst_SessionCrash::replaySessionTradesAsTheBacktestAndResumes()
{
    QTemporaryDir dir;
    const QString candles = dir.filePath(QStringLiteral("candles.csv"));
    QVERIFY(Candela::TestData::writeDemoCandles(candles, 4000));
    // The shipped scalper with loose limits, so that 4,000 candles give trades enough.
    const QString bot = dir.filePath(QStringLiteral("scalper.json"));
    QFile botFile(bot);
    QVERIFY(botFile.open(QIODevice::WriteOnly));
    botFile.write(QJsonDocument(Candela::TestData::scalper().toJson()).toJson());
    botFile.close();
    const auto run = [](const QStringList& arguments) {
        QProcess process;
        process.start(Cli, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("candela-cli failed: %s", process.readAllStandardError().constData());
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    };
    // The backtest sees the closed candles: all but the last, still forming in the replay.
    QFile closed(dir.filePath(QStringLiteral("closed.csv")));
    QFile part(candles);
    QVERIFY(closed.open(QIODevice::WriteOnly) && part.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = part.readAll().split('\n');
    for (qsizetype i = 0; i + 2 < lines.size(); ++i)
        closed.write(lines[i] + '\n');
    closed.close();
    const QJsonObject backtest = run({QStringLiteral("backtest"), QStringLiteral("--candles"),
        closed.fileName(), QStringLiteral("--bot"), bot});
    QVERIFY(backtest.value(QStringLiteral("trades")).toInt() >= 5);

    const QString db = dir.filePath(QStringLiteral("replay.db"));
    const QStringList session{QStringLiteral("session"), QStringLiteral("run"),
        QStringLiteral("--db"), db, QStringLiteral("--bot"), bot, QStringLiteral("--replay"),
        candles};
    const QJsonObject first = run(session);
    // (Equity with a position open differs by design: the replay marks it at the forming
    // candle's price, the backtest at the last closed candle's.)
    for (const char* key : {"trades", "wins", "losses", "net_pnl", "total_fees"})
        QCOMPARE(first.value(QLatin1String(key)), backtest.value(QLatin1String(key)));
    const QJsonObject again = run(session);
    QCOMPARE(again, first);
    QCOMPARE(show(db), first);
}

QTEST_GUILESS_MAIN(tst_SessionCrash)
#include "tst_sessioncrash.moc"
