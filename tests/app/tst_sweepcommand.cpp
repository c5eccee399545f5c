// candela-cli sweep: its CSV, its JSON and `sweep merge` are interfaces scripts rely on.
#include "cli/clicommand.h"
#include "clirun.h"

#include "teststrings.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QTest>
#include <QTextStream>

using namespace Candela::Cli;
using Candela::Test::CliRun;
using Candela::Test::runCli;
using Candela::Test::strings;

namespace {

const QString Candles = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv");
const QString Scalper = QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json");

// A sweep of 12 configurations over the first three weeks of the bundled candles.
QStringList sweepArguments()
{
    return {QStringLiteral("sweep"), QStringLiteral("--candles"), Candles, QStringLiteral("--bot"),
        Scalper, QStringLiteral("--vary"), QStringLiteral("signals.rsi.period=10:14:2"),
        QStringLiteral("--vary"), QStringLiteral("buy_score=0.2,0.25,0.3,0.35"),
        QStringLiteral("--from"), QStringLiteral("2025-07-01"), QStringLiteral("--to"),
        QStringLiteral("2025-07-21"), QStringLiteral("--min-trades"), QStringLiteral("1"),
        QStringLiteral("--monte-carlo"), QStringLiteral("200")};
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_SweepCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsOneRowPerConfiguration();
    void aRowEqualsTheBacktestOfItsConfiguration();
    void shardsMergeIntoTheWholeSweep();
    void mergeRefusesWhatDoesNotBelongTogether();
    void mergeRefusesShardsThatSawOtherCandles();
    void invalidCombinationsAreReportedAndSkipped();
    void randomPlansFollowTheSeed();
    void walkForwardReportsEveryFold();
    void usageErrors_data();
    void usageErrors();
};

void tst_SweepCommand::printsOneRowPerConfiguration()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("sweep.json"));
    const CliRun sweep = runCli(sweepArguments() << QStringLiteral("--json") << json);
    QCOMPARE(sweep.exitCode, 0);
    const QStringList lines = sweep.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 12);
    QVERIFY(lines[0].startsWith(
        QLatin1String("config_hash,signals.rsi.period,buy_score,candles,trades,")));
    QVERIFY(lines[1].contains(
        QLatin1String(",10,0.2,6048,"))); // 21 days (--to is inclusive) of 5-minute candles
    QVERIFY(lines[12].contains(QLatin1String(",14,0.35,6048,")));
    const QJsonObject summary = readJson(json).value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("trials")).toInt(), 12);
    for (const char* key : {"sharpe_variance", "best", "pbo", "monte_carlo",
             "candle_evaluations_per_second", "verdict"})
        QVERIFY2(summary.contains(QLatin1String(key)), key);
    const QJsonObject best = summary.value(QStringLiteral("best")).toObject();
    for (const char* key :
        {"config_hash", "sharpe", "skewness", "kurtosis", "observations", "psr", "dsr"})
        QVERIFY2(best.contains(QLatin1String(key)), key);
    QCOMPARE(best.value(QStringLiteral("observations")).toInt(), 6048);
    QCOMPARE(
        summary.value(QStringLiteral("pbo")).toObject().value(QStringLiteral("splits")).toInt(),
        12870);
    QVERIFY(sweep.err.contains(QLatin1String("The best of 12 trials")));
    QCOMPARE(readJson(json).value(QStringLiteral("configurations")).toArray().size(), 12);
}

void tst_SweepCommand::aRowEqualsTheBacktestOfItsConfiguration()
{
    const CliRun sweep = runCli(sweepArguments());
    QCOMPARE(sweep.exitCode, 0);
    const QStringList lines = sweep.out.trimmed().split(QLatin1Char('\n'));
    const QStringList header = lines[0].split(QLatin1Char(','));
    const QStringList row = lines[7].split(QLatin1Char(',')); // rsi 12, buy_score 0.3
    QCOMPARE(row.mid(1, 2), strings({"12", "0.3"}));
    // The same configuration written as a bot and backtested on the same candles.
    QFile file(Scalper);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject bot = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject signals = bot.value(QStringLiteral("signals")).toObject();
    QJsonObject rsi = signals.value(QStringLiteral("rsi")).toObject();
    rsi.insert(QStringLiteral("period"), 12);
    signals.insert(QStringLiteral("rsi"), rsi);
    bot.insert(QStringLiteral("signals"), signals);
    bot.insert(QStringLiteral("buy_score"), 0.3);
    QTemporaryDir dir;
    const QString botPath = dir.filePath(QStringLiteral("bot.json"));
    QFile out(botPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(bot).toJson());
    out.close();
    const CliRun backtest = runCli({QStringLiteral("backtest"), QStringLiteral("--candles"),
        Candles, QStringLiteral("--bot"), botPath, QStringLiteral("--from"),
        QStringLiteral("2025-07-01"), QStringLiteral("--to"), QStringLiteral("2025-07-21")});
    QCOMPARE(backtest.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(backtest.out.toUtf8()).object();
    QVERIFY(report.value(QStringLiteral("trades")).toInt() > 0);
    for (qsizetype i = 3; i < header.size(); ++i) {
        QString expected;
        const QString& key = header[i];
        const QJsonValue value = key.startsWith(QLatin1String("denials."))
            ? report.value(QStringLiteral("denials")).toObject().value(key.mid(8))
            : report.value(key);
        if (value.isString())
            expected = value.toString();
        else if (value.isUndefined())
            expected = QStringLiteral("0");
        else if (value.isDouble())
            expected = std::floor(value.toDouble()) == value.toDouble()
                ? QString::number(qint64(value.toDouble()))
                : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        QCOMPARE(row[i], expected);
    }
}

void tst_SweepCommand::shardsMergeIntoTheWholeSweep()
{
    QTemporaryDir dir;
    const CliRun whole = runCli(
        sweepArguments() << QStringLiteral("--json") << dir.filePath(QStringLiteral("whole.json")));
    QCOMPARE(whole.exitCode, 0);
    QStringList parts;
    for (int shard = 1; shard <= 3; ++shard) {
        parts << dir.filePath(QStringLiteral("part%1.json").arg(shard));
        const CliRun part = runCli(sweepArguments()
            << QStringLiteral("--shard") << QStringLiteral("%1/3").arg(shard)
            << QStringLiteral("--json") << parts.last());
        QCOMPARE(part.exitCode, 0);
        QCOMPARE(part.out.count(QLatin1Char('\n')), 1 + 4);
    }
    const QString mergedPath = dir.filePath(QStringLiteral("merged.json"));
    const CliRun merged = runCli(QStringList{QStringLiteral("sweep"), QStringLiteral("merge")}
        << parts[2] << parts[0] << parts[1] << QStringLiteral("--json") << mergedPath);
    QCOMPARE(merged.exitCode, 0);
    QCOMPARE(merged.out, whole.out);
    QJsonObject a = readJson(dir.filePath(QStringLiteral("whole.json")));
    QJsonObject b = readJson(mergedPath);
    QJsonObject sa = a.value(QStringLiteral("summary")).toObject();
    QJsonObject sb = b.value(QStringLiteral("summary")).toObject();
    sa.remove(QStringLiteral("candle_evaluations_per_second"));
    sb.remove(QStringLiteral("candle_evaluations_per_second"));
    QCOMPARE(sb, sa); // best, DSR, PBO and the Monte Carlo bands alike
    QCOMPARE(b.value(QStringLiteral("configurations")), a.value(QStringLiteral("configurations")));
    QCOMPARE(b.value(QStringLiteral("sweep")), a.value(QStringLiteral("sweep")));
}

void tst_SweepCommand::mergeRefusesWhatDoesNotBelongTogether()
{
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("1.json"));
    const QString two = dir.filePath(QStringLiteral("2.json"));
    const QString other = dir.filePath(QStringLiteral("other.json"));
    QCOMPARE(runCli(sweepArguments() << QStringLiteral("--shard") << QStringLiteral("1/2")
                                     << QStringLiteral("--json") << one)
                 .exitCode,
        0);
    QCOMPARE(runCli(sweepArguments()
                 << QStringLiteral("--shard") << QStringLiteral("2/2") << QStringLiteral("--seed")
                 << QStringLiteral("9") << QStringLiteral("--json") << other)
                 .exitCode,
        0);
    const CliRun missing = runCli({QStringLiteral("sweep"), QStringLiteral("merge"), one});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("1 of 2 shards")));
    const CliRun mixed = runCli({QStringLiteral("sweep"), QStringLiteral("merge"), one, other});
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY(mixed.err.contains(QLatin1String("another sweep")));
    const CliRun twice = runCli({QStringLiteral("sweep"), QStringLiteral("merge"), one, one});
    QVERIFY(twice.err.contains(QLatin1String("given twice")));
    QFile broken(two);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"sweep\": [");
    broken.close();
    const CliRun corrupt = runCli({QStringLiteral("sweep"), QStringLiteral("merge"), one, two});
    QCOMPARE(corrupt.exitCode, 1);
    QVERIFY(corrupt.err.contains(QLatin1String("is not the JSON of a sweep")));
}

// Same file, same options, other bars (the file grew between two shards): not one sweep.
void tst_SweepCommand::mergeRefusesShardsThatSawOtherCandles()
{
    QTemporaryDir dir;
    QFile source(Candles);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().split('\n');
    const QString copy = dir.filePath(QStringLiteral("candles.csv"));
    const auto writeFirst = [&](qsizetype count) {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.mid(0, count).join('\n') + '\n');
    };
    QStringList arguments = sweepArguments();
    arguments[arguments.indexOf(Candles)] = copy;
    arguments.remove(arguments.indexOf(QStringLiteral("--to")), 2);
    writeFirst(3001);
    const QString one = dir.filePath(QStringLiteral("1.json"));
    const QString two = dir.filePath(QStringLiteral("2.json"));
    QCOMPARE(runCli(arguments + strings({"--shard", "1/2", "--json"}) << one).exitCode, 0);
    writeFirst(3013);
    QCOMPARE(runCli(arguments + strings({"--shard", "2/2", "--json"}) << two).exitCode, 0);
    const CliRun merged = runCli({QStringLiteral("sweep"), QStringLiteral("merge"), one, two});
    QCOMPARE(merged.exitCode, 1);
    QVERIFY(merged.err.contains(QLatin1String("another sweep")));
}

void tst_SweepCommand::invalidCombinationsAreReportedAndSkipped()
{
    const CliRun sweep = runCli(
        {QStringLiteral("sweep"), QStringLiteral("--candles"), Candles, QStringLiteral("--bot"),
            Scalper, QStringLiteral("--vary"), QStringLiteral("risk.risk_percent=1,150"),
            QStringLiteral("--to"), QStringLiteral("2025-07-05")});
    QCOMPARE(sweep.exitCode, 0);
    QCOMPARE(sweep.out.count(QLatin1Char('\n')), 2); // the header and the valid configuration
    QVERIFY(sweep.err.contains(QLatin1String("skipped configuration 1 (150)")));
    QVERIFY(sweep.err.contains(QLatin1String("risk.risk_percent")));
}

void tst_SweepCommand::randomPlansFollowTheSeed()
{
    QStringList arguments = sweepArguments();
    arguments << QStringLiteral("--vary") << QStringLiteral("sell_score=0.2:0.4:0.05")
              << QStringLiteral("--random") << QStringLiteral("7");
    const CliRun a = runCli(arguments + QStringList{QStringLiteral("--seed"), QStringLiteral("5")});
    const CliRun b = runCli(arguments + QStringList{QStringLiteral("--seed"), QStringLiteral("5")});
    const CliRun c = runCli(arguments + QStringList{QStringLiteral("--seed"), QStringLiteral("6")});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out.count(QLatin1Char('\n')), 1 + 7);
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out != c.out);
}

void tst_SweepCommand::walkForwardReportsEveryFold()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("wf.json"));
    const CliRun sweep = runCli(
        {QStringLiteral("sweep"), QStringLiteral("--candles"), Candles, QStringLiteral("--bot"),
            Scalper, QStringLiteral("--vary"), QStringLiteral("buy_score=0.2,0.3"),
            QStringLiteral("--walk-forward"), QStringLiteral("train=30d,test=15d"),
            QStringLiteral("--objective"), QStringLiteral("net_pnl"),
            QStringLiteral("--min-trades"), QStringLiteral("1"), QStringLiteral("--json"), json});
    QCOMPARE(sweep.exitCode, 0);
    const QJsonObject wf = readJson(json)
                               .value(QStringLiteral("summary"))
                               .toObject()
                               .value(QStringLiteral("walk_forward"))
                               .toObject();
    const QJsonArray folds = wf.value(QStringLiteral("folds")).toArray();
    QCOMPARE(folds.size(), 4); // 92 days: tests on days 30-45, 45-60, 60-75, 75-90
    QCOMPARE(folds[1].toObject().value(QStringLiteral("test_start")).toString(),
        QStringLiteral("2025-08-15T00:00:00Z"));
    int trades = 0;
    for (const QJsonValue& fold : folds)
        trades += fold.toObject()
                      .value(QStringLiteral("out_of_sample"))
                      .toObject()
                      .value(QStringLiteral("trades"))
                      .toInt();
    QCOMPARE(
        wf.value(QStringLiteral("stitched")).toObject().value(QStringLiteral("trades")).toInt(),
        trades);
    QVERIFY(sweep.err.contains(QLatin1String("4 folds")));
    QVERIFY(sweep.err.contains(QLatin1String("out of sample")));
}

void tst_SweepCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad vary") << strings({"--vary", "buy_score"}) << 1 << QStringLiteral("PATH=");
    QTest::newRow("bad shard") << strings({"--shard", "4/3"}) << 2 << QStringLiteral("--shard");
    QTest::newRow("bad objective")
        << strings({"--objective", "sortino"}) << 2 << QStringLiteral("--objective");
    QTest::newRow("walk-forward shard")
        << strings({"--walk-forward", "train=5d,test=2d", "--shard", "1/2"}) << 2
        << QStringLiteral("whole");
    QTest::newRow("bad window") << strings({"--walk-forward", "train=5x"}) << 2
                                << QStringLiteral("--walk-forward");
    QTest::newRow("bad date") << strings({"--from", "July"}) << 1 << QStringLiteral("not a date");
    QTest::newRow("empty range") << strings({"--from", "2030-01-01"}) << 1
                                 << QStringLiteral("no candle");
    QTest::newRow("bad count") << strings({"--random", "-3"}) << 2 << QStringLiteral("--random");
    QTest::newRow("odd blocks") << strings({"--blocks", "15"}) << 2 << QStringLiteral("--blocks");
    QTest::newRow("too many threads")
        << strings({"--threads", "100000"}) << 2 << QStringLiteral("--threads");
}

void tst_SweepCommand::usageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun sweep = runCli(sweepArguments() + extra);
    QCOMPARE(sweep.exitCode, exitCode);
    QVERIFY2(sweep.err.contains(message), qPrintable(sweep.err));
    QVERIFY(sweep.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SweepCommand)
#include "tst_sweepcommand.moc"
