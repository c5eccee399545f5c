// T03 crash-between-intent-and-ack, at a venue: a headless session placing its bots' orders at
// the fake Coinbase (candela-cli session run --venue-url) is killed with SIGKILL 200 times at
// random moments — before an order is sent, with its answer outstanding, between a fill and its
// booking — and restarted each time on the same journal. Every intent reaches the venue once:
// no client id is ever sent twice, every order at the venue is in the journal (none sent before
// it was recorded), every fill is booked once, and the session still ends normally.

#include "core/storage/journalstore.h"

#include "../core/decimalliteral.h"
#include "demodata.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeVenue;

namespace {

const QString Cli = QStringLiteral(CANDELA_CLI);
const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
constexpr int Kills = 200;

// The session's command line: the fake venue's address and the test key in a file.
QStringList sessionArguments(const QString& db, const QString& bot, const QString& candles,
    const QString& keyFile, const FakeVenue& venue)
{
    return {QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), db,
        QStringLiteral("--bot"), bot, QStringLiteral("--replay"), candles,
        QStringLiteral("--venue-url"), venue.baseUrl().toString(), QStringLiteral("--key-file"),
        keyFile, QStringLiteral("--key-name"), KeyName};
}

} // namespace

class tst_LiveCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomNeverSendsAnIntentTwice();
    void venueMustBeOnThisMachine();
};

void tst_LiveCrash::killedAtRandomNeverSendsAnIntentTwice()
{
    QTemporaryDir dir;
    // The first 3,000 bundled candles: orders every few dozen bars.
    const QString candles = dir.filePath(QStringLiteral("candles.csv"));
    QVERIFY(Candela::TestData::writeDemoCandles(candles, 3000));
    const QByteArray pem = Candela::TestData::newP256KeyPem();
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(pem);
    key.close();
    auto signingKey = SigningKey::fromText(pem);
    QVERIFY(signingKey);
    FakeVenue venue(signingKey->publicKeyPem(), KeyName);
    venue.setPrice(QStringLiteral("BTC-USD"), dec("107000"));
    venue.setBalance(QStringLiteral("USD"), dec("1000000"));
    venue.setBalance(QStringLiteral("BTC"), dec("100"));
    // BTC Scalper with loose limits, so that it trades often.
    const QString bot = dir.filePath(QStringLiteral("bot.json"));
    QFile botFile(bot);
    QVERIFY(botFile.open(QIODevice::WriteOnly));
    botFile.write(QJsonDocument(Candela::TestData::scalper().toJson()).toJson());
    botFile.close();
    venue.http().setAnswerDelay(std::chrono::milliseconds(20)); // a kill can land before it
    const QString db = dir.filePath(QStringLiteral("venue.db"));
    const QStringList arguments = sessionArguments(db, bot, candles, keyFile, venue);

    QRandomGenerator random(3); // reproducible kill points
    int killed = 0;
    int withOrderOutstanding = 0; // kills while a create POST had no answer yet
    for (int attempt = 0; attempt < Kills * 2 && killed < Kills; ++attempt) {
        QProcess process;
        process.start(Cli, arguments);
        QVERIFY(process.waitForStarted(10000));
        // The venue answers on this thread: wait with the event loop running.
        const int postsBefore = venue.postsTo(QStringLiteral("/orders"));
        const auto ended = [&] { return process.state() == QProcess::NotRunning; };
        const auto sent = [&] { return venue.postsTo(QStringLiteral("/orders")) > postsBefore; };
        // Every other kill the moment an order reaches the venue, whose answer is still 20 ms
        // away; the others at a random moment.
        const bool atAnOrder = attempt % 2 == 1;
        const bool finished = atAnOrder
            ? QTest::qWaitFor([&] { return ended() || sent(); }, 10000) && ended()
            : QTest::qWaitFor(ended, random.bounded(20, 400));
        if (finished) {
            if (process.exitCode() != 0)
                qWarning("%s", process.readAllStandardError().right(6000).constData());
            QCOMPARE(process.exitCode(), 0); // it reached the end before the kill
            break;
        }
        withOrderOutstanding += sent() ? 1 : 0;
        process.kill(); // SIGKILL: no cleanup, no flush
        QVERIFY(process.waitForFinished(10000));
        ++killed;
    }
    QVERIFY2(killed >= Kills / 4, qPrintable(QStringLiteral("only %1 kills").arg(killed)));
    QVERIFY(withOrderOutstanding > 0);

    // Run to the end.
    QProcess last;
    last.start(Cli, arguments);
    QVERIFY(last.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return last.state() == QProcess::NotRunning; }, 120000));
    QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());

    // One venue order per intent, none sent twice, none sent unrecorded.
    QVERIFY2(venue.orders().size() >= 10, qPrintable(QString::number(venue.orders().size())));
    for (auto it = venue.createsPerClientId().cbegin(); it != venue.createsPerClientId().cend();
         ++it)
        QVERIFY2(it.value() == 1,
            qPrintable(QStringLiteral("%1 sent %2 times").arg(it.key()).arg(it.value())));
    JournalStore journal;
    QVERIFY(journal.open(db));
    const auto orders = journal.loadOrders();
    QVERIFY(orders);
    QSet<QString> journaled;
    for (const Order& order : *orders)
        journaled.insert(order.clientOrderId);
    for (const FakeVenue::Order& order : venue.orders())
        QVERIFY2(journaled.contains(order.clientOrderId), qPrintable(order.clientOrderId));
    // Every fill at the venue booked once, as the venue has it.
    const auto fills = journal.loadFills();
    QVERIFY(fills);
    QCOMPARE(fills->size(), venue.fills().size());
    for (const FakeVenue::VenueFill& fill : venue.fills()) {
        const auto booked = std::count_if(
            fills->begin(), fills->end(), [&](const Fill& f) { return f.tradeId == fill.tradeId; });
        QCOMPARE(booked, 1);
    }
    qInfo() << killed << "kills," << withOrderOutstanding << "with an order just sent;"
            << venue.orders().size() << "orders and" << venue.fills().size()
            << "fills at the venue";
}

void tst_LiveCrash::venueMustBeOnThisMachine()
{
    QProcess process;
    process.start(Cli,
        {QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"),
            QStringLiteral("/tmp/unused.db"), QStringLiteral("--bot"),
            QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/busy_scalper.json"),
            QStringLiteral("--replay"), QStringLiteral("candles.csv"),
            QStringLiteral("--venue-url"), QStringLiteral("https://api.coinbase.com"),
            QStringLiteral("--key-file"), QStringLiteral("key.pem"), QStringLiteral("--key-name"),
            KeyName});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("on this machine"));
}

QTEST_GUILESS_MAIN(tst_LiveCrash)
#include "tst_livecrash.moc"
