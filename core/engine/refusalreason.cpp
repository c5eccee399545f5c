#include "refusalreason.h"

#include "tradingsnapshot.h"

namespace Candela::Core {

const char* refusalReasonName(RefusalReason reason)
{
    switch (reason) {
    case RefusalReason::KillSwitch:
        return "kill_switch";
    case RefusalReason::BotStopped:
        return "bot_stopped";
    case RefusalReason::InsufficientCash:
        return "insufficient_cash";
    case RefusalReason::ProductRules:
        return "product_rules";
    case RefusalReason::UnknownProduct:
        return "unknown_product";
    case RefusalReason::NoPrice:
        return "no_price";
    case RefusalReason::PositionChanged:
        return "position_changed";
    case RefusalReason::OrderInFlight:
        return "order_in_flight";
    case RefusalReason::Unreconciled:
        return "unreconciled";
    case RefusalReason::UnguardedPosition:
        return "unguarded_position";
    case RefusalReason::NothingToSell:
        return "nothing_to_sell";
    case RefusalReason::VenueRejected:
        return "rejected";
    case RefusalReason::TradingDisabled:
        return "trading_disabled";
    case RefusalReason::CancelOnly:
        return "cancel_only";
    case RefusalReason::LimitOnly:
        return "limit_only";
    case RefusalReason::PriceOutsideBand:
        return "price_outside_band";
    case RefusalReason::PostOnlyWouldCross:
        return "post_only_would_cross";
    case RefusalReason::RiskConfig:
        return "risk_config";
    case RefusalReason::BotRisk:
        return "risk";
    case RefusalReason::AccountRisk:
        return "account_risk";
    case RefusalReason::ArithmeticError:
        return "arithmetic_error";
    case RefusalReason::DryRun:
        return "dry_run";
    }
    return "unknown";
}

RefusalReason refusalFor(PaperRejectReason reason)
{
    switch (reason) {
    case PaperRejectReason::None: // not a refusal; never asked
    case PaperRejectReason::SizeOrPrice:
        return RefusalReason::ProductRules;
    case PaperRejectReason::UnknownProduct:
        return RefusalReason::UnknownProduct;
    case PaperRejectReason::TradingDisabled:
        return RefusalReason::TradingDisabled;
    case PaperRejectReason::PostOnlyWouldCross:
        return RefusalReason::PostOnlyWouldCross;
    case PaperRejectReason::NoPrice:
        return RefusalReason::NoPrice;
    case PaperRejectReason::CancelOnly:
        return RefusalReason::CancelOnly;
    case PaperRejectReason::LimitOnly:
        return RefusalReason::LimitOnly;
    case PaperRejectReason::PriceOutsideBand:
        return RefusalReason::PriceOutsideBand;
    case PaperRejectReason::ArithmeticError:
        return RefusalReason::ArithmeticError;
    }
    return RefusalReason::ProductRules;
}

QString TradingEvent::reasonName() const
{
    if (denial && (refusal == RefusalReason::BotRisk || refusal == RefusalReason::AccountRisk))
        return (refusal == RefusalReason::AccountRisk ? QStringLiteral("account_") : QString())
            + QString::fromLatin1(denialReasonName(denial->reason));
    if (refusal == RefusalReason::VenueRejected && !venueReason.isEmpty())
        return venueReason;
    return QString::fromLatin1(refusalReasonName(refusal));
}

} // namespace Candela::Core
