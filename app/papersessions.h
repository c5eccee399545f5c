#pragma once

#include <QString>
#include <QStringList>

namespace Candela {

// The named paper sessions: one journal per name in <AppDataLocation>/sessions, so a session
// resumes with its positions, trades and cash after a restart, and sessions never mix.
class PaperSessions final
{
public:
    explicit PaperSessions(QString directory = defaultDirectory());

    static QString defaultDirectory();
    // The sessions on disk, by name, sorted.
    QStringList names() const;
    // The journal of the named session (created when first traded in).
    QString pathFor(const QString& name) const;

private:
    QString m_directory;
};

} // namespace Candela
