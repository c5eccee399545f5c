#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Candela::Gui {

class AuditLogModel;

// The Log dock: the audit log, sortable, filtered by the text typed above it (any column), and
// copyable (Ctrl+C copies the selected rows as tab-separated text).
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
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    bool m_follow = true;
};

} // namespace Candela::Gui
