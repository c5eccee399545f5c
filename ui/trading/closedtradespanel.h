#pragma once

#include "core/engine/tradingsnapshot.h"

#include <QWidget>

class QLabel;

namespace Candela::Gui {

class ClosedTradesModel;
class DataTable;

// The Closed trades dock: the table, a summary row under it with the engine's own figures
// (trades, wins and losses, win rate, net P&L, fees), and an export to CSV in the format of
// `candela-cli backtest --trades`.
class ClosedTradesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClosedTradesPanel)

public:
    explicit ClosedTradesPanel(QWidget* parent = nullptr);

    void setSnapshot(const Core::TradingSnapshot& snapshot);
    ClosedTradesModel* model() const { return m_model; }
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

    ClosedTradesModel* m_model;
    DataTable* m_table;
    QLabel* m_summary;
};

} // namespace Candela::Gui
