#include "logpanel.h"

#include "datatable.h"
#include "models/auditlogmodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Candela::Gui {

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(this))
    , m_table(new DataTable(m_model, QStringLiteral("log"), tr("Log"), tr("Filter the log…"), this))
{
    QTableView* view = m_table->view();
    view->sortByColumn(AuditLogModel::TimeColumn, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionResizeMode(
        AuditLogModel::MessageColumn, QHeaderView::Interactive);
    // Follow the newest line unless the trader scrolled up to read.
    QScrollBar* scroll = view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
        [this, scroll](int value) { m_follow = value == scroll->maximum(); });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int maximum) {
        if (m_follow)
            scroll->setValue(maximum);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void LogPanel::append(const QString& kind, const QString& message)
{
    m_model->append(QDateTime::currentDateTimeUtc(), kind, message);
}

QString LogPanel::selectedText() const
{
    return m_table->selectedText();
}

} // namespace Candela::Gui
