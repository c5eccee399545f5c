#include "botcard.h"

#include "scoregauge.h"

#include "ui/theme.h"
#include "ui/trading/tradingtext.h"

#include "core/market/timeframe.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace Candela::Gui {

namespace {
QString signalText(Core::SignalKind kind)
{
    switch (kind) {
    case Core::SignalKind::Rsi:
        return BotCard::tr("RSI");
    case Core::SignalKind::MovingAverage:
        return BotCard::tr("MA gap", "fast minus slow moving average");
    case Core::SignalKind::Macd:
        return BotCard::tr("MACD");
    case Core::SignalKind::VolumeSpike:
        return BotCard::tr("volume spike");
    case Core::SignalKind::Breakout:
        return BotCard::tr("breakout");
    case Core::SignalKind::Reversal:
        return BotCard::tr("reversal");
    case Core::SignalKind::Momentum:
        return BotCard::tr("momentum");
    }
    return {};
}

QString actionText(Core::Action action)
{
    switch (action) {
    case Core::Action::Buy:
        return BotCard::tr("BUY");
    case Core::Action::Sell:
        return BotCard::tr("SELL");
    case Core::Action::Hold:
        break;
    }
    return BotCard::tr("HOLD");
}

QString durationText(std::chrono::seconds duration)
{
    const qint64 total = duration.count();
    if (total >= 60)
        return BotCard::tr("%1m %2s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return BotCard::tr("%1s").arg(total);
}

QString blockerText(const Core::Blocker& blocker)
{
    switch (blocker.kind) {
    case Core::BlockerKind::WarmingUp:
        // Not %n: the English text must read right without an English translation loaded.
        return blocker.barsLeft == 1
            ? BotCard::tr("warming up: 1 bar left")
            : BotCard::tr("warming up: %1 bars left").arg(blocker.barsLeft);
    case Core::BlockerKind::DataStale:
        return BotCard::tr("market data stale");
    case Core::BlockerKind::DataResyncing:
        return BotCard::tr("order book resyncing");
    case Core::BlockerKind::KillSwitch:
        return BotCard::tr("kill switch engaged");
    case Core::BlockerKind::Cooldown:
        return BotCard::tr("cooldown: %1 left").arg(durationText(blocker.timeLeft));
    case Core::BlockerKind::ConfirmationPending:
        return BotCard::tr("confirming: %1 left").arg(durationText(blocker.timeLeft));
    }
    return {};
}

} // namespace

BotCard::BotCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_market(new QLabel(this))
    , m_temperature(new QLabel(this))
    , m_gauge(new ScoreGauge(this))
    , m_score(new QLabel(this))
    , m_contributions(new QLabel(this))
    , m_next(new QLabel(this))
    , m_blockers(new QLabel(this))
    , m_account(new QLabel(this))
    , m_run(new QToolButton(this))
{
    setObjectName(QStringLiteral("botCard"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("botName"));
    m_temperature->setObjectName(QStringLiteral("temperatureBadge"));
    m_temperature->setAlignment(Qt::AlignCenter);
    m_score->setObjectName(QStringLiteral("botScore"));
    m_contributions->setObjectName(QStringLiteral("botContributions"));
    m_next->setObjectName(QStringLiteral("botNext"));
    m_blockers->setObjectName(QStringLiteral("botBlockers"));
    m_account->setObjectName(QStringLiteral("botAccount"));
    for (QLabel* label : {m_contributions, m_next, m_blockers, m_account})
        label->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("botRunButton"));
    connect(
        m_run, &QToolButton::clicked, this, [this] { Q_EMIT runningToggled(m_name, !m_running); });

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setVerticalSpacing(3);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_market, 0, 1);
    layout->addWidget(m_temperature, 0, 2, Qt::AlignRight);
    layout->addWidget(m_gauge, 1, 0, 1, 2);
    layout->addWidget(m_score, 1, 2, Qt::AlignRight);
    layout->addWidget(m_contributions, 2, 0, 1, 3);
    layout->addWidget(m_next, 3, 0, 1, 3);
    layout->addWidget(m_blockers, 4, 0, 1, 3);
    layout->addWidget(m_account, 5, 0, 1, 2);
    layout->addWidget(m_run, 5, 2, Qt::AlignRight);
    layout->setColumnStretch(1, 1);
    showAccount(nullptr, true);
}

void BotCard::showAccount(
    const Core::OpenPosition* position, bool running, const Core::TradingEvent* refusal)
{
    m_running = running;
    QString text = accountText(position, running);
    if (refusal)
        text = tr("%1 · refused: %2").arg(text, TradingText::refusal(*refusal));
    m_account->setText(text);
    m_account->setProperty("stopped", !running);
    repolish(m_account);
    m_run->setText(running ? tr("Stop") : tr("Start"));
    m_run->setToolTip(running ? tr("Stop this bot: it places no new orders; its position stays")
                              : tr("Let this bot trade again"));
    m_run->setAccessibleName(running ? tr("Stop %1").arg(m_name) : tr("Start %1").arg(m_name));
}

QString BotCard::accountText(const Core::OpenPosition* position, bool running)
{
    QString text = position
        ? tr("%1 %2 @ %3 · P&L %4")
              .arg(TradingText::direction(position->side), position->quantity.toString(),
                  position->entryPrice.toString(2),
                  TradingText::money(position->unrealizedPnl, true))
        : tr("Flat");
    if (!running)
        text = tr("Stopped · %1").arg(text);
    return text;
}

void BotCard::showStatus(const Core::BotStatus& status)
{
    const Core::BotEvaluation& evaluation = status.evaluation;
    m_name = status.name;
    m_title->setText(status.name);
    m_market->setText(tr("%1 · %2").arg(status.product, Core::toShortName(status.timeframe)));
    m_temperature->setText(temperatureText(evaluation.temperature));
    m_temperature->setProperty(
        "temperature", Core::temperatureName(evaluation.temperature).toLower());
    repolish(m_temperature);
    m_gauge->setScore(evaluation.score);
    m_score->setText(QString::asprintf("%+.2f", evaluation.score));
    m_contributions->setText(contributionsText(evaluation));
    m_next->setText(status.closedBars == 0 && !evaluation.ready
            ? tr("Waiting for %1 %2 candles…")
                  .arg(status.product, Core::toShortName(status.timeframe))
            : nextText(evaluation));
    const QString blockers = blockersText(status);
    m_blockers->setText(blockers);
    m_blockers->setVisible(!blockers.isEmpty());
    setAccessibleName(tr("%1, %2").arg(status.name, m_temperature->text()));
}

void BotCard::setSelected(bool selected)
{
    if (property("selected").toBool() == selected)
        return;
    setProperty("selected", selected);
    repolish(this);
}

void BotCard::mousePressEvent(QMouseEvent* event)
{
    QFrame::mousePressEvent(event);
    Q_EMIT clicked(m_name);
}

QString BotCard::temperatureText(Core::Temperature temperature)
{
    switch (temperature) {
    case Core::Temperature::Frozen:
        return tr("FROZEN");
    case Core::Temperature::Cool:
        return tr("COOL");
    case Core::Temperature::Warm:
        return tr("WARM");
    case Core::Temperature::Hot:
        return tr("HOT");
    }
    return {};
}

QString BotCard::blockersText(const Core::BotStatus& status)
{
    QStringList parts;
    for (const Core::Blocker& blocker : status.evaluation.blockers)
        parts.append(blockerText(blocker));
    return parts.isEmpty() ? QString() : tr("Blocked: %1").arg(parts.join(QStringLiteral("; ")));
}

QString BotCard::nextText(const Core::BotEvaluation& evaluation)
{
    if (evaluation.intent)
        return tr("Acting: %1").arg(actionText(*evaluation.intent));
    if (evaluation.action != Core::Action::Hold)
        return tr("Score says %1").arg(actionText(evaluation.action));
    if (const auto& distance = evaluation.distance) {
        const QString amount = QString::number(std::abs(distance->change), 'f', 2);
        return distance->change < 0
            ? tr("Next: %1 if %2 falls %3")
                  .arg(actionText(distance->towards), signalText(distance->signal), amount)
            : tr("Next: %1 if %2 rises %3")
                  .arg(actionText(distance->towards), signalText(distance->signal), amount);
    }
    return tr("Holding");
}

QString BotCard::contributionsText(const Core::BotEvaluation& evaluation)
{
    QStringList parts;
    for (const Core::SignalReading& reading : evaluation.readings) {
        if (!reading.enabled)
            continue;
        if (!reading.active)
            parts.append(tr("%1 off (regime)").arg(signalText(reading.kind)));
        else if (std::isnan(reading.signal))
            parts.append(tr("%1 —").arg(signalText(reading.kind)));
        else
            parts.append(tr("%1 %2").arg(
                signalText(reading.kind), QString::asprintf("%+.2f", reading.contribution)));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace Candela::Gui
