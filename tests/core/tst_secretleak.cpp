#include "core/coinbase/coinbaseexecution.h"
#include "core/coinbase/reconciler.h"
#include "core/coinbase/userchannel.h"
#include "core/corelogging.h"
#include "core/logfiles.h"

#include "decimalliteral.h"
#include "fakecoinbaseserver.h"
#include "fakevenue.h"
#include "testkeys.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Test::FakeCoinbaseServer;
using Candela::Test::FakeVenue;
using Fault = FakeVenue::Fault;

namespace {

const QString KeyName = QStringLiteral("organizations/secret-org-4711/apiKeys/secret-key-0815");

QMutex logMutex;
QString captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        captured += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
            + message + QLatin1Char('\n');
    }
    if (type >= QtWarningMsg && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

// T40 (log half): a live session at full debug logging — orders, faults, lookups, cancels, the
// user channel refusing and reconnecting, a reconciliation failing — writes no PEM, no key name
// and no JWT to the log.
class tst_SecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void debugLoggedSessionHoldsNoSecret();

private:
    QTemporaryDir m_logs;
};

void tst_SecretLeak::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    previousHandler = qInstallMessageHandler(capture);
    // The log files see what the capture sees (their handler hands every message on to it).
    QVERIFY(m_logs.isValid());
    LogFiles::Config files;
    files.directory = m_logs.path();
    files.maxBytes = 64 * 1024; // some rotations on the way
    QVERIFY(LogFiles::install(files));
}

void tst_SecretLeak::cleanupTestCase()
{
    LogFiles::uninstall();
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void tst_SecretLeak::debugLoggedSessionHoldsNoSecret()
{
    const QByteArray pem = Candela::TestData::newP256KeyPem();
    auto key = SigningKey::fromText(pem);
    QVERIFY(key);
    SystemClock clock;

    FakeVenue venue(key->publicKeyPem(), KeyName);
    venue.setPrice(QStringLiteral("BTC-USD"), dec("80000"));
    TradingRestClient::Config restConfig;
    restConfig.baseUrl = venue.baseUrl();
    restConfig.timeout = std::chrono::milliseconds(200);
    restConfig.initialBackoff = std::chrono::milliseconds(10);
    TradingRestClient rest(restConfig, {*key, KeyName}, clock);
    CoinbaseExecution::Config config;
    config.firstCheck = std::chrono::milliseconds(30);
    config.checkEvery = std::chrono::milliseconds(20);
    config.pollEvery = std::chrono::milliseconds(20);
    CoinbaseExecution execution(rest, clock, config);

    venue.scriptFaults(QStringLiteral("/orders"),
        {Fault::LoseAck, Fault::Unauthorized, Fault::BrokenJsonAfter, Fault::TimeoutBefore});
    for (int i = 0; i < 5; ++i) {
        Order order;
        order.clientOrderId = QStringLiteral("leak-%1").arg(i);
        order.productId = QStringLiteral("BTC-USD");
        order.type = i == 4 ? OrderType::Limit : OrderType::Market;
        order.timeInForce = i == 4 ? TimeInForce::GoodTilCancelled : TimeInForce::ImmediateOrCancel;
        order.limitPrice = dec("70000");
        order.quantity = dec("0.01");
        order.createdAt = clock.now();
        execution.submit(order);
    }
    QTRY_COMPARE_WITH_TIMEOUT(execution.openCount(), 1, 10'000); // the resting limit
    QSignalSpy clear(&execution, &CoinbaseExecution::venueClear);
    execution.cancelAllAtVenue();
    QTRY_COMPARE(clear.count(), 1);

    venue.scriptGetFaults(QStringLiteral("/accounts"), QList<Fault>(4, Fault::Unauthorized));
    Reconciler reconciler(rest, {std::chrono::milliseconds(10), std::chrono::milliseconds(10), {}});
    QSignalSpy reconciled(&reconciler, &Reconciler::finished);
    reconciler.run(LocalBook{});
    QTRY_COMPARE(reconciled.count(), 1);

    FakeCoinbaseServer socket;
    socket.setSubscribeAnswer(FakeCoinbaseServer::SubscribeAnswer::Error);
    UserChannel::Config channelConfig;
    channelConfig.url = socket.url();
    channelConfig.reconnect.initialDelay = std::chrono::milliseconds(10);
    UserChannel channel(channelConfig, *key, KeyName, clock);
    channel.start();
    QTRY_VERIFY(channel.stats().subscribeErrors >= 2);
    channel.stop();

    QVERIFY(!SigningKey::fromText(pem.left(pem.size() / 2))); // a key pasted half
    qCWarning(lcCoinbase) << "session over"; // the capture is live (warnings: in every build)

    QMutexLocker lock(&logMutex);
    QVERIFY2(captured.contains(QLatin1String("session over")), "nothing was captured");
    QVERIFY(captured.size() > 1000);
    // And the files: every one written, the rotated ones too.
    QString files;
    for (const QFileInfo& file : QDir(m_logs.path()).entryInfoList({QStringLiteral("*.log")})) {
        QFile log(file.filePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        files += QString::fromUtf8(log.readAll());
    }
    QVERIFY2(files.contains(QLatin1String("session over")), "the log files hold nothing");
    const QString body = QString::fromLatin1(pem).section(QLatin1Char('\n'), 1, 1).left(24);
    for (const QString& secret : {QStringLiteral("BEGIN"), QStringLiteral("PRIVATE KEY"), KeyName,
             QStringLiteral("secret-key-0815"), QStringLiteral("eyJ"), body}) {
        QVERIFY2(!captured.contains(secret), qPrintable(QStringLiteral("log holds ") + secret));
        QVERIFY2(!files.contains(secret), qPrintable(QStringLiteral("a log file holds ") + secret));
    }
}

QTEST_GUILESS_MAIN(tst_SecretLeak)
#include "tst_secretleak.moc"
