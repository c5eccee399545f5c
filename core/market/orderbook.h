#pragma once

#include "marketevent.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace Candela::Core {

struct PriceLevel
{
    Decimal price;
    Decimal quantity;
};

// An L2 order book in exact decimals: price → absolute quantity per side. Snapshots replace the
// book; updates set a level's new absolute size (zero removes it). Top of book is O(1), an
// update O(log n). A book that was never snapshotted, or was invalidated after a sequence gap,
// is not valid until the next snapshot.
class OrderBook final
{
public:
    explicit OrderBook(QString productId = {});

    const QString& productId() const { return m_productId; }

    // Applies a decoded level2 event for this book's product. Returns false for a level with
    // a negative size or a non-positive price (ignored) or an update to an invalid book.
    bool apply(const BookEvent& event);
    void applySnapshot(const std::vector<BookLevel>& levels);
    bool applyUpdate(const BookLevel& level);

    void invalidate();
    bool isValid() const { return m_valid; }
    // Best bid at or above best ask: the book cannot be trusted and needs a fresh snapshot.
    bool isCrossed() const;

    std::optional<PriceLevel> bestBid() const;
    std::optional<PriceLevel> bestAsk() const;
    std::optional<Decimal> spread() const;
    // What rests at `price` on one side (zero: no level there).
    Decimal sizeAt(Side side, const Decimal& price) const;
    // Up to `levels` levels of one side, best first.
    std::vector<PriceLevel> depth(Side side, int levels) const;
    // (bid size - ask size) / (bid size + ask size) over the top `levels` of each side, in
    // [-1, +1]; 0 for an empty book. A display/signal figure, hence double.
    double imbalance(int levels) const;

    size_t bidLevelCount() const { return m_bids.size(); }
    size_t askLevelCount() const { return m_asks.size(); }

private:
    QString m_productId;
    std::map<Decimal, Decimal, std::greater<>> m_bids;
    std::map<Decimal, Decimal, std::less<>> m_asks;
    bool m_valid = false;
};

} // namespace Candela::Core
