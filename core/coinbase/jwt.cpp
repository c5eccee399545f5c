#include "jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

namespace Candela::Core {

struct SigningKey::Key
{
    explicit Key(EVP_PKEY* key)
        : pkey(key)
    { }
    ~Key() { EVP_PKEY_free(pkey); }
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    EVP_PKEY* pkey;
};

namespace {

Error keyError(const QString& why)
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("unusable API key: %1").arg(why)};
}

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The Ed25519 key of a raw seed (32 bytes) or seed‖public key (64 bytes, the public half
// checked against the seed).
EVP_PKEY* ed25519FromRaw(const QByteArray& raw)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(raw.constData()), 32);
    if (!key || raw.size() == 32)
        return key;
    unsigned char publicKey[32];
    size_t length = sizeof publicKey;
    if (EVP_PKEY_get_raw_public_key(key, publicKey, &length) != 1 || length != 32
        || QByteArray(reinterpret_cast<const char*>(publicKey), 32) != raw.mid(32)) {
        EVP_PKEY_free(key);
        return nullptr;
    }
    return key;
}

} // namespace

SigningKey::SigningKey(std::shared_ptr<Key> key, Type type)
    : m_key(std::move(key))
    , m_type(type)
{ }

Result<SigningKey> SigningKey::fromText(const QByteArray& text)
{
    // Keys pasted from JSON often carry literal "\n" for the line breaks.
    QByteArray pem = text.trimmed();
    pem.replace("\\n", "\n");
    EVP_PKEY* key = nullptr;
    if (pem.startsWith("-----BEGIN")) {
        BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        key = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(bio);
        if (!key)
            return keyError(QStringLiteral("the PEM text is not a private key OpenSSL can read"));
    } else {
        const auto decoded
            = QByteArray::fromBase64Encoding(pem, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || (decoded.decoded.size() != 32 && decoded.decoded.size() != 64))
            return keyError(QStringLiteral(
                "expected a PEM private key, or the base64 of a 32- or 64-byte Ed25519 key"));
        key = ed25519FromRaw(decoded.decoded);
        if (!key)
            return keyError(QStringLiteral("the 64-byte Ed25519 key's public half does not match "
                                           "its seed"));
    }
    auto held = std::make_shared<Key>(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_ED25519:
        return SigningKey(held, Type::EdDsa);
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1
            || QByteArray(group) != "prime256v1")
            return keyError(QStringLiteral("an EC key must be on the P-256 curve (ES256), not %1")
                                .arg(QString::fromLatin1(group)));
        return SigningKey(held, Type::Es256);
    }
    default:
        return keyError(QStringLiteral("only ECDSA P-256 and Ed25519 keys sign Coinbase requests"));
    }
}

Result<QByteArray> SigningKey::sign(const QByteArray& message) const
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    if (!context)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("cannot sign: out of memory")};
    const EVP_MD* digest = m_type == Type::Es256 ? EVP_sha256() : nullptr;
    size_t length = 0;
    QByteArray signature;
    const auto* data = reinterpret_cast<const unsigned char*>(message.constData());
    bool ok = EVP_DigestSignInit(context, nullptr, digest, nullptr, m_key->pkey) == 1
        && EVP_DigestSign(context, nullptr, &length, data, size_t(message.size())) == 1;
    if (ok) {
        signature.resize(qsizetype(length));
        ok = EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                 data, size_t(message.size()))
            == 1;
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    if (!ok)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("OpenSSL could not sign")};
    if (m_type == Type::EdDsa)
        return signature;
    // ES256: JWS wants R‖S, 32 bytes each, where OpenSSL gives DER.
    const auto* der = reinterpret_cast<const unsigned char*>(signature.constData());
    ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
    if (!parsed)
        return Error{
            ErrorCode::InvalidArgument, QStringLiteral("OpenSSL gave an unreadable signature")};
    QByteArray raw(64, '\0');
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    ok = BN_bn2binpad(ECDSA_SIG_get0_r(parsed), out, 32) == 32
        && BN_bn2binpad(ECDSA_SIG_get0_s(parsed), out + 32, 32) == 32;
    ECDSA_SIG_free(parsed);
    if (!ok)
        return Error{
            ErrorCode::InvalidArgument, QStringLiteral("an ECDSA signature part is too long")};
    return raw;
}

QByteArray SigningKey::publicKeyPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_PUBKEY(bio, m_key->pkey) == 1) {
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, qsizetype(length));
    }
    BIO_free(bio);
    return pem;
}

QString apiKeyNameProblem(const QString& keyName)
{
    static const QRegularExpression full(
        QStringLiteral(R"(^organizations/[A-Za-z0-9_-]+/apiKeys/[A-Za-z0-9_-]+$)"));
    static const QRegularExpression bare(QStringLiteral(R"(^[A-Za-z0-9_-]{8,}$)"));
    const QString name = keyName.trimmed();
    if (full.match(name).hasMatch() || bare.match(name).hasMatch())
        return {};
    return QStringLiteral(
        "The key name must look like organizations/{org}/apiKeys/{key}, or be the key's id.");
}

Result<QByteArray> makeJwt(const SigningKey& key, const QString& keyName, qint64 nowSeconds,
    const std::optional<JwtRequest>& request)
{
    unsigned char nonce[32];
    if (RAND_bytes(nonce, sizeof nonce) != 1)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no randomness for the nonce")};
    const QJsonObject header{
        {QStringLiteral("alg"),
            key.type() == SigningKey::Type::Es256 ? QStringLiteral("ES256")
                                                  : QStringLiteral("EdDSA")},
        {QStringLiteral("kid"), keyName},
        {QStringLiteral("nonce"),
            QString::fromLatin1(
                QByteArray(reinterpret_cast<const char*>(nonce), sizeof nonce).toHex())},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
    };
    QJsonObject claims{
        {QStringLiteral("sub"), keyName},
        {QStringLiteral("iss"), QStringLiteral("cdp")},
        {QStringLiteral("nbf"), nowSeconds},
        {QStringLiteral("exp"), nowSeconds + 120},
    };
    if (request) {
        const QString path = request->path.section(QLatin1Char('?'), 0, 0);
        claims.insert(QStringLiteral("uri"),
            QStringLiteral("%1 api.coinbase.com%2").arg(request->method.toUpper(), path));
    }
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = key.sign(signingInput);
    if (!signature)
        return signature.error();
    return QByteArray(signingInput + '.' + base64Url(*signature));
}

} // namespace Candela::Core
