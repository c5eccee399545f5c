#include "closedtradesmodel.h"

#include "tradingtext.h"

#include "ui/models/sortrole.h"
#include "ui/theme.h"

#include <array>

namespace Candela::Gui {

namespace {
bool sameTrade(const Core::ClosedTrade& a, const Core::ClosedTrade& b)
{
    return a.id == b.id && a.botId == b.botId && a.exitTime == b.exitTime;
}
} // namespace

ClosedTradesModel::ClosedTradesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClosedTradesModel::setTrades(const std::vector<Core::ClosedTrade>& trades)
{
    // Usually the same trades and a few new ones at the end: insert those only.
    const bool extends = trades.size() >= m_trades.size()
        && std::equal(m_trades.begin(), m_trades.end(), trades.begin(), sameTrade);
    if (!extends) {
        beginResetModel();
        m_trades = trades;
        endResetModel();
        return;
    }
    if (trades.size() == m_trades.size())
        return;
    beginInsertRows({}, int(m_trades.size()), int(trades.size()) - 1);
    m_trades.insert(m_trades.end(), trades.begin() + qsizetype(m_trades.size()), trades.end());
    endInsertRows();
}

int ClosedTradesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_trades.size());
}

int ClosedTradesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClosedTradesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Core::ClosedTrade& t = m_trades[size_t(index.row())];
    const auto held = std::chrono::duration_cast<std::chrono::seconds>(t.exitTime - t.entryTime);
    if (role == SortRole) {
        switch (Column(index.column())) {
        case IdColumn:
            return t.id;
        case EntryTimeColumn:
            return qlonglong(Core::toUnixSeconds(t.entryTime));
        case ExitTimeColumn:
            return qlonglong(Core::toUnixSeconds(t.exitTime));
        case EntryColumn:
            return TradingText::sortKey(t.entryPrice);
        case ExitColumn:
            return TradingText::sortKey(t.exitPrice);
        case SizeColumn:
            return TradingText::sortKey(t.quantity);
        case FeesColumn:
            return TradingText::sortKey(t.fees);
        case PnlColumn:
            return TradingText::sortKey(t.pnl);
        case RColumn:
            return t.rMultiple.value_or(0.0);
        case DurationColumn:
            return qlonglong(held.count());
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == PnlColumn && !t.pnl.isZero())
        return t.pnl.isPositive() ? gainColour() : lossColour();
    if (role == Qt::TextAlignmentRole && index.column() >= EntryColumn
        && index.column() <= DurationColumn && index.column() != ExitTimeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return t.id;
    case BotColumn:
        return t.botId;
    case ProductColumn:
        return t.productId;
    case SideColumn:
        return TradingText::direction(t.side);
    case EntryTimeColumn:
        return TradingText::dateTime(t.entryTime);
    case EntryColumn:
        return t.entryPrice.toString(2);
    case ExitTimeColumn:
        return TradingText::dateTime(t.exitTime);
    case ExitColumn:
        return t.exitPrice.toString(2);
    case SizeColumn:
        return t.quantity.toString();
    case FeesColumn:
        return TradingText::money(t.fees);
    case PnlColumn:
        return TradingText::money(t.pnl, true);
    case RColumn:
        return t.rMultiple ? QString::number(*t.rMultiple, 'f', 2) : QStringLiteral("—");
    case DurationColumn:
        return TradingText::duration(held);
    case ExitReasonColumn:
        return TradingText::exitReason(t.exitReason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClosedTradesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles in Column order.
    static constexpr std::array<const char*, ColumnCount> Titles{
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "#"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Bot"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Product"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Side"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Opened (UTC)"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Entry"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Closed (UTC)"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Exit"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Size"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Fees"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "P&L"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "R"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Held"),
        QT_TRANSLATE_NOOP("Candela::Gui::ClosedTradesModel", "Exit reason"),
    };
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    return tr(Titles[size_t(section)]);
}

} // namespace Candela::Gui
