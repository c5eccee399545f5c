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
class QValueAxis;

namespace Candela::Gui {

// The Performance dock: the equity curve with its drawdowns shaded (the fall from the running
// peak), the last ten closed trades as bars (gains and losses in their colours), and the
// figures a trader judges a session or a backtest by. It shows what it is given — the paper
// session's snapshot or a finished backtest — and computes nothing itself.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    // Chart colours from the palette (dark or light theme).
    void restyle();
    QLabel* addFigure(const QString& name, const QString& title, int row, int column);
    void showEquity(const std::vector<Core::EquityPoint>& equity);
    void showLastTrades(const std::vector<Core::ClosedTrade>& trades);
    void showFigures(const Core::PerformanceStats& stats, const Core::Decimal& startingEquity,
        const Core::Decimal& equity, bool withR);

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
    QHash<QString, QLabel*> m_figures;
    QGridLayout* m_figureGrid;
    size_t m_shownEquityPoints = std::numeric_limits<size_t>::max(); // nothing drawn yet
    Core::Timestamp m_shownEquityEnd;
};

} // namespace Candela::Gui
