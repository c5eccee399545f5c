#include "core/coinbase/tradingrestclient.h"

#include "core/coinbase/userchannel.h"

#include "fakecoinbaseserver.h"
#include "fakehttpserver.h"
#include "testcerts.h"
#include "testkeys.h"

#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;
using Candela::Test::FakeHttpServer;
using Candela::TestData::TestIdentity;
using Candela::TestData::TestPki;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");

QSslConfiguration serverTls(const TestIdentity& identity)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.certificate);
    tls.setPrivateKey(identity.key);
    return tls;
}

} // namespace

// T27: the client talks to Coinbase only over verified TLS. Against a server whose certificate
// is self-signed, names another host, or has expired, no connection is made and no request
// carrying the Authorization header is ever read by the server.
class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustedCertificateConnects();
    void untrustedServersAreRefused_data();
    void untrustedServersAreRefused();
    void userChannelTrustsOnlyTheTestCa();
    void tlsOneServerIsRefused();

private:
    // The listAccounts answer through a client trusting the test CA only.
    Result<std::vector<CoinbaseOrders::Balance>> listAccounts(FakeHttpServer& server);

    TestPki m_pki;
    std::optional<SigningKey> m_key;
    SystemClock m_clock;
};

void tst_Tls::initTestCase()
{
    auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    QVERIFY(key);
    m_key = *key;
}

Result<std::vector<CoinbaseOrders::Balance>> tst_Tls::listAccounts(FakeHttpServer& server)
{
    TradingRestClient::Config config;
    config.baseUrl = server.baseUrl();
    config.extraCaCertificates = {m_pki.ca()};
    config.maxGetAttempts = 1;
    config.timeout = std::chrono::milliseconds(3000);
    TradingRestClient client(config, TradingRestClient::Credentials{*m_key, KeyName}, m_clock);
    std::optional<Result<std::vector<CoinbaseOrders::Balance>>> answer;
    client.listAccounts([&](auto result) { answer = result; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000); }();
    return answer.value_or(makeError(ErrorCode::IoError, QStringLiteral("no answer")));
}

void tst_Tls::trustedCertificateConnects()
{
    FakeHttpServer server(serverTls(m_pki.server("IP:127.0.0.1")));
    QByteArray authorization;
    server.setRequestHandler([&](const FakeHttpServer::Request& request) {
        authorization = request.headers.value("authorization");
        return FakeHttpServer::Reply{FakeHttpServer::Reply::Disposition::Answer, 200,
            R"({"accounts":[{"currency":"USD","available_balance":{"value":"5"},"hold":{"value":"0"}}],"has_next":false})",
            {}};
    });
    const auto accounts = listAccounts(server);
    QVERIFY2(accounts, qPrintable(accounts ? QString() : accounts.error().message));
    QCOMPARE(accounts->size(), size_t(1));
    QVERIFY(authorization.startsWith("Bearer "));
    QCOMPARE(server.requests().size(), 1);
}

void tst_Tls::untrustedServersAreRefused_data()
{
    QTest::addColumn<QString>("altName");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("until");
    QTest::addColumn<bool>("selfSigned");
    QTest::newRow("self-signed") << "IP:127.0.0.1" << -3600 << 86400 << true;
    QTest::newRow("wrong host") << "DNS:example.test" << -3600 << 86400 << false;
    QTest::newRow("expired") << "IP:127.0.0.1" << -7200 << -3600 << false;
    QTest::newRow("not yet valid") << "IP:127.0.0.1" << 3600 << 7200 << false;
}

void tst_Tls::untrustedServersAreRefused()
{
    QFETCH(QString, altName);
    QFETCH(int, from);
    QFETCH(int, until);
    QFETCH(bool, selfSigned);
    FakeHttpServer server(
        serverTls(m_pki.server(altName.toLatin1().constData(), from, until, selfSigned)));
    int handled = 0;
    server.setRequestHandler([&](const FakeHttpServer::Request&) {
        ++handled;
        return FakeHttpServer::Reply{};
    });
    const auto accounts = listAccounts(server);
    QVERIFY(!accounts);
    QVERIFY2(accounts.error().message.contains(QLatin1String("SSL")),
        qPrintable(accounts.error().message));
    QCOMPARE(handled, 0);
    QVERIFY(server.requests().isEmpty());
}

// The user channel's WebSocket: the same trust, so no subscribe (with its token) reaches an
// impostor.
void tst_Tls::userChannelTrustsOnlyTheTestCa()
{
    for (const bool trusted : {true, false}) {
        Candela::Test::FakeCoinbaseServer server(
            serverTls(m_pki.server("IP:127.0.0.1", -3600, 86400, !trusted)));
        UserChannel::Config config;
        config.url = server.url();
        config.extraCaCertificates = {m_pki.ca()};
        config.reconnect.initialDelay = std::chrono::milliseconds(20);
        UserChannel channel(config, *m_key, KeyName, m_clock);
        channel.start();
        if (trusted) {
            QTRY_VERIFY(channel.isReady());
            QCOMPARE(server.requests().value(0).size(), 2);
        } else {
            QTRY_VERIFY(channel.stats().connects >= 2); // refused, and tried again
            QVERIFY(!channel.isReady());
            QVERIFY(server.requests().isEmpty() || server.requests().value(0).isEmpty());
        }
        channel.stop();
    }
}

// T27's last clause: a server that speaks nothing newer than TLS 1.0 — with a certificate the
// client trusts — is refused in the handshake. The server is OpenSSL's own s_server (Qt 6.4 no
// longer offers TLS 1.0 to a server); an OpenSSL TLS 1.0 client proves that it does speak it.
void tst_Tls::tlsOneServerIsRefused()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl tool is a build dependency");
    QTemporaryDir dir;
    const TestIdentity identity = m_pki.server("IP:127.0.0.1");
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    for (const auto& [path, pem] :
        {std::pair{cert, identity.certificate.toPem()}, std::pair{key, identity.key.toPem()}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pem);
    }
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    QProcess server;
    server.start(openssl,
        {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:") + port,
            QStringLiteral("-cert"), cert, QStringLiteral("-key"), key, QStringLiteral("-tls1"),
            QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0"),
            QStringLiteral("-www")});
    QVERIFY(server.waitForStarted(5000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port.toUInt()));
            return socket.waitForConnected(100);
        },
        5000));

    // The server does speak TLS 1.0, to a client that asks for it.
    QProcess client;
    client.start(openssl,
        {QStringLiteral("s_client"), QStringLiteral("-connect"),
            QStringLiteral("127.0.0.1:") + port, QStringLiteral("-tls1"), QStringLiteral("-cipher"),
            QStringLiteral("DEFAULT:@SECLEVEL=0")});
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished(10000));
    QVERIFY2(client.readAllStandardOutput().contains("Protocol  : TLSv1\n"),
        "s_server did not speak TLS 1.0");

    TradingRestClient::Config config;
    config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/api/v3/brokerage").arg(port));
    config.extraCaCertificates = {m_pki.ca()};
    config.maxGetAttempts = 1;
    config.timeout = std::chrono::milliseconds(3000);
    TradingRestClient rest(config, TradingRestClient::Credentials{*m_key, KeyName}, m_clock);
    std::optional<Result<std::vector<CoinbaseOrders::Balance>>> answer;
    rest.listAccounts([&](auto result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    QVERIFY(!*answer);
    // Refused in the handshake: no HTTP answer (s_server's status page) ever came back.
    QVERIFY2(answer->error().message.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
            || answer->error().message.contains(QLatin1String("handshake"), Qt::CaseInsensitive),
        qPrintable(answer->error().message));
    server.kill();
    server.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
