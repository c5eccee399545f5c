#pragma once

#include "core/engine/tradingsnapshot.h"

#include <QHash>
#include <QWidget>

#include <limits>

class QAreaSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QDateTimeAxis;
class QGridLayout;
class QLabel;
class QLineSeries;
class QPieSeries;
class QValueAxis;
class QVBoxLayout;

namespace Candela::Gui {

class TradeFilterBar;

// The Performance dock: the equity curve with its drawdowns shaded (the fall from the running
// peak), the last ten closed trades as bars (gains and losses in their colours), the split of
// wins and losses, the figures a trader judges a session or a backtest by, and how far each open
// position has come to its target. A session's snapshot can be narrowed to a bot, a product and
// a period (the figures are then worked out from those trades, and the curve is the account's
// over the period, or — for one bot or product — the starting equity plus their P&L); a
// finished backtest is shown as given.
class PerformancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerformancePanel)

public:
    explicit PerformancePanel(QWidget* parent = nullptr);

    void showResults(const std::vector<Core::ClosedTrade>& trades,
        const std::vector<Core::EquityPoint>& equity, const Core::PerformanceStats& stats,
        const Core::Decimal& startingEquity);
    void setSnapshot(const Core::TradingSnapshot& snapshot);

    // The figure shown for a statistic ("winRate", "profitFactor", …), for tests.
    QString figure(const QString& name) const;
    int equityPointCount() const;
    int tradeBarCount() const;
    // The wins and losses the split chart shows.
    std::pair<int, int> winLossShown() const;
    // "bot · product" and the percent of the way to the target, per open position shown.
    QList<std::pair<QString, int>> targetProgressShown() const;
    TradeFilterBar* filterBar() const { return m_filter; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Chart colours from the palette (dark or light theme).
    void restyle();
    QLabel* addFigure(const QString& name, const QString& title, int row, int column);
    void showEquity(const std::vector<Core::EquityPoint>& equity);
    void showLastTrades(const std::vector<Core::ClosedTrade>& trades);
    void showWinLoss(const std::vector<Core::ClosedTrade>& trades);
    void showTargets(const std::vector<Core::OpenPosition>& positions);
    // The snapshot through the filter bar's choice.
    void showFiltered();
    void showFigures(const Core::PerformanceStats& stats, const Core::Decimal& startingEquity,
        const Core::Decimal& equity, bool withR);

    TradeFilterBar* m_filter;
    Core::TradingSnapshot m_snapshot;
    QChart* m_equityChart;
    QLineSeries* m_equity;
    QLineSeries* m_peak;
    QAreaSeries* m_drawdown;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_equityAxis;
    QChart* m_tradesChart;
    QBarSet* m_gains;
    QBarSet* m_losses;
    QBarCategoryAxis* m_tradeAxis;
    QValueAxis* m_pnlAxis;
    QChart* m_winLossChart;
    QPieSeries* m_winLoss;
    QLabel* m_targetsTitle;
    QVBoxLayout* m_targets;
    QHash<QString, QLabel*> m_figures;
    std::vector<Core::ClosedTrade> m_shownTrades; // for the current streak
    QGridLayout* m_figureGrid;
    size_t m_shownEquityPoints = std::numeric_limits<size_t>::max(); // nothing drawn yet
    Core::Timestamp m_shownEquityEnd;
};

} // namespace Candela::Gui
