#pragma once

#include "core/market/timeframe.h"

#include <QWidget>

class QButtonGroup;

namespace Candela::Gui {

class CandleChart;

// The Chart dock's content: a row of timeframe buttons (1m … 1d) above the candle chart.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    CandleChart* chart() const { return m_chart; }
    Core::Timeframe timeframe() const { return m_timeframe; }

Q_SIGNALS:
    void timeframeChanged(Candela::Core::Timeframe timeframe);

private:
    CandleChart* m_chart;
    QButtonGroup* m_buttons;
    Core::Timeframe m_timeframe = Core::Timeframe::FiveMinutes;
};

} // namespace Candela::Gui
