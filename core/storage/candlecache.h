#pragma once

#include "database.h"

#include "core/model/candle.h"

#include <optional>
#include <utility>
#include <vector>

namespace Candela::Core {

// Candle history on disk (SQLite), so a restart or a chart scrolled back does not refetch
// what was already downloaded. Keyed by product, bucket length in seconds and bucket start;
// prices and volumes are stored as exact decimal text. Used from one thread.
class CandleCache final
{
public:
    Status open(const QString& path);

    // Inserts or replaces the buckets in one transaction.
    Status store(
        const QString& productId, qint64 bucketSeconds, const std::vector<Candle>& candles);
    // Buckets starting in [from, to), oldest first.
    Result<std::vector<Candle>> load(
        const QString& productId, qint64 bucketSeconds, Timestamp from, Timestamp to);
    // Stores the candles of a download that asked for [from, to) and got all of them, and notes
    // the range as fetched, in one transaction.
    Status storeFetched(const QString& productId, qint64 bucketSeconds,
        const std::vector<Candle>& candles, Timestamp from, Timestamp to);
    // Whether one download already covered all of [from, to).
    Result<bool> wasFetched(
        const QString& productId, qint64 bucketSeconds, Timestamp from, Timestamp to);
    // Start of the newest stored bucket, to resume a backfill from there.
    Result<std::optional<Timestamp>> latestStart(const QString& productId, qint64 bucketSeconds);

private:
    Status storeRange(const QString& productId, qint64 bucketSeconds,
        const std::vector<Candle>& candles, std::optional<std::pair<Timestamp, Timestamp>> fetched);

    Database m_database;
};

} // namespace Candela::Core
