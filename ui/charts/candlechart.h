#pragma once

#include "core/indicators/bar.h"
#include "core/model/candle.h"

#include <QColor>
#include <QWidget>

class QPainter;

#include <functional>
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
    // A bot's score per closed candle (candle start in UTC seconds → −1…+1), drawn in a pane
    // under the volume with the temperature bands; an empty name removes the pane.
    struct ScoreTrack
    {
        QString name;
        std::vector<std::pair<qint64, double>> points; // oldest first
    };
    void setScoreTrack(ScoreTrack track);
    bool hasScorePane() const { return !m_score.name.isEmpty(); }
    const QString& scoreName() const { return m_score.name; }
    int visibleCount() const { return m_visible; }
    int candleCount() const { return int(m_candles.size()); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // `x` maps a candle index to its centre.
    void paintScorePane(QPainter& painter, const QRect& pane, int first, int last,
        const std::function<double(int)>& x) const;

    struct Drawn
    {
        qint64 start = 0; // UTC seconds
        Core::Bar bar;
    };

    std::vector<Drawn> m_candles;
    std::vector<Overlay> m_overlays;
    ScoreTrack m_score;
    QPoint m_mouse{-1, -1}; // crosshair position; negative: none
    int m_visible = 120; // candles across the plot
    int m_offset = 0; // candles scrolled back from the latest
    int m_dragStartX = 0;
    int m_dragStartOffset = 0;
};

} // namespace Candela::Gui
