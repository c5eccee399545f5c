#include "objectiveheatmap.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Candela::Gui {

namespace {

// Red through yellow to green as `t` goes from 0 to 1.
QColor scaleColour(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const int red = t < 0.5 ? 200 : int(200 * (1.0 - t) * 2.0);
    const int green = t < 0.5 ? int(180 * t * 2.0) : 180;
    return QColor(red, green, 60);
}

QString cellText(double value)
{
    return std::abs(value) >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 3);
}

} // namespace

ObjectiveHeatmap::ObjectiveHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("objectiveHeatmap"));
    setMinimumSize(320, 220);
}

void ObjectiveHeatmap::setData(const QString& xName, const QStringList& xLabels,
    const QString& yName, const QStringList& yLabels,
    std::vector<std::vector<std::optional<double>>> cells)
{
    m_xName = xName;
    m_yName = yName;
    m_xLabels = xLabels;
    m_yLabels = yLabels;
    m_cells = std::move(cells);
    update();
}

void ObjectiveHeatmap::clear()
{
    setData({}, {}, {}, {}, {});
}

void ObjectiveHeatmap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics = fontMetrics();
    if (m_cells.empty() || m_xLabels.isEmpty() || m_yLabels.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Run a sweep that varies at least one parameter to see its objective here."));
        return;
    }
    double low = INFINITY;
    double high = -INFINITY;
    for (const auto& row : m_cells) {
        for (const auto& cell : row) {
            if (cell) {
                low = std::min(low, *cell);
                high = std::max(high, *cell);
            }
        }
    }
    int labelWidth = metrics.horizontalAdvance(m_yName);
    for (const QString& label : m_yLabels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const int left = labelWidth + 12;
    const int top = metrics.height() + 8;
    const int bottom = 2 * metrics.height() + 12;
    const QRect grid(
        left, top, std::max(10, width() - left - 8), std::max(10, height() - top - bottom));
    const double cellWidth = double(grid.width()) / double(m_xLabels.size());
    const double cellHeight = double(grid.height()) / double(m_yLabels.size());

    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, 0, width(), top), Qt::AlignCenter,
        m_yName + QStringLiteral(" ↓   ") + m_xName + QStringLiteral(" →"));
    for (size_t y = 0; y < m_cells.size(); ++y) {
        for (size_t x = 0; x < m_cells[y].size(); ++x) {
            const QRectF cell(grid.left() + double(x) * cellWidth,
                grid.top() + double(y) * cellHeight, cellWidth, cellHeight);
            const auto& value = m_cells[y][x];
            const QColor colour = value
                ? scaleColour(high > low ? (*value - low) / (high - low) : 1.0)
                : palette().color(QPalette::Mid);
            painter.fillRect(cell.adjusted(0, 0, -1, -1), colour);
            if (value && metrics.horizontalAdvance(cellText(*value)) + 4 < cellWidth
                && metrics.height() < cellHeight) {
                painter.setPen(Qt::black);
                painter.drawText(cell, Qt::AlignCenter, cellText(*value));
            }
        }
    }
    painter.setPen(palette().color(QPalette::WindowText));
    for (int y = 0; y < m_yLabels.size(); ++y)
        painter.drawText(QRectF(0, grid.top() + y * cellHeight, left - 6, cellHeight),
            Qt::AlignRight | Qt::AlignVCenter, m_yLabels[y]);
    // Column labels, thinned out where they would overlap.
    int widest = 0;
    for (const QString& label : m_xLabels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const int every = std::max(1, int(std::ceil((widest + 6) / std::max(1.0, cellWidth))));
    for (int x = 0; x < m_xLabels.size(); x += every)
        painter.drawText(QRectF(grid.left() + x * cellWidth - widest, grid.bottom() + 4,
                             cellWidth + 2 * widest, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, m_xLabels[x]);
    painter.drawText(
        QRect(grid.left(), grid.bottom() + metrics.height() + 6, grid.width(), metrics.height()),
        Qt::AlignCenter,
        tr("best objective of the configurations with each pair of values (%1 to %2)")
            .arg(cellText(low), cellText(high)));
}

} // namespace Candela::Gui
