#pragma once

#include "core/market/marketsnapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Candela::Gui {

class OrderBookModel;
class RecentTradesModel;

// The order book dock: spread and imbalance on top, the ladder (kept centred on the spread),
// and the tape of recent prints below it. All figures come from the snapshot; nothing is
// computed here.
class MarketDepthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketDepthPanel)

public:
    explicit MarketDepthPanel(QWidget* parent = nullptr);

    void showSnapshot(const Core::MarketSnapshot& snapshot);

Q_SIGNALS:
    // The trader clicked a level of the book: its price, as shown.
    void priceChosen(const QString& price);

private:
    QLabel* m_summary;
    OrderBookModel* m_book;
    QTableView* m_bookView;
    RecentTradesModel* m_trades;
    QString m_bookProduct;
    bool m_hadBook = false;
};

} // namespace Candela::Gui
