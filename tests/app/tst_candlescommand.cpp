// candela-cli candles against the fake Coinbase: the download, the cache, and resuming.
#include "cli/clicommand.h"
#include "clirun.h"

#include "fakecandles.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Candela::Cli;
using Candela::Test::CliRun;
using Candela::Test::FakeHttpServer;
using Candela::Test::runCli;

namespace {

constexpr qint64 T0 = 1751328000; // 2025-07-01 00:00 UTC

// Five-minute candles for whatever range is asked; a candle's prices are its bucket's number.
FakeHttpServer::Response fiveMinuteCandles(const QUrl& url)
{
    return Candela::Test::candlesAnswer(url, 300, T0, QByteArrayLiteral("2"));
}

} // namespace

class tst_CandlesCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void downloadsIntoTheCacheAndPrintsCsv();
    void aSecondRunReadsTheCache();
    void aLongerRangeFetchesOnlyWhatIsNew();
    void aStoppedRunResumes();
    void anEarlierStartFetchesWhatTheCacheLacks();
    void usageErrors();

private:
    QStringList arguments(const QString& to) const
    {
        return {QStringLiteral("candles"), QStringLiteral("--product"), QStringLiteral("BTC-USD"),
            QStringLiteral("--timeframe"), QStringLiteral("5m"), QStringLiteral("--from"),
            QStringLiteral("2025-07-01"), QStringLiteral("--to"), to, QStringLiteral("--cache"),
            m_dir->filePath(QStringLiteral("cache.sqlite")), QStringLiteral("--rest-url"),
            m_server->baseUrl().toString()};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
};

void tst_CandlesCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeHttpServer>();
    m_server->setHandler(fiveMinuteCandles);
}

void tst_CandlesCommand::downloadsIntoTheCacheAndPrintsCsv()
{
    const CliRun candles = runCli(arguments(QStringLiteral("2025-07-03")));
    QCOMPARE(candles.exitCode, 0);
    const QStringList lines = candles.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 3 * 288); // three whole days (--to is inclusive)
    QCOMPARE(lines[0], QStringLiteral("time,open,high,low,close,volume"));
    QCOMPARE(lines[1], QStringLiteral("%1,100,100,100,100,2").arg(T0));
    for (int i = 1; i < lines.size(); ++i) // every bucket once, oldest first
        QVERIFY(lines[i].startsWith(QString::number(T0 + (i - 1) * 300) + QLatin1Char(',')));
    QCOMPARE(m_server->requests().size(), 3); // 864 buckets, 350 a request
    QVERIFY(candles.err.contains(QLatin1String("(100 %), 864 candles downloaded")));
}

void tst_CandlesCommand::aSecondRunReadsTheCache()
{
    const CliRun first = runCli(arguments(QStringLiteral("2025-07-03")));
    const auto requests = m_server->requests().size();
    const CliRun second = runCli(arguments(QStringLiteral("2025-07-03")));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
    QCOMPARE(m_server->requests().size(), requests); // every chunk was fetched whole
}

void tst_CandlesCommand::aLongerRangeFetchesOnlyWhatIsNew()
{
    QCOMPARE(runCli(arguments(QStringLiteral("2025-07-03"))).exitCode, 0);
    m_server->setHandler(fiveMinuteCandles);
    const auto before = m_server->requests().size();
    const CliRun longer = runCli(arguments(QStringLiteral("2025-07-05")));
    QCOMPARE(longer.exitCode, 0);
    QCOMPARE(longer.out.trimmed().split(QLatin1Char('\n')).size(), 1 + 5 * 288);
    // Chunks 1 and 2 (buckets 0–699) are cached; 3 (700–1049, partly held), 4 and 5 are asked.
    QCOMPARE(m_server->requests().size() - before, 3);
}

void tst_CandlesCommand::aStoppedRunResumes()
{
    // Coinbase answers two requests, then answers that cannot be read.
    int answered = 0;
    m_server->setHandler([&answered](const QUrl& url) {
        return ++answered <= 2 ? fiveMinuteCandles(url)
                               : FakeHttpServer::Response{200, QByteArrayLiteral("{\"cand")};
    });
    const CliRun stopped = runCli(arguments(QStringLiteral("2025-07-05")));
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY2(stopped.err.contains(QLatin1String("stopped at 2025-07-03T10:20:00Z")),
        qPrintable(stopped.err));
    QVERIFY(stopped.err.contains(QLatin1String("again to resume")));
    QVERIFY(stopped.out.isEmpty());
    m_server->setHandler(fiveMinuteCandles);
    const auto before = m_server->requests().size();
    const CliRun resumed = runCli(arguments(QStringLiteral("2025-07-05")));
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.out.trimmed().split(QLatin1Char('\n')).size(), 1 + 5 * 288);
    QCOMPARE(m_server->requests().size() - before, 3); // the two fetched chunks are not asked again
}

// Candles held for part of a chunk do not make it fetched: a range that starts earlier than the
// cached one gets every bucket before it.
void tst_CandlesCommand::anEarlierStartFetchesWhatTheCacheLacks()
{
    QStringList later = arguments(QStringLiteral("2025-07-04"));
    later[later.indexOf(QStringLiteral("2025-07-01"))] = QStringLiteral("2025-07-02");
    QCOMPARE(runCli(later).exitCode, 0);
    const CliRun whole = runCli(arguments(QStringLiteral("2025-07-04")));
    QCOMPARE(whole.exitCode, 0);
    const QStringList lines = whole.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 4 * 288);
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY(lines[i].startsWith(QString::number(T0 + (i - 1) * 300) + QLatin1Char(',')));
}

void tst_CandlesCommand::usageErrors()
{
    QStringList noRange = arguments(QStringLiteral("2025-07-03"));
    noRange.remove(noRange.indexOf(QStringLiteral("--to")), 2);
    QCOMPARE(runCli(noRange).exitCode, 2);
    QStringList badTimeframe = arguments(QStringLiteral("2025-07-03"));
    badTimeframe[badTimeframe.indexOf(QStringLiteral("5m"))] = QStringLiteral("7m");
    QCOMPARE(runCli(badTimeframe).exitCode, 2);
    const CliRun backwards = runCli(arguments(QStringLiteral("2025-06-01")));
    QCOMPARE(backwards.exitCode, 2);
    QVERIFY(backwards.err.contains(QLatin1String("--to must come after --from")));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CandlesCommand)
#include "tst_candlescommand.moc"
