#pragma once

#include "core/market/timeframe.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;

namespace Candela::Gui {

class CandleChart;

// The Chart dock's content: the product and a row of timeframe buttons (1m … 1d) above the
// candle chart.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    CandleChart* chart() const { return m_chart; }
    Core::Timeframe timeframe() const { return m_timeframe; }
    // The products the chart can show; keeps the current one when it is still listed.
    void setProducts(const QStringList& products);
    QString product() const;

Q_SIGNALS:
    void timeframeChanged(Candela::Core::Timeframe timeframe);
    void productChanged(const QString& productId);

private:
    CandleChart* m_chart;
    QComboBox* m_product;
    QButtonGroup* m_buttons;
    Core::Timeframe m_timeframe = Core::Timeframe::FiveMinutes;
};

} // namespace Candela::Gui
