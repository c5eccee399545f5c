#include "cli/clicommand.h"

#include "candela/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace Candela::Cli;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runCli(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}
} // namespace

class tst_CliCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsEverySubcommand();
    void noArgumentsIsUsageError();
    void unknownCommandIsUsageError();
    void versionPrintsTheVersion();
    void helpForOneCommand();
    void helpForUnknownCommandFails();
    void backtestRunsSeveralBotsAtOnce();
};

void tst_CliCommand::helpListsEverySubcommand()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QLatin1String("Usage: candela-cli <command>")));
    const QList<CliCommand> commands = cliCommands();
    QVERIFY(commands.size() >= 2);
    for (const CliCommand& command : commands) {
        QVERIFY2(result.out.contains(QStringLiteral("\n  ") + command.name + QLatin1Char(' ')),
            qPrintable(command.name));
        QVERIFY(result.out.contains(command.summary));
    }
}

void tst_CliCommand::noArgumentsIsUsageError()
{
    const Run result = run({});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains(QLatin1String("Usage:")));
}

void tst_CliCommand::unknownCommandIsUsageError()
{
    const Run result = run({QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("unknown command \"frobnicate\"")));
}

void tst_CliCommand::versionPrintsTheVersion()
{
    const QString expected
        = QStringLiteral("candela-cli %1\n").arg(QLatin1String(Candela::Version));
    QCOMPARE(run({QStringLiteral("version")}).out, expected);
    QCOMPARE(run({QStringLiteral("--version")}).out, expected);
    QCOMPARE(run({QStringLiteral("version"), QStringLiteral("extra")}).exitCode, 2);
}

void tst_CliCommand::helpForOneCommand()
{
    const Run result = run({QStringLiteral("help"), QStringLiteral("version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QLatin1String("Usage: candela-cli version\n")));
}

void tst_CliCommand::helpForUnknownCommandFails()
{
    QCOMPARE(run({QStringLiteral("help"), QStringLiteral("nope")}).exitCode, 2);
}

// Several --bot: the runs share the thread pool and the candles, and each report is the one its
// bot gets alone (the speed aside).
void tst_CliCommand::backtestRunsSeveralBotsAtOnce()
{
    const QString candles = QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv");
    const QStringList bots{QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"),
        QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/eth_momentum.json")};
    const Run both = run({QStringLiteral("backtest"), QStringLiteral("--candles"), candles,
        QStringLiteral("--bot"), bots[0], QStringLiteral("--bot"), bots[1]});
    QCOMPARE(both.exitCode, 0);
    const QJsonArray reports = QJsonDocument::fromJson(both.out.toUtf8()).array();
    QCOMPARE(reports.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Run alone = run({QStringLiteral("backtest"), QStringLiteral("--candles"), candles,
            QStringLiteral("--bot"), bots[i]});
        QJsonObject expected = QJsonDocument::fromJson(alone.out.toUtf8()).object();
        QJsonObject actual = reports[i].toObject();
        QCOMPARE(actual.take(QStringLiteral("bot")).toString(),
            i == 0 ? QStringLiteral("BTC Scalper") : QStringLiteral("ETH Momentum"));
        expected.remove(QStringLiteral("candles_per_second"));
        actual.remove(QStringLiteral("candles_per_second"));
        QVERIFY(expected.value(QStringLiteral("trades")).toInt() > 0);
        QCOMPARE(actual, expected);
    }
}

QTEST_GUILESS_MAIN(tst_CliCommand)
#include "tst_clicommand.moc"
