#include "journalstore.h"

#include "journalcodes.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Candela::Core {

namespace {

const QList<QStringList> Migrations{
    {
        QStringLiteral(
            "CREATE TABLE orders (client_order_id TEXT PRIMARY KEY, venue_order_id TEXT, "
            "bot TEXT NOT NULL, product TEXT NOT NULL, side TEXT NOT NULL, type INTEGER NOT NULL, "
            "time_in_force INTEGER NOT NULL, post_only INTEGER NOT NULL, quantity TEXT NOT NULL, "
            "limit_price TEXT, stop_price TEXT, filled TEXT NOT NULL, average_price TEXT NOT NULL, "
            "fees TEXT NOT NULL, status INTEGER NOT NULL, created_us INTEGER NOT NULL, "
            "updated_us INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE fills (client_order_id TEXT NOT NULL, trade_id TEXT NOT NULL, "
            "venue_order_id TEXT, bot TEXT NOT NULL, product TEXT NOT NULL, side TEXT NOT NULL, "
            "price TEXT NOT NULL, size TEXT NOT NULL, fee TEXT NOT NULL, maker INTEGER NOT NULL, "
            "time_us INTEGER NOT NULL, PRIMARY KEY (client_order_id, trade_id))"),
        QStringLiteral(
            "CREATE TABLE closed_trades (bot TEXT NOT NULL, id INTEGER NOT NULL, product TEXT NOT "
            "NULL, "
            "side TEXT NOT NULL, entry_us INTEGER NOT NULL, entry_price TEXT NOT NULL, "
            "exit_us INTEGER NOT NULL, exit_price TEXT NOT NULL, quantity TEXT NOT NULL, "
            "fees TEXT NOT NULL, pnl TEXT NOT NULL, r_multiple REAL, exit_reason INTEGER NOT NULL, "
            "PRIMARY KEY (bot, id))"),
        QStringLiteral(
            "CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, time_us INTEGER NOT NULL, "
            "kind TEXT NOT NULL, bot TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    },
    // Version 2: the account's equity over time (cash + positions at mark), for the equity curve
    // after a restart.
    {
        QStringLiteral("CREATE TABLE equity_snapshots (time_us INTEGER PRIMARY KEY, "
                       "equity TEXT NOT NULL, cash TEXT NOT NULL)"),
    }};

qint64 micros(Timestamp time)
{
    return time.time_since_epoch().count();
}

Timestamp fromMicros(qint64 value)
{
    return Timestamp(std::chrono::microseconds(value));
}

// Text columns are NOT NULL: a null QString is stored as the empty string.
QVariant text(const QString& value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}

QVariant optionalDecimal(const std::optional<Decimal>& value)
{
    return value ? QVariant(value->toString()) : QVariant();
}

// Decimals read back must parse: a damaged row is an error, never a made-up number.
class Reader final
{
public:
    explicit Reader(const QSqlQuery& query)
        : m_query(query)
    { }
    Decimal decimal(int column)
    {
        auto value = Decimal::fromString(m_query.value(column).toString());
        if (value)
            return *value;
        if (!m_error)
            m_error = value.error();
        return {}; // never used: the row is refused
    }
    std::optional<Decimal> optional(int column)
    {
        if (m_query.value(column).isNull())
            return std::nullopt;
        return decimal(column);
    }
    Side side(int column)
    {
        const QString text = m_query.value(column).toString();
        const auto side = parseSide(text);
        if (!side && !m_error)
            m_error = makeError(
                ErrorCode::ParseError, QStringLiteral("unreadable side '%1'").arg(text));
        return side ? *side : Side::Buy; // Buy never used: the row is refused
    }
    // A pinned enum code (journalcodes.h); a code that names no value refuses the row.
    template<typename Enum>
    Enum code(int column, std::optional<Enum> (*decode)(int), Enum unused)
    {
        bool numeric = false;
        const int stored = m_query.value(column).toInt(&numeric);
        const std::optional<Enum> value = numeric ? decode(stored) : std::nullopt;
        if (!value && !m_error)
            m_error = makeError(ErrorCode::ParseError,
                QStringLiteral("unknown code '%1' in column %2")
                    .arg(m_query.value(column).toString())
                    .arg(column));
        return value.value_or(unused);
    }
    const std::optional<Error>& error() const { return m_error; }

private:
    const QSqlQuery& m_query;
    std::optional<Error> m_error;
};

Status run(QSqlQuery& query, const char* what)
{
    if (!query.exec())
        return databaseError(QLatin1String(what), query.lastError());
    return success();
}

} // namespace

Status JournalStore::open(const QString& path)
{
    return m_database.open(path, Migrations);
}

Status JournalStore::begin()
{
    if (!m_database.connection().transaction())
        return databaseError(QStringLiteral("begin"), m_database.connection().lastError());
    return success();
}

Status JournalStore::commit()
{
    // COMMIT as a query of its own: QSqlDatabase::commit() drops SQLite's result code, and a full
    // disk must be told from other failures (the engine halts saying the disk is full; T11).
    QSqlQuery commit(m_database.connection());
    if (!commit.exec(QStringLiteral("COMMIT")))
        return databaseError(QStringLiteral("commit"), commit.lastError());
    return success();
}

void JournalStore::rollback()
{
    m_database.connection().rollback();
}

Status JournalStore::recordOrder(const Order& o)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO orders VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& value : {text(o.clientOrderId), text(o.venueOrderId), text(o.botId),
             text(o.productId), QVariant(sideToString(o.side)), QVariant(journalCode(o.type)),
             QVariant(journalCode(o.timeInForce)), QVariant(o.postOnly),
             QVariant(o.quantity.toString()), optionalDecimal(o.limitPrice),
             optionalDecimal(o.stopPrice), QVariant(o.filledQuantity.toString()),
             QVariant(o.averageFillPrice.toString()), QVariant(o.fees.toString()),
             QVariant(journalCode(o.status)), QVariant(micros(o.createdAt)),
             QVariant(micros(o.updatedAt))})
        q.addBindValue(value);
    return run(q, "record order");
}

Result<bool> JournalStore::recordFill(const Fill& f, const QString& botId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO fills VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& value : {text(f.clientOrderId), text(f.tradeId), text(f.venueOrderId),
             text(botId), text(f.productId), QVariant(sideToString(f.side)),
             QVariant(f.price.toString()), QVariant(f.size.toString()), QVariant(f.fee.toString()),
             QVariant(f.liquidity == Liquidity::Maker), QVariant(micros(f.time))})
        q.addBindValue(value);
    if (auto status = run(q, "record fill"); !status)
        return status.error();
    return q.numRowsAffected() > 0;
}

Status JournalStore::recordClosedTrade(const ClosedTrade& t)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO closed_trades VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& value :
        {text(t.botId), QVariant(t.id), text(t.productId), QVariant(sideToString(t.side)),
            QVariant(micros(t.entryTime)), QVariant(t.entryPrice.toString()),
            QVariant(micros(t.exitTime)), QVariant(t.exitPrice.toString()),
            QVariant(t.quantity.toString()), QVariant(t.fees.toString()),
            QVariant(t.pnl.toString()), t.rMultiple ? QVariant(*t.rMultiple) : QVariant(),
            QVariant(journalCode(t.exitReason))})
        q.addBindValue(value);
    return run(q, "record closed trade");
}

Status JournalStore::recordAudit(const AuditEntry& e)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit (time_us, kind, bot, detail) VALUES (?,?,?,?)"));
    q.addBindValue(micros(e.time));
    q.addBindValue(text(e.kind));
    q.addBindValue(text(e.botId));
    q.addBindValue(text(e.detail));
    return run(q, "record audit");
}

Status JournalStore::recordEquity(const EquitySnapshot& snapshot)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO equity_snapshots VALUES (?,?,?)"));
    q.addBindValue(micros(snapshot.time));
    q.addBindValue(snapshot.equity.toString());
    q.addBindValue(snapshot.cash.toString());
    return run(q, "record equity");
}

Result<std::vector<EquitySnapshot>> JournalStore::loadEquity()
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT time_us, equity, cash FROM equity_snapshots ORDER BY time_us"));
    if (auto status = run(q, "load equity"); !status)
        return status.error();
    std::vector<EquitySnapshot> snapshots;
    while (q.next()) {
        Reader r(q);
        EquitySnapshot snapshot{fromMicros(q.value(0).toLongLong()), r.decimal(1), r.decimal(2)};
        if (r.error())
            return *r.error();
        snapshots.push_back(snapshot);
    }
    return snapshots;
}

Status JournalStore::setState(const QString& key, const QString& value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO state VALUES (?,?)"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString binds as NULL
    return run(q, "set state");
}

Result<std::vector<Order>> JournalStore::loadOrders()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM orders ORDER BY created_us, client_order_id"));
    if (auto status = run(q, "load orders"); !status)
        return status.error();
    std::vector<Order> orders;
    while (q.next()) {
        Reader r(q);
        Order o;
        o.clientOrderId = q.value(0).toString();
        o.venueOrderId = q.value(1).toString();
        o.botId = q.value(2).toString();
        o.productId = q.value(3).toString();
        o.side = r.side(4);
        o.type = r.code(5, orderTypeFromJournal, OrderType::Market);
        o.timeInForce = r.code(6, timeInForceFromJournal, TimeInForce::ImmediateOrCancel);
        o.postOnly = q.value(7).toBool();
        o.quantity = r.decimal(8);
        o.limitPrice = r.optional(9);
        o.stopPrice = r.optional(10);
        o.filledQuantity = r.decimal(11);
        o.averageFillPrice = r.decimal(12);
        o.fees = r.decimal(13);
        o.status = r.code(14, orderStatusFromJournal, OrderStatus::Rejected);
        o.createdAt = fromMicros(q.value(15).toLongLong());
        o.updatedAt = fromMicros(q.value(16).toLongLong());
        if (r.error())
            return *r.error();
        orders.push_back(o);
    }
    return orders;
}

Result<std::vector<Fill>> JournalStore::loadFills()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM fills ORDER BY time_us, rowid"));
    if (auto status = run(q, "load fills"); !status)
        return status.error();
    std::vector<Fill> fills;
    while (q.next()) {
        Reader r(q);
        Fill f;
        f.clientOrderId = q.value(0).toString();
        f.tradeId = q.value(1).toString();
        f.venueOrderId = q.value(2).toString();
        f.productId = q.value(4).toString();
        f.side = r.side(5);
        f.price = r.decimal(6);
        f.size = r.decimal(7);
        f.fee = r.decimal(8);
        f.liquidity = q.value(9).toBool() ? Liquidity::Maker : Liquidity::Taker;
        f.time = fromMicros(q.value(10).toLongLong());
        if (r.error())
            return *r.error();
        fills.push_back(f);
    }
    return fills;
}

Result<std::vector<ClosedTrade>> JournalStore::loadClosedTrades()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM closed_trades ORDER BY exit_us, bot, id"));
    if (auto status = run(q, "load closed trades"); !status)
        return status.error();
    std::vector<ClosedTrade> trades;
    while (q.next()) {
        Reader r(q);
        ClosedTrade t;
        t.botId = q.value(0).toString();
        t.id = q.value(1).toLongLong();
        t.productId = q.value(2).toString();
        t.side = r.side(3);
        t.entryTime = fromMicros(q.value(4).toLongLong());
        t.entryPrice = r.decimal(5);
        t.exitTime = fromMicros(q.value(6).toLongLong());
        t.exitPrice = r.decimal(7);
        t.quantity = r.decimal(8);
        t.fees = r.decimal(9);
        t.pnl = r.decimal(10);
        if (!q.value(11).isNull())
            t.rMultiple = q.value(11).toDouble();
        t.exitReason = r.code(12, exitReasonFromJournal, ExitReason::Manual);
        if (r.error())
            return *r.error();
        trades.push_back(t);
    }
    return trades;
}

Result<std::vector<AuditEntry>> JournalStore::loadAudit()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT time_us, kind, bot, detail FROM audit ORDER BY seq"));
    if (auto status = run(q, "load audit"); !status)
        return status.error();
    std::vector<AuditEntry> entries;
    while (q.next())
        entries.push_back({fromMicros(q.value(0).toLongLong()), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString()});
    return entries;
}

Result<QString> JournalStore::state(const QString& key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM state WHERE key = ?"));
    q.addBindValue(key);
    if (auto status = run(q, "read state"); !status)
        return status.error();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace Candela::Core
