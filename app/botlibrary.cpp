#include "botlibrary.h"

#include "core/risk/riskpolicyjson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
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
        if (config) {
            // The risk section is the risk layer's to read: a bot it refuses does not trade.
            if (const auto risk = Core::riskPolicyFor(*config); !risk) {
                library.problems.append(QStringLiteral("%1: %2").arg(path, risk.error().message));
                continue;
            }
            library.bots.push_back(std::move(config).value());
            library.files.append(path);
        } else {
            library.problems.append(config.error().message); // names the file itself
        }
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

namespace {

Core::Status writeBot(const QString& path, const Core::BotConfig& config)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit())
        return Core::Error{Core::ErrorCode::IoError,
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return Core::success();
}

// A file name from the bot's name ("BTC Scalper" → btc_scalper.json), not taken yet.
QString freshPath(const QDir& directory, const QString& name)
{
    QString stem;
    for (const QChar c : name.toLower())
        stem.append(c.isLetterOrNumber() ? c : QLatin1Char('_'));
    if (stem.isEmpty())
        stem = QStringLiteral("bot");
    QString path = directory.filePath(stem + QStringLiteral(".json"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = directory.filePath(QStringLiteral("%1_%2.json").arg(stem).arg(n));
    return path;
}

// The shipped examples become the trader's files on the first change.
Core::Status adoptExamples(BotLibrary& library, const QDir& directory)
{
    if (!QDir().mkpath(directory.path()))
        return Core::Error{
            Core::ErrorCode::IoError, QStringLiteral("cannot create %1").arg(directory.path())};
    QStringList files = library.files;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!files[i].startsWith(QLatin1Char(':')))
            continue;
        files[i] = freshPath(directory, library.bots[size_t(i)].name);
        if (auto written = writeBot(files[i], library.bots[size_t(i)]); !written)
            return written;
    }
    library.files = files;
    return Core::success();
}

qsizetype indexOf(const BotLibrary& library, const QString& name)
{
    for (size_t i = 0; i < library.bots.size(); ++i) {
        if (library.bots[i].name == name)
            return qsizetype(i);
    }
    return -1;
}

} // namespace

Core::Status saveBot(BotLibrary& library, const QString& directory, const Core::BotConfig& config,
    const QString& previousName)
{
    const QDir dir(directory);
    if (auto adopted = adoptExamples(library, dir); !adopted)
        return adopted;
    const qsizetype index = previousName.isEmpty() ? -1 : indexOf(library, previousName);
    const QString path = index >= 0 ? library.files[index] : freshPath(dir, config.name);
    if (auto written = writeBot(path, config); !written)
        return written;
    if (index >= 0) {
        library.bots[size_t(index)] = config;
    } else {
        library.bots.push_back(config);
        library.files.append(path);
    }
    return Core::success();
}

Core::Status deleteBot(BotLibrary& library, const QString& directory, const QString& name)
{
    if (auto adopted = adoptExamples(library, QDir(directory)); !adopted)
        return adopted;
    const qsizetype index = indexOf(library, name);
    if (index < 0)
        return Core::Error{Core::ErrorCode::InvalidArgument, QStringLiteral("no bot %1").arg(name)};
    if (!QFile::remove(library.files[index]))
        return Core::Error{
            Core::ErrorCode::IoError, QStringLiteral("cannot remove %1").arg(library.files[index])};
    library.bots.erase(library.bots.begin() + index);
    library.files.removeAt(index);
    return Core::success();
}

QString defaultBotDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("bots"));
}

} // namespace Candela
