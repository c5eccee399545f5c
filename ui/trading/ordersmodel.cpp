#include "ordersmodel.h"

#include "tradingtext.h"

#include "ui/models/pricetext.h"
#include "ui/models/sortrole.h"
#include "ui/theme.h"

#include <array>

namespace Candela::Gui {

OrdersModel::OrdersModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void OrdersModel::setOrders(const std::vector<Core::Order>& orders)
{
    const bool same = orders.size() == m_orders.size()
        && std::equal(m_orders.begin(), m_orders.end(), orders.begin(),
            [](const Core::Order& a, const Core::Order& b) {
                return a.clientOrderId == b.clientOrderId && a.status == b.status
                    && a.filledQuantity == b.filledQuantity;
            });
    if (same)
        return;
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

void OrdersModel::addRefusal(const Core::TradingEvent& refusal)
{
    const int first = int(m_orders.size());
    if (m_refusals.size() >= RefusalsKept) {
        beginRemoveRows({}, first, first);
        m_refusals.pop_front();
        endRemoveRows();
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_refusals.push_back(refusal);
    endInsertRows();
}

int OrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size() + m_refusals.size());
}

int OrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const size_t row = size_t(index.row());
    if (row < m_orders.size())
        return orderData(m_orders[row], index.column(), role);
    return refusalData(m_refusals[row - m_orders.size()], index.column(), role);
}

void OrdersModel::setPriceDecimals(const QString& productId, int decimals)
{
    if (decimals < 0 || m_priceDecimals.value(productId, -1) == decimals)
        return;
    m_priceDecimals.insert(productId, decimals);
    if (!m_orders.empty())
        Q_EMIT dataChanged(index(0, TermsColumn), index(int(m_orders.size()) - 1, TermsColumn));
}

QString OrdersModel::orderTerms(const Core::Order& order, int priceDecimals)
{
    const auto price = [priceDecimals](const std::optional<Core::Decimal>& value) {
        return value ? priceText(*value, priceDecimals) : QStringLiteral("?");
    };
    switch (order.type) {
    case Core::OrderType::Market:
        return QStringLiteral("—");
    case Core::OrderType::Limit:
        return price(order.limitPrice);
    case Core::OrderType::StopLimit:
        return tr("stop %1, limit %2").arg(price(order.stopPrice), price(order.limitPrice));
    case Core::OrderType::Bracket:
        return tr("target %1, stop %2").arg(price(order.limitPrice), price(order.stopPrice));
    }
    return {};
}

QVariant OrdersModel::orderData(const Core::Order& order, int column, int role) const
{
    if (role == SortRole) {
        switch (Column(column)) {
        case TimeColumn:
            return qlonglong(order.createdAt.time_since_epoch().count());
        case SizeColumn:
            return TradingText::sortKey(order.quantity);
        case TermsColumn:
            return order.limitPrice ? TradingText::sortKey(*order.limitPrice) : QVariant();
        case FilledColumn:
            return TradingText::sortKey(order.filledQuantity);
        case PriceColumn:
            return TradingText::sortKey(order.averageFillPrice);
        case FeesColumn:
            return TradingText::sortKey(order.fees);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && column == SideColumn)
        return order.side == Core::Side::Buy ? gainColour() : lossColour();
    if (role == Qt::ToolTipRole && column == TimeColumn)
        return order.clientOrderId;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case TimeColumn:
        return TradingText::dateTime(order.createdAt);
    case BotColumn:
        return order.botId;
    case ProductColumn:
        return order.productId;
    case SideColumn:
        return TradingText::side(order.side);
    case TypeColumn:
        return order.postOnly ? tr("%1, post-only").arg(TradingText::orderType(order.type))
                              : TradingText::orderType(order.type);
    case SizeColumn:
        return order.quantity.toString();
    case TermsColumn:
        return orderTerms(order, m_priceDecimals.value(order.productId, -1));
    case FilledColumn:
        return order.filledQuantity.toString();
    case PriceColumn:
        return order.filledQuantity.isZero() ? QStringLiteral("—")
                                             : order.averageFillPrice.toString(2);
    case FeesColumn:
        return TradingText::money(order.fees);
    case StatusColumn:
        return TradingText::orderStatus(order.status);
    case ReasonColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrdersModel::refusalData(const Core::TradingEvent& refusal, int column, int role) const
{
    if (role == SortRole) {
        switch (Column(column)) {
        case TimeColumn:
            return qlonglong(refusal.time.time_since_epoch().count());
        case SizeColumn:
            return TradingText::sortKey(refusal.quantity);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && column == StatusColumn)
        return lossColour();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case TimeColumn:
        return TradingText::dateTime(refusal.time);
    case BotColumn:
        return refusal.botId;
    case ProductColumn:
        return refusal.productId;
    case SideColumn:
        return TradingText::side(refusal.side);
    case TypeColumn:
        return TradingText::orderType(Core::OrderType::Market);
    case SizeColumn: // a refused entry was never sized
        return refusal.quantity.isZero() ? QString() : refusal.quantity.toString();
    case StatusColumn:
        return tr("Refused");
    case ReasonColumn:
        return TradingText::refusal(refusal);
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles in Column order.
    static constexpr std::array<const char*, ColumnCount> Titles{
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Time (UTC)"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Bot"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Product"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Side"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Type"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Size"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Limit / stop"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Filled"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Avg price"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Fees"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Status"),
        QT_TRANSLATE_NOOP("Candela::Gui::OrdersModel", "Reason"),
    };
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    return tr(Titles[size_t(section)]);
}

} // namespace Candela::Gui
