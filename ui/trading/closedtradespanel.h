#pragma once

#include "core/engine/tradingsnapshot.h"

#include <QWidget>

class QLabel;

namespace Candela::Gui {

class ClosedTradesModel;
class DataTable;
class TradeFilterBar;

// The Closed trades dock: the trades of the bot, product and period chosen above the table, a
// summary row under it with their figures (trades, wins and losses, win rate, net P&L, fees; the
// engine's own when nothing is filtered out), and an export of those trades to CSV in the format
// of `candela-cli backtest --trades` or Koinly's.
class ClosedTradesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClosedTradesPanel)

public:
    explicit ClosedTradesPanel(QWidget* parent = nullptr);

    void setSnapshot(const Core::TradingSnapshot& snapshot);
    ClosedTradesModel* model() const { return m_model; }
    TradeFilterBar* filterBar() const { return m_filter; }
    QString summaryText() const;
    // Writes every closed trade to `path`; false (and why) when the file cannot be written.
    // Candela's CSV (the CLI's columns), or Koinly's universal import layout for a tax tool.
    enum class ExportLayout {
        Candela,
        Koinly
    };
    bool exportTo(const QString& path, QString* error = nullptr,
        ExportLayout layout = ExportLayout::Candela) const;

private:
    void chooseExportFile();
    void showFiltered();

    Core::TradingSnapshot m_snapshot;
    TradeFilterBar* m_filter;
    ClosedTradesModel* m_model;
    DataTable* m_table;
    QLabel* m_summary;
};

} // namespace Candela::Gui
