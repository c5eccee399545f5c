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
    StopLimitType,
    BracketType,
};

Core::OrderType orderTypeOf(int ticketType)
{
    switch (ticketType) {
    case MarketType:
        return Core::OrderType::Market;
    case StopLimitType:
        return Core::OrderType::StopLimit;
    case BracketType:
        return Core::OrderType::Bracket;
    default:
        return Core::OrderType::Limit;
    }
}

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
    , m_stop(new QLineEdit(this))
    , m_priceLabel(new QLabel(tr("Price"), this))
    , m_stopLabel(new QLabel(tr("Stop"), this))
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
    m_type->addItem(tr("Stop-limit"), StopLimitType);
    m_type->addItem(tr("Bracket (target and stop)"), BracketType);
    m_type->setItemData(StopLimitType,
        tr("Waits until the market reaches the stop (a sell's under the market, a buy's over "
           "it), then rests as a limit at the price"),
        Qt::ToolTipRole);
    m_type->setItemData(BracketType,
        tr("Sells what you hold at the target, or at market once the price falls to the stop: "
           "one order, the first leg cancels the other"),
        Qt::ToolTipRole);
    m_type->setCurrentIndex(PostOnlyType);
    m_size->setObjectName(QStringLiteral("ticketSize"));
    m_size->setAccessibleName(tr("Size"));
    m_sizeUnit->setObjectName(QStringLiteral("ticketSizeUnit"));
    m_price->setObjectName(QStringLiteral("ticketPrice"));
    m_price->setAccessibleName(tr("Limit price"));
    m_price->setPlaceholderText(tr("a click on the order book fills it in"));
    m_stop->setObjectName(QStringLiteral("ticketStop"));
    m_stop->setAccessibleName(tr("Stop price"));
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
    form->addRow(m_priceLabel, m_price);
    form->addRow(m_stopLabel, m_stop);
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
    for (QLineEdit* edit : {m_size, m_price, m_stop}) {
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
    const int type = m_type->currentData().toInt();
    if (type == MarketType)
        m_type->setCurrentIndex(PostOnlyType);
    const auto picked = positiveDecimal(price);
    if (type == StopLimitType) {
        m_stop->setText(price);
        if (m_price->text().trimmed().isEmpty())
            m_price->setText(price); // a limit at the stop, until another is typed
    } else if (type == BracketType && picked && m_last.isPositive() && *picked < m_last) {
        m_stop->setText(price);
    } else {
        m_price->setText(price);
    }
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
    order.type = orderTypeOf(type);
    order.postOnly = type == PostOnlyType;
    if (order.type != Core::OrderType::Market) {
        order.limitPrice = positiveDecimal(m_price->text());
        if (!order.limitPrice)
            return problem(type == BracketType ? tr("A bracket needs its target.")
                                               : tr("A limit order needs a price."));
        if (const int lifetime = m_expiry->currentData().toInt(); lifetime > 0) {
            if (m_marketTime == Core::Timestamp{})
                return problem(tr("No market time yet to count the order's life from."));
            order.timeInForce = Core::TimeInForce::GoodTilDate;
            order.endTime = m_marketTime + std::chrono::seconds(lifetime);
        }
    }
    if (type == StopLimitType || type == BracketType) {
        if (const QString wrong = stopProblem(order); !wrong.isEmpty())
            return problem(wrong);
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

QString OrderTicketPanel::stopProblem(Core::ManualOrder& order) const
{
    order.stopPrice = positiveDecimal(m_stop->text());
    if (!order.stopPrice)
        return tr("Enter the stop price.");
    const bool sell = order.side == Core::Side::Sell;
    if (order.type == Core::OrderType::Bracket && !sell)
        return tr("A bracket sells what you hold: choose Sell.");
    if (!m_last.isPositive())
        return tr("No price yet to hold the stop against.");
    const Core::Decimal& stop = *order.stopPrice;
    const Core::Decimal& limit = *order.limitPrice;
    const QString last = priceText(m_last, m_priceDecimals);
    if (sell && stop >= m_last)
        return tr("A sell's stop must be under the last price %1.").arg(last);
    if (!sell && stop <= m_last)
        return tr("A buy's stop must be over the last price %1.").arg(last);
    if (order.type == Core::OrderType::StopLimit && sell && limit > stop)
        return tr("A sell stop-limit's limit must be at or under its stop.");
    if (order.type == Core::OrderType::StopLimit && !sell && limit < stop)
        return tr("A buy stop-limit's limit must be at or over its stop.");
    if (order.type == Core::OrderType::Bracket && limit <= m_last)
        return tr("The target must be over the last price %1.").arg(last);
    return {};
}

QString OrderTicketPanel::distanceText(const Core::Decimal& price) const
{
    // How far from the last price, in the quote currency and in percent (doubles: a figure to
    // read, not money).
    const double gap = price.toDouble() - m_last.toDouble();
    const QString distance
        = QStringLiteral("%1 (%2 %)")
              .arg(QString::number(std::abs(gap), 'f', m_priceDecimals),
                  QString::number(std::abs(gap) / m_last.toDouble() * 100, 'f', 3));
    return (gap >= 0 ? tr("%1 over the last price %2") : tr("%1 under the last price %2"))
        .arg(distance, priceText(m_last, m_priceDecimals));
}

QString OrderTicketPanel::stoppedPreview(const Core::ManualOrder& order) const
{
    const QString stop = priceText(*order.stopPrice, m_priceDecimals);
    const QString limit = priceText(*order.limitPrice, m_priceDecimals);
    if (order.type == Core::OrderType::StopLimit)
        return tr("Triggers at %1, %2; then a limit at %3 (taker fee).")
            .arg(stop, distanceText(*order.stopPrice), limit);
    return tr("Target %1, %2 (maker fee).").arg(limit, distanceText(*order.limitPrice))
        + QLatin1Char('\n')
        + tr("Stop %1, %2: sold at market there (taker fee %3).")
              .arg(stop, distanceText(*order.stopPrice),
                  TradingText::percent(m_fees.takerFeeRate.toDouble()));
}

QString OrderTicketPanel::previewText() const
{
    return m_preview->text();
}

void OrderTicketPanel::updatePreview()
{
    const auto sideName
        = [this] { return m_side->checkedId() == int(Core::Side::Buy) ? tr("Buy") : tr("Sell"); };
    const int type = m_type->currentData().toInt();
    const bool market = type == MarketType;
    const bool stopped = type == StopLimitType || type == BracketType;
    m_price->setEnabled(!market);
    m_expiry->setEnabled(!market);
    m_priceLabel->setText(type == BracketType ? tr("Target") : tr("Price"));
    m_price->setAccessibleName(type == BracketType ? tr("Target price") : tr("Limit price"));
    m_stop->setVisible(stopped);
    m_stopLabel->setVisible(stopped);
    m_place->setText(m_productId.isEmpty() ? sideName() : tr("%1 %2").arg(sideName(), m_productId));
    const auto order = this->order();
    m_place->setEnabled(bool(order));
    if (!order) {
        m_preview->setText(order.error().message);
        return;
    }
    // What it costs at its price (a market order: the last price), and the fee: the taker's for
    // a market order or a stop-limit, the maker's for a post-only limit or a bracket's target
    // (a plain limit that crosses pays the taker's, so that one is shown).
    const Core::Decimal price = order->limitPrice ? *order->limitPrice : m_last;
    const bool maker = order->postOnly || order->type == Core::OrderType::Bracket;
    const Core::Decimal rate = maker ? m_fees.makerFeeRate : m_fees.takerFeeRate;
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
    if (stopped && m_last.isPositive()) {
        text += QLatin1Char('\n') + stoppedPreview(*order);
    } else if (!market && m_last.isPositive()) {
        text += QLatin1Char('\n') + distanceText(price);
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
