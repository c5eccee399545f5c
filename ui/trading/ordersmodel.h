#pragma once

#include "core/engine/tradingsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>

namespace Candela::Gui {

// The Orders dock: the engine's working and recent orders with their status, and the intents
// that never became an order with the reason they were refused (the kill switch, the cash, the
// product's rules).
class OrdersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)

public:
    enum Column {
        TimeColumn,
        BotColumn,
        ProductColumn,
        SideColumn,
        TypeColumn,
        SizeColumn,
        TermsColumn, // the order's own prices: its limit, its stop
        FilledColumn,
        PriceColumn,
        FeesColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount,
    };
    static constexpr size_t RefusalsKept = 200;

    explicit OrdersModel(QObject* parent = nullptr);

    void setOrders(const std::vector<Core::Order>& orders);
    // The order on `row`; null for a refusal's row.
    const Core::Order* order(int row) const
    {
        return row >= 0 && size_t(row) < m_orders.size() ? &m_orders[size_t(row)] : nullptr;
    }
    void addRefusal(const Core::TradingEvent& refusal);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The order's own prices as the Terms column shows them: "—" at market, the limit, or the
    // stop and limit ("stop 75000.00, limit 74250.00"; a bracket's "target 70500.00, stop
    // 68000.00"), with `priceDecimals` (the product's increment; negative: as held).
    static QString orderTerms(const Core::Order& order, int priceDecimals = -1);
    // The decimals of `productId`'s price increment, for the prices shown from now on.
    void setPriceDecimals(const QString& productId, int decimals);

private:
    QVariant orderData(const Core::Order& order, int column, int role) const;
    QVariant refusalData(const Core::TradingEvent& refusal, int column, int role) const;

    std::vector<Core::Order> m_orders; // rows 0 … n-1
    std::deque<Core::TradingEvent> m_refusals; // the rows after them
    QHash<QString, int> m_priceDecimals; // by product
};

} // namespace Candela::Gui
