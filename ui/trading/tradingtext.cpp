#include "tradingtext.h"

#include <QDateTime>
#include <QLocale>

namespace Candela::Gui {

using namespace Core;

QString TradingText::side(Side side)
{
    return side == Side::Buy ? tr("Buy") : tr("Sell");
}

QString TradingText::direction(Side side)
{
    return side == Side::Buy ? tr("Long") : tr("Short");
}

QString TradingText::orderType(OrderType type)
{
    switch (type) {
    case OrderType::Market:
        return tr("Market");
    case OrderType::Limit:
        return tr("Limit");
    case OrderType::StopLimit:
        return tr("Stop limit");
    case OrderType::Bracket:
        return tr("Bracket");
    }
    return {};
}

QString TradingText::orderStatus(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
        return tr("New");
    case OrderStatus::Submitted:
        return tr("Submitted");
    case OrderStatus::Accepted:
        return tr("Working");
    case OrderStatus::PartiallyFilled:
        return tr("Partially filled");
    case OrderStatus::Filled:
        return tr("Filled");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Rejected:
        return tr("Rejected");
    case OrderStatus::Expired:
        return tr("Expired");
    case OrderStatus::SubmitUnknown:
        return tr("Unknown (checking)");
    }
    return {};
}

QString TradingText::haltCause(HaltCause cause)
{
    switch (cause) {
    case HaltCause::None:
        return QString();
    case HaltCause::Pressed:
        return tr("pressed by the trader");
    case HaltCause::Signal:
        return tr("SIGUSR1 from outside");
    case HaltCause::CommandLine:
        return tr("candela-cli session kill");
    case HaltCause::JournalFailure:
        return tr("the journal could not be written");
    case HaltCause::DiskFull:
        return tr("the disk is full");
    case HaltCause::Reconciliation:
        return tr("Coinbase and the journal disagree");
    }
    return {};
}

QString TradingText::killSwitch(const KillSwitchStatus& status)
{
    QString text;
    switch (status.state) {
    case KillSwitchState::Active:
        return tr("Kill switch re-armed: trading may resume.");
    case KillSwitchState::Halted:
        text = tr("Trading halted: no new orders.");
        break;
    case KillSwitchState::Flattening:
        text = tr("Flattening: closing every position at market; trading stays halted.");
        break;
    }
    if (status.cause != HaltCause::None)
        text += QLatin1Char(' ') + tr("Why: %1.").arg(haltCause(status.cause));
    if (!status.detail.isEmpty())
        text += QLatin1Char(' ') + status.detail;
    return text;
}

QString TradingText::exitReason(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Signal:
        return tr("Signal");
    case ExitReason::StopLoss:
        return tr("Stop loss");
    case ExitReason::TakeProfit:
        return tr("Take profit");
    case ExitReason::TrailingStop:
        return tr("Trailing stop");
    case ExitReason::TimeStop:
        return tr("Time stop");
    case ExitReason::KillSwitch:
        return tr("Kill switch");
    case ExitReason::Manual:
        return tr("Manual");
    }
    return {};
}

QString TradingText::refusal(const QString& reason)
{
    if (reason == QLatin1String("kill_switch"))
        return tr("the kill switch is engaged");
    if (reason == QLatin1String("bot_stopped"))
        return tr("the bot is stopped");
    if (reason == QLatin1String("insufficient_cash"))
        return tr("not enough cash");
    if (reason == QLatin1String("product_rules"))
        return tr("the size breaks the product's rules");
    if (reason == QLatin1String("no_price"))
        return tr("no market price yet");
    if (reason == QLatin1String("position_changed"))
        return tr("the position changed since it was shown");
    if (reason == QLatin1String("order_in_flight"))
        return tr("an order of the position is still in flight");
    if (reason == QLatin1String("unreconciled"))
        return tr("Coinbase and Candela's journal differ on the product");
    if (reason == QLatin1String("unguarded_position"))
        return tr("no stop and no exit could be placed: the position is unguarded");
    if (reason == QLatin1String("rejected"))
        return tr("the venue rejected the order");
    if (reason == QLatin1String("trading_disabled"))
        return tr("trading is disabled for the product");
    if (reason == QLatin1String("cancel_only"))
        return tr("the product takes cancels only");
    if (reason == QLatin1String("limit_only"))
        return tr("the product takes limit orders only");
    if (reason == QLatin1String("price_outside_band"))
        return tr("the price is too far from the market");
    if (reason == QLatin1String("account_daily_loss_limit"))
        return tr("risk: the account's daily loss limit");
    if (reason == QLatin1String("account_max_drawdown"))
        return tr("risk: the account's drawdown limit");
    if (reason == QLatin1String("risk_config"))
        return tr("the bot's risk settings are invalid");
    if (reason == QLatin1String("data_stale"))
        return tr("stale data");
    if (reason == QLatin1String("data_resyncing"))
        return tr("the order book is resyncing");
    if (reason == QLatin1String("outlier_tick"))
        return tr("risk: outlier price move");
    if (reason == QLatin1String("shorts_not_allowed"))
        return tr("no shorts on spot");
    if (reason == QLatin1String("no_stop"))
        return tr("risk: no swing or ATR to place a stop");
    if (reason == QLatin1String("stop_too_tight"))
        return tr("risk: stop too tight");
    if (reason == QLatin1String("stop_too_wide"))
        return tr("risk: stop too wide");
    if (reason == QLatin1String("daily_loss_limit"))
        return tr("risk: daily loss limit");
    if (reason == QLatin1String("max_drawdown"))
        return tr("risk: drawdown limit");
    if (reason == QLatin1String("trades_per_hour"))
        return tr("risk: trades per hour");
    if (reason == QLatin1String("trades_per_day"))
        return tr("risk: trades per day");
    if (reason == QLatin1String("cooldown_after_loss"))
        return tr("risk: cooldown after a loss");
    if (reason == QLatin1String("size_below_minimum"))
        return tr("risk: size below the product minimum");
    if (reason == QLatin1String("fees_too_high"))
        return tr("risk: fees would exceed the risk");
    if (reason == QLatin1String("slippage_breaker"))
        return tr("risk: slippage breaker");
    if (reason == QLatin1String("stop_out_lock"))
        return tr("risk: locked after stop-outs");
    return reason;
}

QString TradingText::refusal(const TradingEvent& event)
{
    const QString words = refusal(event.reason);
    if (!event.denial)
        return words;
    const Denial& d = *event.denial;
    const auto pct = [](const Decimal& fraction) {
        return tr("%1 %").arg(fraction.toDouble() * 100, 0, 'f', 2);
    };
    switch (d.reason) {
    case DenialReason::StopTooTight:
    case DenialReason::StopTooWide:
    case DenialReason::DailyLossLimit:
    case DenialReason::MaxDrawdown:
    case DenialReason::OutlierTick:
    case DenialReason::SlippageBreaker:
        return tr("%1 (%2, limit %3)").arg(words, pct(d.value), pct(d.limit));
    case DenialReason::TradesPerHour:
    case DenialReason::TradesPerDay:
        return tr("%1 (%2 of %3)").arg(words, d.value.toString(), d.limit.toString());
    case DenialReason::CooldownAfterLoss:
    case DenialReason::StopOutLock:
        return tr("%1 (%2 bars left)").arg(words).arg(d.barsLeft);
    default:
        return words;
    }
}

QString TradingText::money(const Decimal& value, bool signedValue)
{
    const QString text = value.toString(2, RoundingMode::HalfEven);
    return signedValue && value.isPositive() ? QLatin1Char('+') + text : text;
}

QString TradingText::dateTime(Timestamp time)
{
    return QDateTime::fromSecsSinceEpoch(toUnixSeconds(time), Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TradingText::duration(std::chrono::seconds span)
{
    const qint64 total = std::max<qint64>(0, span.count());
    const qint64 days = total / 86400;
    const qint64 hours = total % 86400 / 3600;
    const qint64 minutes = total % 3600 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 m").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 m").arg(minutes);
    return tr("%1 s").arg(total);
}

QString TradingText::percent(double fraction)
{
    return tr("%1 %").arg(fraction * 100, 0, 'f', 1);
}

QString TradingText::event(const TradingEvent& event)
{
    if (event.kind == TradingEvent::Kind::Fill)
        return tr("%1: %2 %3 %4 at %5 (fee %6)")
            .arg(event.botId, side(event.side), event.quantity.toString(), event.productId,
                event.price.toString(), money(event.fee));
    return tr("%1: %2 %3 %4 refused — %5")
        .arg(event.botId, side(event.side), event.quantity.toString(), event.productId,
            refusal(event));
}

} // namespace Candela::Gui
