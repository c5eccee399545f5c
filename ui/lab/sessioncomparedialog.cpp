#include "sessioncomparedialog.h"

#include "ui/models/sortrole.h"

#include "core/market/csvcandles.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace Candela::Gui {

namespace {

QString kindText(Core::TradeDifference::Kind kind)
{
    switch (kind) {
    case Core::TradeDifference::Kind::Changed:
        return SessionCompareDialog::tr("changed");
    case Core::TradeDifference::Kind::MissedEntry:
        return SessionCompareDialog::tr("only in the backtest");
    case Core::TradeDifference::Kind::ExtraEntry:
        return SessionCompareDialog::tr("only in the session");
    }
    return {};
}

// Session minus backtest of one figure, when both traded.
QStandardItem* deltaItem(
    const Core::TradeDifference& difference, Core::Decimal Core::ClosedTrade::*field)
{
    auto* item = new QStandardItem;
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!difference.session || !difference.backtest)
        return item;
    const auto delta = ((*difference.session).*field).minus((*difference.backtest).*field);
    if (delta) {
        item->setText(delta->toString());
        item->setData(delta->toDouble(), SortRole);
    }
    return item;
}

QStandardItem* textItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setData(text, SortRole);
    return item;
}

// The cause in words; whole in its tooltip, where the column cuts it.
QStandardItem* whyItem(const QString& detail)
{
    auto* item = textItem(detail);
    item->setToolTip(detail);
    return item;
}

} // namespace

SessionCompareDialog::SessionCompareDialog(const QStringList& journals, const QString& current,
    const QString& candleFile, const Core::PaperExchangeConfig& fees, QWidget* parent)
    : QDialog(parent)
    , m_fees(fees)
    , m_journal(new QComboBox(this))
    , m_candles(new QLineEdit(candleFile, this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("sessionCompareDialog"));
    setWindowTitle(tr("Compare session with backtest"));
    resize(1000, 600);
    m_journal->setObjectName(QStringLiteral("compareJournal"));
    m_journal->setEditable(true);
    m_journal->addItems(journals);
    m_journal->setCurrentText(current);
    m_journal->setAccessibleName(tr("Session journal"));
    m_candles->setObjectName(QStringLiteral("compareCandles"));
    m_candles->setAccessibleName(tr("Candle file of the session's product"));
    m_compare->setObjectName(QStringLiteral("compareRun"));
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("The session's bots are backtested over its own window with the settings "
                         "they traded with; give five-minute candles of its product that cover "
                         "the window and some hours before it."));
    auto* browseJournal = new QPushButton(tr("Browse…"), this);
    connect(browseJournal, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Session journal"),
            m_journal->currentText(), tr("Journals (*.sqlite *.db);;All files (*)"));
        if (!file.isEmpty())
            m_journal->setCurrentText(file);
    });
    auto* browseCandles = new QPushButton(tr("Browse…"), this);
    connect(browseCandles, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Candles"), m_candles->text(), tr("Candle files (*.csv);;All files (*)"));
        if (!file.isEmpty())
            m_candles->setText(file);
    });
    auto* journalRow = new QHBoxLayout;
    journalRow->addWidget(m_journal, 1);
    journalRow->addWidget(browseJournal);
    auto* candlesRow = new QHBoxLayout;
    candlesRow->addWidget(m_candles, 1);
    candlesRow->addWidget(browseCandles);
    auto* form = new QFormLayout;
    form->addRow(tr("Session:"), journalRow);
    form->addRow(tr("Candles:"), candlesRow);

    m_model->setHorizontalHeaderLabels({tr("Bot"), tr("Entry"), tr("Difference"), tr("Cause"),
        tr("Fees Δ"), tr("P&L Δ"), tr("Entry price Δ"), tr("Exit price Δ"), tr("Why")});
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_compare);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_compare, &QPushButton::clicked, this, &SessionCompareDialog::compare);
    connect(&m_watcher, &QFutureWatcher<Core::Result<Core::SessionDiff>>::finished, this,
        &SessionCompareDialog::showOutcome);
}

SessionCompareDialog::~SessionCompareDialog()
{
    m_watcher.waitForFinished();
}

QString SessionCompareDialog::statusText() const
{
    return m_status->text();
}

void SessionCompareDialog::compare()
{
    if (isRunning())
        return;
    m_compare->setEnabled(false);
    m_model->removeRows(0, m_model->rowCount());
    m_status->setText(tr("Backtesting the session's window…"));
    Core::SessionDiffOptions options;
    options.fees = m_fees;
    m_watcher.setFuture(QtConcurrent::run(
        [journal = m_journal->currentText().trimmed(), candles = m_candles->text().trimmed(),
            options]() -> Core::Result<Core::SessionDiff> {
            const auto read = Core::readCsvCandles(candles);
            if (!read)
                return read.error();
            return Core::diffJournal(journal, *read, options);
        }));
}

void SessionCompareDialog::showOutcome()
{
    m_compare->setEnabled(true);
    const auto diff = m_watcher.result();
    if (!diff) {
        m_status->setText(diff.error().message);
        Q_EMIT finished();
        return;
    }
    for (const Core::TradeDifference& difference : diff->differences) {
        auto* entry = new QStandardItem(Core::toIsoString(difference.entryTime));
        entry->setData(qlonglong(Core::toUnixSeconds(difference.entryTime)), SortRole);
        m_model->appendRow({textItem(difference.botId), entry, textItem(kindText(difference.kind)),
            textItem(difference.cause), deltaItem(difference, &Core::ClosedTrade::fees),
            deltaItem(difference, &Core::ClosedTrade::pnl),
            deltaItem(difference, &Core::ClosedTrade::entryPrice),
            deltaItem(difference, &Core::ClosedTrade::exitPrice), whyItem(difference.detail)});
    }
    m_table->resizeColumnsToContents();
    QString status = diff->differences.empty()
        ? tr("No differences: the %n trade(s) of the session are the backtest's.", nullptr,
            int(diff->matched))
        : tr("%1 trade(s) alike, %2 different; each with its cause below.")
              .arg(diff->matched)
              .arg(diff->differences.size());
    for (const auto& [bot, why] : diff->notCompared)
        status += QLatin1Char(' ') + tr("%1 not compared: %2.").arg(bot, why);
    m_status->setText(status);
    Q_EMIT finished();
}

} // namespace Candela::Gui
