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

// The order ticket dock: buy or sell the chart's product by hand — at market, with a limit, a
// post-only limit, a stop-limit or a bracket (a sell at a target or at a stop), good until
// cancelled or for an hour, a day, a week of the market's time (good-til-date) — sized in the
// base or the quote currency, with what it will cost, its fee and how far its prices are from
// the market before it goes. A click on an order-book level or the chart fills in a price. It
// checks only what it can see (a size, prices against the last price); the engine decides the
// rest and says so in the Orders dock. Emits orderRequested() for the window to confirm and
// send.
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
    // A price picked elsewhere (the order book, the chart): a market ticket becomes a limit
    // there; a stop-limit takes it as its stop; a bracket as its target when over the last
    // price, else as its stop.
    void setPrice(const QString& price);
    // A price picked on the chart (a point between two prices): on the product's decimals.
    void setChartPrice(double price);
    void focusSize();

    // The order as the ticket reads now, or why it cannot be placed.
    Core::Result<Core::ManualOrder> order() const;
    QString previewText() const;
    // The decimals of the product's price increment (2 on a cent grid).
    int priceDecimals() const { return m_priceDecimals; }

Q_SIGNALS:
    void orderRequested(const Candela::Core::ManualOrder& order);

private:
    void updatePreview();
    // A stop-limit's or a bracket's stop read into `order`, and what is wrong with its prices
    // against the last price (empty: nothing).
    QString stopProblem(Core::ManualOrder& order) const;
    // The preview's lines for a stop-limit or a bracket.
    QString stoppedPreview(const Core::ManualOrder& order) const;
    QString distanceText(const Core::Decimal& price) const;
    void place();

    QLabel* m_product;
    QButtonGroup* m_side;
    QPushButton* m_buy;
    QPushButton* m_sell;
    QComboBox* m_type;
    QLineEdit* m_size;
    QComboBox* m_sizeUnit;
    QLineEdit* m_price;
    QLineEdit* m_stop; // a stop-limit's or a bracket's stop
    QLabel* m_priceLabel; // "Limit price", or a bracket's "Target"
    QLabel* m_stopLabel;
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
