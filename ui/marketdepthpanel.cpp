#include "marketdepthpanel.h"

#include "models/orderbookmodel.h"
#include "models/pricetext.h"
#include "models/recenttradesmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Candela::Gui {

namespace {
QTableView* compactTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setShowGrid(false);
    return view;
}

QString imbalanceText(double imbalance)
{
    const int percent = int(std::lround(imbalance * 100));
    if (percent > 0)
        return MarketDepthPanel::tr("bids heavier by %1%").arg(percent);
    if (percent < 0)
        return MarketDepthPanel::tr("asks heavier by %1%").arg(-percent);
    return MarketDepthPanel::tr("balanced");
}
} // namespace

MarketDepthPanel::MarketDepthPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_book(new OrderBookModel(this))
    , m_bookView(compactTable(m_book, QStringLiteral("orderBookView"), this))
    , m_trades(new RecentTradesModel(this))
{
    m_summary->setObjectName(QStringLiteral("bookSummary"));
    m_summary->setText(tr("Waiting for the order book…"));
    auto* tape = compactTable(m_trades, QStringLiteral("recentTradesView"), this);
    tape->setAccessibleName(tr("Recent trades"));
    m_bookView->setAccessibleName(tr("Order book"));
    m_bookView->setToolTip(tr("Click a level to put its price on the order ticket"));
    connect(m_bookView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const QString price = index.siblingAtColumn(OrderBookModel::PriceColumn).data().toString();
        if (!price.isEmpty())
            Q_EMIT priceChosen(price);
    });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_bookView);
    splitter->addWidget(tape);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void MarketDepthPanel::showSnapshot(const Core::MarketSnapshot& snapshot)
{
    m_book->setPriceDecimals(snapshot.priceDecimals);
    m_trades->setPriceDecimals(snapshot.priceDecimals);
    m_book->setLevels(snapshot.bookValid ? snapshot.bids : std::vector<Core::PriceLevel>{},
        snapshot.bookValid ? snapshot.asks : std::vector<Core::PriceLevel>{});
    if (snapshot.productId != m_bookProduct) {
        m_bookProduct = snapshot.productId;
        m_hadBook = false;
    }
    m_hadBook = m_hadBook || snapshot.bookValid;
    if (!snapshot.bookFed)
        m_summary->setText(tr("A candle replay has no order book, only candles."));
    else if (!snapshot.bookValid)
        // A book that was there and went is resyncing; one never seen is still awaited.
        m_summary->setText(m_hadBook ? tr("Order book resyncing: waiting for a fresh snapshot…")
                                     : tr("Waiting for the order book…"));
    else if (snapshot.spread)
        m_summary->setText(tr("Spread %1 · %2")
                               .arg(priceText(*snapshot.spread, snapshot.priceDecimals),
                                   imbalanceText(snapshot.imbalance)));
    m_trades->setTrades(snapshot.recentTrades);
    // Keep the spread in the middle of the ladder.
    if (snapshot.bookValid && !snapshot.asks.empty())
        m_bookView->scrollTo(
            m_book->index(int(snapshot.asks.size()) - 1, 0), QAbstractItemView::PositionAtCenter);
}

} // namespace Candela::Gui
