#include "core/storage/papersessions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;

// One journal per named session, listed by name.
class tst_PaperSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheJournalsByName()
    {
        QTemporaryDir dir;
        const PaperSessions sessions(dir.filePath(QStringLiteral("sessions")));
        QVERIFY(sessions.names().isEmpty());
        const QString path = sessions.pathFor(QStringLiteral("Scalping July"));
        QCOMPARE(path, dir.filePath(QStringLiteral("sessions/Scalping July.sqlite")));
        for (const QString& file : {path, sessions.pathFor(QStringLiteral("Default")),
                 dir.filePath(QStringLiteral("sessions/notes.txt"))}) {
            QFile touch(file);
            QVERIFY(touch.open(QIODevice::WriteOnly));
        }
        QCOMPARE(sessions.names(),
            (QStringList{QStringLiteral("Default"), QStringLiteral("Scalping July")}));
    }
};

QTEST_GUILESS_MAIN(tst_PaperSessions)
#include "tst_papersessions.moc"
