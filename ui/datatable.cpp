#include "datatable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Candela::Gui {

SortFilterProxy::SortFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1); // any column
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool SortFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    if (a.isValid() && b.isValid())
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    return QSortFilterProxyModel::lessThan(left, right);
}

DataTable::DataTable(QAbstractItemModel* model, const QString& name, const QString& accessibleName,
    const QString& filterPlaceholder, QWidget* parent)
    : QWidget(parent)
    , m_proxy(new SortFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_layout(new QVBoxLayout(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(filterPlaceholder);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setAccessibleName(accessibleName);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    auto* copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
        [this] { QApplication::clipboard()->setText(selectedText()); });
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_layout->setContentsMargins(4, 2, 4, 0);
    m_layout->addWidget(m_filter);
    m_layout->addWidget(m_view, 1);
}

void DataTable::addFooter(QWidget* widget)
{
    m_layout->addWidget(widget);
}

QString DataTable::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : rows) {
        QStringList cells;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            cells.append(m_proxy->index(row, column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Candela::Gui
