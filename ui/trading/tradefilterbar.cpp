#include "tradefilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <set>

namespace Candela::Gui {

namespace {

// Refills `box` with "all" and `names`, keeping the chosen name while it is still there.
void refill(QComboBox* box, const QString& all, const std::set<QString>& names)
{
    QStringList wanted{QString()};
    for (const QString& name : names)
        wanted.append(name);
    QStringList shown;
    for (int i = 0; i < box->count(); ++i)
        shown.append(box->itemData(i).toString());
    if (shown == wanted)
        return;
    const QString chosen = box->currentData().toString();
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(all, QString());
    for (const QString& name : names)
        box->addItem(name, name);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

TradeFilterBar::TradeFilterBar(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_bot(new QComboBox(this))
    , m_product(new QComboBox(this))
    , m_period(new QComboBox(this))
{
    setObjectName(objectName);
    m_bot->setObjectName(objectName + QStringLiteral("Bot"));
    m_bot->setAccessibleName(tr("Bot"));
    m_bot->addItem(tr("All bots"), QString());
    m_product->setObjectName(objectName + QStringLiteral("Product"));
    m_product->setAccessibleName(tr("Product"));
    m_product->addItem(tr("All products"), QString());
    m_period->setObjectName(objectName + QStringLiteral("Period"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("Counted back from the market's time: a replay's own days"));
    const std::pair<QString, Core::TradePeriod> periods[] = {
        {tr("All time"), Core::TradePeriod::All},
        {tr("Last 24 hours"), Core::TradePeriod::Day},
        {tr("Last 7 days"), Core::TradePeriod::Week},
        {tr("Last 30 days"), Core::TradePeriod::Month},
        {tr("Last 90 days"), Core::TradePeriod::Quarter},
        {tr("This year (UTC)"), Core::TradePeriod::Year},
    };
    for (const auto& [title, period] : periods)
        m_period->addItem(title, int(period));
    for (QComboBox* box : {m_bot, m_product, m_period}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &TradeFilterBar::filterChanged);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show"), this));
    layout->addWidget(m_bot);
    layout->addWidget(m_product);
    layout->addWidget(m_period);
    layout->addStretch(1);
}

void TradeFilterBar::setChoices(const Core::TradingSnapshot& snapshot)
{
    std::set<QString> bots;
    std::set<QString> products;
    for (const Core::ClosedTrade& trade : snapshot.trades) {
        bots.insert(trade.botId);
        products.insert(trade.productId);
    }
    for (const Core::OpenPosition& position : snapshot.positions) {
        bots.insert(position.botId);
        products.insert(position.productId);
    }
    refill(m_bot, tr("All bots"), bots);
    refill(m_product, tr("All products"), products);
}

Core::TradeFilter TradeFilterBar::filter() const
{
    Core::TradeFilter filter;
    filter.botId = m_bot->currentData().toString();
    filter.productId = m_product->currentData().toString();
    filter.period = Core::TradePeriod(m_period->currentData().toInt());
    return filter;
}

} // namespace Candela::Gui
