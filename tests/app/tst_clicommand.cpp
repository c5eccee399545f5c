#include "cli/clicommand.h"

#include "candela/version.h"

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

QTEST_GUILESS_MAIN(tst_CliCommand)
#include "tst_clicommand.moc"
