#include "papersessions.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Candela::Core {

namespace {
const QString Suffix = QStringLiteral(".sqlite");
}

PaperSessions::PaperSessions(QString directory)
    : m_directory(std::move(directory))
{ }

QString PaperSessions::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sessions"));
}

bool PaperSessions::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w\\- ]{1,40}$"));
    return pattern.match(name).hasMatch() && !name.trimmed().isEmpty();
}

QStringList PaperSessions::names() const
{
    QStringList names;
    const QStringList files
        = QDir(m_directory).entryList({QLatin1Char('*') + Suffix}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        names.append(file.chopped(Suffix.size()));
    return names;
}

QString PaperSessions::pathFor(const QString& name) const
{
    QDir().mkpath(m_directory);
    return QDir(m_directory).filePath(name + Suffix);
}

} // namespace Candela::Core
