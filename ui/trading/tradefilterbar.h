#pragma once

#include "core/engine/tradingsnapshot.h"
#include "core/portfolio/tradefilter.h"

#include <QWidget>

class QComboBox;

namespace Candela::Gui {

// Which closed trades a dock shows: a bot (or all), a product (or all) and a period counted back
// from the market's time. The choices follow the bots and products the snapshots hold; a choice
// the trader made stays while its bot or product is there.
class TradeFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeFilterBar)

public:
    explicit TradeFilterBar(const QString& objectName, QWidget* parent = nullptr);

    // The bots and products to choose from: those of the snapshot's trades and positions.
    void setChoices(const Core::TradingSnapshot& snapshot);
    Core::TradeFilter filter() const;

    QComboBox* botBox() const { return m_bot; }
    QComboBox* productBox() const { return m_product; }
    QComboBox* periodBox() const { return m_period; }

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox* m_bot;
    QComboBox* m_product;
    QComboBox* m_period;
};

} // namespace Candela::Gui
