#pragma once

#include "core/model/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Candela::Core {

// One SQLite connection, owned by the thread that opened it (STYLE.md rule 10: every worker
// opens its own named connection). WAL mode; the schema is brought up to date by running, in
// order, the migration steps newer than the stored `schema_version`.
class Database final
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `migrations[i]` holds the SQL statements that take the schema from version i to i + 1.
    Status open(const QString& path, const QList<QStringList>& migrations);
    void close();
    bool isOpen() const { return m_database.isOpen(); }
    int schemaVersion() const { return m_version; }
    QSqlDatabase& connection() { return m_database; }

private:
    Status migrate(const QList<QStringList>& migrations);

    QString m_connectionName;
    QSqlDatabase m_database;
    int m_version = 0;
};

Error databaseError(const QString& what, const QString& detail);
// The driver's error: DiskFull when SQLite found no space left (SQLITE_FULL), DatabaseError
// otherwise.
Error databaseError(const QString& what, const QSqlError& error);

} // namespace Candela::Core
