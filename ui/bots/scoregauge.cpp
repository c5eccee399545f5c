#include "scoregauge.h"

#include "ui/theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Candela::Gui {

ScoreGauge::ScoreGauge(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(80, 10);
    setAccessibleName(tr("Score"));
}

void ScoreGauge::setScore(double score)
{
    const double clamped = std::isfinite(score) ? std::clamp(score, -1.0, 1.0) : 0.0;
    if (clamped == m_score)
        return;
    m_score = clamped;
    setAccessibleDescription(QString::number(m_score, 'f', 2));
    update();
}

void ScoreGauge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF track = QRectF(rect()).adjusted(0.5, 2.5, -0.5, -2.5);
    painter.fillRect(track, palette().color(QPalette::AlternateBase));
    const double centre = track.center().x();
    const double reach = m_score * track.width() / 2;
    const QColor colour = m_score >= 0 ? gainColour() : lossColour();
    painter.fillRect(
        QRectF(std::min(centre, centre + reach), track.top(), std::abs(reach), track.height()),
        colour);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(track);
    painter.drawLine(QPointF(centre, rect().top()), QPointF(centre, rect().bottom()));
}

} // namespace Candela::Gui
