#include "candlechart.h"

#include "ui/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Candela::Gui {

namespace {
const QColor Up = gainColour();
const QColor Down = lossColour();
const QColor ScoreColour(0xba, 0x68, 0xc8);
// Grid lines: a quiet line on the dark theme's base, the palette's mid tone on a light one.
QColor gridColour(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0x2a, 0x30, 0x38)
                                                           : palette.color(QPalette::Mid);
}
const QColor Label(0x9a, 0xa3, 0xad);
constexpr int AxisWidth = 72;
constexpr int TimeHeight = 22;
constexpr int MinVisible = 10;
constexpr int MaxVisible = 2000;
} // namespace

CandleChart::CandleChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("candleChart"));
    setMinimumSize(200, 120);
    setMouseTracking(true); // the crosshair follows the mouse
    setAutoFillBackground(false);
}

void CandleChart::setCandles(const std::vector<Core::Candle>& candles)
{
    m_candles.clear();
    m_candles.reserve(candles.size());
    for (const Core::Candle& candle : candles)
        m_candles.push_back({Core::toUnixSeconds(candle.start), Core::toBar(candle)});
    m_offset = std::clamp(m_offset, 0, std::max(0, int(m_candles.size()) - MinVisible));
    update();
}

void CandleChart::setOverlays(std::vector<Overlay> overlays)
{
    m_overlays = std::move(overlays);
    update();
}

void CandleChart::setScoreTrack(ScoreTrack track)
{
    m_score = std::move(track);
    update();
}

void CandleChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRect area(0, 0, width() - AxisWidth, height() - TimeHeight);
    if (m_candles.empty() || area.width() < 10 || area.height() < 40) {
        m_scale.reset();
        painter.setPen(Label);
        painter.drawText(rect(), Qt::AlignCenter, tr("Waiting for candles…"));
        return;
    }
    // Prices above, volume in the bottom fifth, and the bot's score under it when shown.
    const int scoreHeight = hasScorePane() ? area.height() / 5 : 0;
    const QRect plot(
        area.left(), area.top(), area.width(), (area.height() - scoreHeight) * 4 / 5 - 4);
    const QRect volumePane(area.left(), plot.bottom() + 4, area.width(),
        area.bottom() - scoreHeight - plot.bottom() - 4);
    const QRect scorePane(area.left(), volumePane.bottom() + 4, area.width(), scoreHeight - 4);

    const int last = int(m_candles.size()) - 1 - m_offset;
    const int first = std::max(0, last - m_visible + 1);
    double low = m_candles[size_t(first)].bar.low;
    double high = m_candles[size_t(first)].bar.high;
    double maxVolume = 0;
    for (int i = first; i <= last; ++i) {
        low = std::min(low, m_candles[size_t(i)].bar.low);
        high = std::max(high, m_candles[size_t(i)].bar.high);
        maxVolume = std::max(maxVolume, m_candles[size_t(i)].bar.volume);
    }
    // Keep the overlays (Bollinger bands reach beyond the candles) inside the plot too.
    for (const Overlay& overlay : m_overlays) {
        const int count = int(overlay.values.size());
        for (int i = first; i <= last; ++i) {
            const int index = count - int(m_candles.size()) + i;
            if (index >= 0 && index < count && !std::isnan(overlay.values[size_t(index)])) {
                low = std::min(low, overlay.values[size_t(index)]);
                high = std::max(high, overlay.values[size_t(index)]);
            }
        }
    }
    const double padding = std::max((high - low) * 0.05, high * 1e-6);
    low -= padding;
    high += padding;
    m_scale = PriceScale{plot, low, high};
    const auto y = [&](double price) {
        return plot.bottom() - (price - low) / (high - low) * plot.height();
    };
    const double step = double(plot.width()) / m_visible;
    const auto x = [&](int i) { return plot.right() - (last - i + 0.5) * step; };

    // Price grid and axis: about five round levels.
    const double raw = (high - low) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double tick = std::ceil(raw / magnitude) * magnitude;
    for (double price = std::ceil(low / tick) * tick; price < high; price += tick) {
        painter.setPen(gridColour(palette()));
        painter.drawLine(QPointF(plot.left(), y(price)), QPointF(plot.right(), y(price)));
        painter.setPen(Label);
        painter.drawText(QRectF(plot.right() + 4, y(price) - 8, AxisWidth - 6, 16),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(price, 'f', magnitude >= 1 ? 0 : 2));
    }

    // Candles and volume: one colour at a time.
    const double bodyWidth = std::max(1.0, step * 0.7);
    for (const bool rising : {true, false}) {
        const QColor colour = rising ? Up : Down;
        for (int i = first; i <= last; ++i) {
            const Core::Bar& bar = m_candles[size_t(i)].bar;
            if ((bar.close >= bar.open) != rising)
                continue;
            painter.setPen(colour);
            painter.setBrush(colour);
            painter.drawLine(QPointF(x(i), y(bar.high)), QPointF(x(i), y(bar.low)));
            const double top = y(std::max(bar.open, bar.close));
            const double height = std::max(1.0, y(std::min(bar.open, bar.close)) - top);
            painter.drawRect(QRectF(x(i) - bodyWidth / 2, top, bodyWidth, height));
            if (maxVolume > 0) {
                const double volumeHeight = bar.volume / maxVolume * volumePane.height();
                QColor faded = colour;
                faded.setAlpha(110);
                painter.setPen(Qt::NoPen);
                painter.setBrush(faded);
                painter.drawRect(QRectF(x(i) - bodyWidth / 2, volumePane.bottom() - volumeHeight,
                    bodyWidth, volumeHeight));
            }
        }
    }

    // Overlays: polylines, broken where a value is missing.
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const int offsetInOverlay = int(m_candles.size()) - 1 - last;
    for (const Overlay& overlay : m_overlays) {
        painter.setPen(QPen(overlay.colour, 1.3));
        QPolygonF line;
        const int count = int(overlay.values.size());
        for (int i = first; i <= last; ++i) {
            const int index = count - 1 - (last - i) - offsetInOverlay;
            const double value = index >= 0 && index < count
                ? overlay.values[size_t(index)]
                : std::numeric_limits<double>::quiet_NaN();
            if (std::isnan(value)) {
                if (line.size() > 1)
                    painter.drawPolyline(line);
                line.clear();
                continue;
            }
            line << QPointF(x(i), y(value));
        }
        if (line.size() > 1)
            painter.drawPolyline(line);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    paintTrades(painter, plot, first, last, x, y);
    if (hasScorePane())
        paintScorePane(painter, scorePane, first, last, x);

    // Times: a label every ~120 pixels, in UTC.
    painter.setPen(Label);
    const int every = std::max(1, int(120 / step));
    for (int i = last; i >= first; i -= every) {
        // "2025-07-01T04:05:00Z" → "07-01 04:05"
        QString label
            = Core::toIsoString(Core::fromUnixSeconds(m_candles[size_t(i)].start)).mid(5, 11);
        label[5] = QLatin1Char(' ');
        painter.drawText(
            QRectF(x(i) - 50, area.bottom() + 2, 100, TimeHeight - 2), Qt::AlignCenter, label);
    }
    // The last close, on the axis.
    const Core::Bar& latest = m_candles.back().bar;
    if (m_offset == 0) {
        painter.setPen(latest.close >= latest.open ? Up : Down);
        painter.drawText(QRectF(plot.right() + 4, y(latest.close) - 8, AxisWidth - 6, 16),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(latest.close, 'f', 2));
    }

    // Crosshair and the OHLC legend of the candle under it (else of the latest).
    int legendIndex = last;
    if (area.contains(m_mouse)) {
        painter.setPen(QPen(Label, 1, Qt::DashLine));
        painter.drawLine(QPointF(m_mouse.x(), area.top()), QPointF(m_mouse.x(), area.bottom()));
        if (plot.contains(m_mouse)) {
            painter.drawLine(QPointF(plot.left(), m_mouse.y()), QPointF(plot.right(), m_mouse.y()));
            painter.drawText(QRectF(plot.right() + 4, m_mouse.y() - 8, AxisWidth - 6, 16),
                Qt::AlignLeft | Qt::AlignVCenter, QString::number(*priceAt(m_mouse), 'f', 2));
        }
        legendIndex = std::clamp(last - int((plot.right() - m_mouse.x()) / step), first, last);
    }
    const Core::Bar& shown = m_candles[size_t(legendIndex)].bar;
    QString legend = tr("O %1  H %2  L %3  C %4  V %5", "candle legend: open high low close volume")
                         .arg(shown.open, 0, 'f', 2)
                         .arg(shown.high, 0, 'f', 2)
                         .arg(shown.low, 0, 'f', 2)
                         .arg(shown.close, 0, 'f', 2)
                         .arg(shown.volume, 0, 'g', 6);
    painter.setPen(shown.close >= shown.open ? Up : Down);
    painter.drawText(
        QRectF(plot.left() + 6, plot.top() + 4, plot.width() - 12, 18), Qt::AlignLeft, legend);
    qreal legendX = plot.left() + 6;
    for (const Overlay& overlay : m_overlays) {
        painter.setPen(overlay.colour);
        const QRectF box(legendX, plot.top() + 22, 120, 18);
        painter.drawText(box, Qt::AlignLeft, overlay.name);
        legendX += painter.fontMetrics().horizontalAdvance(overlay.name) + 14;
    }
}

void CandleChart::setTradeMarks(std::vector<TradeMark> marks)
{
    m_marks = std::move(marks);
    update();
}

void CandleChart::setPriceLines(std::vector<PriceLine> lines)
{
    m_lines = std::move(lines);
    update();
}

void CandleChart::centreOn(qint64 time)
{
    const int index = std::max(0, candleAt(time));
    const int last = int(m_candles.size()) - 1;
    m_offset = std::clamp(
        last - index - m_visible / 2, 0, std::max(0, int(m_candles.size()) - MinVisible));
    update();
}

qint64 CandleChart::centreTime() const
{
    if (m_candles.empty())
        return 0;
    const int last = int(m_candles.size()) - 1 - m_offset;
    return m_candles[size_t(std::max(0, last - m_visible / 2))].start;
}

int CandleChart::candleAt(qint64 time) const
{
    const auto after = std::upper_bound(m_candles.begin(), m_candles.end(), time,
        [](qint64 t, const Drawn& candle) { return t < candle.start; });
    return int(after - m_candles.begin()) - 1;
}

void CandleChart::paintTrades(QPainter& painter, const QRect& plot, int first, int last,
    const std::function<double(int)>& x, const std::function<double(double)>& y) const
{
    painter.save();
    painter.setClipRect(plot);
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const PriceLine& line : m_lines) {
        const double at = y(line.price);
        painter.setPen(QPen(line.colour, 1, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at));
        painter.drawText(QRectF(plot.left() + 6, at - 16, plot.width() / 2.0, 14),
            Qt::AlignLeft | Qt::AlignBottom,
            tr("%1 %2").arg(line.label, QString::number(line.price, 'f', 2)));
    }
    constexpr double Size = 6;
    painter.setPen(Qt::NoPen);
    for (const TradeMark& mark : m_marks) {
        const int index = candleAt(mark.time);
        if (index < first || index > last)
            continue;
        const Core::Bar& bar = m_candles[size_t(index)].bar;
        const double cx = x(index);
        QPolygonF triangle;
        if (mark.buy) {
            const double top = y(bar.low) + 3;
            triangle << QPointF(cx, top) << QPointF(cx - Size, top + Size * 1.6)
                     << QPointF(cx + Size, top + Size * 1.6);
        } else {
            const double bottom = y(bar.high) - 3;
            triangle << QPointF(cx, bottom) << QPointF(cx - Size, bottom - Size * 1.6)
                     << QPointF(cx + Size, bottom - Size * 1.6);
        }
        painter.setBrush(mark.buy ? gainColour().lighter(130) : lossColour().lighter(130));
        painter.drawPolygon(triangle);
        // The fill price itself, as a short tick across the candle.
        painter.setPen(QPen(Qt::white, 1));
        painter.drawLine(QPointF(cx - Size, y(mark.price)), QPointF(cx + Size, y(mark.price)));
        painter.setPen(Qt::NoPen);
    }
    painter.restore();
}

void CandleChart::paintScorePane(QPainter& painter, const QRect& pane, int first, int last,
    const std::function<double(int)>& x) const
{
    const auto y = [&](double score) { return pane.center().y() - score * pane.height() / 2.0; };
    // The temperature bands: COOL from 0.05, WARM from 0.15, HOT from 0.30 either way.
    painter.setPen(gridColour(palette()));
    painter.drawLine(QPointF(pane.left(), y(0)), QPointF(pane.right(), y(0)));
    painter.setPen(QPen(gridColour(palette()), 1, Qt::DotLine));
    for (const double band : {0.05, 0.15, 0.30}) {
        painter.drawLine(QPointF(pane.left(), y(band)), QPointF(pane.right(), y(band)));
        painter.drawLine(QPointF(pane.left(), y(-band)), QPointF(pane.right(), y(-band)));
    }
    // Scores sit on the candles that share their start; a gap breaks the line.
    const auto startOf = [&](int i) { return m_candles[size_t(i)].start; };
    auto point = std::lower_bound(m_score.points.begin(), m_score.points.end(), startOf(first),
        [](const std::pair<qint64, double>& p, qint64 start) { return p.first < start; });
    QPolygonF line;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(ScoreColour, 1.3));
    for (int i = first; i <= last; ++i) {
        while (point != m_score.points.end() && point->first < startOf(i))
            ++point;
        if (point == m_score.points.end() || point->first != startOf(i)) {
            if (line.size() > 1)
                painter.drawPolyline(line);
            line.clear();
            continue;
        }
        line << QPointF(x(i), y(std::clamp(point->second, -1.0, 1.0)));
    }
    if (line.size() > 1)
        painter.drawPolyline(line);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Label);
    QString label = tr("%1 score").arg(m_score.name);
    if (!m_score.points.empty())
        label += QStringLiteral("  %1").arg(m_score.points.back().second, 0, 'f', 2);
    painter.drawText(QRectF(pane.left() + 6, pane.top(), pane.width() - 12, 16),
        Qt::AlignLeft | Qt::AlignTop, label);
    painter.drawText(QRectF(pane.right() + 4, y(0) - 8, AxisWidth - 6, 16),
        Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("0"));
}

void CandleChart::leaveEvent(QEvent*)
{
    m_mouse = QPoint(-1, -1);
    update();
}

void CandleChart::wheelEvent(QWheelEvent* event)
{
    const int notches = event->angleDelta().y() / 120;
    if (notches == 0)
        return;
    const double factor = std::pow(0.8, notches); // up zooms in
    m_visible = std::clamp(int(std::lround(m_visible * factor)), MinVisible, MaxVisible);
    update();
    event->accept();
}

void CandleChart::mousePressEvent(QMouseEvent* event)
{
    m_dragStartX = int(event->position().x());
    m_dragStartOffset = m_offset;
}

std::optional<double> CandleChart::priceAt(QPoint point) const
{
    if (!m_scale || !m_scale->plot.contains(point) || m_scale->plot.height() <= 0)
        return std::nullopt;
    const PriceScale& scale = *m_scale;
    return scale.low
        + (scale.plot.bottom() - point.y()) / double(scale.plot.height())
        * (scale.high - scale.low);
}

void CandleChart::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const auto price = priceAt(event->position().toPoint()))
        Q_EMIT priceChosen(*price);
}

void CandleChart::mouseMoveEvent(QMouseEvent* event)
{
    m_mouse = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        update();
        return;
    }
    const double step = double(std::max(1, width() - AxisWidth)) / m_visible;
    const int moved = int((event->position().x() - m_dragStartX) / step);
    m_offset
        = std::clamp(m_dragStartOffset + moved, 0, std::max(0, int(m_candles.size()) - MinVisible));
    update();
}

} // namespace Candela::Gui
