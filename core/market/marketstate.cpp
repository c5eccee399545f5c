#include "marketstate.h"

#include "core/corelogging.h"

#include <algorithm>

namespace Candela::Core {

namespace {
size_t indexOf(Timeframe timeframe)
{
    return size_t(
        std::find(AllTimeframes.begin(), AllTimeframes.end(), timeframe) - AllTimeframes.begin());
}
} // namespace

MarketState::MarketState(size_t candlesPerSeries)
    : m_candlesPerSeries(candlesPerSeries)
{ }

QStringList MarketState::apply(const MarketMessage& message)
{
    QStringList crossed;
    for (const MarketEvent& event : message.events) {
        if (const auto* bookEvent = std::get_if<BookEvent>(&event)) {
            auto it = m_books.find(bookEvent->productId);
            if (it == m_books.end())
                it = m_books.insert(bookEvent->productId, OrderBook(bookEvent->productId));
            const bool wasValid = it->isValid() || bookEvent->snapshot;
            const bool applied = it->apply(*bookEvent);
            // A crossed book, or a level no exchange would send (negative size, price <= 0),
            // means the book cannot be trusted: drop it until a fresh snapshot.
            if (wasValid && (!applied || it->isCrossed())) {
                qCWarning(lcMarket).noquote()
                    << bookEvent->productId << (applied ? "book crossed" : "impossible book level")
                    << "; resyncing";
                it->invalidate();
                crossed.append(bookEvent->productId);
            }
        } else if (const auto* trades = std::get_if<TradesEvent>(&event)) {
            applyTrades(*trades);
        } else if (const auto* candles = std::get_if<CandlesEvent>(&event)) {
            applyCandles(*candles);
        } else if (const auto* ticker = std::get_if<TickerEvent>(&event)) {
            m_tickers.insert(ticker->productId, *ticker);
        }
    }
    return crossed;
}

void MarketState::invalidateBooks(const QStringList& productIds)
{
    for (const QString& product : productIds) {
        if (auto it = m_books.find(product); it != m_books.end())
            it->invalidate();
    }
}

void MarketState::mergeCandles(
    const QString& productId, Timeframe timeframe, const std::vector<Candle>& candles)
{
    seriesFor(productId)[indexOf(timeframe)].merge(candles);
}

const OrderBook* MarketState::book(const QString& productId) const
{
    const auto it = m_books.constFind(productId);
    return it == m_books.constEnd() ? nullptr : &*it;
}

const CandleSeries* MarketState::series(const QString& productId, Timeframe timeframe) const
{
    const auto it = m_series.constFind(productId);
    return it == m_series.constEnd() ? nullptr : &(*it)[indexOf(timeframe)];
}

const TickerEvent* MarketState::lastTicker(const QString& productId) const
{
    const auto it = m_tickers.constFind(productId);
    return it == m_tickers.constEnd() ? nullptr : &*it;
}

MarketState::SeriesSet& MarketState::seriesFor(const QString& productId)
{
    auto it = m_series.find(productId);
    if (it == m_series.end()) {
        SeriesSet set;
        set.reserve(AllTimeframes.size());
        for (const Timeframe timeframe : AllTimeframes)
            set.emplace_back(timeframe, m_candlesPerSeries);
        it = m_series.insert(productId, std::move(set));
    }
    return *it;
}

void MarketState::applyTrades(const TradesEvent& event)
{
    // A snapshot lists the newest trade first: apply in time order so candles open and close
    // on the right prints.
    std::vector<const Trade*> ordered;
    ordered.reserve(event.trades.size());
    for (const Trade& trade : event.trades)
        ordered.push_back(&trade);
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const Trade* a, const Trade* b) { return a->time < b->time; });
    for (const Trade* trade : ordered) {
        for (CandleSeries& series : seriesFor(trade->productId))
            series.addTrade(trade->price, trade->size, trade->time);
        std::deque<Trade>& tape = m_tape[trade->productId];
        // A reconnect's snapshot repeats prints already on the tape.
        const bool seen = std::any_of(tape.begin(), tape.end(),
            [trade](const Trade& known) { return known.tradeId == trade->tradeId; });
        if (seen)
            continue;
        tape.push_back(*trade);
        if (tape.size() > RecentTradesKept)
            tape.pop_front();
    }
}

std::vector<Trade> MarketState::recentTrades(const QString& productId, size_t count) const
{
    const auto it = m_tape.constFind(productId);
    if (it == m_tape.constEnd())
        return {};
    const size_t taken = std::min(count, it->size());
    return std::vector<Trade>(it->rbegin(), it->rbegin() + long(taken));
}

void MarketState::applyCandles(const CandlesEvent& event)
{
    if (event.productId.isEmpty())
        return;
    SeriesSet& series = seriesFor(event.productId);
    CandleSeries& fiveMinutes = series[indexOf(Timeframe::FiveMinutes)];
    Timestamp earliest = Timestamp::max();
    for (const Candle& candle : event.candles) {
        fiveMinutes.upsert(candle);
        earliest = std::min(earliest, candle.start);
    }
    if (event.candles.empty())
        return;
    // The longer timeframes take the exchange's five-minute buckets too: every bucket from
    // the earliest one touched is rebuilt from the five-minute series.
    const auto& fives = fiveMinutes.candles();
    for (const Timeframe longer :
        {Timeframe::FifteenMinutes, Timeframe::OneHour, Timeframe::FourHours, Timeframe::OneDay}) {
        const Timestamp from = bucketStart(earliest, longer);
        const auto begin = std::lower_bound(fives.begin(), fives.end(), from,
            [](const Candle& candle, Timestamp start) { return candle.start < start; });
        series[indexOf(longer)].merge(resample(std::vector<Candle>(begin, fives.end()), longer));
    }
}

} // namespace Candela::Core
