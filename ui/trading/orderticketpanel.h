#pragma once

#include "core/engine/manualorder.h"
#include "core/execution/papermatcher.h"
#include "core/market/marketsnapshot.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Candela::Gui {

// The order ticket dock: buy or sell the chart's product by hand — at market, with a limit, or
// a post-only limit, good until cancelled or for an hour, a day, a week of the market's time
// (good-til-date) — sized in the base or the quote currency, with what it will cost, its fee
// and how far its price is from the market before it goes. A click on an order-book level fills
// in the price. It checks only what it can see (a size, a price); the engine decides the rest
// and says so in the Orders dock. Emits orderRequested() for the window to confirm and send.
class OrderTicketPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTicketPanel)

public:
    explicit OrderTicketPanel(QWidget* parent = nullptr);

    // The product the ticket trades and its market now (the chart's).
    void setMarket(const Core::MarketSnapshot& snapshot, const Core::Decimal& lastPrice);
    void setFees(const Core::PaperExchangeConfig& fees);
    void setSide(Core::Side side);
    // A price picked elsewhere (the order book): the ticket becomes a limit there.
    void setPrice(const QString& price);
    // A price picked on the chart (a point between two prices): on the product's decimals.
    void setChartPrice(double price);
    void focusSize();

    // The order as the ticket reads now, or why it cannot be placed.
    Core::Result<Core::ManualOrder> order() const;
    QString previewText() const;

Q_SIGNALS:
    void orderRequested(const Candela::Core::ManualOrder& order);

private:
    void updatePreview();
    void place();

    QLabel* m_product;
    QButtonGroup* m_side;
    QPushButton* m_buy;
    QPushButton* m_sell;
    QComboBox* m_type;
    QLineEdit* m_size;
    QComboBox* m_sizeUnit;
    QLineEdit* m_price;
    QComboBox* m_expiry; // a limit's life: until cancelled, or good til a time from now
    QLabel* m_preview;
    QPushButton* m_place;
    QString m_productId;
    Core::Decimal m_last;
    std::optional<Core::Decimal> m_bestBid;
    std::optional<Core::Decimal> m_bestAsk;
    int m_priceDecimals = 2;
    Core::Timestamp m_marketTime; // the market's latest time (a replay's, not the wall clock's)
    Core::PaperExchangeConfig m_fees;
};

} // namespace Candela::Gui
