#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

namespace Candela::Gui {

// The objective over two swept parameters: one cell per pair of their values, holding the best
// objective of the configurations with that pair (over the values of the other parameters),
// coloured from the worst (red) to the best (green); grey where no configuration qualified. A
// lone green cell among red ones is a fragile peak; a broad green region, a plateau.
class ObjectiveHeatmap final : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectiveHeatmap(QWidget* parent = nullptr);

    // `cells[y][x]`; the labels are the parameters' values as shown.
    void setData(const QString& xName, const QStringList& xLabels, const QString& yName,
        const QStringList& yLabels, std::vector<std::vector<std::optional<double>>> cells);
    void clear();

    QSize sizeHint() const override { return {520, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_xName;
    QString m_yName;
    QStringList m_xLabels;
    QStringList m_yLabels;
    std::vector<std::vector<std::optional<double>>> m_cells;
};

} // namespace Candela::Gui
