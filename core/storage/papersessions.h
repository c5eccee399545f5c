#pragma once

#include <QString>
#include <QStringList>

namespace Candela::Core {

// The named paper sessions: one journal per name in <data folder>/sessions, so a session resumes
// with its positions, trades and cash after a restart, and sessions never mix. The window and
// `candela-cli run` share the folder.
class PaperSessions final
{
public:
    explicit PaperSessions(QString directory = defaultDirectory());

    // <AppDataLocation>/sessions of the running application.
    static QString defaultDirectory();
    // Letters, digits, spaces, '-' or '_', up to 40: a name that is also a file name anywhere.
    static bool isValidName(const QString& name);
    // The sessions on disk, by name, sorted.
    QStringList names() const;
    // The journal of the named session (created when first traded in).
    QString pathFor(const QString& name) const;

private:
    QString m_directory;
};

} // namespace Candela::Core
