#include "liveaccountdialog.h"

#include "core/coinbase/livegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Candela::Gui {

using Core::LiveAccess;
using Core::LiveBlocker;

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(90);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        if (column > 0 && !cells[column].isEmpty() && cells[column].front().isDigit())
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QString yesNo(bool value)
{
    return value ? LiveAccountDialog::tr("yes") : LiveAccountDialog::tr("no");
}

} // namespace

LiveAccountDialog::LiveAccountDialog(QWidget* parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_blockers(new QLabel(this))
    , m_permissions(new QLabel(this))
    , m_balances(makeTable(
          {tr("Currency"), tr("Available"), tr("On hold")}, QStringLiteral("liveBalances"), this))
    , m_orders(makeTable({tr("Product"), tr("Side"), tr("Status"), tr("Filled"), tr("Placed by")},
          QStringLiteral("liveOrders"), this))
    , m_differences(makeTable({tr("Currency"), tr("Candela's journal"), tr("Coinbase")},
          QStringLiteral("liveDifferences"), this))
{
    setObjectName(QStringLiteral("liveAccountDialog"));
    setWindowTitle(tr("Coinbase account"));
    resize(640, 620);
    m_status->setObjectName(QStringLiteral("liveStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_status->setFont(bold);
    m_status->setWordWrap(true);
    m_blockers->setObjectName(QStringLiteral("liveBlockers"));
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::PlainText);
    m_permissions->setObjectName(QStringLiteral("livePermissions"));
    m_permissions->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* again = buttons->addButton(tr("Check again"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("liveCheckAgain"));
    connect(again, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Asking Coinbase…"));
        Q_EMIT checkRequested();
    });
    m_tradeLive = buttons->addButton(tr("Trade live…"), QDialogButtonBox::ActionRole);
    m_tradeLive->setObjectName(QStringLiteral("liveTradeLive"));
    m_tradeLive->setEnabled(false);
    connect(m_tradeLive, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Trade live"),
            tr("The bots will place real orders with real money in this Coinbase portfolio, "
               "and the kill switch will cancel every open order there.\n\n"
               "Type LIVE to start live trading."),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            confirmLive(typed);
    });
    m_cancelExternal = new QPushButton(tr("Cancel the external order at Coinbase…"), this);
    m_cancelExternal->setObjectName(QStringLiteral("liveCancelExternal"));
    m_cancelExternal->setEnabled(false);
    connect(m_orders, &QTableWidget::itemSelectionChanged, this,
        [this] { m_cancelExternal->setEnabled(!selectedExternalOrder().isEmpty()); });
    connect(m_cancelExternal, &QPushButton::clicked, this, [this] {
        const QString id = selectedExternalOrder();
        if (id.isEmpty())
            return;
        const auto answer = QMessageBox::question(this, tr("Cancel at Coinbase"),
            tr("Cancel order %1 at Coinbase? It was placed outside Candela.").arg(id));
        if (answer == QMessageBox::Yes) {
            m_cancelExternal->setEnabled(false);
            Q_EMIT externalCancelRequested(id);
        }
    });
    m_acceptBalances = new QPushButton(tr("Accept Coinbase's balances…"), this);
    m_acceptBalances->setObjectName(QStringLiteral("liveAcceptBalances"));
    m_acceptBalances->setEnabled(false);
    m_acceptBalances->setToolTip(
        tr("Takes Coinbase's figures for the differences selected above, or for all of them."));
    connect(m_acceptBalances, &QPushButton::clicked, this, &LiveAccountDialog::confirmAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_blockers);
    layout->addWidget(m_permissions);
    layout->addWidget(new QLabel(tr("Balances"), this));
    layout->addWidget(m_balances, 1);
    layout->addWidget(new QLabel(tr("Open orders"), this));
    layout->addWidget(m_orders, 1);
    layout->addWidget(m_cancelExternal, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Differences from Candela's journal"), this));
    layout->addWidget(m_differences, 1);
    layout->addWidget(m_acceptBalances, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    m_status->setText(tr("Asking Coinbase…"));
}

QString LiveAccountDialog::blockerText(LiveBlocker blocker, const QString& detail)
{
    switch (blocker) {
    case LiveBlocker::NoKey:
        return tr("No API key is stored. Add one under Edit → Settings → API key.");
    case LiveBlocker::PermissionsUnknown:
        return tr("Coinbase did not say what the key may do (%1).").arg(detail);
    case LiveBlocker::CannotView:
        return tr("The key cannot view the account. Create a key with View and Trade.");
    case LiveBlocker::CanTransfer:
        return tr("The key can transfer funds. Candela refuses such keys: create one with View "
                  "and Trade only.");
    case LiveBlocker::WrongPortfolio:
        return tr("The key belongs to another portfolio (%1) than the one chosen for the bots.")
            .arg(detail);
    case LiveBlocker::ViewOnly:
        return tr("The key can only view: balances and orders are shown, order entry is off.");
    case LiveBlocker::ClockSkew:
        return tr("This computer's clock is off: %1").arg(detail);
    case LiveBlocker::UserChannelNotReady:
        return tr("Coinbase has not confirmed the order updates channel (%1).").arg(detail);
    case LiveBlocker::NotReconciled:
        return detail.isEmpty() ? tr("Candela's journal and Coinbase have not been compared yet.")
                                : tr("Candela's journal and Coinbase differ: %1").arg(detail);
    }
    return {};
}

void LiveAccountDialog::confirmAccept()
{
    // The selected differences, or every one when none is selected.
    QList<int> rows;
    for (const QModelIndex& index : m_differences->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        for (int row = 0; row < m_differences->rowCount(); ++row)
            rows.append(row);
    std::sort(rows.begin(), rows.end());
    QStringList currencies;
    QStringList lines;
    for (int row : std::as_const(rows)) {
        currencies << m_differences->item(row, 0)->text();
        lines << tr("%1: journal %2, Coinbase %3")
                     .arg(m_differences->item(row, 0)->text(), m_differences->item(row, 1)->text(),
                         m_differences->item(row, 2)->text());
    }
    if (currencies.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Accept Coinbase's balances"),
        tr("Take Coinbase's figures as what the bots' portfolio holds from now on? Do this only "
           "for money you moved in or out by hand — a missed fill would be hidden.")
            + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("liveAcceptConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, currencies](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        m_acceptBalances->setEnabled(false);
        Q_EMIT balancesAccepted(currencies);
    });
    box->open();
}

QString LiveAccountDialog::selectedExternalOrder() const
{
    const QList<QTableWidgetItem*> selected = m_orders->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem* first = m_orders->item(selected.front()->row(), 0);
    return first && first->data(Qt::UserRole + 1).toBool() ? first->data(Qt::UserRole).toString()
                                                           : QString();
}

void LiveAccountDialog::confirmLive(const QString& typed)
{
    if (!Core::confirmsLive(typed)) {
        m_blockers->setText(tr("Live trading did not start: type LIVE, in capitals, to confirm."));
        m_blockers->setVisible(true);
        return;
    }
    m_status->setText(tr("Starting live trading…"));
    m_tradeLive->setEnabled(false);
    Q_EMIT liveTradingRequested();
}

void LiveAccountDialog::showProblem(const QString& problem)
{
    m_tradeLive->setEnabled(false);
    m_acceptBalances->setEnabled(false);
    m_status->setText(tr("Live trading: not ready"));
    m_blockers->setText(problem);
    m_permissions->clear();
    clearTables();
}

void LiveAccountDialog::clearTables()
{
    for (QTableWidget* table : {m_balances, m_orders, m_differences})
        table->setRowCount(0);
}

void LiveAccountDialog::showReport(const Core::LiveReadinessReport& report)
{
    m_tradeLive->setEnabled(report.complete && report.verdict.access == LiveAccess::Trading);
    switch (report.verdict.access) {
    case LiveAccess::Trading:
        m_status->setText(tr("Live trading: ready"));
        break;
    case LiveAccess::ReadOnly:
        m_status->setText(tr("Read-only: the account is shown, order entry is off"));
        break;
    case LiveAccess::NotReady:
        m_status->setText(report.complete ? tr("Live trading: not ready") : tr("Asking Coinbase…"));
        break;
    }
    QStringList lines;
    for (const auto& [blocker, detail] : report.verdict.blockers)
        lines << QStringLiteral("• ") + blockerText(blocker, detail);
    m_blockers->setText(lines.join(QLatin1Char('\n')));
    m_blockers->setVisible(!lines.isEmpty());
    if (report.permissions) {
        const Core::KeyPermissions& key = *report.permissions;
        m_permissions->setText(
            tr("Key permissions — view: %1, trade: %2, transfer: %3. "
               "Portfolio: %4")
                .arg(yesNo(key.canView), yesNo(key.canTrade), yesNo(key.canTransfer),
                    key.portfolioUuid.isEmpty() ? tr("unknown") : key.portfolioUuid));
    } else {
        m_permissions->clear();
    }
    if (report.feeTier) {
        const auto percent = [](const Core::Decimal& rate) {
            // the codec takes rates under 0.1 only, so their percent is in range
            const auto scaled = rate.times(Core::Decimal::fromInteger(100));
            return scaled ? scaled->toString() : tr("unknown");
        };
        const QString fees
            = tr("Fee tier %1: maker %2 %, taker %3 %")
                  .arg(report.feeTier->pricingTier, percent(report.feeTier->makerFeeRate),
                      percent(report.feeTier->takerFeeRate));
        m_permissions->setText(m_permissions->text().isEmpty()
                ? fees
                : m_permissions->text() + QLatin1Char('\n') + fees);
    }

    clearTables();
    m_acceptBalances->setEnabled(false);
    m_cancelExternal->setEnabled(false);
    if (!report.reconciliation)
        return;
    const Core::ReconcileReport& reconciliation = *report.reconciliation;
    for (const auto& balance : reconciliation.venueBalances)
        addRow(
            m_balances, {balance.currency, balance.available.toString(), balance.hold.toString()});
    QSet<QString> external;
    for (const auto& order : reconciliation.externalOrders)
        external.insert(order.venueOrderId);
    for (const auto& order : reconciliation.venueOpenOrders) {
        addRow(m_orders,
            {order.productId,
                order.side ? (*order.side == Core::Side::Buy ? tr("Buy") : tr("Sell")) : QString(),
                order.venueStatus, order.filledQuantity.toString(),
                external.contains(order.venueOrderId) ? tr("elsewhere (external)")
                                                      : tr("Candela")});
        // The venue's id rides along; only an external order may be cancelled from here (the
        // bots' own are theirs to manage, the kill switch's to clear).
        QTableWidgetItem* first = m_orders->item(m_orders->rowCount() - 1, 0);
        first->setData(Qt::UserRole, order.venueOrderId);
        first->setData(Qt::UserRole + 1, external.contains(order.venueOrderId));
    }
    for (const auto& mismatch : reconciliation.mismatches)
        addRow(m_differences,
            {mismatch.currency, mismatch.local.toString(), mismatch.venue.toString()});
    m_acceptBalances->setEnabled(report.complete && !reconciliation.mismatches.empty());
}

} // namespace Candela::Gui
