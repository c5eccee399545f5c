#include "liveaccount.h"

#include "apikeystore.h"
#include "apptr.h"

#include "core/coinbase/publicrestclient.h"
#include "core/coinbase/tradingrestclient.h"
#include "core/coinbase/userchannel.h"

namespace Candela {

LiveAccount::LiveAccount(ApiKeyStore& keys, QObject* parent)
    : QObject(parent)
    , m_keys(keys)
{ }

LiveAccount::~LiveAccount() = default;

void LiveAccount::check(const QString& keyName)
{
    if (keyName.isEmpty()) {
        Q_EMIT problem(AppTr::tr("No Coinbase API key is stored. Add one under Edit → Settings → "
                                 "API key (View and Trade permissions only)."));
        return;
    }
    m_keys.load([this, keyName](Core::Result<Core::SigningKey> key) {
        if (!key) {
            Q_EMIT problem(AppTr::tr("The API key cannot be read from the system keychain: %1")
                               .arg(key.error().message));
            return;
        }
        start(*key, keyName);
    });
}

void LiveAccount::start(const Core::SigningKey& key, const QString& keyName)
{
    if (!m_readiness || keyName != m_keyName) {
        // A new key (or the first check): new clients, so no token of the old key is made.
        m_readiness.reset();
        m_channel.reset();
        m_keyName = keyName;
        m_rest = std::make_unique<Core::TradingRestClient>(Core::TradingRestClient::Config{},
            Core::TradingRestClient::Credentials{key, keyName}, m_clock);
        m_publicRest = std::make_unique<Core::PublicRestClient>(Core::PublicRestClient::Config{});
        m_channel = std::make_unique<Core::UserChannel>(
            Core::UserChannel::Config{}, key, keyName, m_clock);
        m_readiness = std::make_unique<Core::LiveReadiness>(
            *m_rest, *m_publicRest, *m_channel, m_clock, Core::LiveReadiness::Config{});
        connect(
            m_readiness.get(), &Core::LiveReadiness::updated, this, &LiveAccount::readinessUpdated);
    }
    // No live journal exists yet: an empty book, so whatever the portfolio holds shows as a
    // difference for the user to see before any bot could trade it.
    m_readiness->check(Core::LocalBook{});
}

} // namespace Candela
