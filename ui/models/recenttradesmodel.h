#pragma once

#include "core/model/trade.h"

#include <QAbstractTableModel>

#include <vector>

namespace Candela::Gui {

// The tape: the product's latest prints, newest on top. Coinbase reports the maker's side; the
// trader reads the taker's (a print against the ask is a buy), so that is what is shown, in
// words and in colour.
class RecentTradesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentTradesModel)

public:
    enum Column {
        TimeColumn,
        PriceColumn,
        SizeColumn,
        SideColumn, // the taker's side
        ColumnCount,
    };

    explicit RecentTradesModel(QObject* parent = nullptr);

    // The one way in: the prints, newest first.
    void setTrades(const std::vector<Core::Trade>& trades);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Prices with the product's price increment's decimals (-1: as held).
    void setPriceDecimals(int decimals);

private:
    int m_priceDecimals = -1;
    std::vector<Core::Trade> m_trades;
};

} // namespace Candela::Gui
