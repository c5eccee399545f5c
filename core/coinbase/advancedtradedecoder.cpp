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

    bool decodeBook(json::object event, std::vector<MarketEvent>& out);
    bool decodeBookLevels(json::array updates, std::vector<BookLevel>& levels);
    bool decodeTickers(json::object event, bool batch, std::vector<MarketEvent>& out);
    bool decodeTrades(json::object event, std::vector<MarketEvent>& out);
    bool decodeCandles(json::object event, std::vector<MarketEvent>& out);
    bool decodeHeartbeat(json::object event, std::vector<MarketEvent>& out);
    bool decodeSubscriptions(json::object event, std::vector<MarketEvent>& out);
    bool decodeStatus(json::object event, std::vector<MarketEvent>& out);
    bool decodeEvents(json::array events, MarketMessage& message);
};

bool AdvancedTradeDecoder::Private::decodeBookLevels(
    json::array updates, std::vector<BookLevel>& levels)
{
    for (auto element : updates) {
        json::object update;
        if (const auto code = element.get_object().get(update))
            return fail(code, "l2 update");
        BookLevel level;
        bool havePrice = false;
        bool haveQuantity = false;
        for (auto field : update) {
            std::string_view key;
            if (const auto code = field.unescaped_key().get(key))
                return fail(code, "l2 update key");
            if (key == "side"sv) {
                std::string_view side;
                if (!readString(field.value(), side, "l2 side"))
                    return false;
                // The ask side is "offer" in practice; anything but "bid" is an ask.
                level.side = side == "bid"sv ? Side::Buy : Side::Sell;
            } else if (key == "price_level"sv) {
                havePrice = readDecimal(field.value(), level.price, "l2 price_level");
                if (!havePrice)
                    return false;
            } else if (key == "new_quantity"sv) {
                haveQuantity = readDecimal(field.value(), level.quantity, "l2 new_quantity");
                if (!haveQuantity)
                    return false;
            } else if (key != "event_time"sv) {
                noteUnknown(u"l2_data field", key);
            }
        }
        if (!havePrice || !haveQuantity)
            return fail(QStringLiteral("l2 update without price_level or new_quantity"));
        levels.push_back(level);
    }
    return true;
}

bool AdvancedTradeDecoder::Private::decodeBook(json::object event, std::vector<MarketEvent>& out)
{
    BookEvent book;
    for (auto field : event) {
        std::string_view key;
        if (const auto code = field.unescaped_key().get(key))
            return fail(code, "l2 event key");
        if (key == "type"sv) {
            if (!readEventType(field.value(), book.snapshot))
                return false;
        } else if (key == "product_id"sv) {
            std::string_view product;
            if (!readString(field.value(), product, "l2 product_id"))
                return false;
            book.productId = toQString(product);
        } else if (key == "updates"sv) {
            json::array updates;
            if (const auto code = field.value().get_array().get(updates))
                return fail(code, "l2 updates");
            if (!decodeBookLevels(updates, book.levels))
                return false;
        } else {
            noteUnknown(u"l2_data event field", key);
        }
    }
    if (book.productId.isEmpty())
        return fail(QStringLiteral("l2 event without product_id"));
    out.emplace_back(std::move(book));
    return true;
}

bool AdvancedTradeDecoder::Private::decodeTickers(
    json::object event, bool batch, std::vector<MarketEvent>& out)
{
    json::array tickers;
    if (const auto code = event["tickers"].get_array().get(tickers))
        return fail(code, "tickers");
    for (auto element : tickers) {
        json::object object;
        if (const auto code = element.get_object().get(object))
            return fail(code, "ticker");
        TickerEvent ticker;
        for (auto field : object) {
            std::string_view key;
            if (const auto code = field.unescaped_key().get(key))
                return fail(code, "ticker key");
            bool ok = true;
            if (key == "product_id"sv) {
                std::string_view product;
                ok = readString(field.value(), product, "ticker product_id");
                ticker.productId = toQString(product);
            } else if (key == "price"sv) {
                ok = readDecimal(field.value(), ticker.price, "ticker price");
            } else if (key == "volume_24_h"sv) {
                ok = readDecimal(field.value(), ticker.volume24h, "ticker volume_24_h");
            } else if (key == "best_bid"sv) {
                ok = readDecimal(field.value(), ticker.bestBid, "ticker best_bid");
            } else if (key == "best_bid_quantity"sv) {
                ok = readDecimal(field.value(), ticker.bestBidQuantity, "ticker best_bid_quantity");
            } else if (key == "best_ask"sv) {
                ok = readDecimal(field.value(), ticker.bestAsk, "ticker best_ask");
            } else if (key == "best_ask_quantity"sv) {
                ok = readDecimal(field.value(), ticker.bestAskQuantity, "ticker best_ask_quantity");
            } else if (key != "type"sv && key != "low_24_h"sv && key != "high_24_h"sv
                && key != "low_52_w"sv && key != "high_52_w"sv
                && key != "price_percent_chg_24_h"sv) {
                noteUnknown(batch ? u"ticker_batch field" : u"ticker field", key);
            }
            if (!ok)
                return false;
        }
        if (ticker.productId.isEmpty())
            return fail(QStringLiteral("ticker without product_id"));
        out.emplace_back(std::move(ticker));
    }
    return true;
}

bool AdvancedTradeDecoder::Private::decodeTrades(json::object event, std::vector<MarketEvent>& out)
{
    TradesEvent trades;
    for (auto field : event) {
        std::string_view key;
        if (const auto code = field.unescaped_key().get(key))
            return fail(code, "market_trades event key");
        if (key == "type"sv) {
            if (!readEventType(field.value(), trades.snapshot))
                return false;
            continue;
        }
        if (key != "trades"sv) {
            noteUnknown(u"market_trades event field", key);
            continue;
        }
        json::array list;
        if (const auto code = field.value().get_array().get(list))
            return fail(code, "trades");
        for (auto element : list) {
            json::object object;
            if (const auto code = element.get_object().get(object))
                return fail(code, "trade");
            Trade trade;
            for (auto tradeField : object) {
                std::string_view name;
                if (const auto code = tradeField.unescaped_key().get(name))
                    return fail(code, "trade key");
                std::string_view text;
                bool ok = true;
                if (name == "price"sv) {
                    ok = readDecimal(tradeField.value(), trade.price, "trade price");
                } else if (name == "size"sv) {
                    ok = readDecimal(tradeField.value(), trade.size, "trade size");
                } else if (name == "trade_id"sv) {
                    ok = readString(tradeField.value(), text, "trade_id");
                    trade.tradeId = toQString(text);
                } else if (name == "product_id"sv) {
                    ok = readString(tradeField.value(), text, "trade product_id");
                    trade.productId = toQString(text);
                } else if (name == "side"sv) {
                    ok = readString(tradeField.value(), text, "trade side");
                    const auto side = parseSide(toQString(text));
                    ok = ok && (side ? (trade.side = *side, true) : fail(side.error().message));
                } else if (name == "time"sv) {
                    ok = readString(tradeField.value(), text, "trade time");
                    const auto time = parseIsoTimestamp(text);
                    ok = ok
                        && (time ? (trade.time = *time, true)
                                 : fail(QStringLiteral("trade time is not RFC 3339")));
                } else {
                    noteUnknown(u"trade field", name);
                }
                if (!ok)
                    return false;
            }
            if (trade.productId.isEmpty() || trade.price.isZero())
                return fail(QStringLiteral("trade without product_id or price"));
            trades.trades.push_back(std::move(trade));
        }
    }
    out.emplace_back(std::move(trades));
    return true;
}

bool AdvancedTradeDecoder::Private::decodeCandles(json::object event, std::vector<MarketEvent>& out)
{
    CandlesEvent candles;
    for (auto field : event) {
        std::string_view key;
        if (const auto code = field.unescaped_key().get(key))
            return fail(code, "candles event key");
        if (key == "type"sv) {
            if (!readEventType(field.value(), candles.snapshot))
                return false;
            continue;
        }
        if (key != "candles"sv) {
            noteUnknown(u"candles event field", key);
            continue;
        }
        json::array list;
        if (const auto code = field.value().get_array().get(list))
            return fail(code, "candles");
        for (auto element : list) {
            json::object object;
            if (const auto code = element.get_object().get(object))
                return fail(code, "candle");
            Candle candle;
            bool haveStart = false;
            for (auto candleField : object) {
                std::string_view name;
                if (const auto code = candleField.unescaped_key().get(name))
                    return fail(code, "candle key");
                bool ok = true;
                if (name == "start"sv) {
                    qint64 seconds = 0;
                    ok = haveStart = readFlexibleInteger(candleField.value(), seconds, "start");
                    candle.start = fromUnixSeconds(seconds);
                } else if (name == "open"sv) {
                    ok = readDecimal(candleField.value(), candle.open, "candle open");
                } else if (name == "high"sv) {
                    ok = readDecimal(candleField.value(), candle.high, "candle high");
                } else if (name == "low"sv) {
                    ok = readDecimal(candleField.value(), candle.low, "candle low");
                } else if (name == "close"sv) {
                    ok = readDecimal(candleField.value(), candle.close, "candle close");
                } else if (name == "volume"sv) {
                    ok = readDecimal(candleField.value(), candle.volume, "candle volume");
                } else if (name == "product_id"sv) {
                    std::string_view product;
                    ok = readString(candleField.value(), product, "candle product_id");
                    candles.productId = toQString(product);
                } else {
                    noteUnknown(u"candle field", name);
                }
                if (!ok)
                    return false;
            }
            if (!haveStart)
                return fail(QStringLiteral("candle without start"));
            candles.candles.push_back(candle);
        }
    }
    out.emplace_back(std::move(candles));
    return true;
}

bool AdvancedTradeDecoder::Private::decodeHeartbeat(
    json::object event, std::vector<MarketEvent>& out)
{
    HeartbeatEvent heartbeat;
    for (auto field : event) {
        std::string_view key;
        if (const auto code = field.unescaped_key().get(key))
            return fail(code, "heartbeat key");
        if (key == "heartbeat_counter"sv) {
            if (!readFlexibleInteger(field.value(), heartbeat.counter, "heartbeat_counter"))
                return false;
        } else if (key != "current_time"sv) { // a Go time string: not parsed (REFERENCE §1.5)
            noteUnknown(u"heartbeats field", key);
        }
    }
    out.emplace_back(heartbeat);
    return true;
}

bool AdvancedTradeDecoder::Private::decodeSubscriptions(
    json::object event, std::vector<MarketEvent>& out)
{
    SubscriptionsEvent subscriptions;
    json::object channels;
    if (const auto code = event["subscriptions"].get_object().get(channels))
        return fail(code, "subscriptions");
    for (auto field : channels) {
        std::string_view channel;
        if (const auto code = field.unescaped_key().get(channel))
            return fail(code, "subscriptions key");
        json::array products;
        if (const auto code = field.value().get_array().get(products))
            return fail(code, "subscribed products");
        QStringList& list = subscriptions.channels[toQString(channel)];
        for (auto product : products) {
            std::string_view id;
            if (const auto code = product.get_string().get(id))
                return fail(code, "subscribed product");
            list.append(toQString(id));
        }
    }
    out.emplace_back(std::move(subscriptions));
    return true;
}

bool AdvancedTradeDecoder::Private::decodeStatus(json::object event, std::vector<MarketEvent>& out)
{
    json::array products;
    if (const auto code = event["products"].get_array().get(products))
        return fail(code, "status products");
    for (auto element : products) {
        json::object object;
        if (const auto code = element.get_object().get(object))
            return fail(code, "status product");
        ProductStatusEvent status;
        for (auto field : object) {
            std::string_view key;
            if (const auto code = field.unescaped_key().get(key))
                return fail(code, "status key");
            std::string_view text;
            bool ok = true;
            if (key == "id"sv) {
                ok = readString(field.value(), text, "status id");
                status.productId = toQString(text);
            } else if (key == "status"sv) {
                ok = readString(field.value(), text, "status");
                status.status = toQString(text);
            } else if (key == "base_increment"sv) {
                ok = readDecimal(field.value(), status.baseIncrement, "base_increment");
            } else if (key == "quote_increment"sv) {
                ok = readDecimal(field.value(), status.quoteIncrement, "quote_increment");
            } else if (key == "min_market_funds"sv) {
                ok = readDecimal(field.value(), status.minMarketFunds, "min_market_funds");
            }
            if (!ok)
                return false;
        }
        out.emplace_back(std::move(status));
    }
    return true;
}

bool AdvancedTradeDecoder::Private::decodeEvents(json::array events, MarketMessage& message)
{
    for (auto element : events) {
        json::object event;
        if (const auto code = element.get_object().get(event))
            return fail(code, "event");
        bool ok = true;
        switch (message.channel) {
        case Channel::Level2:
            ok = decodeBook(event, message.events);
            break;
        case Channel::Ticker:
        case Channel::TickerBatch:
            ok = decodeTickers(event, message.channel == Channel::TickerBatch, message.events);
            break;
        case Channel::MarketTrades:
            ok = decodeTrades(event, message.events);
            break;
        case Channel::Candles:
            ok = decodeCandles(event, message.events);
            break;
        case Channel::Heartbeats:
            ok = decodeHeartbeat(event, message.events);
            break;
        case Channel::Subscriptions:
            ok = decodeSubscriptions(event, message.events);
            break;
        case Channel::ProductStatus:
            ok = decodeStatus(event, message.events);
            break;
        case Channel::User: // decoded by the live-trading user-channel client
        case Channel::FuturesBalanceSummary:
        case Channel::Error:
        case Channel::Unknown:
            return true;
        }
        if (!ok)
            return false;
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
                json::array events;
                if (const auto code = field.value().get_array().get(events)) {
                    d->fail(code, "events");
                    break;
                }
                sawEvents = true;
                if (!d->decodeEvents(events, message))
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
