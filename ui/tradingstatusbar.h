#pragma once

#include "core/market/marketfeed.h"
#include "core/model/tradingmode.h"
#include "core/risk/killswitch.h"

#include <QHash>

#include <QStatusBar>

class QLabel;

namespace Candela::Gui {

// The status bar: market-data connection on the left of the permanent area, trading mode as
// a coloured badge (with its name in text, never colour alone) on the right.
class TradingStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradingStatusBar)

public:
    explicit TradingStatusBar(QWidget* parent = nullptr);

    void setTradingMode(Core::TradingMode mode);
    Core::TradingMode tradingMode() const { return m_mode; }
    void setConnectionState(Core::ConnectionState state);
    static QString connectionText(Core::ConnectionState state);
    // A red HALTED / FLATTENING badge beside the mode, its tooltip saying why; hidden while
    // trading is allowed.
    void setKillSwitch(const Core::KillSwitchStatus& status);
    void setLastPrice(const QString& productId, const QString& price);
    // Shown next to the price while a product's data is not live.
    void setDataHealth(const QString& productId, Core::DataHealth health);
    // The paper session the live market trades in.
    void setPaperSession(const QString& name);

private:
    void refreshPrice();
    void refreshHealthTip();

    QLabel* m_priceLabel;
    QString m_priceProduct;
    QString m_price;
    QHash<QString, Core::DataHealth> m_health;
    QLabel* m_connectionLabel;
    QLabel* m_modeLabel;
    QLabel* m_sessionLabel;
    Core::TradingMode m_mode = Core::TradingMode::Paper;
    QLabel* m_killSwitchLabel;
};

} // namespace Candela::Gui
