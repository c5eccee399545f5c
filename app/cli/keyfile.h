#pragma once

#include "core/coinbase/jwt.h"

#include <QString>

#include <optional>

class QTextStream;

namespace Candela::Cli {

// The private key of a Coinbase API key from a PEM (or raw Ed25519) file, for the commands that
// sign requests; on failure says why on `err`, prefixed with the command, never with the key.
std::optional<Core::SigningKey> readKeyFile(
    const QString& path, const QString& command, QTextStream& err);

} // namespace Candela::Cli
