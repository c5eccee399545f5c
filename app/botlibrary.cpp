#include "botlibrary.h"

#include <QDir>
#include <QStandardPaths>

namespace Candela {

namespace {
void loadFrom(const QDir& directory, BotLibrary& library)
{
    const QStringList files
        = directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString path = directory.filePath(file);
        auto config = Core::BotConfig::fromFile(path);
        if (config)
            library.bots.push_back(std::move(config).value());
        else
            library.problems.append(QStringLiteral("%1: %2").arg(path, config.error().message));
    }
}
} // namespace

BotLibrary loadBotLibrary(const QString& directory)
{
    BotLibrary library;
    loadFrom(QDir(directory), library);
    if (library.bots.empty() && library.problems.isEmpty())
        loadFrom(QDir(QStringLiteral(":/bots")), library);
    return library;
}

QString defaultBotDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("bots"));
}

} // namespace Candela
