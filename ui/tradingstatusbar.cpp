#include "tradingstatusbar.h"

#include "trading/tradingtext.h"

#include "theme.h"

#include <QLabel>
#include <QStyle>

namespace Candela::Gui {

using Core::ConnectionState;
using Core::TradingMode;

TradingStatusBar::TradingStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_priceLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_sessionLabel(new QLabel(this))
    , m_killSwitchLabel(new QLabel(this))
{
    m_priceLabel->setObjectName(QStringLiteral("lastPrice"));
    m_priceLabel->setToolTip(tr("Last traded price"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_modeLabel->setObjectName(QStringLiteral("modeBadge"));
    addPermanentWidget(m_priceLabel);
    addPermanentWidget(m_connectionLabel);
    m_sessionLabel->setObjectName(QStringLiteral("paperSession"));
    m_sessionLabel->hide();
    addPermanentWidget(m_sessionLabel);
    addPermanentWidget(m_modeLabel);
    m_killSwitchLabel->setObjectName(QStringLiteral("killSwitchBadge"));
    m_killSwitchLabel->setToolTip(tr("Kill switch"));
    m_killSwitchLabel->hide();
    addPermanentWidget(m_killSwitchLabel);
    setTradingMode(TradingMode::Paper);
    setConnectionState(ConnectionState::Disconnected);
}

void TradingStatusBar::setPaperSession(const QString& name)
{
    m_sessionLabel->setText(tr("Session: %1").arg(name));
    m_sessionLabel->setToolTip(tr("The paper session the live market trades in"));
    m_sessionLabel->setProperty("session", name);
    m_sessionLabel->setVisible(!name.isEmpty() && m_mode == TradingMode::Paper);
}

void TradingStatusBar::setTradingMode(TradingMode mode)
{
    m_mode = mode;
    // Replays trade in a fresh account of their own: the session name would mislead there.
    m_sessionLabel->setVisible(
        mode == TradingMode::Paper && !m_sessionLabel->property("session").toString().isEmpty());
    QString text;
    QString key;
    switch (mode) {
    case TradingMode::Paper:
        text = tr("PAPER", "trading mode badge");
        key = QStringLiteral("paper");
        break;
    case TradingMode::Live:
        text = tr("LIVE", "trading mode badge");
        key = QStringLiteral("live");
        break;
    case TradingMode::Replay:
        text = tr("REPLAY", "trading mode badge");
        key = QStringLiteral("replay");
        break;
    case TradingMode::Backtest:
        text = tr("BACKTEST", "trading mode badge");
        key = QStringLiteral("backtest");
        break;
    }
    m_modeLabel->setText(text);
    m_modeLabel->setToolTip(tr("Trading mode"));
    m_modeLabel->setProperty("mode", key);
    repolish(m_modeLabel);
}

void TradingStatusBar::setKillSwitch(const Core::KillSwitchStatus& status)
{
    m_killSwitchLabel->setToolTip(TradingText::killSwitch(status));
    switch (status.state) {
    case Core::KillSwitchState::Active:
        m_killSwitchLabel->hide();
        return;
    case Core::KillSwitchState::Halted:
        m_killSwitchLabel->setText(tr("HALTED", "kill switch badge"));
        break;
    case Core::KillSwitchState::Flattening:
        m_killSwitchLabel->setText(tr("FLATTENING", "kill switch badge"));
        break;
    }
    m_killSwitchLabel->show();
}

void TradingStatusBar::setLastPrice(const QString& productId, const QString& price)
{
    m_priceProduct = productId;
    m_price = price;
    refreshPrice();
}

void TradingStatusBar::setDataHealth(const QString& productId, Core::DataHealth health)
{
    m_health.insert(productId, health);
    refreshPrice();
    refreshHealthTip();
}

void TradingStatusBar::refreshHealthTip()
{
    // Every product's data health, not only the one whose price is shown.
    QStringList lines{tr("Market data connection")};
    QStringList products = m_health.keys();
    products.sort();
    for (const QString& product : std::as_const(products)) {
        const Core::DataHealth health = m_health.value(product);
        lines.append(tr("%1: %2").arg(product,
            health == Core::DataHealth::Live        ? tr("live", "market data health")
                : health == Core::DataHealth::Stale ? tr("stale", "market data health")
                                                    : tr("resyncing", "market data health")));
    }
    m_connectionLabel->setToolTip(lines.join(QLatin1Char('\n')));
}

void TradingStatusBar::refreshPrice()
{
    QString text = m_priceProduct + QLatin1Char(' ') + m_price;
    switch (m_health.value(m_priceProduct, Core::DataHealth::Live)) {
    case Core::DataHealth::Live:
        break;
    case Core::DataHealth::Stale:
        text += QLatin1Char(' ') + tr("(stale)", "market data health");
        break;
    case Core::DataHealth::Resyncing:
        text += QLatin1Char(' ') + tr("(resyncing)", "market data health");
        break;
    }
    m_priceLabel->setText(m_priceProduct.isEmpty() ? QString() : text);
}

QString TradingStatusBar::connectionText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return tr("Disconnected", "market data connection");
    case ConnectionState::Connecting:
        return tr("Connecting…", "market data connection");
    case ConnectionState::Connected:
        return tr("Connected", "market data connection");
    case ConnectionState::Stale:
        return tr("Stale data", "market data connection");
    case ConnectionState::Offline:
        return tr("Offline (replay)", "market data connection");
    }
    return {};
}

void TradingStatusBar::setConnectionState(ConnectionState state)
{
    static const char* const keys[]
        = {"disconnected", "connecting", "connected", "stale", "offline"};
    static_assert(int(ConnectionState::Disconnected) == 0 && int(ConnectionState::Offline) == 4);
    m_connectionLabel->setText(QStringLiteral("● ") + connectionText(state));
    refreshHealthTip();
    m_connectionLabel->setProperty("state", QString::fromLatin1(keys[int(state)]));
    repolish(m_connectionLabel);
}

} // namespace Candela::Gui
