#include "closedtradespanel.h"

#include "closedtradesmodel.h"
#include "tradefilterbar.h"
#include "tradingtext.h"

#include "core/portfolio/tradescsv.h"
#include "ui/datatable.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Candela::Gui {

ClosedTradesPanel::ClosedTradesPanel(QWidget* parent)
    : QWidget(parent)
    , m_filter(new TradeFilterBar(QStringLiteral("closedTradesFilter"), this))
    , m_model(new ClosedTradesModel(this))
    , m_table(new DataTable(m_model, QStringLiteral("closedTrades"), tr("Closed trades"),
          tr("Filter closed trades…"), this))
    , m_summary(new QLabel(this))
{
    m_table->view()->sortByColumn(ClosedTradesModel::IdColumn, Qt::DescendingOrder);
    m_summary->setObjectName(QStringLiteral("closedTradesSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportTradesButton"));
    exportButton->setAccessibleName(tr("Export closed trades to CSV"));
    connect(exportButton, &QPushButton::clicked, this, &ClosedTradesPanel::chooseExportFile);

    auto* footer = new QWidget(this);
    auto* footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(0, 2, 0, 2);
    footerLayout->addWidget(m_summary, 1);
    footerLayout->addWidget(exportButton);
    m_table->addFooter(footer);

    connect(m_filter, &TradeFilterBar::filterChanged, this, &ClosedTradesPanel::showFiltered);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    setSnapshot({});
}

void ClosedTradesPanel::setSnapshot(const Core::TradingSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_filter->setChoices(snapshot);
    showFiltered();
}

void ClosedTradesPanel::showFiltered()
{
    const Core::TradeFilter filter = m_filter->filter();
    if (filter.isEmpty()) {
        m_model->setTrades(m_snapshot.trades);
    } else {
        m_model->setTrades(Core::filterTrades(m_snapshot.trades, filter, m_snapshot.time));
    }
    Core::PerformanceStats stats = m_snapshot.stats;
    if (!filter.isEmpty()) {
        const auto shown = Core::PerformanceStats::compute(m_model->trades(), {});
        stats = shown ? *shown : Core::PerformanceStats{};
    }
    m_summary->setText(
        tr("Trades %1 · won %2 / lost %3 · win rate %4 · net P&L %5 · fees %6")
            .arg(stats.trades)
            .arg(stats.wins)
            .arg(stats.losses)
            .arg(TradingText::percent(stats.winRate), TradingText::money(stats.netPnl, true),
                TradingText::money(stats.totalFees)));
}

QString ClosedTradesPanel::summaryText() const
{
    return m_summary->text();
}

bool ClosedTradesPanel::exportTo(const QString& path, QString* error, ExportLayout layout) const
{
    const auto csv = layout == ExportLayout::Koinly ? Core::koinlyUniversalCsv(m_model->trades())
                                                    : Core::closedTradesCsv(m_model->trades());
    if (!csv) { // a figure beyond the decimal range: no file rather than a wrong one
        if (error)
            *error = csv.error().message;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ClosedTradesPanel::chooseExportFile()
{
    const QString candela = tr("Candela CSV, every column (*.csv)");
    const QString koinly = tr("Koinly universal import, for taxes (*.csv)");
    QString chosen = candela;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export closed trades"),
        QStringLiteral("closed-trades.csv"), candela + QStringLiteral(";;") + koinly, &chosen);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error, chosen == koinly ? ExportLayout::Koinly : ExportLayout::Candela))
        QMessageBox::warning(this, tr("Export closed trades"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace Candela::Gui
