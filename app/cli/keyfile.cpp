#include "keyfile.h"

#include <QFile>
#include <QTextStream>

namespace Candela::Cli {

std::optional<Core::SigningKey> readKeyFile(
    const QString& path, const QString& command, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "candela-cli " << command << ": cannot read " << file.fileName() << ": "
            << file.errorString() << '\n';
        return std::nullopt;
    }
    auto key = Core::SigningKey::fromText(file.readAll());
    if (!key) {
        err << "candela-cli " << command << ": " << key.error().message << '\n';
        return std::nullopt;
    }
    return std::move(key).value();
}

} // namespace Candela::Cli
