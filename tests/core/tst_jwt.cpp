#include "core/coinbase/jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "jwtverifier.h"
#include "testkeys.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Candela::Core;

namespace {

const QString KeyName = QStringLiteral("organizations/test-org/apiKeys/test-key");
constexpr qint64 Now = 1763800000;

QJsonObject part(const QByteArray& token, int index)
{
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(token.split('.').at(index), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

class tst_Jwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void es256TokenVerifiesAndCarriesTheClaims();
    void ed25519KeysInEveryFormSign();
    void webSocketTokenHasNoUri();
    void badKeysAreRefusedWithoutShowingThem();
};

void tst_Jwt::es256TokenVerifiesAndCarriesTheClaims()
{
    EVP_PKEY* generated = EVP_EC_gen("P-256");
    QVERIFY(generated);
    for (const bool traditional : {true, false}) { // "EC PRIVATE KEY" and PKCS#8
        const QByteArray pem = Candela::TestData::privateKeyPem(generated, traditional);
        QVERIFY(pem.contains(traditional ? "BEGIN EC PRIVATE KEY" : "BEGIN PRIVATE KEY"));
        const auto key = SigningKey::fromText(pem);
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(key->type(), SigningKey::Type::Es256);
        const auto token = makeJwt(*key, KeyName, Now,
            JwtRequest{
                QStringLiteral("get"), QStringLiteral("/api/v3/brokerage/accounts?limit=5")});
        QVERIFY(token);
        const QJsonObject header = part(*token, 0);
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), KeyName);
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(header.value(QStringLiteral("nonce")).toString().size(), 64);
        const QJsonObject claims = part(*token, 1);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), KeyName);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("cdp"));
        QCOMPARE(claims.value(QStringLiteral("nbf")).toInteger(), Now);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), Now + 120);
        QCOMPARE(claims.value(QStringLiteral("uri")).toString(),
            QStringLiteral("GET api.coinbase.com/api/v3/brokerage/accounts"));
        QVERIFY(!claims.contains(QStringLiteral("aud")));
        QVERIFY(Candela::Test::jwtSignatureVerifies(*token, key->publicKeyPem()));
        // A changed claim no longer verifies; a second token has its own nonce.
        QByteArray forged = *token;
        const QList<QByteArray> parts = forged.split('.');
        QJsonObject changed = claims;
        changed.insert(QStringLiteral("exp"), Now + 3600);
        forged = QByteArray(parts[0]) + '.'
            + QJsonDocument(changed)
                  .toJson(QJsonDocument::Compact)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '.' + parts[2];
        QVERIFY(!Candela::Test::jwtSignatureVerifies(forged, key->publicKeyPem()));
        const auto again = makeJwt(*key, KeyName, Now, std::nullopt);
        QVERIFY(part(*again, 0).value(QStringLiteral("nonce"))
            != header.value(QStringLiteral("nonce")));
    }
    EVP_PKEY_free(generated);
}

void tst_Jwt::ed25519KeysInEveryFormSign()
{
    EVP_PKEY* generated = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    QVERIFY(generated);
    unsigned char seed[32];
    unsigned char publicKey[32];
    size_t length = 32;
    QVERIFY(EVP_PKEY_get_raw_private_key(generated, seed, &length) == 1);
    length = 32;
    QVERIFY(EVP_PKEY_get_raw_public_key(generated, publicKey, &length) == 1);
    const QByteArray rawSeed(reinterpret_cast<const char*>(seed), 32);
    const QByteArray rawPublic(reinterpret_cast<const char*>(publicKey), 32);
    const QList<QByteArray> forms{Candela::TestData::privateKeyPem(generated, false),
        rawSeed.toBase64(), QByteArray(rawSeed + rawPublic).toBase64()};
    for (const QByteArray& text : forms) {
        const auto key = SigningKey::fromText(text);
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(key->type(), SigningKey::Type::EdDsa);
        const auto token = makeJwt(*key, KeyName, Now,
            JwtRequest{QStringLiteral("POST"), QStringLiteral("/api/v3/brokerage/orders")});
        QVERIFY(token);
        QCOMPARE(part(*token, 0).value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QVERIFY(Candela::Test::jwtSignatureVerifies(*token, key->publicKeyPem()));
    }
    // 64 bytes whose public half is not the seed's: refused.
    QByteArray wrong = QByteArray(rawSeed + rawPublic);
    wrong[40] = char(wrong[40] ^ 1);
    QVERIFY(!SigningKey::fromText(wrong.toBase64()));
    EVP_PKEY_free(generated);
}

void tst_Jwt::webSocketTokenHasNoUri()
{
    EVP_PKEY* generated = EVP_EC_gen("P-256");
    const auto key = SigningKey::fromText(Candela::TestData::privateKeyPem(generated, true));
    QVERIFY(key);
    const auto token = makeJwt(*key, KeyName, Now, std::nullopt);
    QVERIFY(token);
    QVERIFY(!part(*token, 1).contains(QStringLiteral("uri")));
    QVERIFY(Candela::Test::jwtSignatureVerifies(*token, key->publicKeyPem()));
    EVP_PKEY_free(generated);
}

void tst_Jwt::badKeysAreRefusedWithoutShowingThem()
{
    EVP_PKEY* rsa = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    const QByteArray rsaPem = Candela::TestData::privateKeyPem(rsa, false);
    EVP_PKEY_free(rsa);
    EVP_PKEY* p384 = EVP_EC_gen("P-384");
    const QByteArray p384Pem = Candela::TestData::privateKeyPem(p384, true);
    EVP_PKEY_free(p384);
    const QByteArray broken
        = "-----BEGIN EC PRIVATE KEY-----\nnot a key\n-----END EC PRIVATE KEY-----\n";
    for (const QByteArray& text : {rsaPem, p384Pem, broken, QByteArray("c2hvcnQ="), QByteArray()}) {
        const auto key = SigningKey::fromText(text);
        QVERIFY(!key);
        QVERIFY(key.error().message.startsWith(QLatin1String("unusable API key:")));
        QVERIFY(text.size() < 20
            || !key.error().message.contains(QString::fromLatin1(text.mid(30, 20))));
    }
    QVERIFY(SigningKey::fromText(p384Pem).error().message.contains(QLatin1String("P-256")));
}

QTEST_GUILESS_MAIN(tst_Jwt)
#include "tst_jwt.moc"
