#pragma once

#include "database.h"

#include "core/model/closedtrade.h"
#include "core/model/fill.h"
#include "core/model/order.h"

#include <vector>

namespace Candela::Core {

// An audit-log line: what the trader must be able to read back (fills, denials, disconnects,
// kill-switch changes).
struct AuditEntry
{
    Timestamp time;
    QString kind; // "fill", "denial", "kill_switch", "disconnect", …
    QString botId;
    QString detail;
};

// The whole account's equity (cash + open positions at mark) and its cash at one moment.
struct EquitySnapshot
{
    Timestamp time;
    Decimal equity;
    Decimal cash;
};

// The trading journal in SQLite (one file per mode: paper and live never share one). Orders are
// keyed by client_order_id, fills are unique on (order, venue trade id) so a fill seen twice is
// stored once, and money is stored as exact decimal text. Used from one thread — the
// JournalWriter's — inside its batched transactions.
class JournalStore final
{
public:
    Status open(const QString& path);

    Status begin();
    Status commit();
    void rollback();

    Status recordOrder(const Order& order);
    // False when the fill was already stored (a duplicate), true when it is new.
    Result<bool> recordFill(const Fill& fill, const QString& botId);
    Status recordClosedTrade(const ClosedTrade& trade);
    Status recordAudit(const AuditEntry& entry);
    Status setState(const QString& key, const QString& value); // kill switch, replay position, …
    Status recordEquity(const EquitySnapshot& snapshot); // one per time; a later one replaces it

    Result<std::vector<Order>> loadOrders();
    Result<std::vector<Fill>> loadFills();
    Result<std::vector<ClosedTrade>> loadClosedTrades();
    Result<std::vector<AuditEntry>> loadAudit();
    Result<std::vector<EquitySnapshot>> loadEquity(); // oldest first
    Result<QString> state(const QString& key);

private:
    Database m_database;
};

} // namespace Candela::Core
