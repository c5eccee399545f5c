#pragma once

#include "core/coinbase/livereadiness.h"

#include <QObject>

#include <memory>

namespace Candela {

class ApiKeyStore;

namespace Core {
class PublicRestClient;
class TradingRestClient;
class UserChannel;
} // namespace Core

// The Coinbase account behind the stored API key, for Tools → Coinbase account…: loads the
// private key from the keychain, then runs the live gates' checks against Coinbase (key
// permissions, clock, user channel, reconciliation with the live journal) and reports each
// step. Read-only: it places and cancels nothing.
class LiveAccount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveAccount)

public:
    explicit LiveAccount(ApiKeyStore& keys, QObject* parent = nullptr);
    ~LiveAccount() override;

    // `keyName` as stored in the settings; empty: no key was ever stored.
    void check(const QString& keyName);

Q_SIGNALS:
    void readinessUpdated(const Candela::Core::LiveReadinessReport& report);
    // Nothing could be checked (no key, the keychain refused): a sentence for the user.
    void problem(const QString& text);

private:
    void start(const Core::SigningKey& key, const QString& keyName);

    ApiKeyStore& m_keys;
    Core::SystemClock m_clock;
    QString m_keyName; // of the clients below
    std::unique_ptr<Core::TradingRestClient> m_rest;
    std::unique_ptr<Core::PublicRestClient> m_publicRest;
    std::unique_ptr<Core::UserChannel> m_channel;
    std::unique_ptr<Core::LiveReadiness> m_readiness;
};

} // namespace Candela
