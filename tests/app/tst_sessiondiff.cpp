// candela-cli diff: a session held against the backtest of its own window, with what it traded.
#include "cli/clicommand.h"
#include "clirun.h"

#include "core/storage/journalstore.h"
#include "demodata.h"
#include "teststrings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Test::CliRun;
using Candela::Test::runCli;
using Candela::Test::strings;

namespace {

// A scalper that trades often (the first shipped one): many trades to compare.
const QString Scalper = Candela::TestData::BusyScalperFile;

QJsonObject json(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

qint64 tradesIn(const QString& db)
{
    return json(runCli(strings({"session", "show", "--db"}) << db))
        .value(QStringLiteral("trades"))
        .toInteger();
}

} // namespace

class tst_SessionDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theSameDataAndSettingsMatchEveryTrade();
    void otherFeesShowEachTradesFeeDelta();
    void entriesMissedWhileHaltedAreTheKillSwitch();
    void anEditedBotIsNamedAsTheCause();
    void unusableInputIsRefused();
    void aRunWritesItsLogFile();

private:
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    CliRun session(const QString& db, const QString& candles, const QString& bot,
        const QStringList& extra = {}) const
    {
        return runCli(strings({"session", "run", "--db"})
            << db << QStringLiteral("--bot") << bot << QStringLiteral("--candles") << candles
            << extra);
    }
    CliRun diff(const QString& db, const QStringList& extra = {}) const
    {
        return runCli(
            strings({"diff", "--db"}) << db << QStringLiteral("--candles") << m_candles << extra);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_candles; // six weeks
    QString m_firstPart; // its first three weeks
};

void tst_SessionDiff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_candles = path("six-weeks.csv");
    m_firstPart = path("three-weeks.csv");
    QVERIFY(Candela::TestData::writeDemoCandles(m_candles, 12 * 24 * 42));
    QVERIFY(Candela::TestData::writeDemoCandles(m_firstPart, 12 * 24 * 21));
}

// session run --log-dir: the orders and fills of the run in candela.log, one line each; a level
// that is not one is refused before anything runs.
void tst_SessionDiff::aRunWritesItsLogFile()
{
    const QString logs = path("logs");
    QCOMPARE(session(path("logged.sqlite"), m_firstPart, Scalper,
                 strings({"--log-dir"})
                     << logs << QStringLiteral("--log-level") << QStringLiteral("loud"))
                 .exitCode,
        2);
    QVERIFY(!QFile::exists(path("logged.sqlite")));
    QCOMPARE(session(path("logged.sqlite"), m_firstPart, Scalper, strings({"--log-dir"}) << logs)
                 .exitCode,
        0);
    QFile file(logs + QStringLiteral("/candela.log"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Every order and fill the journal holds, each once.
    JournalStore journal;
    QVERIFY(journal.open(path("logged.sqlite")));
    const auto orders = journal.loadOrders();
    const auto fills = journal.loadFills();
    QVERIFY(orders && fills && !fills->empty());
    QCOMPARE(
        text.count(QLatin1String(" INFO candela.core.engine: order ")), qsizetype(orders->size()));
    QCOMPARE(
        text.count(QLatin1String(" INFO candela.core.engine: fill ")), qsizetype(fills->size()));
    for (const Fill& fill : *fills)
        QVERIFY2(text.contains(QStringLiteral("fill %1 ").arg(fill.clientOrderId)),
            qPrintable(fill.clientOrderId));
    // Logging ended with the run: what comes after is not in the file.
    qCritical("after the run");
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(file.readAll()).contains(QLatin1String("after the run")));
}

void tst_SessionDiff::theSameDataAndSettingsMatchEveryTrade()
{
    const QString db = path("same.sqlite");
    QCOMPARE(session(db, m_candles, Scalper).exitCode, 0);
    const qint64 trades = tradesIn(db);
    QVERIFY2(trades >= 5, "the window must hold trades to compare");

    const CliRun run = diff(db);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = json(run);
    QCOMPARE(result.value(QStringLiteral("matched")).toInteger(), trades);
    QVERIFY(result.value(QStringLiteral("differences")).toArray().isEmpty());
    QVERIFY(result.value(QStringLiteral("not_compared")).toArray().isEmpty());
}

void tst_SessionDiff::otherFeesShowEachTradesFeeDelta()
{
    const QString db = path("fees.sqlite");
    QCOMPARE(session(db, m_candles, Scalper, strings({"--taker-fee", "0.008"})).exitCode, 0);
    const qint64 trades = tradesIn(db);

    const CliRun run = diff(db);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = json(run);
    QCOMPARE(result.value(QStringLiteral("matched")).toInteger(), 0);
    const QJsonArray differences = result.value(QStringLiteral("differences")).toArray();
    QCOMPARE(differences.size(), trades);
    for (const QJsonValue& value : differences) {
        const QJsonObject difference = value.toObject();
        QCOMPARE(difference.value(QStringLiteral("kind")).toString(), QStringLiteral("changed"));
        QCOMPARE(difference.value(QStringLiteral("cause")).toString(), QStringLiteral("fees"));
        const QJsonObject deltas = difference.value(QStringLiteral("deltas")).toObject();
        const auto fee = [&difference](const char* side) {
            return *Decimal::fromString(difference.value(QLatin1String(side))
                                            .toObject()
                                            .value(QStringLiteral("fees"))
                                            .toString());
        };
        const auto delta = Decimal::fromString(deltas.value(QStringLiteral("fees")).toString());
        QVERIFY(delta && delta->isPositive());
        QCOMPARE(*delta, *fee("session").minus(fee("backtest")));
        QCOMPARE(deltas.value(QStringLiteral("entry_price")).toString(), QStringLiteral("0"));
        QCOMPARE(deltas.value(QStringLiteral("exit_price")).toString(), QStringLiteral("0"));
    }
    // Backtested at the session's own fees, the trades are the same.
    QCOMPARE(diff(db, strings({"--taker-fee", "0.008"})).exitCode, 0);
}

void tst_SessionDiff::entriesMissedWhileHaltedAreTheKillSwitch()
{
    const QString db = path("halted.sqlite");
    QCOMPARE(session(db, m_firstPart, Scalper).exitCode, 0);
    const qint64 before = tradesIn(db);
    QCOMPARE(runCli(strings({"session", "kill", "--db"}) << db).exitCode, 0);
    QCOMPARE(session(db, m_candles, Scalper).exitCode, 0);
    QCOMPARE(tradesIn(db), before); // halted: nothing more

    const CliRun run = diff(db);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = json(run);
    QCOMPARE(result.value(QStringLiteral("matched")).toInteger(), before);
    const QJsonArray differences = result.value(QStringLiteral("differences")).toArray();
    QVERIFY(!differences.isEmpty());
    for (const QJsonValue& value : differences) {
        const QJsonObject difference = value.toObject();
        QCOMPARE(
            difference.value(QStringLiteral("kind")).toString(), QStringLiteral("missed_entry"));
        QCOMPARE(
            difference.value(QStringLiteral("cause")).toString(), QStringLiteral("kill_switch"));
        QVERIFY(difference.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("HALTED command_line")));
    }
}

void tst_SessionDiff::anEditedBotIsNamedAsTheCause()
{
    QFile file(Scalper);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject edited = QJsonDocument::fromJson(file.readAll()).object();
    edited.insert(
        QStringLiteral("buy_score"), edited.value(QStringLiteral("buy_score")).toDouble() + 0.05);
    const QString editedBot = path("edited.json");
    QFile out(editedBot);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(edited).toJson());
    out.close();

    const QString db = path("edited.sqlite");
    QCOMPARE(session(db, m_firstPart, Scalper).exitCode, 0);
    QCOMPARE(session(db, m_candles, editedBot).exitCode, 0);

    // The backtest trades the edited bot throughout: what the first one traded differs for that.
    const CliRun run = diff(db);
    QCOMPARE(run.exitCode, 1);
    const QJsonArray differences = json(run).value(QStringLiteral("differences")).toArray();
    QVERIFY(!differences.isEmpty());
    const QJsonObject first = differences.first().toObject();
    QCOMPARE(first.value(QStringLiteral("cause")).toString(), QStringLiteral("bot_config"));
    QVERIFY(first.value(QStringLiteral("entry_time")).toString() < QStringLiteral("2025-07-22"));
}

void tst_SessionDiff::unusableInputIsRefused()
{
    // No journal: none is made.
    const QString missing = path("missing.sqlite");
    CliRun run = diff(missing);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("no such session journal")));
    QVERIFY(!QFile::exists(missing));

    // A journal without the bots' settings (as before Candela recorded them).
    const QString bare = path("bare.sqlite");
    {
        JournalStore journal;
        QVERIFY(journal.open(bare));
    }
    run = diff(bare);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("records no bot settings")));

    // A settings row that does not match its hash (edited by hand, damaged).
    const QString db = path("tampered.sqlite");
    QCOMPARE(session(db, m_firstPart, Scalper).exitCode, 0);
    {
        auto database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        database.setDatabaseName(db);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("UPDATE audit SET detail = replace(detail, "
                                          "'\"hash\":\"', '\"hash\":\"0') WHERE kind = "
                                          "'bot_settings'")));
        QVERIFY(query.numRowsAffected() > 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    run = diff(db);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("does not match its hash")), qPrintable(run.err));

    // A fee that is no rate.
    run = diff(db, strings({"--taker-fee", "6%"}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--taker-fee")));
}

QTEST_GUILESS_MAIN(tst_SessionDiff)
#include "tst_sessiondiff.moc"
