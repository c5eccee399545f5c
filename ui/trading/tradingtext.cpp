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
    case HaltCause::ArithmeticError:
        return tr("a money figure left the range Candela can hold exactly");
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

QString TradingText::refusal(RefusalReason reason)
{
    switch (reason) {
    case RefusalReason::KillSwitch:
        return tr("the kill switch is engaged");
    case RefusalReason::BotStopped:
        return tr("the bot is stopped");
    case RefusalReason::InsufficientCash:
        return tr("not enough cash");
    case RefusalReason::ProductRules:
        return tr("the size breaks the product's rules");
    case RefusalReason::UnknownProduct:
        return tr("the product is not known to the venue");
    case RefusalReason::NoPrice:
        return tr("no market price yet");
    case RefusalReason::PositionChanged:
        return tr("the position changed since it was shown");
    case RefusalReason::OrderInFlight:
        return tr("an order of the position is still in flight");
    case RefusalReason::Unreconciled:
        return tr("Coinbase and Candela's journal differ on the product");
    case RefusalReason::UnguardedPosition:
        return tr("no stop and no exit could be placed: the position is unguarded");
    case RefusalReason::NothingToSell:
        return tr("the Manual ledger does not hold that much to sell");
    case RefusalReason::VenueRejected:
        return tr("the venue rejected the order");
    case RefusalReason::TradingDisabled:
        return tr("trading is disabled for the product");
    case RefusalReason::CancelOnly:
        return tr("the product takes cancels only");
    case RefusalReason::LimitOnly:
        return tr("the product takes limit orders only");
    case RefusalReason::PriceOutsideBand:
        return tr("the price is too far from the market");
    case RefusalReason::PostOnlyWouldCross:
        return tr("a post-only order would have crossed the book");
    case RefusalReason::RiskConfig:
        return tr("the bot's risk settings are invalid");
    case RefusalReason::BotRisk:
        return tr("risk: a limit of the bot");
    case RefusalReason::AccountRisk:
        return tr("risk: a limit of the account");
    case RefusalReason::ArithmeticError:
        return tr("a figure of the order is beyond the range Candela can hold exactly");
    case RefusalReason::DryRun:
        return tr("a dry run places no order");
    }
    return {};
}

QString TradingText::denial(DenialReason reason, bool accountWide)
{
    switch (reason) {
    case DenialReason::KillSwitch:
        return refusal(RefusalReason::KillSwitch);
    case DenialReason::DataStale:
        return tr("stale data");
    case DenialReason::DataResyncing:
        return tr("the order book is resyncing");
    case DenialReason::OutlierTick:
        return tr("risk: outlier price move");
    case DenialReason::ShortsNotAllowed:
        return tr("no shorts on spot");
    case DenialReason::NoStop:
        return tr("risk: no swing or ATR to place a stop");
    case DenialReason::StopTooTight:
        return tr("risk: stop too tight");
    case DenialReason::StopTooWide:
        return tr("risk: stop too wide");
    case DenialReason::DailyLossLimit:
        return accountWide ? tr("risk: the account's daily loss limit")
                           : tr("risk: daily loss limit");
    case DenialReason::MaxDrawdown:
        return accountWide ? tr("risk: the account's drawdown limit") : tr("risk: drawdown limit");
    case DenialReason::TradesPerHour:
        return tr("risk: trades per hour");
    case DenialReason::TradesPerDay:
        return tr("risk: trades per day");
    case DenialReason::CooldownAfterLoss:
        return tr("risk: cooldown after a loss");
    case DenialReason::SizeBelowMinimum:
        return tr("risk: size below the product minimum");
    case DenialReason::FeesTooHigh:
        return tr("risk: fees would exceed the risk");
    case DenialReason::SlippageBreaker:
        return tr("risk: slippage breaker");
    case DenialReason::StopOutLock:
        return tr("risk: locked after stop-outs");
    case DenialReason::ArithmeticError:
        return tr("risk: a figure is beyond the range Candela can hold exactly; the bot stopped");
    }
    return {};
}

QString TradingText::refusal(const TradingEvent& event)
{
    const bool risk
        = event.refusal == RefusalReason::BotRisk || event.refusal == RefusalReason::AccountRisk;
    if (!risk || !event.denial) {
        if (event.refusal == RefusalReason::VenueRejected && !event.venueReason.isEmpty())
            return tr("%1 (%2)").arg(refusal(event.refusal), event.venueReason);
        return refusal(event.refusal);
    }
    const Denial& d = *event.denial;
    const QString words = denial(d.reason, event.refusal == RefusalReason::AccountRisk);
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
