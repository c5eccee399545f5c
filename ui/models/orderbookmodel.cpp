#include "orderbookmodel.h"

#include "pricetext.h"

#include <QBrush>
#include <QColor>

namespace Candela::Gui {

namespace {
const QColor BidColour(0x26, 0xa6, 0x9a);
const QColor AskColour(0xef, 0x53, 0x50);

std::vector<OrderBookModel::Row> rowsOf(
    const std::vector<Core::PriceLevel>& levels, Core::Side side)
{
    std::vector<OrderBookModel::Row> rows;
    // The depth so far; past the Decimal range (a corrupt book) the rows stop there.
    Core::Decimal total;
    for (const Core::PriceLevel& level : levels) {
        const auto sum = total.plus(level.quantity);
        if (!sum)
            break;
        total = *sum;
        rows.push_back({side, level.price, level.quantity, total});
    }
    return rows;
}
} // namespace

OrderBookModel::OrderBookModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void OrderBookModel::setPriceDecimals(int decimals)
{
    if (decimals == m_priceDecimals)
        return;
    m_priceDecimals = decimals;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, PriceColumn), index(int(m_rows.size()) - 1, PriceColumn));
}

void OrderBookModel::setLevels(
    const std::vector<Core::PriceLevel>& bids, const std::vector<Core::PriceLevel>& asks)
{
    std::vector<Row> rows = rowsOf(asks, Core::Side::Sell);
    std::reverse(rows.begin(), rows.end()); // highest ask on top, the best just above the bids
    const std::vector<Row> bidRows = rowsOf(bids, Core::Side::Buy);
    rows.insert(rows.end(), bidRows.begin(), bidRows.end());

    if (rows.size() == m_rows.size()) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OrderBookModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderBookModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderBookModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    if (role == Qt::ForegroundRole && index.column() == PriceColumn)
        return QBrush(row.side == Core::Side::Buy ? BidColour : AskColour);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case PriceColumn:
        return priceText(row.price, m_priceDecimals);
    case SizeColumn:
        return row.size.toString();
    case TotalColumn:
        return row.total.toString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PriceColumn:
        return tr("Price");
    case SizeColumn:
        return tr("Size");
    case TotalColumn:
        return tr("Total", "cumulative size in the order book");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Candela::Gui
