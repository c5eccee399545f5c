#include "orderticketpanel.h"

#include "tradingtext.h"

#include "ui/models/pricetext.h"
#include "ui/theme.h"

#include "core/model/exactsteps.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Candela::Gui {

namespace {

enum TicketType {
    MarketType,
    LimitType,
    PostOnlyType,
};

std::optional<Core::Decimal> positiveDecimal(const QString& text)
{
    const auto value = Core::Decimal::fromString(text.trimmed().toStdString());
    if (!value || !value->isPositive())
        return std::nullopt;
    return *value;
}

} // namespace

OrderTicketPanel::OrderTicketPanel(QWidget* parent)
    : QWidget(parent)
    , m_product(new QLabel(this))
    , m_side(new QButtonGroup(this))
    , m_buy(new QPushButton(tr("Buy"), this))
    , m_sell(new QPushButton(tr("Sell"), this))
    , m_type(new QComboBox(this))
    , m_size(new QLineEdit(this))
    , m_sizeUnit(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_expiry(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_place(new QPushButton(this))
{
    m_product->setObjectName(QStringLiteral("ticketProduct"));
    for (QPushButton* button : {m_buy, m_sell})
        button->setCheckable(true);
    m_buy->setObjectName(QStringLiteral("ticketBuy"));
    m_sell->setObjectName(QStringLiteral("ticketSell"));
    m_buy->setToolTip(tr("Buy (F9)"));
    m_sell->setToolTip(tr("Sell (Shift+F9)"));
    // The side chosen in the market's colours.
    m_buy->setStyleSheet(QStringLiteral("QPushButton:checked { background: %1; color: white; "
                                        "font-weight: bold; }")
                             .arg(gainColour().name()));
    m_sell->setStyleSheet(QStringLiteral("QPushButton:checked { background: %1; color: white; "
                                         "font-weight: bold; }")
                              .arg(lossColour().name()));
    m_side->addButton(m_buy, int(Core::Side::Buy));
    m_side->addButton(m_sell, int(Core::Side::Sell));
    m_buy->setChecked(true);
    m_type->setObjectName(QStringLiteral("ticketType"));
    m_type->addItem(tr("Market"), MarketType);
    m_type->addItem(tr("Limit"), LimitType);
    m_type->addItem(tr("Limit, post-only (maker)"), PostOnlyType);
    m_type->setCurrentIndex(PostOnlyType);
    m_size->setObjectName(QStringLiteral("ticketSize"));
    m_size->setAccessibleName(tr("Size"));
    m_sizeUnit->setObjectName(QStringLiteral("ticketSizeUnit"));
    m_price->setObjectName(QStringLiteral("ticketPrice"));
    m_price->setAccessibleName(tr("Limit price"));
    m_price->setPlaceholderText(tr("a click on the order book fills it in"));
    m_expiry->setObjectName(QStringLiteral("ticketExpiry"));
    m_expiry->addItem(tr("Until cancelled"), 0);
    m_expiry->addItem(tr("1 hour"), 3600);
    m_expiry->addItem(tr("1 day"), 86400);
    m_expiry->addItem(tr("1 week"), 7 * 86400);
    m_expiry->setToolTip(tr("A limit good until a time (good-til-date) is cancelled by the venue "
                            "then, counted in the market's time"));
    m_preview->setObjectName(QStringLiteral("ticketPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_place->setObjectName(QStringLiteral("ticketPlace"));
    m_place->setDefault(true);

    auto* sides = new QHBoxLayout;
    sides->addWidget(m_buy);
    sides->addWidget(m_sell);
    auto* size = new QHBoxLayout;
    size->addWidget(m_size, 1);
    size->addWidget(m_sizeUnit);
    auto* form = new QFormLayout;
    form->addRow(tr("Product"), m_product);
    form->addRow(sides);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Size"), size);
    form->addRow(tr("Price"), m_price);
    form->addRow(tr("Good until"), m_expiry);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_place);
    layout->addStretch(1);

    connect(m_side, &QButtonGroup::idClicked, this, &OrderTicketPanel::updatePreview);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OrderTicketPanel::updatePreview);
    connect(m_sizeUnit, &QComboBox::currentIndexChanged, this, &OrderTicketPanel::updatePreview);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &OrderTicketPanel::updatePreview);
    for (QLineEdit* edit : {m_size, m_price}) {
        connect(edit, &QLineEdit::textChanged, this, &OrderTicketPanel::updatePreview);
        connect(edit, &QLineEdit::returnPressed, this, &OrderTicketPanel::place);
    }
    connect(m_place, &QPushButton::clicked, this, &OrderTicketPanel::place);
    updatePreview();
}

void OrderTicketPanel::setMarket(
    const Core::MarketSnapshot& snapshot, const Core::Decimal& lastPrice)
{
    if (snapshot.productId != m_productId) {
        m_productId = snapshot.productId;
        const QStringList currencies = m_productId.split(QLatin1Char('-'));
        m_sizeUnit->clear();
        if (currencies.size() == 2) {
            m_sizeUnit->addItem(currencies.at(0), true); // base
            m_sizeUnit->addItem(currencies.at(1), false); // quote
        }
        m_product->setText(m_productId);
        // Another product: a size or price typed for the last one means nothing here.
        m_size->clear();
        m_price->clear();
    }
    m_last = lastPrice;
    m_bestBid = snapshot.bids.empty() ? std::nullopt
                                      : std::optional<Core::Decimal>(snapshot.bids.front().price);
    m_bestAsk = snapshot.asks.empty() ? std::nullopt
                                      : std::optional<Core::Decimal>(snapshot.asks.front().price);
    if (snapshot.priceDecimals >= 0)
        m_priceDecimals = snapshot.priceDecimals;
    if (!snapshot.candles.empty())
        m_marketTime = std::max(m_marketTime, snapshot.candles.back().start);
    if (!snapshot.recentTrades.empty())
        m_marketTime = std::max(m_marketTime, snapshot.recentTrades.front().time);
    updatePreview();
}

void OrderTicketPanel::setFees(const Core::PaperExchangeConfig& fees)
{
    m_fees = fees;
    updatePreview();
}

void OrderTicketPanel::setSide(Core::Side side)
{
    (side == Core::Side::Buy ? m_buy : m_sell)->setChecked(true);
    updatePreview();
}

void OrderTicketPanel::setPrice(const QString& price)
{
    if (m_type->currentData().toInt() == MarketType)
        m_type->setCurrentIndex(PostOnlyType);
    m_price->setText(price);
}

void OrderTicketPanel::setChartPrice(double price)
{
    if (std::isfinite(price) && price > 0)
        setPrice(QString::number(price, 'f', m_priceDecimals));
}

void OrderTicketPanel::focusSize()
{
    m_size->setFocus();
    m_size->selectAll();
}

Core::Result<Core::ManualOrder> OrderTicketPanel::order() const
{
    const auto problem = [](const QString& text) {
        return Core::makeError(Core::ErrorCode::InvalidArgument, text);
    };
    if (m_productId.isEmpty())
        return problem(tr("No market yet."));
    Core::ManualOrder order;
    order.productId = m_productId;
    order.side = Core::Side(m_side->checkedId());
    const int type = m_type->currentData().toInt();
    order.type = type == MarketType ? Core::OrderType::Market : Core::OrderType::Limit;
    order.postOnly = type == PostOnlyType;
    if (order.type == Core::OrderType::Limit) {
        order.limitPrice = positiveDecimal(m_price->text());
        if (!order.limitPrice)
            return problem(tr("A limit order needs a price."));
        if (const int lifetime = m_expiry->currentData().toInt(); lifetime > 0) {
            if (m_marketTime == Core::Timestamp{})
                return problem(tr("No market time yet to count the order's life from."));
            order.timeInForce = Core::TimeInForce::GoodTilDate;
            order.endTime = m_marketTime + std::chrono::seconds(lifetime);
        }
    }
    const auto size = positiveDecimal(m_size->text());
    if (!size)
        return problem(tr("Enter a size."));
    if (m_sizeUnit->currentData().toBool() || m_sizeUnit->count() == 0) {
        order.quantity = *size;
    } else {
        // A size in the quote currency: the base it buys at the order's price, rounded down.
        const Core::Decimal price = order.limitPrice ? *order.limitPrice : m_last;
        if (!price.isPositive())
            return problem(tr("No price yet to turn %1 into %2.")
                               .arg(m_sizeUnit->currentText(), m_sizeUnit->itemText(0)));
        const auto base = size->dividedBy(price, 8, Core::RoundingMode::Floor);
        if (!base || !base->isPositive())
            return problem(tr("The size is too small."));
        order.quantity = *base;
    }
    return order;
}

QString OrderTicketPanel::previewText() const
{
    return m_preview->text();
}

void OrderTicketPanel::updatePreview()
{
    const auto sideName
        = [this] { return m_side->checkedId() == int(Core::Side::Buy) ? tr("Buy") : tr("Sell"); };
    const bool market = m_type->currentData().toInt() == MarketType;
    m_price->setEnabled(!market);
    m_expiry->setEnabled(!market);
    m_place->setText(m_productId.isEmpty() ? sideName() : tr("%1 %2").arg(sideName(), m_productId));
    const auto order = this->order();
    m_place->setEnabled(bool(order));
    if (!order) {
        m_preview->setText(order.error().message);
        return;
    }
    // What it costs at its price (a market order: the last price), and the fee: the taker's for
    // a market order, the maker's for a post-only limit (a plain limit that crosses pays the
    // taker's, so that one is shown).
    const Core::Decimal price = order->limitPrice ? *order->limitPrice : m_last;
    const Core::Decimal rate = order->postOnly ? m_fees.makerFeeRate : m_fees.takerFeeRate;
    Core::ExactSteps exact;
    const Core::Decimal notional = exact(order->quantity.times(price));
    const Core::Decimal fee = exact(notional.times(rate, Core::RoundingMode::Up));
    if (exact.failed() || !price.isPositive()) {
        m_preview->setText(tr("No price yet."));
        return;
    }
    QString text = tr("%1 %2 ≈ %3, fee %4 (%5)")
                       .arg(sideName(), order->quantity.toString(), TradingText::money(notional),
                           TradingText::money(fee), TradingText::percent(rate.toDouble()));
    if (!market && m_last.isPositive()) {
        // How far from the last price, in the quote currency and in percent (doubles: a
        // figure to read, not money).
        const double gap = price.toDouble() - m_last.toDouble();
        const QString distance
            = QStringLiteral("%1 (%2 %)")
                  .arg(QString::number(std::abs(gap), 'f', m_priceDecimals),
                      QString::number(std::abs(gap) / m_last.toDouble() * 100, 'f', 3));
        text += QLatin1Char('\n')
            + (gap >= 0 ? tr("%1 over the last price %2") : tr("%1 under the last price %2"))
                  .arg(distance, priceText(m_last, m_priceDecimals));
        const bool crosses = order->side == Core::Side::Buy ? (m_bestAsk && price >= *m_bestAsk)
                                                            : (m_bestBid && price <= *m_bestBid);
        if (crosses)
            text += QLatin1Char('\n')
                + (order->postOnly ? tr("It would take liquidity: a post-only order is refused.")
                                   : tr("It takes liquidity at once, as a taker."));
    }
    if (order->endTime)
        text += QLatin1Char('\n')
            + tr("Good until %1 (UTC), then cancelled by the venue.")
                  .arg(TradingText::dateTime(*order->endTime));
    m_preview->setText(text);
}

void OrderTicketPanel::place()
{
    if (const auto order = this->order())
        Q_EMIT orderRequested(*order);
}

} // namespace Candela::Gui
