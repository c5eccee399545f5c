#pragma once

// An independent check of Coinbase JWTs for tests and the fake venue: OpenSSL's own signature
// verification on the decoded parts (ES256's raw R‖S turned back into DER), then the claims.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Candela::Test {

struct DecodedJwt
{
    QJsonObject header;
    QJsonObject claims;
};

// The header and claims of a well-formed token (no signature check).
std::optional<DecodedJwt> decodeJwt(const QByteArray& token);

// True when `publicPem` verifies the token's signature (ES256 or EdDSA, from its header).
bool jwtSignatureVerifies(const QByteArray& token, const QByteArray& publicPem);

// Everything a Coinbase token must be for a request: signed by the key, alg ES256 or EdDSA, kid
// and sub the key name, iss "cdp", exp = nbf + 120 and `nowSeconds` within [nbf - 5, exp), a
// nonce, and uri = `expectedUri` (empty: no uri claim, as on the WebSocket). Empty when so, else
// what is wrong.
QString jwtProblem(const QByteArray& token, const QByteArray& publicPem, const QString& keyName,
    const QString& expectedUri, qint64 nowSeconds);

} // namespace Candela::Test
