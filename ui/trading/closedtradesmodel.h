#pragma once

#include "core/model/closedtrade.h"

#include <QAbstractTableModel>

#include <vector>

namespace Candela::Gui {

// The Closed trades dock: every FIFO round trip, oldest first, with its fees, P&L and R.
// New trades are appended as rows (a selection stays where it was).
class ClosedTradesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClosedTradesModel)

public:
    enum Column {
        IdColumn,
        BotColumn,
        ProductColumn,
        SideColumn,
        EntryTimeColumn,
        EntryColumn,
        ExitTimeColumn,
        ExitColumn,
        SizeColumn,
        FeesColumn,
        PnlColumn,
        RColumn,
        DurationColumn,
        ExitReasonColumn,
        ColumnCount,
    };

    explicit ClosedTradesModel(QObject* parent = nullptr);

    void setTrades(const std::vector<Core::ClosedTrade>& trades);
    const std::vector<Core::ClosedTrade>& trades() const { return m_trades; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Core::ClosedTrade> m_trades;
};

} // namespace Candela::Gui
