#pragma once

#include "models/sortrole.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QTableView;
class QVBoxLayout;

namespace Candela::Gui {

// Sorts by SortRole where the model gives one, else by the display text.
class SortFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SortFilterProxy)

public:
    explicit SortFilterProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

// A dock's table: a filter line above (matching any column), sorting by any column, rows
// selected whole and copied with Ctrl+C as tab-separated text. The Log, Positions, Orders and
// Closed trades docks are all one of these.
class DataTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataTable)

public:
    // `name` names the parts for tests and screen readers: "<name>Filter", "<name>View".
    DataTable(QAbstractItemModel* model, const QString& name, const QString& accessibleName,
        const QString& filterPlaceholder, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filter() const { return m_filter; }
    // Puts `widget` under the table (a summary line, buttons).
    void addFooter(QWidget* widget);
    // The selected rows as tab-separated lines, in view order.
    QString selectedText() const;

private:
    SortFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QVBoxLayout* m_layout;
};

} // namespace Candela::Gui
