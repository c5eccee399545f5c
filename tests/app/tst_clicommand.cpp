#include "cli/clicommand.h"
#include "clirun.h"

#include "candela/version.h"
#include "core/coinbase/jwt.h"

#include "fakecoinbaseserver.h"
#include "fakevenue.h"
#include "jwtverifier.h"
#include "testkeys.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Candela::Cli;
using Candela::Test::CliRun;
using Candela::Test::runCli;

namespace { } // namespace

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
    void jwtPrintsAVerifiableToken();
    void accountShowsWhatCoinbaseSays();
};

void tst_CliCommand::helpListsEverySubcommand()
{
    const CliRun result = runCli({QStringLiteral("--help")});
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
    const CliRun result = runCli({});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains(QLatin1String("Usage:")));
}

void tst_CliCommand::unknownCommandIsUsageError()
{
    const CliRun result = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("unknown command \"frobnicate\"")));
}

void tst_CliCommand::versionPrintsTheVersion()
{
    const QString expected
        = QStringLiteral("candela-cli %1\n").arg(QLatin1String(Candela::Version));
    QCOMPARE(runCli({QStringLiteral("version")}).out, expected);
    QCOMPARE(runCli({QStringLiteral("--version")}).out, expected);
    QCOMPARE(runCli({QStringLiteral("version"), QStringLiteral("extra")}).exitCode, 2);
}

void tst_CliCommand::helpForOneCommand()
{
    const CliRun result = runCli({QStringLiteral("help"), QStringLiteral("version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QLatin1String("Usage: candela-cli version\n")));
}

void tst_CliCommand::helpForUnknownCommandFails()
{
    QCOMPARE(runCli({QStringLiteral("help"), QStringLiteral("nope")}).exitCode, 2);
}

// Several --bot: the runs share the thread pool and the candles, and each report is the one its
// bot gets alone (the speed aside).
void tst_CliCommand::backtestRunsSeveralBotsAtOnce()
{
    const QString candles = QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv");
    const QStringList bots{QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"),
        QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/eth_momentum.json")};
    const CliRun both = runCli({QStringLiteral("backtest"), QStringLiteral("--candles"), candles,
        QStringLiteral("--bot"), bots[0], QStringLiteral("--bot"), bots[1]});
    QCOMPARE(both.exitCode, 0);
    const QJsonArray reports = QJsonDocument::fromJson(both.out.toUtf8()).array();
    QCOMPARE(reports.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const CliRun alone = runCli({QStringLiteral("backtest"), QStringLiteral("--candles"),
            candles, QStringLiteral("--bot"), bots[i]});
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

namespace {
const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");

// A fresh P-256 key written where the CLI can read it.
QString writeKey(const QTemporaryDir& dir, const QByteArray& pem)
{
    const QString path = dir.filePath(QStringLiteral("key.pem"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size())
        qFatal("cannot write the test key");
    return path;
}
} // namespace

void tst_CliCommand::jwtPrintsAVerifiableToken()
{
    QTemporaryDir dir;
    const QByteArray pem = Candela::TestData::newP256KeyPem();
    const QString keyFile = writeKey(dir, pem);
    const CliRun rest = runCli({QStringLiteral("jwt"), QStringLiteral("--key-file"), keyFile,
        QStringLiteral("--key-name"), KeyName, QStringLiteral("--method"), QStringLiteral("POST"),
        QStringLiteral("--path"), QStringLiteral("/api/v3/brokerage/orders")});
    QCOMPARE(rest.exitCode, 0);
    const auto key = Candela::Core::SigningKey::fromText(pem);
    QVERIFY(key);
    const QString problem
        = Candela::Test::jwtProblem(rest.out.trimmed().toLatin1(), key->publicKeyPem(), KeyName,
            QStringLiteral("POST api.coinbase.com/api/v3/brokerage/orders"),
            QDateTime::currentSecsSinceEpoch());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!rest.out.contains(QLatin1String("BEGIN")));
    const CliRun missing = runCli({QStringLiteral("jwt"), QStringLiteral("--key-file"),
        dir.filePath(QStringLiteral("none.pem")), QStringLiteral("--key-name"), KeyName});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("cannot read")));
}

// The key checked against the fake Coinbase: a key that can transfer is refused, with the
// account still listed; a View+Trade key with an empty portfolio could trade.
void tst_CliCommand::accountShowsWhatCoinbaseSays()
{
    QTemporaryDir dir;
    const QByteArray pem = Candela::TestData::newP256KeyPem();
    const QString keyFile = writeKey(dir, pem);
    const auto key = Candela::Core::SigningKey::fromText(pem);
    QVERIFY(key);
    Candela::Test::FakeVenue venue(key->publicKeyPem(), KeyName);
    Candela::Test::FakeCoinbaseServer socket;
    const QStringList common{QStringLiteral("account"), QStringLiteral("--key-file"), keyFile,
        QStringLiteral("--key-name"), KeyName, QStringLiteral("--rest-url"),
        venue.baseUrl().toString(), QStringLiteral("--ws-url"), socket.url().toString(),
        QStringLiteral("--wait"), QStringLiteral("10")};

    const CliRun ready = runCli(common);
    QVERIFY2(ready.exitCode == 0, qPrintable(ready.out + ready.err));
    QCOMPARE(QJsonDocument::fromJson(ready.out.toUtf8()).object().value(QStringLiteral("access")),
        QStringLiteral("trading"));

    venue.setKeyPermissions(true, true, true);
    venue.setBalance(QStringLiteral("USD"), Candela::Core::Decimal::fromInteger(250));
    venue.placeExternal(QStringLiteral("BTC-USD"), QStringLiteral("BUY"),
        *Candela::Core::Decimal::fromString(std::string_view("0.01")),
        Candela::Core::Decimal::fromInteger(50000));
    const CliRun refused = runCli(common);
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("access")), QStringLiteral("not_ready"));
    QCOMPARE(report.value(QStringLiteral("blockers"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code")),
        QStringLiteral("can_transfer"));
    QCOMPARE(report.value(QStringLiteral("permissions"))
                 .toObject()
                 .value(QStringLiteral("can_transfer")),
        true);
    QCOMPARE(report.value(QStringLiteral("balances"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("available")),
        QStringLiteral("250"));
    QCOMPARE(
        report.value(QStringLiteral("fee_tier")).toObject().value(QStringLiteral("taker_fee_rate")),
        QStringLiteral("0.006"));
    QVERIFY(report.value(QStringLiteral("open_orders"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("external"))
                .toBool());
    QVERIFY(!refused.out.contains(KeyName) && !refused.out.contains(QLatin1String("BEGIN")));
    QVERIFY(venue.authProblems().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliCommand)
#include "tst_clicommand.moc"
