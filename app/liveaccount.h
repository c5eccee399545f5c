#pragma once

#include "core/engine/sessionoptions.h"

#include "core/coinbase/livereadiness.h"
#include "core/coinbase/publicrestclient.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Candela {

namespace Core {
class TradingRestClient;
class UserChannel;
} // namespace Core

// The Coinbase account behind the stored API key, for Tools → Coinbase account…: loads the
// private key from the keychain, then runs the live gates' checks against Coinbase (key
// permissions, clock, user channel, reconciliation with the live journal) and reports each
// step. It places and cancels nothing; when every gate passed, liveVenue() is what the bots
// trade live through.
class LiveAccount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveAccount)

public:
    // Where the private key comes from: the OS keychain (ApiKeyStore::load) in the app.
    using KeyLoader = std::function<void(std::function<void(Core::Result<Core::SigningKey>)>)>;
    // Coinbase's endpoints; tests point them at the fake venue on 127.0.0.1.
    struct Endpoints
    {
        Core::TradingRestClient::Config rest;
        Core::PublicRestClient::Config publicRest;
        Core::UserChannel::Config userChannel;
    };

    // `liveJournal`: the live journal the account is reconciled with (never a paper one).
    LiveAccount(KeyLoader loadKey, QString liveJournal, Endpoints endpoints = {},
        QObject* parent = nullptr);
    ~LiveAccount() override;

    // `keyName` as stored in the settings; empty: no key was ever stored.
    void check(const QString& keyName);

    // After a check: Coinbase's balances of `currencies` (none: of all) become what the bots'
    // portfolio should hold (the user moved money by hand), on the record in the live journal.
    Core::Status acceptVenueBalances(const QStringList& currencies);
    // Cancels one order placed outside Candela at Coinbase; `done` gets the problem in words, or
    // nothing when the venue cancelled it.
    void cancelExternalOrder(const QString& venueOrderId, std::function<void(QString)> done);

    // The live journal in the user's data directory (beside the paper sessions, never one).
    static QString defaultJournalPath();

    // After a check that passed every gate (access Trading): the venue the bots trade live at,
    // its journal holding the portfolio's balances as trading starts (the first time only);
    // otherwise the reason, in words, that live trading cannot start. In a new live journal the
    // bots share what the portfolio has available of their quote currency equally.
    Core::Result<Core::CoinbaseVenue> liveVenue(const std::vector<Core::BotConfig>& bots);

Q_SIGNALS:
    void readinessUpdated(const Candela::Core::LiveReadinessReport& report);
    // Nothing could be checked (no key, the keychain refused): a sentence for the user.
    void problem(const QString& text);

private:
    void start(const Core::SigningKey& key, const QString& keyName);

    KeyLoader m_loadKey;
    QString m_journalPath;
    Endpoints m_endpoints;
    std::optional<Core::SigningKey> m_key;
    std::optional<Core::LiveReadinessReport> m_lastReport;
    Core::SystemClock m_clock;
    QString m_keyName; // of the clients below
    std::unique_ptr<Core::TradingRestClient> m_rest;
    std::unique_ptr<Core::PublicRestClient> m_publicRest;
    std::unique_ptr<Core::UserChannel> m_channel;
    std::unique_ptr<Core::LiveReadiness> m_readiness;
};

} // namespace Candela
