#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <deque>

namespace Candela::Gui {

// The Log dock's rows: what happened, when (UTC) and of which kind — kill switch, connection,
// data health, bots, notices. Newest at the bottom; the oldest go beyond MaxRows.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column {
        TimeColumn,
        KindColumn,
        MessageColumn,
        ColumnCount,
    };
    static constexpr int MaxRows = 5000;

    explicit AuditLogModel(QObject* parent = nullptr);

    void append(const QDateTime& time, const QString& kind, const QString& message);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDateTime time;
        QString kind;
        QString message;
    };
    std::deque<Row> m_rows;
};

} // namespace Candela::Gui
