#include "mainwindow.h"

#include "charts/candlechart.h"
#include "charts/chartpanel.h"
#include "datatable.h"
#include "marketdepthpanel.h"
#include "trading/orderconfirmation.h"
#include "trading/ordersmodel.h"
#include "trading/orderticketpanel.h"
#include "tradingstatusbar.h"

#include "core/execution/paperfees.h"
#include "core/settings/settings.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>

// MainWindow: the order ticket (its dock, its shortcuts, the confirmation before an order goes)
// and the Orders dock's cancel and move of a working order.

namespace Candela::Gui {

void MainWindow::createOrderActions()
{
    m_ticket->setFees(Core::paperFees(m_settings));
    connect(m_ticket, &OrderTicketPanel::orderRequested, this, &MainWindow::confirmManualOrder);
    // A price picked on the order book or the chart: the ticket becomes a limit there.
    const auto raiseTicket = [this] {
        if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("orderTicketDock")))
            dock->raise();
    };
    connect(
        m_depth, &MarketDepthPanel::priceChosen, this, [this, raiseTicket](const QString& price) {
            m_ticket->setPrice(price);
            raiseTicket();
        });
    connect(m_chart->chart(), &CandleChart::priceChosen, this, [this, raiseTicket](double price) {
        m_ticket->setChartPrice(price);
        raiseTicket();
    });
    connect(this, &MainWindow::feesChanged, m_ticket, &OrderTicketPanel::setFees);

    auto* orderMenu = new QMenu(tr("&Order"), this);
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), orderMenu); // before Help
    const auto ticketFor = [this](Core::Side side) {
        if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("orderTicketDock"))) {
            dock->show();
            dock->raise();
        }
        m_ticket->setSide(side);
        m_ticket->focusSize();
    };
    QAction* buy = orderMenu->addAction(tr("&Buy…"));
    buy->setObjectName(QStringLiteral("ticketBuyAction"));
    buy->setShortcut(Qt::Key_F9);
    connect(buy, &QAction::triggered, this, [ticketFor] { ticketFor(Core::Side::Buy); });
    QAction* sell = orderMenu->addAction(tr("&Sell…"));
    sell->setObjectName(QStringLiteral("ticketSellAction"));
    sell->setShortcut(Qt::SHIFT | Qt::Key_F9);
    connect(sell, &QAction::triggered, this, [ticketFor] { ticketFor(Core::Side::Sell); });
    orderMenu->addSeparator();
    QAction* confirm = orderMenu->addAction(tr("&Confirm paper orders"));
    confirm->setObjectName(QStringLiteral("confirmPaperOrdersAction"));
    confirm->setCheckable(true);
    confirm->setChecked(m_settings.value(Core::SettingKeys::ConfirmPaperOrders));
    connect(confirm, &QAction::toggled, this,
        [this](bool on) { m_settings.setValue(Core::SettingKeys::ConfirmPaperOrders, on); });
    connect(&m_settings, &Core::Settings::changed, confirm, [this, confirm](const QString& key) {
        if (key == Core::SettingKeys::ConfirmPaperOrders.name)
            confirm->setChecked(m_settings.value(Core::SettingKeys::ConfirmPaperOrders));
    });

    auto* cancel = new QAction(tr("Cancel order"), m_orders->view());
    cancel->setObjectName(QStringLiteral("cancelOrderAction"));
    cancel->setShortcut(Qt::Key_Delete);
    cancel->setShortcutContext(Qt::WidgetShortcut);
    auto* move = new QAction(tr("Change limit price and size…"), m_orders->view());
    move->setObjectName(QStringLiteral("moveOrderAction"));
    for (QAction* action : {cancel, move}) {
        action->setEnabled(false);
        m_orders->view()->addAction(action);
    }
    m_orders->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(cancel, &QAction::triggered, this, &MainWindow::cancelSelectedOrder);
    connect(move, &QAction::triggered, this, &MainWindow::moveSelectedOrder);
    const auto enable = [this, cancel, move] {
        const Core::Order* order = selectedOrder();
        const bool working = order && !Core::isTerminal(order->status);
        const bool manual = working && order->botId == Core::ManualLedger;
        // The trader's own orders, and a bot's maker entry (a post-only limit); never a
        // position's stop or a bot's market order.
        cancel->setEnabled(
            manual || (working && order->type == Core::OrderType::Limit && order->postOnly));
        move->setEnabled(manual && order->type == Core::OrderType::Limit);
    };
    connect(
        m_orders->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, enable);
    connect(m_ordersModel, &QAbstractItemModel::modelReset, this, enable);
    connect(m_ordersModel, &QAbstractItemModel::dataChanged, this, enable);
}

void MainWindow::confirmManualOrder(const Core::ManualOrder& order)
{
    const bool live = m_statusBar->tradingMode() == Core::TradingMode::Live;
    if (!live && !m_settings.value(Core::SettingKeys::ConfirmPaperOrders)) {
        Q_EMIT manualOrderRequested(order);
        return;
    }
    if (m_orderConfirmation)
        m_orderConfirmation->close(); // one question at a time: the latest order's
    auto* box = new OrderConfirmation(
        order, m_ticket->priceDecimals(), m_ticket->previewText(), live, this);
    m_orderConfirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (box->dontAskAgain())
            m_settings.setValue(Core::SettingKeys::ConfirmPaperOrders, false);
        Q_EMIT manualOrderRequested(box->order());
    });
    box->open();
    if (live)
        Q_EMIT manualOrderPreviewRequested(order, ++m_previewRequest);
}

void MainWindow::showManualOrderPreview(quint64 request, const Core::ManualOrderPreview& preview)
{
    if (m_orderConfirmation && request == m_previewRequest)
        m_orderConfirmation->setVenuePreview(preview); // an older order's answer is not this one's
}

const Core::Order* MainWindow::selectedOrder() const
{
    const QModelIndexList rows = m_orders->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_ordersModel->order(m_orders->proxy()->mapToSource(rows.front()).row());
}

void MainWindow::cancelSelectedOrder()
{
    if (const Core::Order* order = selectedOrder(); order && !Core::isTerminal(order->status))
        Q_EMIT orderCancelRequested(order->clientOrderId);
}

void MainWindow::moveSelectedOrder()
{
    const Core::Order* order = selectedOrder();
    if (!order || !order->limitPrice)
        return;
    const QString id = order->clientOrderId;
    const Core::Decimal left = order->remainingQuantity();
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Change limit order"),
        tr("New price and size, as “price size” (what filled stays filled; this cancels the "
           "order and places a new one):"),
        QLineEdit::Normal,
        QStringLiteral("%1 %2").arg(order->limitPrice->toString(), left.toString()), &ok);
    if (!ok)
        return;
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    const auto price = Core::Decimal::fromString(parts.value(0).toStdString());
    const auto size = Core::Decimal::fromString(parts.value(1).toStdString());
    if (parts.size() != 2 || !price || !size || !price->isPositive() || !size->isPositive()) {
        notify(tr("Not a price and a size: %1").arg(text));
        return;
    }
    Q_EMIT orderReplaceRequested(id, *price, *size);
}

} // namespace Candela::Gui
