#pragma once

#include "core/indicators/bar.h"
#include "core/model/candle.h"

#include <QColor>
#include <QWidget>

class QPainter;

#include <functional>
#include <optional>
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
    // Where a bot bought and sold (UTC seconds, price), marked on the candle of that time: an
    // up triangle under a buy, a down triangle over a sell.
    struct TradeMark
    {
        qint64 time = 0;
        double price = 0;
        bool buy = true;
    };
    void setTradeMarks(std::vector<TradeMark> marks);
    // Horizontal price lines (an open position's entry, its stop and target), labelled.
    struct PriceLine
    {
        QString label;
        QColor colour;
        double price = 0;
    };
    void setPriceLines(std::vector<PriceLine> lines);
    int tradeMarkCount() const { return int(m_marks.size()); }
    // Scrolls so that the candle holding `time` (UTC seconds) is in the middle of the view.
    void centreOn(qint64 time);
    // The candle in the middle of the view (UTC seconds of its start); 0 without candles.
    qint64 centreTime() const;
    int priceLineCount() const { return int(m_lines.size()); }
    const QString& scoreName() const { return m_score.name; }
    int visibleCount() const { return m_visible; }
    int candleCount() const { return int(m_candles.size()); }
    // The price at `point` of the candles' plot as last painted; none outside it.
    std::optional<double> priceAt(QPoint point) const;

Q_SIGNALS:
    // A double-click on the candles' plot: the price there (for the order ticket).
    void priceChosen(double price);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // `x` maps a candle index to its centre.
    void paintScorePane(QPainter& painter, const QRect& pane, int first, int last,
        const std::function<double(int)>& x) const;
    void paintTrades(QPainter& painter, const QRect& plot, int first, int last,
        const std::function<double(int)>& x, const std::function<double(double)>& y) const;
    // The candle holding `time` (the last one starting at or before it); -1 before the first.
    int candleAt(qint64 time) const;

    struct Drawn
    {
        qint64 start = 0; // UTC seconds
        Core::Bar bar;
    };

    std::vector<Drawn> m_candles;
    std::vector<Overlay> m_overlays;
    ScoreTrack m_score;
    std::vector<TradeMark> m_marks;
    std::vector<PriceLine> m_lines;
    // The plot and its price range as last painted: what a point of it means.
    struct PriceScale
    {
        QRect plot;
        double low = 0;
        double high = 0;
    };
    std::optional<PriceScale> m_scale;
    QPoint m_mouse{-1, -1}; // crosshair position; negative: none
    int m_visible = 120; // candles across the plot
    int m_offset = 0; // candles scrolled back from the latest
    int m_dragStartX = 0;
    int m_dragStartOffset = 0;
};

} // namespace Candela::Gui
