#include "feetierwatch.h"

#include "tradingrestclient.h"

#include "core/corelogging.h"

#include <QPointer>

namespace Candela::Core {

namespace {
constexpr std::chrono::minutes RetryAfterFailure{1};
} // namespace

FeeTierWatch::FeeTierWatch(
    TradingRestClient& rest, const Clock& clock, std::chrono::seconds maxAge, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_clock(clock)
    , m_maxAge(maxAge)
{ }

void FeeTierWatch::refresh()
{
    if (m_reading)
        return;
    m_reading = true;
    const Timestamp askedAt = m_clock.now();
    m_rest.feeTier(
        [self = QPointer<FeeTierWatch>(this), askedAt](Result<CoinbaseOrders::FeeTier> tier) {
            if (!self)
                return;
            self->m_reading = false;
            if (!tier) {
                self->m_failedAt = askedAt;
                qCWarning(lcCoinbase).noquote()
                    << "the account's fee tier could not be read:" << tier.error().message;
                Q_EMIT self->readFailed(tier.error().message);
                return;
            }
            self->m_askedAt = askedAt;
            const bool changed = !self->m_tier || self->m_tier->makerFeeRate != tier->makerFeeRate
                || self->m_tier->takerFeeRate != tier->takerFeeRate;
            self->m_tier = *tier;
            if (changed)
                Q_EMIT self->tierChanged(*tier);
        });
}

void FeeTierWatch::atOrder()
{
    const Timestamp now = m_clock.now();
    if (m_failedAt && now - *m_failedAt < RetryAfterFailure)
        return;
    if (!m_askedAt || now - *m_askedAt >= m_maxAge)
        refresh();
}

} // namespace Candela::Core
