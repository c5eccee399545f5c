#pragma once

#include "core/backtest/sweepsummary.h"
#include "core/backtest/walkforward.h"

#include <QChartView>

#include <optional>

namespace Candela::Gui {

// The walk-forward folds of a study as bars: the objective of the configuration chosen on each
// training window, in sample beside out of sample. A study without walk-forward shows a title
// saying how to ask for one. Owns the chart it shows: QChartView::setChart releases the previous
// chart without deleting it, so each new study's chart replaces and deletes the last one.
class WalkForwardChart final : public QChartView
{
    Q_OBJECT

public:
    explicit WalkForwardChart(QWidget* parent = nullptr);

    void showFolds(
        const std::optional<Core::WalkForward>& walkForward, Core::SweepObjective objective);

private:
    void replaceChart(QChart* chart);
};

} // namespace Candela::Gui
