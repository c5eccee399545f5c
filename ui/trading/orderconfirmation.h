#pragma once

#include "core/engine/manualorder.h"

#include <QMessageBox>

#include <chrono>

namespace Candela::Gui {

// The question before the trader's own order goes: what it is in words ("Sell 0.02 BTC-USD with
// a stop at 99.00, then a limit at 98.50?"), the ticket's preview of its cost and fees, and —
// when it is a real order at Coinbase — Coinbase's own preview (/orders/preview): its total, its
// fees, and what it would object to. While that preview is asked for, and when Coinbase says it
// would refuse the order, Yes cannot be pressed; a preview that cannot be had is said, and the
// order may still be placed (the engine's own checks hold). Deletes itself when closed.
class OrderConfirmation final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderConfirmation)

public:
    // `priceDecimals`: the product's price increment's (the prices are written on its grid).
    OrderConfirmation(const Core::ManualOrder& order, int priceDecimals,
        const QString& ticketPreview, bool live, QWidget* parent);

    const Core::ManualOrder& order() const { return m_order; }
    // Coinbase's answer to the preview asked for this order.
    void setVenuePreview(const Core::ManualOrderPreview& preview);
    // Whether the trader ticked "Do not ask again for paper orders".
    bool dontAskAgain() const;

    // How long the question waits for Coinbase's preview before it says there was none.
    static constexpr std::chrono::milliseconds PreviewWait{15'000};

    // The order in one question, its prices on the product's grid ("65090.00", not "65090").
    static QString question(const Core::ManualOrder& order, int priceDecimals);

private:
    void updateText();

    Core::ManualOrder m_order;
    int m_priceDecimals;
    QString m_ticketPreview;
    bool m_live;
    QString m_venueText;
    bool m_previewed = false;
};

} // namespace Candela::Gui
