#pragma once

#include <QWidget>

namespace Candela::Gui {

class AuditLogModel;
class DataTable;

// The Log dock: the audit log, sortable, filtered by the text typed above it (any column),
// copyable (Ctrl+C copies the selected rows as tab-separated text), following the newest line
// unless the trader scrolled up to read.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(QWidget* parent = nullptr);

    void append(const QString& kind, const QString& message);
    AuditLogModel* model() const { return m_model; }
    // The selected rows as tab-separated lines, in view order.
    QString selectedText() const;

private:
    AuditLogModel* m_model;
    DataTable* m_table;
    bool m_follow = true;
};

} // namespace Candela::Gui
