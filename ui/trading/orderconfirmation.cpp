#include "orderconfirmation.h"

#include "ui/models/pricetext.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTimer>

namespace Candela::Gui {

OrderConfirmation::OrderConfirmation(const Core::ManualOrder& order, int priceDecimals,
    const QString& ticketPreview, bool live, QWidget* parent)
    : QMessageBox(QMessageBox::Question, tr("Place order"), QString(),
        QMessageBox::Yes | QMessageBox::Cancel, parent)
    , m_order(order)
    , m_priceDecimals(priceDecimals)
    , m_ticketPreview(ticketPreview)
    , m_live(live)
{
    setObjectName(QStringLiteral("manualOrderConfirmation"));
    setDefaultButton(live ? QMessageBox::Cancel : QMessageBox::Yes);
    if (live) {
        m_venueText = tr("Asking Coinbase for its preview…");
        button(QMessageBox::Yes)->setEnabled(false);
        // The REST client answers within its own timeout; a session stopped meanwhile never
        // does: the question is not left waiting for it.
        QTimer::singleShot(PreviewWait, this, [this] {
            if (!m_previewed)
                setVenuePreview({tr("no answer"), {}, {}, {}, {}, {}});
        });
    } else {
        setCheckBox(new QCheckBox(tr("Do not ask again for paper orders"), this));
    }
    setAttribute(Qt::WA_DeleteOnClose);
    updateText();
}

void OrderConfirmation::setVenuePreview(const Core::ManualOrderPreview& preview)
{
    m_previewed = true;
    bool canPlace = true;
    if (!preview.problem.isEmpty()) {
        m_venueText = tr("Coinbase's preview could not be had (%1). The order can still be "
                         "placed; Candela's own checks hold.")
                          .arg(preview.problem);
    } else {
        // Coinbase's figures as it gave them: exact, not rounded to the cent.
        m_venueText = tr("Coinbase's preview: %1 in all, fees %2.")
                          .arg(preview.orderTotal.toString(), preview.commissionTotal.toString());
        if (preview.averagePrice)
            m_venueText += QLatin1Char(' ')
                + tr("Expected average price %1.").arg(preview.averagePrice->toString());
        if (!preview.warnings.isEmpty())
            m_venueText += QLatin1Char('\n')
                + tr("Coinbase warns: %1").arg(preview.warnings.join(QStringLiteral(", ")));
        if (!preview.errors.isEmpty()) {
            m_venueText += QLatin1Char('\n')
                + tr("Coinbase would refuse it: %1").arg(preview.errors.join(QStringLiteral(", ")));
            canPlace = false;
        }
    }
    button(QMessageBox::Yes)->setEnabled(canPlace);
    updateText();
}

bool OrderConfirmation::dontAskAgain() const
{
    return checkBox() && checkBox()->isChecked();
}

QString OrderConfirmation::question(const Core::ManualOrder& order, int priceDecimals)
{
    const QString side = order.side == Core::Side::Buy ? tr("Buy") : tr("Sell");
    const QString size = order.quantity.toString();
    const QString limit
        = order.limitPrice ? priceText(*order.limitPrice, priceDecimals) : QString();
    const QString stop = order.stopPrice ? priceText(*order.stopPrice, priceDecimals) : QString();
    switch (order.type) {
    case Core::OrderType::Market:
        return tr("%1 %2 %3 at market?").arg(side, size, order.productId);
    case Core::OrderType::Limit:
        return (order.postOnly ? tr("%1 %2 %3 with a post-only limit at %4?")
                               : tr("%1 %2 %3 with a limit at %4?"))
            .arg(side, size, order.productId, limit);
    case Core::OrderType::StopLimit:
        return tr("%1 %2 %3 with a stop at %4, then a limit at %5?")
            .arg(side, size, order.productId, stop, limit);
    case Core::OrderType::Bracket:
        return tr("%1 %2 %3 at the target %4, or at market once it falls to the stop %5?")
            .arg(side, size, order.productId, limit, stop);
    }
    return {};
}

void OrderConfirmation::updateText()
{
    QString text = question(m_order, m_priceDecimals) + QStringLiteral("\n\n") + m_ticketPreview;
    if (m_live)
        text += QStringLiteral("\n\n") + m_venueText + QStringLiteral("\n\n")
            + tr("This is a real order at Coinbase.");
    setText(text);
}

} // namespace Candela::Gui
