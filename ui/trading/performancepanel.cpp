#include "performancepanel.h"

#include "tradefilterbar.h"
#include "tradingtext.h"

#include "core/portfolio/tradefilter.h"

#include "ui/charts/axisticks.h"
#include "ui/theme.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace Candela::Gui {

namespace {

const QColor AxisText(0x9a, 0xa3, 0xad);
const QColor EquityLine(0x42, 0xa5, 0xf5);

QChart* darkChart()
{
    auto* chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void styleAxis(QAbstractAxis* axis, const QColor& grid)
{
    axis->setLabelsColor(AxisText);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
}

QChartView* viewOf(
    QChart* chart, const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(120);
    return view;
}

QString ratio(double value)
{
    if (std::isinf(value))
        return QStringLiteral("∞");
    return QString::number(value, 'f', 2);
}

} // namespace

PerformancePanel::PerformancePanel(QWidget* parent)
    : QWidget(parent)
    , m_filter(new TradeFilterBar(QStringLiteral("performanceFilter"), this))
    , m_equityChart(darkChart())
    , m_equity(new QLineSeries)
    , m_peak(new QLineSeries)
    , m_drawdown(new QAreaSeries(m_peak, m_equity))
    , m_timeAxis(new QDateTimeAxis)
    , m_equityAxis(new QValueAxis)
    , m_tradesChart(darkChart())
    , m_gains(new QBarSet(tr("Gain")))
    , m_losses(new QBarSet(tr("Loss")))
    , m_tradeAxis(new QBarCategoryAxis)
    , m_pnlAxis(new QValueAxis)
    , m_winLossChart(darkChart())
    , m_winLoss(new QPieSeries)
    , m_targetsTitle(new QLabel(tr("To target"), this))
    , m_targets(new QVBoxLayout)
    , m_figureGrid(new QGridLayout)
{
    // The chart owns the series added to it; the peak line only shapes the drawdown area and
    // is never added, so the area owns it (a QAreaSeries does not own its boundary lines).
    m_peak->setParent(m_drawdown);
    m_equityChart->setTitle(tr("Equity"));
    m_equityChart->setTitleBrush(AxisText);
    QPen equityPen(EquityLine);
    equityPen.setWidthF(1.5);
    m_equity->setPen(equityPen);
    QColor shade = lossColour();
    shade.setAlpha(90);
    m_drawdown->setBrush(shade);
    m_drawdown->setPen(Qt::NoPen);
    m_drawdown->setName(tr("Drawdown"));
    m_equityChart->addSeries(m_drawdown);
    m_equityChart->addSeries(m_equity);
    m_timeAxis->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_timeAxis->setTickCount(5);
    m_equityAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_equityChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_equityChart->addAxis(m_equityAxis, Qt::AlignLeft);
    for (QAbstractSeries* series :
        {static_cast<QAbstractSeries*>(m_drawdown), static_cast<QAbstractSeries*>(m_equity)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_equityAxis);
    }

    m_tradesChart->setTitle(tr("Last 10 trades"));
    m_tradesChart->setTitleBrush(AxisText);
    m_gains->setColor(gainColour());
    m_gains->setBorderColor(gainColour());
    m_losses->setColor(lossColour());
    m_losses->setBorderColor(lossColour());
    auto* bars = new QStackedBarSeries;
    bars->append(m_gains);
    bars->append(m_losses);
    m_tradesChart->addSeries(bars);
    m_pnlAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_tradesChart->addAxis(m_tradeAxis, Qt::AlignBottom);
    m_tradesChart->addAxis(m_pnlAxis, Qt::AlignLeft);
    bars->attachAxis(m_tradeAxis);
    bars->attachAxis(m_pnlAxis);

    addFigure(QStringLiteral("trades"), tr("Trades"), 0, 0);
    addFigure(QStringLiteral("winLoss"), tr("Won / lost"), 0, 1);
    addFigure(QStringLiteral("winRate"), tr("Win rate"), 0, 2);
    addFigure(QStringLiteral("netPnl"), tr("Net P&L"), 1, 0);
    addFigure(QStringLiteral("equity"), tr("Equity"), 1, 1);
    addFigure(QStringLiteral("fees"), tr("Fees"), 1, 2);
    addFigure(QStringLiteral("profitFactor"), tr("Profit factor"), 2, 0);
    addFigure(QStringLiteral("expectancy"), tr("Expectancy"), 2, 1);
    addFigure(QStringLiteral("averageR"), tr("Average R"), 2, 2);
    addFigure(QStringLiteral("maxDrawdown"), tr("Max drawdown"), 3, 0);
    addFigure(QStringLiteral("sharpe"), tr("Sharpe"), 3, 1);
    addFigure(QStringLiteral("streaks"), tr("Streaks (win / loss)"), 3, 2);
    addFigure(QStringLiteral("best"), tr("Best trade"), 4, 0);
    addFigure(QStringLiteral("worst"), tr("Worst trade"), 4, 1);
    addFigure(QStringLiteral("streak"), tr("Current streak"), 4, 2);
    addFigure(QStringLiteral("grossPnl"), tr("P&L before fees"), 5, 0);
    addFigure(QStringLiteral("feeDrag"), tr("Fee drag"), 5, 1);
    addFigure(QStringLiteral("feeRate"), tr("Fees per side"), 5, 2);

    m_winLossChart->setTitle(tr("Won / lost"));
    m_winLossChart->setTitleBrush(AxisText);
    m_winLoss->setHoleSize(0.45);
    m_winLossChart->addSeries(m_winLoss);
    m_targetsTitle->setStyleSheet(QStringLiteral("color: #9aa3ad;"));
    m_targets->setSpacing(2);
    auto* figures = new QVBoxLayout;
    figures->addLayout(m_figureGrid);
    figures->addWidget(m_targetsTitle);
    figures->addLayout(m_targets);
    figures->addStretch(1);
    m_filter->hide(); // a session's snapshots only: a backtest is one bot's already
    connect(m_filter, &TradeFilterBar::filterChanged, this, &PerformancePanel::showFiltered);

    auto* lower = new QHBoxLayout;
    lower->addWidget(
        viewOf(m_tradesChart, QStringLiteral("lastTradesChart"), tr("Last 10 closed trades"), this),
        1);
    auto* split
        = viewOf(m_winLossChart, QStringLiteral("winLossChart"), tr("Won and lost trades"), this);
    split->setMinimumWidth(140);
    lower->addWidget(split);
    lower->addLayout(figures, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_filter);
    layout->addWidget(
        viewOf(m_equityChart, QStringLiteral("equityChart"), tr("Equity curve"), this), 3);
    layout->addLayout(lower, 2);
    restyle();
    showResults({}, {}, {}, {});
}

void PerformancePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void PerformancePanel::restyle()
{
    const QColor background = palette().color(QPalette::Base);
    const QColor grid = palette().color(QPalette::Mid);
    for (QChart* chart : {m_equityChart, m_tradesChart, m_winLossChart})
        chart->setBackgroundBrush(background);
    for (QAbstractAxis* axis :
        {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_equityAxis),
            static_cast<QAbstractAxis*>(m_tradeAxis), static_cast<QAbstractAxis*>(m_pnlAxis)})
        styleAxis(axis, grid);
}

QLabel* PerformancePanel::addFigure(const QString& name, const QString& title, int row, int column)
{
    auto* caption = new QLabel(title, this);
    caption->setStyleSheet(QStringLiteral("color: #9aa3ad;"));
    auto* value = new QLabel(this);
    value->setObjectName(name + QStringLiteral("Figure"));
    value->setAccessibleName(title);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* cell = new QVBoxLayout;
    cell->setSpacing(0);
    cell->addWidget(caption);
    cell->addWidget(value);
    m_figureGrid->addLayout(cell, row, column);
    m_figures.insert(name, value);
    return value;
}

void PerformancePanel::setSnapshot(const Core::TradingSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_filter->show();
    m_filter->setChoices(snapshot);
    showFiltered();
}

void PerformancePanel::showFiltered()
{
    const Core::TradingSnapshot& snapshot = m_snapshot;
    const Core::TradeFilter filter = m_filter->filter();
    if (filter.isEmpty()) {
        showResults(snapshot.trades, snapshot.equityCurve, snapshot.stats, snapshot.startingEquity);
        if (!snapshot.equity.isZero())
            m_figures.value(QStringLiteral("equity"))->setText(TradingText::money(snapshot.equity));
    } else {
        const std::vector<Core::ClosedTrade> trades
            = Core::filterTrades(snapshot.trades, filter, snapshot.time);
        std::vector<Core::EquityPoint> curve;
        const auto since = filter.since(snapshot.time);
        if (filter.botId.isEmpty() && filter.productId.isEmpty()) {
            // The whole account over the period.
            for (const Core::EquityPoint& point : snapshot.equityCurve) {
                if (!since || point.time >= *since)
                    curve.push_back(point);
            }
        } else {
            // One bot's or product's: the starting equity plus their P&L, trade by trade.
            Core::Decimal running = snapshot.startingEquity;
            curve.push_back(
                {since.value_or(trades.empty() ? snapshot.time : trades.front().entryTime),
                    running});
            for (const Core::ClosedTrade& trade : trades) {
                const auto next = running.plus(trade.pnl);
                if (!next)
                    break; // beyond the range: the curve stops there
                running = *next;
                curve.push_back({trade.exitTime, running});
            }
        }
        const auto stats = Core::PerformanceStats::compute(trades, curve);
        showResults(trades, curve, stats ? *stats : Core::PerformanceStats{},
            curve.empty() ? snapshot.startingEquity : curve.front().equity);
    }
    showTargets(snapshot.positions);
}

void PerformancePanel::showResults(const std::vector<Core::ClosedTrade>& trades,
    const std::vector<Core::EquityPoint>& equity, const Core::PerformanceStats& stats,
    const Core::Decimal& startingEquity)
{
    showEquity(equity);
    showLastTrades(trades);
    showWinLoss(trades);
    const bool withR = std::any_of(trades.begin(), trades.end(),
        [](const Core::ClosedTrade& trade) { return trade.rMultiple.has_value(); });
    showFigures(
        stats, startingEquity, equity.empty() ? startingEquity : equity.back().equity, withR);
}

void PerformancePanel::showEquity(const std::vector<Core::EquityPoint>& equity)
{
    // Most snapshots bring the same curve: redraw only when it grew or moved.
    if (equity.size() == m_shownEquityPoints
        && (equity.empty() || equity.back().time == m_shownEquityEnd))
        return;
    m_shownEquityPoints = equity.size();
    m_shownEquityEnd = equity.empty() ? Core::Timestamp{} : equity.back().time;
    QList<QPointF> line;
    QList<QPointF> peak;
    line.reserve(qsizetype(equity.size()));
    peak.reserve(qsizetype(equity.size()));
    double highest = -std::numeric_limits<double>::infinity();
    double low = std::numeric_limits<double>::infinity();
    for (const Core::EquityPoint& point : equity) {
        const double x = double(Core::toUnixSeconds(point.time)) * 1000.0;
        const double y = point.equity.toDouble();
        highest = std::max(highest, y);
        low = std::min(low, y);
        line.append({x, y});
        peak.append({x, highest});
    }
    m_equity->replace(line);
    m_peak->replace(peak);
    // No curve yet: no made-up axis numbers either.
    m_timeAxis->setVisible(!equity.empty());
    m_equityAxis->setVisible(!equity.empty());
    if (equity.empty())
        return;
    const AxisTicks ticks = AxisTicks::cover(low, highest);
    m_equityAxis->setRange(ticks.min, ticks.max);
    m_equityAxis->setTickCount(ticks.tickCount);
    m_equityAxis->setLabelFormat(QStringLiteral("%.%1f").arg(ticks.decimals));
    const qint64 first = Core::toUnixSeconds(equity.front().time);
    const qint64 last = std::max(Core::toUnixSeconds(equity.back().time), first + 60);
    m_timeAxis->setRange(QDateTime::fromSecsSinceEpoch(first, Qt::UTC),
        QDateTime::fromSecsSinceEpoch(last, Qt::UTC));
}

void PerformancePanel::showLastTrades(const std::vector<Core::ClosedTrade>& trades)
{
    const size_t shown = std::min<size_t>(10, trades.size());
    QStringList categories;
    QList<qreal> gains;
    QList<qreal> losses;
    double extreme = 1.0;
    for (size_t i = trades.size() - shown; i < trades.size(); ++i) {
        const double pnl = trades[i].pnl.toDouble();
        categories.append(QString::number(trades[i].id));
        gains.append(pnl > 0 ? pnl : 0.0);
        losses.append(pnl < 0 ? pnl : 0.0);
        extreme = std::max(extreme, std::abs(pnl));
    }
    m_gains->remove(0, m_gains->count());
    m_losses->remove(0, m_losses->count());
    m_gains->append(gains);
    m_losses->append(losses);
    m_tradeAxis->clear();
    m_tradeAxis->append(categories);
    m_tradeAxis->setVisible(shown > 0);
    m_pnlAxis->setVisible(shown > 0);
    m_pnlAxis->setRange(-extreme * 1.1, extreme * 1.1);
}

void PerformancePanel::showFigures(const Core::PerformanceStats& stats,
    const Core::Decimal& startingEquity, const Core::Decimal& equity, bool withR)
{
    const auto set = [this](const char* name, const QString& text) {
        m_figures.value(QLatin1String(name))->setText(text);
    };
    const bool any = stats.trades > 0;
    const QString none = QStringLiteral("—");
    set("trades", QString::number(stats.trades));
    set("winLoss", tr("%1 / %2").arg(stats.wins).arg(stats.losses));
    set("winRate", any ? TradingText::percent(stats.winRate) : none);
    set("netPnl", TradingText::money(stats.netPnl, true));
    const Core::Decimal& shownEquity = equity.isZero() ? startingEquity : equity;
    set("equity", shownEquity.isZero() ? none : TradingText::money(shownEquity));
    set("fees", TradingText::money(stats.totalFees));
    set("profitFactor", any ? ratio(stats.profitFactor) : none);
    set("expectancy", any ? TradingText::money(stats.expectancy, true) : none);
    // R needs a stop to measure risk by: without one there is no R, not an R of zero.
    set("averageR", withR ? ratio(stats.averageR) : none);
    set("maxDrawdown", tr("%1 %").arg(stats.maxDrawdownPct, 0, 'f', 2));
    set("sharpe", ratio(stats.sharpe));
    set("streaks", tr("%1 / %2").arg(stats.longestWinStreak).arg(stats.longestLossStreak));
    set("best", any ? TradingText::money(stats.bestTrade, true) : none);
    const int streak = Core::currentStreak(m_shownTrades);
    set("streak",
        streak > 0       ? tr("%n win(s) in a row", nullptr, streak)
            : streak < 0 ? tr("%n loss(es) in a row", nullptr, -streak)
                         : none);
    set("worst", any ? TradingText::money(stats.worstTrade, true) : none);
    set("grossPnl", any ? TradingText::money(stats.grossPnl, true) : none);
    // What the venue took of what the trades made; when they made nothing before fees, the
    // fees only deepened the loss and no share of a profit can be given.
    const auto drag = stats.feeDragPct();
    set("feeDrag",
        drag      ? tr("%1 % of the gross profit").arg(*drag, 0, 'f', 1)
            : any ? tr("no gross profit")
                  : none);
    const auto rate = stats.feeRatePct();
    set("feeRate", rate ? tr("%1 % of notional").arg(*rate, 0, 'f', 3) : none);
}

QString PerformancePanel::figure(const QString& name) const
{
    const QLabel* label = m_figures.value(name);
    return label ? label->text() : QString();
}

int PerformancePanel::equityPointCount() const
{
    return int(m_equity->count());
}

void PerformancePanel::showWinLoss(const std::vector<Core::ClosedTrade>& trades)
{
    m_shownTrades = trades;
    int wins = 0;
    int losses = 0;
    for (const Core::ClosedTrade& trade : trades) {
        wins += trade.pnl.isPositive() ? 1 : 0;
        losses += trade.pnl.isNegative() ? 1 : 0;
    }
    m_winLoss->clear();
    m_winLossChart->setTitle(
        wins + losses == 0 ? tr("Won / lost") : tr("Won %1 · lost %2").arg(wins).arg(losses));
    if (wins + losses == 0)
        return;
    QPieSlice* won = m_winLoss->append(tr("Won"), wins);
    QPieSlice* lost = m_winLoss->append(tr("Lost"), losses);
    won->setColor(gainColour());
    lost->setColor(lossColour());
    for (QPieSlice* slice : {won, lost}) {
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setLabelVisible(false); // the title says it: a small chart has no room
    }
}

void PerformancePanel::showTargets(const std::vector<Core::OpenPosition>& positions)
{
    while (QLayoutItem* item = m_targets->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    for (const Core::OpenPosition& position : positions) {
        if (!position.target || shown == 5)
            continue;
        // The way from the entry to the target (doubles: a bar to draw, not money).
        const double entry = position.entryPrice.toDouble();
        const double span = position.target->toDouble() - entry;
        if (span == 0)
            continue;
        const double done = (position.mark.toDouble() - entry) / span;
        auto* bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("targetProgress"));
        bar->setRange(0, 100);
        const int percent = int(std::lround(done * 100));
        bar->setValue(std::clamp(percent, 0, 100));
        bar->setFormat(tr("%1 · %2: %3 %").arg(position.botId, position.productId).arg(percent));
        bar->setAccessibleName(bar->format());
        bar->setMaximumHeight(18);
        m_targets->addWidget(bar);
        ++shown;
    }
    m_targetsTitle->setVisible(shown > 0);
}

std::pair<int, int> PerformancePanel::winLossShown() const
{
    const auto slices = m_winLoss->slices();
    if (slices.size() != 2)
        return {0, 0};
    return {int(slices[0]->value()), int(slices[1]->value())};
}

QList<std::pair<QString, int>> PerformancePanel::targetProgressShown() const
{
    QList<std::pair<QString, int>> shown;
    for (int i = 0; i < m_targets->count(); ++i) {
        if (const auto* bar = qobject_cast<QProgressBar*>(m_targets->itemAt(i)->widget()))
            shown.append({bar->format(), bar->value()});
    }
    return shown;
}

int PerformancePanel::tradeBarCount() const
{
    return int(m_gains->count());
}

} // namespace Candela::Gui
