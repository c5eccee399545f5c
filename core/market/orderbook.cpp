#include "orderbook.h"

#include "core/model/exactsteps.h"

namespace Candela::Core {

namespace {

template<typename Map>
bool setLevel(Map& side, const BookLevel& level)
{
    if (!level.price.isPositive() || level.quantity.isNegative())
        return false;
    if (level.quantity.isZero())
        side.erase(level.price);
    else
        side.insert_or_assign(level.price, level.quantity);
    return true;
}

template<typename Map>
std::optional<PriceLevel> top(const Map& side)
{
    if (side.empty())
        return std::nullopt;
    return PriceLevel{side.begin()->first, side.begin()->second};
}

template<typename Map>
std::vector<PriceLevel> firstLevels(const Map& side, int count)
{
    std::vector<PriceLevel> levels;
    levels.reserve(size_t(std::max(0, std::min<int>(count, int(side.size())))));
    for (auto it = side.begin(); it != side.end() && int(levels.size()) < count; ++it)
        levels.push_back({it->first, it->second});
    return levels;
}

template<typename Map>
double sizeOfTop(const Map& side, int count)
{
    double total = 0;
    int taken = 0;
    for (auto it = side.begin(); it != side.end() && taken < count; ++it, ++taken)
        total += it->second.toDouble();
    return total;
}

} // namespace

OrderBook::OrderBook(QString productId)
    : m_productId(std::move(productId))
{ }

bool OrderBook::apply(const BookEvent& event)
{
    if (event.snapshot) {
        applySnapshot(event.levels);
        return true;
    }
    bool allApplied = true;
    for (const BookLevel& level : event.levels)
        allApplied = applyUpdate(level) && allApplied;
    return allApplied;
}

void OrderBook::applySnapshot(const std::vector<BookLevel>& levels)
{
    m_bids.clear();
    m_asks.clear();
    m_valid = true;
    for (const BookLevel& level : levels)
        applyUpdate(level);
}

bool OrderBook::applyUpdate(const BookLevel& level)
{
    if (!m_valid)
        return false;
    return level.side == Side::Buy ? setLevel(m_bids, level) : setLevel(m_asks, level);
}

void OrderBook::invalidate()
{
    m_valid = false;
}

bool OrderBook::isCrossed() const
{
    return !m_bids.empty() && !m_asks.empty() && m_bids.begin()->first >= m_asks.begin()->first;
}

std::optional<PriceLevel> OrderBook::bestBid() const
{
    return top(m_bids);
}

std::optional<PriceLevel> OrderBook::bestAsk() const
{
    return top(m_asks);
}

Decimal OrderBook::sizeAt(Side side, const Decimal& price) const
{
    if (side == Side::Buy) {
        const auto level = m_bids.find(price);
        return level == m_bids.end() ? Decimal{} : level->second;
    }
    const auto level = m_asks.find(price);
    return level == m_asks.end() ? Decimal{} : level->second;
}

std::optional<Decimal> OrderBook::spread() const
{
    if (m_bids.empty() || m_asks.empty())
        return std::nullopt;
    // both prices positive: in range (negative when the book is crossed)
    return remainderOf(m_asks.begin()->first, m_bids.begin()->first);
}

std::vector<PriceLevel> OrderBook::depth(Side side, int levels) const
{
    return side == Side::Buy ? firstLevels(m_bids, levels) : firstLevels(m_asks, levels);
}

double OrderBook::imbalance(int levels) const
{
    const double bids = sizeOfTop(m_bids, levels);
    const double asks = sizeOfTop(m_asks, levels);
    const double total = bids + asks;
    return total > 0 ? (bids - asks) / total : 0.0;
}

} // namespace Candela::Core
