#include "recenttradesmodel.h"

#include "pricetext.h"

#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace Candela::Gui {

namespace {
const QColor BuyColour = gainColour();
const QColor SellColour = lossColour();

bool takerBought(const Core::Trade& trade)
{
    return trade.side == Core::Side::Sell; // the maker sold
}
} // namespace

RecentTradesModel::RecentTradesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RecentTradesModel::setPriceDecimals(int decimals)
{
    if (decimals == m_priceDecimals)
        return;
    m_priceDecimals = decimals;
    if (!m_trades.empty())
        Q_EMIT dataChanged(index(0, PriceColumn), index(int(m_trades.size()) - 1, PriceColumn));
}

void RecentTradesModel::setTrades(const std::vector<Core::Trade>& trades)
{
    const bool sameIds = trades.size() == m_trades.size()
        && std::equal(trades.begin(), trades.end(), m_trades.begin(),
            [](const Core::Trade& a, const Core::Trade& b) { return a.tradeId == b.tradeId; });
    if (sameIds)
        return; // nothing new on the tape
    beginResetModel();
    m_trades = trades;
    endResetModel();
}

int RecentTradesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_trades.size());
}

int RecentTradesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentTradesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_trades.size()))
        return {};
    const Core::Trade& trade = m_trades[size_t(index.row())];
    if (role == Qt::ForegroundRole
        && (index.column() == PriceColumn || index.column() == SideColumn))
        return QBrush(takerBought(trade) ? BuyColour : SellColour);
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment horizontal
            = index.column() == SideColumn ? Qt::AlignLeft : Qt::AlignRight;
        return QVariant::fromValue(horizontal | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return QDateTime::fromSecsSinceEpoch(Core::toUnixSeconds(trade.time), Qt::UTC)
            .toString(QStringLiteral("HH:mm:ss"));
    case PriceColumn:
        return priceText(trade.price, m_priceDecimals);
    case SizeColumn:
        return trade.size.toString();
    case SideColumn:
        return takerBought(trade) ? tr("Buy", "taker side of a print")
                                  : tr("Sell", "taker side of a print");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecentTradesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time (UTC)");
    case PriceColumn:
        return tr("Price");
    case SizeColumn:
        return tr("Size");
    case SideColumn:
        return tr("Side", "taker side of a print");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Candela::Gui
