#pragma once

#include "core/engine/tradingsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Candela::Gui {

// The Positions dock: each bot's open position, marked at the last price.
class PositionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionsModel)

public:
    enum Column {
        BotColumn,
        ProductColumn,
        SideColumn,
        SizeColumn,
        EntryColumn,
        MarkColumn,
        PnlColumn,
        StopColumn,
        TargetColumn,
        AgeColumn,
        ColumnCount,
    };

    explicit PositionsModel(QObject* parent = nullptr);

    void setSnapshot(const Core::TradingSnapshot& snapshot);
    // The decimals of `productId`'s price increment, for the prices shown from now on.
    void setPriceDecimals(const QString& productId, int decimals);
    // The position shown in `row`; null outside the rows.
    const Core::OpenPosition* position(int row) const
    {
        return row >= 0 && size_t(row) < m_positions.size() ? &m_positions[size_t(row)] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Core::OpenPosition> m_positions;
    QHash<QString, int> m_priceDecimals; // by product
    Core::Timestamp m_now;
};

} // namespace Candela::Gui
