#include "auditlogmodel.h"

namespace Candela::Gui {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::append(const QDateTime& time, const QString& kind, const QString& message)
{
    if (int(m_rows.size()) >= MaxRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.pop_front();
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back({time.toUTC(), kind, message});
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    if (role == Qt::UserRole && index.column() == TimeColumn)
        return row.time; // sorts by time, not by text
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return row.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case KindColumn:
        return row.kind;
    case MessageColumn:
        return row.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time (UTC)");
    case KindColumn:
        return tr("Kind", "of a log entry");
    case MessageColumn:
        return tr("What happened");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Candela::Gui
