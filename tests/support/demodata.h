#pragma once

// The bundled real market data and example bots, as the tests use them (header-only; every test
// target has CANDELA_SOURCE_DIR and this folder on its include path).

#include "core/market/csvcandles.h"
#include "core/market/marketdatahub.h"
#include "core/market/marketfeed.h"
#include "core/strategy/botconfig.h"

#include <QFile>

namespace Candela::TestData {

inline QString demoCandlesPath()
{
    return QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv");
}

// The bundled BTC-USD five-minute candles (26,496 of them), or the first `count`.
inline std::vector<Core::Candle> demoCandles(size_t count = 0)
{
    auto read = Core::readCsvCandles(demoCandlesPath());
    if (!read)
        qFatal("%s", qPrintable(read.error().message));
    std::vector<Core::Candle> candles = std::move(read).value();
    if (count > 0)
        candles.resize(count);
    return candles;
}

// The header and the first `count` bundled candles, written to `path` (a CSV for the command
// line); false if either file failed.
inline bool writeDemoCandles(const QString& path, int count)
{
    QFile source(demoCandlesPath());
    QFile part(path);
    if (!source.open(QIODevice::ReadOnly) || !part.open(QIODevice::WriteOnly))
        return false;
    for (int line = 0; line <= count; ++line)
        part.write(source.readLine());
    return true;
}

// The first shipped BTC Scalper (RSI-heavy, BTC-USD, 5m, entering at a score of 0.3): it trades
// often, which tests of how trades flow need. The shipped one, tuned with the strategy lab,
// trades a few times a month.
inline const QString BusyScalperFile
    = QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/bots/busy_scalper.json");
inline Core::BotConfig busyScalper()
{
    auto config = Core::BotConfig::fromFile(BusyScalperFile);
    if (!config)
        qFatal("%s", qPrintable(config.error().message));
    return std::move(config).value();
}

// BTC Scalper with loose risk limits, so that it trades often on a few thousand candles: ATR
// stops (with their targets, breakeven and time stop), no daily, drawdown, rate or fee limits.
// For tests of how trades flow, not of the limits (tst_riskgate and tst_botrisk test those).
inline Core::BotConfig scalper()
{
    Core::BotConfig config = busyScalper();
    config.risk = QJsonObject{{QStringLiteral("stop"), QStringLiteral("atr")},
        {QStringLiteral("atr_multiple"), 4}, {QStringLiteral("min_stop_percent"), 0.1},
        {QStringLiteral("max_fee_share_of_risk"), 100},
        {QStringLiteral("cooldown_bars_after_loss"), 0}, {QStringLiteral("trades_per_hour"), 100},
        {QStringLiteral("trades_per_day"), 1000}, {QStringLiteral("daily_loss_percent"), 100},
        {QStringLiteral("max_drawdown_percent"), 100}};
    return config;
}

// A feed that never says anything: the test puts candles into the hub by hand.
class SilentFeed final : public Core::MarketFeed
{
public:
    void start() override { }
    void stop() override { }
    void requestResync(const QString&) override { }
};

// Candles fed to the hub the way a live feed builds them: a bar opens at the previous close (a
// paper venue fills there, at the first price after the close), then grows into the recorded
// candle.
inline void playCandles(Core::MarketDataHub& hub, const QString& productId,
    const std::vector<Core::Candle>& candles, size_t from, size_t to)
{
    for (size_t i = from; i < to; ++i) {
        if (i > 0) {
            Core::Candle opening = candles[i];
            opening.open = opening.high = opening.low = opening.close = candles[i - 1].close;
            opening.volume = Core::Decimal{};
            hub.mergeHistory(productId, Core::Timeframe::FiveMinutes, {opening});
        }
        hub.mergeHistory(productId, Core::Timeframe::FiveMinutes, {candles[i]});
    }
}

} // namespace Candela::TestData
