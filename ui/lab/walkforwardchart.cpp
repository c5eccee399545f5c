#include "walkforwardchart.h"

#include "core/model/timestamp.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Candela::Gui {

WalkForwardChart::WalkForwardChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
}

void WalkForwardChart::replaceChart(QChart* chart)
{
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    QChart* previous = this->chart();
    setChart(chart);
    delete previous;
}

void WalkForwardChart::showFolds(
    const std::optional<Core::WalkForward>& walkForward, Core::SweepObjective objective)
{
    auto* chart = new QChart;
    if (!walkForward || walkForward->folds.empty()) {
        chart->setTitle(
            tr("No walk-forward: give its windows (train=30d,test=15d) and run again."));
        replaceChart(chart);
        return;
    }
    chart->setTitle(tr("%1 of the chosen configuration, in sample vs out of sample, per fold")
                        .arg(QLatin1String(Core::sweepObjectiveName(objective))));
    auto* inSample = new QBarSet(tr("In sample"));
    auto* outOfSample = new QBarSet(tr("Out of sample"));
    QStringList folds;
    double low = 0;
    double high = 0;
    for (const Core::WalkForwardFold& fold : walkForward->folds) {
        const auto finite = [](double value) { return std::isfinite(value) ? value : 0.0; };
        const double in = fold.chosen ? finite(fold.inSampleObjective) : 0.0;
        const double out = fold.outOfSample ? finite(fold.outOfSampleObjective) : 0.0;
        *inSample << in;
        *outOfSample << out;
        low = std::min({low, in, out});
        high = std::max({high, in, out});
        folds << QDateTime::fromSecsSinceEpoch(Core::toUnixSeconds(fold.testStart), Qt::UTC)
                     .toString(QStringLiteral("MM-dd"));
    }
    auto* series = new QBarSeries;
    series->append(inSample);
    series->append(outOfSample);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(folds);
    axisX->setTitleText(tr("test window from"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    const double pad = (high - low) * 0.1 + 1e-9;
    axisY->setRange(low - pad, high + pad);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    replaceChart(chart);
}

} // namespace Candela::Gui
