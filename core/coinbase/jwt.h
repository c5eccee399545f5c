#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Candela::Core {

// A Coinbase API private key, held by OpenSSL and never shown: an ECDSA P-256 key (SEC1 PEM
// "EC PRIVATE KEY" or PKCS#8 PEM), signing ES256, or an Ed25519 key (PKCS#8 PEM, or the raw
// base64 of a 32-byte seed or a 64-byte seed‖public key as the CDP portal issues it), signing
// EdDSA. The type is detected from the text (REFERENCE.md §3).
class SigningKey final
{
public:
    enum class Type {
        Es256,
        EdDsa,
    };

    // A clear error for anything else — never the key text itself in the message.
    static Result<SigningKey> fromText(const QByteArray& text);

    Type type() const { return m_type; }
    // The JWS signature of `message`: ES256 as raw R‖S (64 bytes, not DER), EdDSA 64 bytes.
    Result<QByteArray> sign(const QByteArray& message) const;
    // The public half as PEM (for a user checking a key, and for tests verifying tokens).
    QByteArray publicKeyPem() const;

private:
    struct Key;
    SigningKey(std::shared_ptr<Key> key, Type type);

    std::shared_ptr<Key> m_key;
    Type m_type = Type::Es256;
};

// A Coinbase Advanced Trade JWT: header alg/kid/nonce (64 random hex digits)/typ "JWT"; claims
// sub (the key name), iss "cdp", nbf now, exp now + 120 and, for REST, uri
// "METHOD api.coinbase.com/path" (no query string). A WebSocket token has no uri. A fresh token
// per request and per subscribe.
struct JwtRequest
{
    QString method; // "GET", "POST"
    QString path; // "/api/v3/brokerage/accounts"; a query string is dropped
};

// "organizations/{org}/apiKeys/{key}" or a bare key id; empty when fine, else the problem.
QString apiKeyNameProblem(const QString& keyName);

Result<QByteArray> makeJwt(const SigningKey& key, const QString& keyName, qint64 nowSeconds,
    const std::optional<JwtRequest>& request);

} // namespace Candela::Core
