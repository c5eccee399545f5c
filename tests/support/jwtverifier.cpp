#include "jwtverifier.h"

#include <QJsonDocument>
#include <QList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace Candela::Test {

std::optional<DecodedJwt> decodeJwt(const QByteArray& token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto object = [&](int index) {
        return QJsonDocument::fromJson(
            QByteArray::fromBase64(parts[index], QByteArray::Base64UrlEncoding))
            .object();
    };
    DecodedJwt decoded{object(0), object(1)};
    if (decoded.header.isEmpty() || decoded.claims.isEmpty())
        return std::nullopt;
    return decoded;
}

bool jwtSignatureVerifies(const QByteArray& token, const QByteArray& publicPem)
{
    const auto decoded = decodeJwt(token);
    if (!decoded)
        return false;
    const bool es256
        = decoded->header.value(QStringLiteral("alg")).toString() == QLatin1String("ES256");
    const QList<QByteArray> parts = token.split('.');
    const QByteArray input = QByteArray(parts[0] + '.' + parts[1]);
    QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    if (es256) {
        if (signature.size() != 64)
            return false;
        ECDSA_SIG* sig = ECDSA_SIG_new();
        const auto* raw = reinterpret_cast<const unsigned char*>(signature.constData());
        ECDSA_SIG_set0(sig, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
        unsigned char* der = nullptr;
        const int length = i2d_ECDSA_SIG(sig, &der);
        signature = QByteArray(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
        ECDSA_SIG_free(sig);
    }
    BIO* bio = BIO_new_mem_buf(publicPem.constData(), int(publicPem.size()));
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool ok = key
        && EVP_DigestVerifyInit(context, nullptr, es256 ? EVP_sha256() : nullptr, nullptr, key) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char*>(input.constData()),
               size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    return ok;
}

QString jwtProblem(const QByteArray& token, const QByteArray& publicPem, const QString& keyName,
    const QString& expectedUri, qint64 nowSeconds)
{
    const auto decoded = decodeJwt(token);
    if (!decoded)
        return QStringLiteral("not a JWT");
    if (!jwtSignatureVerifies(token, publicPem))
        return QStringLiteral("bad signature");
    const QJsonObject& header = decoded->header;
    const QJsonObject& claims = decoded->claims;
    const QString alg = header.value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("ES256") && alg != QLatin1String("EdDSA"))
        return QStringLiteral("alg ") + alg;
    if (header.value(QStringLiteral("kid")).toString() != keyName)
        return QStringLiteral("kid is not the key name");
    if (header.value(QStringLiteral("nonce")).toString().isEmpty())
        return QStringLiteral("no nonce");
    if (claims.value(QStringLiteral("sub")).toString() != keyName)
        return QStringLiteral("sub is not the key name");
    if (claims.value(QStringLiteral("iss")).toString() != QLatin1String("cdp"))
        return QStringLiteral("iss is not cdp");
    const qint64 nbf = claims.value(QStringLiteral("nbf")).toInteger();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    if (exp - nbf != 120)
        return QStringLiteral("lifetime is not 120 s");
    if (nowSeconds < nbf - 5 || nowSeconds >= exp)
        return QStringLiteral("expired or not yet valid");
    const bool hasUri = claims.contains(QStringLiteral("uri"));
    if (expectedUri.isEmpty() ? hasUri
                              : claims.value(QStringLiteral("uri")).toString() != expectedUri)
        return QStringLiteral("uri is \"%1\", expected \"%2\"")
            .arg(claims.value(QStringLiteral("uri")).toString(), expectedUri);
    return {};
}

} // namespace Candela::Test
