#pragma once

#include "equitymarks.h"
#include "riskgate.h"

#include <QString>

#include <optional>

namespace Candela::Core {

// The limits that hold for the whole account, across its bots' sub-ledgers: a daily loss and a
// drawdown from the high-water mark of the account's total equity (the policy's figures — the
// user's risk defaults). Each bot's own BotRisk keeps its own; this stops every bot's entries
// when the account as a whole has lost enough, even if no single bot has.
class AccountLimits final
{
public:
    explicit AccountLimits(RiskPolicy policy = {});

    void setPolicy(const RiskPolicy& policy);

    // The account's equity at a bar close; a refusal for new entries while a limit is hit.
    // (Inline: nothing to work out on a bar with the last bar's day and equity, a flat bot's
    // usual bar.)
    const std::optional<Denial>& update(Timestamp closeTime, const Decimal& equity)
    {
        if (m_denialCurrent && equity == m_marks.last && utcDayOfClose(closeTime) == m_marks.day)
            return m_denial;
        return updateFor(closeTime, equity);
    }
    const std::optional<Denial>& denial() const { return m_denial; }
    // The trader released the drawdown lock: counted afresh from the last equity.
    bool resetDrawdown();

    // The day, its starting equity, the last equity and the high-water mark, for the journal:
    // an engaged account limit stays engaged across a restart.
    QString text() const;
    bool restore(const QString& text);

private:
    const std::optional<Denial>& updateFor(Timestamp closeTime, const Decimal& equity);
    void setDailyLossAmount();
    void setDrawdownAmount();

    RiskPolicy m_policy;
    EquityMarks m_marks;
    // The day's loss and the fall from m_drawdownHigh that hit the limits, rounded up to 18
    // decimals: a loss under a limit never reaches it. None when beyond the Decimal range: every
    // entry is then refused with DenialReason::ArithmeticError once equity falls under the mark.
    std::optional<Decimal> m_dailyLossAmount = Decimal{};
    std::optional<Decimal> m_drawdownAmount = Decimal{};
    Decimal m_drawdownHigh; // the high-water mark m_drawdownAmount was worked out for
    std::optional<Denial> m_denial;
    bool m_denialCurrent = false; // m_denial holds for m_marks' day and last equity
};

} // namespace Candela::Core
