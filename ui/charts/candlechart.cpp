#include "candlechart.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Candela::Gui {

namespace {
const QColor Up(0x26, 0xa6, 0x9a);
const QColor Down(0xef, 0x53, 0x50);
const QColor Grid(0x2a, 0x30, 0x38);
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

void CandleChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRect plot(0, 0, width() - AxisWidth, height() - TimeHeight);
    if (m_candles.empty() || plot.width() < 10 || plot.height() < 10) {
        painter.setPen(Label);
        painter.drawText(rect(), Qt::AlignCenter, tr("Waiting for candles…"));
        return;
    }

    const int last = int(m_candles.size()) - 1 - m_offset;
    const int first = std::max(0, last - m_visible + 1);
    double low = m_candles[size_t(first)].bar.low;
    double high = m_candles[size_t(first)].bar.high;
    for (int i = first; i <= last; ++i) {
        low = std::min(low, m_candles[size_t(i)].bar.low);
        high = std::max(high, m_candles[size_t(i)].bar.high);
    }
    const double padding = std::max((high - low) * 0.05, high * 1e-6);
    low -= padding;
    high += padding;
    const auto y = [&](double price) {
        return plot.bottom() - (price - low) / (high - low) * plot.height();
    };
    const double step = double(plot.width()) / m_visible;
    const auto x = [&](int i) { return plot.right() - (last - i + 0.5) * step; };

    // Price grid and axis: five round levels.
    painter.setFont(font());
    const double raw = (high - low) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double tick = std::ceil(raw / magnitude) * magnitude;
    for (double price = std::ceil(low / tick) * tick; price < high; price += tick) {
        painter.setPen(Grid);
        painter.drawLine(QPointF(plot.left(), y(price)), QPointF(plot.right(), y(price)));
        painter.setPen(Label);
        painter.drawText(QRectF(plot.right() + 4, y(price) - 8, AxisWidth - 6, 16),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(price, 'f', magnitude >= 1 ? 0 : 2));
    }

    // Candles: wicks then bodies, one colour at a time.
    const double bodyWidth = std::max(1.0, step * 0.7);
    for (const bool rising : {true, false}) {
        painter.setPen(rising ? Up : Down);
        painter.setBrush(rising ? Up : Down);
        for (int i = first; i <= last; ++i) {
            const Core::Bar& bar = m_candles[size_t(i)].bar;
            if ((bar.close >= bar.open) != rising)
                continue;
            painter.drawLine(QPointF(x(i), y(bar.high)), QPointF(x(i), y(bar.low)));
            const double top = y(std::max(bar.open, bar.close));
            const double height = std::max(1.0, y(std::min(bar.open, bar.close)) - top);
            painter.drawRect(QRectF(x(i) - bodyWidth / 2, top, bodyWidth, height));
        }
    }

    // Times: a label every ~120 pixels, in UTC.
    painter.setPen(Label);
    const int every = std::max(1, int(120 / step));
    for (int i = last; i >= first; i -= every) {
        // "2025-07-01T04:05:00Z" → "07-01 04:05"
        QString label
            = Core::toIsoString(Core::fromUnixSeconds(m_candles[size_t(i)].start)).mid(5, 11);
        label[5] = QLatin1Char(' ');
        painter.drawText(
            QRectF(x(i) - 50, plot.bottom() + 2, 100, TimeHeight - 2), Qt::AlignCenter, label);
    }
    // The last close, on the axis.
    const Core::Bar& latest = m_candles.back().bar;
    painter.setPen(latest.close >= latest.open ? Up : Down);
    painter.drawText(QRectF(plot.right() + 4, y(latest.close) - 8, AxisWidth - 6, 16),
        Qt::AlignLeft | Qt::AlignVCenter, QString::number(latest.close, 'f', 2));
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

void CandleChart::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const double step = double(std::max(1, width() - AxisWidth)) / m_visible;
    const int moved = int((event->position().x() - m_dragStartX) / step);
    m_offset
        = std::clamp(m_dragStartOffset + moved, 0, std::max(0, int(m_candles.size()) - MinVisible));
    update();
}

} // namespace Candela::Gui
