#include "positionsmodel.h"

#include "tradingtext.h"

#include "ui/models/pricetext.h"
#include "ui/models/sortrole.h"
#include "ui/theme.h"

#include <array>

namespace Candela::Gui {

PositionsModel::PositionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PositionsModel::setSnapshot(const Core::TradingSnapshot& snapshot)
{
    const bool sameRows = snapshot.positions.size() == m_positions.size()
        && std::equal(m_positions.begin(), m_positions.end(), snapshot.positions.begin(),
            [](const Core::OpenPosition& a, const Core::OpenPosition& b) {
                return a.botId == b.botId && a.productId == b.productId;
            });
    if (!sameRows)
        beginResetModel();
    m_positions = snapshot.positions;
    m_now = snapshot.time;
    if (!sameRows)
        endResetModel();
    else if (!m_positions.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PositionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_positions.size());
}

int PositionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PositionsModel::setPriceDecimals(const QString& productId, int decimals)
{
    if (decimals < 0 || m_priceDecimals.value(productId, -1) == decimals)
        return;
    m_priceDecimals.insert(productId, decimals);
    if (!m_positions.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_positions.size()) - 1, ColumnCount - 1));
}

QVariant PositionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Core::OpenPosition& p = m_positions[size_t(index.row())];
    const auto age = std::chrono::duration_cast<std::chrono::seconds>(m_now - p.openedAt);
    if (role == SortRole) {
        switch (Column(index.column())) {
        case SizeColumn:
            return TradingText::sortKey(p.quantity);
        case EntryColumn:
            return TradingText::sortKey(p.entryPrice);
        case MarkColumn:
            return TradingText::sortKey(p.mark);
        case PnlColumn:
            return TradingText::sortKey(p.unrealizedPnl);
        case AgeColumn:
            return qlonglong(age.count());
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == PnlColumn && !p.unrealizedPnl.isZero())
        return p.unrealizedPnl.isPositive() ? gainColour() : lossColour();
    if (role == Qt::TextAlignmentRole && index.column() >= SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QString none = QStringLiteral("—");
    const int decimals = m_priceDecimals.value(p.productId, -1); // -1: prices as held
    switch (Column(index.column())) {
    case BotColumn:
        return p.botId;
    case ProductColumn:
        return p.productId;
    case SideColumn:
        return TradingText::direction(p.side);
    case SizeColumn:
        return p.quantity.toString();
    case EntryColumn:
        return priceText(p.entryPrice, decimals);
    case MarkColumn:
        return priceText(p.mark, decimals);
    case PnlColumn:
        return TradingText::money(p.unrealizedPnl, true);
    case StopColumn:
        return p.stop ? priceText(*p.stop, decimals) : none;
    case TargetColumn:
        return p.target ? priceText(*p.target, decimals) : none;
    case AgeColumn:
        return TradingText::duration(age);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PositionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles in Column order.
    static constexpr std::array<const char*, ColumnCount> Titles{
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Bot"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Product"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Side"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Size"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Entry"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Mark"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Unrealized P&L"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Stop"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Target"),
        QT_TRANSLATE_NOOP("Candela::Gui::PositionsModel", "Age"),
    };
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    return tr(Titles[size_t(section)]);
}

} // namespace Candela::Gui
