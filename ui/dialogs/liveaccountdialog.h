#pragma once

#include "core/coinbase/livereadiness.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Candela::Gui {

// Tools → Coinbase account…: the account behind the stored API key as Coinbase shows it —
// whether live trading may start (and what stands in the way, in words), the key's permissions,
// the balances, the open orders (Candela's and external ones) and what differs from Candela's
// journal. Nothing here places or cancels an order; when every gate passes, "Trade live…" asks
// the user to type LIVE before the bots may trade the account.
class LiveAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveAccountDialog)

public:
    explicit LiveAccountDialog(QWidget* parent = nullptr);

    void showReport(const Core::LiveReadinessReport& report);
    // Nothing to check with: no key stored, the keychain refused, … (a sentence for the user).
    void showProblem(const QString& problem);

    // The user's answer to "type LIVE": exactly that word asks for live trading; anything else
    // says it did not start.
    void confirmLive(const QString& typed);

    // The words for one gate's blocker.
    static QString blockerText(Core::LiveBlocker blocker, const QString& detail);

Q_SIGNALS:
    void checkRequested();
    // Every gate passed and the user typed LIVE.
    void liveTradingRequested();
    // The user takes Coinbase's balances of these currencies as what the bots' portfolio holds
    // (money moved by hand): the differences selected, or all of them.
    void balancesAccepted(const QStringList& currencies);
    // The user closes an order placed outside Candela (its venue id) at Coinbase.
    void externalCancelRequested(const QString& venueOrderId);

private:
    void clearTables();
    // Asks before taking Coinbase's figures for the selected differences (or all).
    void confirmAccept();
    // The venue id of the selected open order if it is an external one.
    QString selectedExternalOrder() const;

    QPushButton* m_tradeLive;
    QPushButton* m_acceptBalances;
    QPushButton* m_cancelExternal;
    QLabel* m_status;
    QLabel* m_blockers;
    QLabel* m_permissions;
    QTableWidget* m_balances;
    QTableWidget* m_orders;
    QTableWidget* m_differences;
};

} // namespace Candela::Gui
