#pragma once

#include "core/market/orderbook.h"

#include <QAbstractTableModel>

#include <vector>

namespace Candela::Gui {

// The top of the book as a ladder: asks from the highest shown down to the best, then bids from
// the best down. A thin adapter over snapshot rows (STYLE.md rule 12).
class OrderBookModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBookModel)

public:
    enum Column {
        PriceColumn,
        SizeColumn,
        TotalColumn, // cumulative size from the best price outwards
        ColumnCount,
    };

    struct Row
    {
        Core::Side side = Core::Side::Buy;
        Core::Decimal price;
        Core::Decimal size;
        Core::Decimal total;
    };

    explicit OrderBookModel(QObject* parent = nullptr);

    // The one way in: replaces the ladder (bids and asks best first).
    void setLevels(
        const std::vector<Core::PriceLevel>& bids, const std::vector<Core::PriceLevel>& asks);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Prices with the product's price increment's decimals (-1: as held).
    void setPriceDecimals(int decimals);

private:
    int m_priceDecimals = -1;
    std::vector<Row> m_rows;
};

} // namespace Candela::Gui
