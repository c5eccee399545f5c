#pragma once

// Changing an SQLite file behind the back of the code under test (header-only; link Qt6::Sql).

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Candela::Test {

// Runs `sql` on the database file at `path` through a connection of its own, as another program
// would — to break a journal's table the way a failing disk breaks writes, say; false when it
// could not.
inline bool executeBehind(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("behind");
    bool done = false;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        done = other.open() && QSqlQuery(other).exec(sql);
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace Candela::Test
