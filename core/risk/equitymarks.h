#pragma once

#include "core/model/decimal.h"
#include "core/model/timestamp.h"

#include <QJsonObject>

namespace Candela::Core {

// The UTC day a bar closing at `closeTime` belongs to (a bar closing at midnight is the old day's).
// (One floor division of the microseconds: asked several times on every bar.)
inline qint64 utcDayOfClose(Timestamp closeTime)
{
    return std::chrono::floor<std::chrono::days>(closeTime - std::chrono::microseconds(1))
        .time_since_epoch()
        .count();
}

// What daily-loss and drawdown limits measure against, for a bot's sub-ledger or the whole
// account: the UTC day of the last bar close, the equity the day began with (the last close
// before it), the last equity and the high-water mark. Kept in the journal so that an engaged
// limit stays engaged across a restart.
struct EquityMarks
{
    qint64 day = -1;
    Decimal dayStart;
    Decimal last;
    Decimal highWaterMark;

    // The equity at a bar close; true when it began a new day. (Inline: on most bars of a flat
    // bot nothing moves, the high-water mark included.)
    bool update(Timestamp closeTime, const Decimal& equity)
    {
        const qint64 today = utcDayOfClose(closeTime);
        if (today == day && equity == last)
            return false;
        return moveTo(today, equity);
    }
    // The trader's release of a drawdown lock: the high-water mark restarts at the last equity,
    // so the drawdown is counted afresh from now. False when there was nothing to restart.
    bool restartHighWaterMark();

    QJsonObject toJson() const;
    // False (and nothing changed) for an object without all four figures.
    bool fromJson(const QJsonObject& object);

private:
    // The day or the equity moved: the marks follow.
    bool moveTo(qint64 today, const Decimal& equity);
};

} // namespace Candela::Core
