#include "database.h"

#include "core/corelogging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace Candela::Core {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("candela-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status exec(QSqlDatabase& database, const QString& statement)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        return databaseError(statement.left(60), query.lastError());
    return success();
}
} // namespace

Error databaseError(const QString& what, const QString& detail)
{
    return makeError(ErrorCode::DatabaseError, QStringLiteral("%1: %2").arg(what, detail));
}

Error databaseError(const QString& what, const QSqlError& error)
{
    // SQLite's primary result code 13; extended codes keep it in their low byte.
    constexpr int SqliteFull = 13;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (numeric && (code & 0xff) == SqliteFull)
        return makeError(
            ErrorCode::DiskFull, QStringLiteral("%1: disk full (%2)").arg(what, error.text()));
    return databaseError(what, error.text());
}

Database::~Database()
{
    close();
}

Status Database::open(const QString& path, const QList<QStringList>& migrations)
{
    close();
    m_connectionName = nextConnectionName();
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_database.setDatabaseName(path);
    if (!m_database.open()) {
        const Error error = databaseError(QStringLiteral("open ") + path, m_database.lastError());
        close();
        return error;
    }
    // T10: WAL; FULL sync, so that a committed fill survives a power cut and not only a crash;
    // foreign keys on; a writer waits for another connection's lock instead of failing at once.
    for (const QString& pragma :
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000")}) {
        if (auto status = exec(m_database, pragma); !status) {
            close();
            return status;
        }
    }
    // A file system without shared memory (some network mounts) silently keeps the rollback
    // journal: refuse rather than run without the WAL's guarantees.
    QSqlQuery mode(QStringLiteral("PRAGMA journal_mode"), m_database);
    const QString journalMode = mode.next() ? mode.value(0).toString().toLower() : QString();
    mode.finish();
    if (journalMode != QLatin1String("wal") && path != QLatin1String(":memory:")) {
        close();
        return databaseError(QStringLiteral("open ") + path,
            QStringLiteral("the database cannot use write-ahead logging here"));
    }
    if (auto status = migrate(migrations); !status) {
        close();
        return status;
    }
    return success();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Status Database::migrate(const QList<QStringList>& migrations)
{
    if (auto status = exec(m_database,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !status)
        return status;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")))
        return databaseError(QStringLiteral("read schema_version"), query.lastError());
    m_version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    if (m_version > migrations.size())
        return databaseError(QStringLiteral("schema"),
            QStringLiteral("database version %1 is newer than this Candela (%2)")
                .arg(m_version)
                .arg(migrations.size()));
    for (int version = m_version; version < migrations.size(); ++version) {
        if (!m_database.transaction())
            return databaseError(QStringLiteral("begin migration"), m_database.lastError());
        for (const QString& statement : migrations.at(version)) {
            if (auto status = exec(m_database, statement); !status) {
                m_database.rollback();
                return status;
            }
        }
        const QString record = version == 0
            ? QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")
            : QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1);
        if (auto status = exec(m_database, record); !status) {
            m_database.rollback();
            return status;
        }
        if (!m_database.commit())
            return databaseError(QStringLiteral("commit migration"), m_database.lastError());
        m_version = version + 1;
        qCInfo(lcStorage) << "database migrated to schema version" << m_version;
    }
    return success();
}

} // namespace Candela::Core
