#pragma once

#include <QWidget>

namespace Candela::Gui {

// A bot's score on −1…+1 as a bar growing from the centre: right and green towards buying,
// left and red towards selling. The number is written beside it (never colour alone).
class ScoreGauge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreGauge)

public:
    explicit ScoreGauge(QWidget* parent = nullptr);

    void setScore(double score);
    double score() const { return m_score; }
    QSize sizeHint() const override { return {160, 14}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_score = 0;
};

} // namespace Candela::Gui
