#pragma once

#include "core/indicators/bar.h"
#include "core/model/candle.h"

#include <QColor>
#include <QWidget>

#include <vector>

namespace Candela::Gui {

// Candlesticks painted directly (not one graphics item per candle, which costs Qt Charts tens
// of milliseconds per tick at a thousand candles): the visible range is drawn in one pass, the
// price axis on the right and times below. The mouse wheel zooms, dragging pans back through
// the history; new candles keep the view on the latest unless the trader scrolled away.
class CandleChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandleChart)

public:
    explicit CandleChart(QWidget* parent = nullptr);

    void setCandles(const std::vector<Core::Candle>& candles);
    // Lines drawn over the candles, one value per candle (NaN: nothing drawn there).
    struct Overlay
    {
        QString name;
        QColor colour;
        std::vector<double> values;
    };
    void setOverlays(std::vector<Overlay> overlays);
    int visibleCount() const { return m_visible; }
    int candleCount() const { return int(m_candles.size()); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Drawn
    {
        qint64 start = 0; // UTC seconds
        Core::Bar bar;
    };

    std::vector<Drawn> m_candles;
    std::vector<Overlay> m_overlays;
    QPoint m_mouse{-1, -1}; // crosshair position; negative: none
    int m_visible = 120; // candles across the plot
    int m_offset = 0; // candles scrolled back from the latest
    int m_dragStartX = 0;
    int m_dragStartOffset = 0;
};

} // namespace Candela::Gui
