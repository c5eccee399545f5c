// An API key file or pasted secret (REFERENCE.md §3): PEM EC keys and base64 Ed25519 seeds. A
// key accepted signs; anything else is an error that never quotes the secret.

#include "fuzzsupport.h"

#include "core/coinbase/jwt.h"

using namespace Candela::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text = Candela::Fuzz::bytes(data, size);
    const auto key = SigningKey::fromText(text);
    if (!key) {
        const QByteArray message = key.error().message.toUtf8();
        Candela::Fuzz::check(
            text.trimmed().size() < 16 || !message.contains(text.trimmed()), "no secret in errors");
        return 0;
    }
    const auto signature = key->sign(QByteArrayLiteral("header.payload"));
    Candela::Fuzz::check(bool(signature) && signature->size() == 64, "an accepted key signs");
    return 0;
}
