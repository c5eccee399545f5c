#include "botfiles.h"

#include "core/risk/riskpolicyjson.h"

#include <QDir>

namespace Candela::Cli {

using namespace Candela::Core;

Result<std::vector<BotConfig>> readBotFiles(const QStringList& files, const QStringList& folders)
{
    QStringList paths = files;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            return Error{ErrorCode::IoError, QStringLiteral("%1: no such folder").arg(folder)};
        for (const QString& name :
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
    }
    std::vector<BotConfig> bots;
    for (const QString& path : std::as_const(paths)) {
        auto config = BotConfig::fromFile(path);
        if (!config)
            return config.error();
        if (const auto risk = riskPolicyFor(*config); !risk)
            return Error{
                risk.error().code, QStringLiteral("%1: %2").arg(path, risk.error().message)};
        bots.push_back(std::move(*config));
    }
    return bots;
}

} // namespace Candela::Cli
