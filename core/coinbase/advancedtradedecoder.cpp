#include "advancedtradedecoder.h"

#include "core/corelogging.h"

#include <simdjson.h>

#include <cstring>
#include <string_view>
#include <vector>

namespace Candela::Core {

namespace json = simdjson::ondemand;
using namespace std::string_view_literals;

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

Channel channelFromName(std::string_view name)
{
    if (name == "l2_data"sv)
        return Channel::Level2;
    if (name == "ticker"sv)
        return Channel::Ticker;
    if (name == "ticker_batch"sv)
        return Channel::TickerBatch;
    if (name == "market_trades"sv)
        return Channel::MarketTrades;
    if (name == "candles"sv)
        return Channel::Candles;
    if (name == "heartbeats"sv)
        return Channel::Heartbeats;
    if (name == "subscriptions"sv)
        return Channel::Subscriptions;
    if (name == "status"sv)
        return Channel::ProductStatus;
    if (name == "user"sv)
        return Channel::User;
    if (name == "futures_balance_summary"sv)
        return Channel::FuturesBalanceSummary;
    return Channel::Unknown;
}

} // namespace

struct AdvancedTradeDecoder::Private
{
    json::parser parser;
    std::vector<char> buffer;
    QSet<QString> reportedUnknowns;
    QString error;

    bool fail(const QString& why)
    {
        if (error.isEmpty())
            error = why;
        return false;
    }
    bool fail(simdjson::error_code code, const char* where)
    {
        return fail(QStringLiteral("%1: %2").arg(
            QLatin1String(where), QLatin1String(simdjson::error_message(code))));
    }

    void noteUnknown(QStringView kind, std::string_view name)
    {
        const QString key = kind + QLatin1Char(' ') + toQString(name);
        if (reportedUnknowns.contains(key))
            return;
        reportedUnknowns.insert(key);
        qCInfo(lcCoinbase).noquote() << "ignoring unknown" << key;
    }

    bool readString(json::value value, std::string_view& out, const char* where)
    {
        if (const auto code = value.get_string().get(out))
            return fail(code, where);
        return true;
    }

    bool readDecimal(json::value value, Decimal& out, const char* where)
    {
        std::string_view text;
        if (!readString(value, text, where))
            return false;
        auto parsed = Decimal::fromString(text);
        if (!parsed)
            return fail(QStringLiteral("%1: %2").arg(QLatin1String(where), parsed.error().message));
        out = *parsed;
        return true;
    }

    // Integers Coinbase sends either as numbers or as strings ("3049").
    bool readFlexibleInteger(json::value value, qint64& out, const char* where)
    {
        json::json_type type;
        if (const auto code = value.type().get(type))
            return fail(code, where);
        if (type == json::json_type::number) {
            int64_t number = 0;
            if (const auto code = value.get_int64().get(number))
                return fail(code, where);
            out = number;
            return true;
        }
        std::string_view text;
        if (!readString(value, text, where))
            return false;
        bool ok = false;
        out = QByteArrayView(text.data(), qsizetype(text.size())).toLongLong(&ok);
        return ok || fail(QStringLiteral("%1: not an integer").arg(QLatin1String(where)));
    }

    bool readEventType(json::value value, bool& snapshot)
    {
        std::string_view type;
        if (!readString(value, type, "event type"))
            return false;
        snapshot = type == "snapshot"sv;
        return true;
    }

    bool readText(json::value value, QString& out, const char* where)
    {
        std::string_view text;
        if (!readString(value, text, where))
            return false;
        out = toQString(text);
        return true;
    }

    // Calls visit(key, value) for every field of `object`; stops at the first false.
    template<typename Visit>
    bool forEachField(json::object object, const char* where, Visit&& visit)
    {
        for (auto field : object) {
            std::string_view key;
            if (const auto code = field.unescaped_key().get(key))
                return fail(code, where);
            if (!visit(key, field.value()))
                return false;
        }
        return true;
    }

    // Calls visit(object) for every element of `array`, which must all be objects.
    template<typename Visit>
    bool forEachObject(json::value value, const char* where, Visit&& visit)
    {
        json::array array;
        if (const auto code = value.get_array().get(array))
            return fail(code, where);
        for (auto element : array) {
            json::object object;
            if (const auto code = element.get_object().get(object))
                return fail(code, where);
            if (!visit(object))
                return false;
        }
        return true;
    }

    bool decodeBookLevel(json::object update, std::vector<BookLevel>& levels);
    bool decodeBook(json::object event, std::vector<MarketEvent>& out);
    bool decodeTicker(json::object object, bool batch, std::vector<MarketEvent>& out);
    bool decodeTrade(json::object object, std::vector<Trade>& out);
    bool decodeTrades(json::object event, std::vector<MarketEvent>& out);
    bool decodeCandle(json::object object, CandlesEvent& out);
    bool decodeCandles(json::object event, std::vector<MarketEvent>& out);
    bool decodeHeartbeat(json::object event, std::vector<MarketEvent>& out);
    bool decodeSubscriptions(json::object event, std::vector<MarketEvent>& out);
    bool decodeStatus(json::object object, std::vector<MarketEvent>& out);
    bool decodeEvent(json::object event, MarketMessage& message);
};

bool AdvancedTradeDecoder::Private::decodeBookLevel(
    json::object update, std::vector<BookLevel>& levels)
{
    BookLevel level;
    bool havePrice = false;
    bool haveQuantity = false;
    const bool ok = forEachField(update, "l2 update", [&](std::string_view key, json::value value) {
        if (key == "side"sv) {
            std::string_view side;
            // The ask side is "offer" in practice; anything but "bid" is an ask.
            const bool read = readString(value, side, "l2 side");
            level.side = side == "bid"sv ? Side::Buy : Side::Sell;
            return read;
        }
        if (key == "price_level"sv)
            return havePrice = readDecimal(value, level.price, "l2 price_level");
        if (key == "new_quantity"sv)
            return haveQuantity = readDecimal(value, level.quantity, "l2 new_quantity");
        if (key != "event_time"sv)
            noteUnknown(u"l2_data field", key);
        return true;
    });
    if (!ok)
        return false;
    if (!havePrice || !haveQuantity)
        return fail(QStringLiteral("l2 update without price_level or new_quantity"));
    levels.push_back(level);
    return true;
}

bool AdvancedTradeDecoder::Private::decodeBook(json::object event, std::vector<MarketEvent>& out)
{
    BookEvent book;
    const bool ok = forEachField(event, "l2 event", [&](std::string_view key, json::value value) {
        if (key == "type"sv)
            return readEventType(value, book.snapshot);
        if (key == "product_id"sv)
            return readText(value, book.productId, "l2 product_id");
        if (key == "updates"sv) {
            return forEachObject(value, "l2 updates",
                [&](json::object update) { return decodeBookLevel(update, book.levels); });
        }
        noteUnknown(u"l2_data event field", key);
        return true;
    });
    if (!ok)
        return false;
    if (book.productId.isEmpty())
        return fail(QStringLiteral("l2 event without product_id"));
    out.emplace_back(std::move(book));
    return true;
}

bool AdvancedTradeDecoder::Private::decodeTicker(
    json::object object, bool batch, std::vector<MarketEvent>& out)
{
    TickerEvent ticker;
    const bool ok = forEachField(object, "ticker", [&](std::string_view key, json::value value) {
        if (key == "product_id"sv)
            return readText(value, ticker.productId, "ticker product_id");
        if (key == "price"sv)
            return readDecimal(value, ticker.price, "ticker price");
        if (key == "volume_24_h"sv)
            return readDecimal(value, ticker.volume24h, "ticker volume_24_h");
        if (key == "best_bid"sv)
            return readDecimal(value, ticker.bestBid, "ticker best_bid");
        if (key == "best_bid_quantity"sv)
            return readDecimal(value, ticker.bestBidQuantity, "ticker best_bid_quantity");
        if (key == "best_ask"sv)
            return readDecimal(value, ticker.bestAsk, "ticker best_ask");
        if (key == "best_ask_quantity"sv)
            return readDecimal(value, ticker.bestAskQuantity, "ticker best_ask_quantity");
        // Known statistics the terminal does not use.
        if (key != "type"sv && key != "low_24_h"sv && key != "high_24_h"sv && key != "low_52_w"sv
            && key != "high_52_w"sv && key != "price_percent_chg_24_h"sv)
            noteUnknown(batch ? u"ticker_batch field" : u"ticker field", key);
        return true;
    });
    if (!ok)
        return false;
    if (ticker.productId.isEmpty())
        return fail(QStringLiteral("ticker without product_id"));
    out.emplace_back(std::move(ticker));
    return true;
}

bool AdvancedTradeDecoder::Private::decodeTrade(json::object object, std::vector<Trade>& out)
{
    Trade trade;
    const bool ok = forEachField(object, "trade", [&](std::string_view key, json::value value) {
        if (key == "price"sv)
            return readDecimal(value, trade.price, "trade price");
        if (key == "size"sv)
            return readDecimal(value, trade.size, "trade size");
        if (key == "trade_id"sv)
            return readText(value, trade.tradeId, "trade_id");
        if (key == "product_id"sv)
            return readText(value, trade.productId, "trade product_id");
        std::string_view text;
        if (key == "side"sv) {
            if (!readString(value, text, "trade side"))
                return false;
            const auto side = parseSide(toQString(text));
            if (!side)
                return fail(side.error().message);
            trade.side = *side;
            return true;
        }
        if (key == "time"sv) {
            if (!readString(value, text, "trade time"))
                return false;
            const auto time = parseIsoTimestamp(text);
            trade.time = time.value_or(Timestamp{});
            return time.has_value() || fail(QStringLiteral("trade time is not RFC 3339"));
        }
        noteUnknown(u"trade field", key);
        return true;
    });
    if (!ok)
        return false;
    if (trade.productId.isEmpty() || trade.price.isZero())
        return fail(QStringLiteral("trade without product_id or price"));
    out.push_back(std::move(trade));
    return true;
}

bool AdvancedTradeDecoder::Private::decodeTrades(json::object event, std::vector<MarketEvent>& out)
{
    TradesEvent trades;
    const bool ok
        = forEachField(event, "market_trades event", [&](std::string_view key, json::value value) {
              if (key == "type"sv)
                  return readEventType(value, trades.snapshot);
              if (key == "trades"sv) {
                  return forEachObject(value, "trades",
                      [&](json::object trade) { return decodeTrade(trade, trades.trades); });
              }
              noteUnknown(u"market_trades event field", key);
              return true;
          });
    if (ok)
        out.emplace_back(std::move(trades));
    return ok;
}

bool AdvancedTradeDecoder::Private::decodeCandle(json::object object, CandlesEvent& out)
{
    Candle candle;
    bool haveStart = false;
    const bool ok = forEachField(object, "candle", [&](std::string_view key, json::value value) {
        if (key == "start"sv) {
            qint64 seconds = 0;
            haveStart = readFlexibleInteger(value, seconds, "candle start") && seconds >= 0
                && seconds <= LatestUnixSeconds;
            candle.start = haveStart ? fromUnixSeconds(seconds) : Timestamp{};
            return haveStart;
        }
        if (key == "open"sv)
            return readDecimal(value, candle.open, "candle open");
        if (key == "high"sv)
            return readDecimal(value, candle.high, "candle high");
        if (key == "low"sv)
            return readDecimal(value, candle.low, "candle low");
        if (key == "close"sv)
            return readDecimal(value, candle.close, "candle close");
        if (key == "volume"sv)
            return readDecimal(value, candle.volume, "candle volume");
        if (key == "product_id"sv)
            return readText(value, out.productId, "candle product_id");
        noteUnknown(u"candle field", key);
        return true;
    });
    if (!ok)
        return false;
    if (!haveStart)
        return fail(QStringLiteral("candle without start"));
    out.candles.push_back(candle);
    return true;
}

bool AdvancedTradeDecoder::Private::decodeCandles(json::object event, std::vector<MarketEvent>& out)
{
    CandlesEvent candles;
    const bool ok
        = forEachField(event, "candles event", [&](std::string_view key, json::value value) {
              if (key == "type"sv)
                  return readEventType(value, candles.snapshot);
              if (key == "candles"sv) {
                  return forEachObject(value, "candles",
                      [&](json::object candle) { return decodeCandle(candle, candles); });
              }
              noteUnknown(u"candles event field", key);
              return true;
          });
    if (ok)
        out.emplace_back(std::move(candles));
    return ok;
}

bool AdvancedTradeDecoder::Private::decodeHeartbeat(
    json::object event, std::vector<MarketEvent>& out)
{
    HeartbeatEvent heartbeat;
    const bool ok = forEachField(event, "heartbeat", [&](std::string_view key, json::value value) {
        if (key == "heartbeat_counter"sv)
            return readFlexibleInteger(value, heartbeat.counter, "heartbeat_counter");
        if (key != "current_time"sv) // a Go time string: not parsed (REFERENCE §1.5)
            noteUnknown(u"heartbeats field", key);
        return true;
    });
    if (ok)
        out.emplace_back(heartbeat);
    return ok;
}

bool AdvancedTradeDecoder::Private::decodeSubscriptions(
    json::object event, std::vector<MarketEvent>& out)
{
    SubscriptionsEvent subscriptions;
    json::object channels;
    if (const auto code = event["subscriptions"].get_object().get(channels))
        return fail(code, "subscriptions");
    const bool ok
        = forEachField(channels, "subscriptions", [&](std::string_view channel, json::value value) {
              json::array products;
              if (const auto code = value.get_array().get(products))
                  return fail(code, "subscribed products");
              QStringList& list = subscriptions.channels[toQString(channel)];
              for (auto product : products) {
                  std::string_view id;
                  if (const auto code = product.get_string().get(id))
                      return fail(code, "subscribed product");
                  list.append(toQString(id));
              }
              return true;
          });
    if (ok)
        out.emplace_back(std::move(subscriptions));
    return ok;
}

bool AdvancedTradeDecoder::Private::decodeStatus(json::object object, std::vector<MarketEvent>& out)
{
    ProductStatusEvent status;
    const bool ok
        = forEachField(object, "status product", [&](std::string_view key, json::value value) {
              if (key == "id"sv)
                  return readText(value, status.productId, "status id");
              if (key == "status"sv)
                  return readText(value, status.status, "status");
              if (key == "base_increment"sv)
                  return readDecimal(value, status.baseIncrement, "base_increment");
              if (key == "quote_increment"sv)
                  return readDecimal(value, status.quoteIncrement, "quote_increment");
              if (key == "min_market_funds"sv)
                  return readDecimal(value, status.minMarketFunds, "min_market_funds");
              return true; // display names and the like
          });
    if (ok)
        out.emplace_back(std::move(status));
    return ok;
}

bool AdvancedTradeDecoder::Private::decodeEvent(json::object event, MarketMessage& message)
{
    switch (message.channel) {
    case Channel::Level2:
        return decodeBook(event, message.events);
    case Channel::Ticker:
    case Channel::TickerBatch: {
        json::value tickers;
        if (const auto code = event["tickers"].get(tickers))
            return fail(code, "tickers");
        const bool batch = message.channel == Channel::TickerBatch;
        return forEachObject(tickers, "tickers",
            [&](json::object ticker) { return decodeTicker(ticker, batch, message.events); });
    }
    case Channel::MarketTrades:
        return decodeTrades(event, message.events);
    case Channel::Candles:
        return decodeCandles(event, message.events);
    case Channel::Heartbeats:
        return decodeHeartbeat(event, message.events);
    case Channel::Subscriptions:
        return decodeSubscriptions(event, message.events);
    case Channel::ProductStatus: {
        json::value products;
        if (const auto code = event["products"].get(products))
            return fail(code, "status products");
        return forEachObject(products, "status products",
            [&](json::object product) { return decodeStatus(product, message.events); });
    }
    case Channel::User: // decoded by the live-trading user-channel client
    case Channel::FuturesBalanceSummary:
    case Channel::Error:
    case Channel::Unknown:
        return true;
    }
    return true;
}

AdvancedTradeDecoder::AdvancedTradeDecoder()
    : d(std::make_unique<Private>())
{ }

AdvancedTradeDecoder::~AdvancedTradeDecoder() = default;

Result<MarketMessage> AdvancedTradeDecoder::decode(QByteArrayView frame)
{
    if (frame.size() > MaxFrameBytes)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("frame of %1 bytes is over the 10 MiB limit").arg(frame.size()));
    const auto length = size_t(frame.size());
    if (d->buffer.size() < length + simdjson::SIMDJSON_PADDING)
        d->buffer.resize(length + simdjson::SIMDJSON_PADDING);
    if (length > 0)
        std::memcpy(d->buffer.data(), frame.data(), length);
    d->error.clear();

    MarketMessage message;
    json::document document;
    json::object root;
    if (const auto parseCode
        = d->parser.iterate(d->buffer.data(), length, d->buffer.size()).get(document))
        d->fail(parseCode, "frame");
    else if (const auto rootCode = document.get_object().get(root))
        d->fail(rootCode, "frame");
    else {
        bool sawEvents = false;
        for (auto field : root) {
            std::string_view key;
            if (const auto code = field.unescaped_key().get(key)) {
                d->fail(code, "frame key");
                break;
            }
            if (key == "channel"sv) {
                std::string_view name;
                if (!d->readString(field.value(), name, "channel"))
                    break;
                message.channelName = toQString(name);
                message.channel = channelFromName(name);
                if (message.channel == Channel::Unknown)
                    d->noteUnknown(u"channel", name);
            } else if (key == "sequence_num"sv) {
                if (!d->readFlexibleInteger(field.value(), message.sequenceNum, "sequence_num"))
                    break;
            } else if (key == "timestamp"sv) {
                std::string_view text;
                if (!d->readString(field.value(), text, "timestamp"))
                    break;
                message.timestamp = parseIsoTimestamp(text).value_or(Timestamp{});
            } else if (key == "events"sv) {
                if (message.channelName.isEmpty()) { // events before channel: not Coinbase's order
                    d->fail(QStringLiteral("events before channel"));
                    break;
                }
                sawEvents = true;
                if (!d->forEachObject(field.value(), "events",
                        [&](json::object event) { return d->decodeEvent(event, message); }))
                    break;
            } else if (key == "type"sv) { // {"type":"error","message":...}
                std::string_view type;
                if (!d->readString(field.value(), type, "type"))
                    break;
                if (type == "error"sv) {
                    message.channel = Channel::Error;
                    message.channelName = QStringLiteral("error");
                }
            } else if (key == "message"sv && message.channel == Channel::Error) {
                std::string_view text;
                if (!d->readString(field.value(), text, "error message"))
                    break;
                message.events.emplace_back(ServerErrorEvent{toQString(text)});
            } else if (key != "client_id"sv) {
                d->noteUnknown(u"frame field", key);
            }
        }
        if (d->error.isEmpty() && message.channelName.isEmpty())
            d->fail(QStringLiteral("frame has no channel"));
        if (d->error.isEmpty() && !sawEvents && message.channel != Channel::Error)
            d->fail(QStringLiteral("frame has no events"));
    }
    if (!d->error.isEmpty())
        return makeError(ErrorCode::ParseError, d->error);
    return message;
}

} // namespace Candela::Core
