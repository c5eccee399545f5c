#pragma once

#include "core/backtest/sweepstudy.h"
#include "core/coinbase/publicrestclient.h"
#include "core/strategy/botconfig.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace Candela::Gui {

class ObjectiveHeatmap;
class WalkForwardChart;

// Tools → Strategy lab…: a sweep of one bot's parameters over a candle file, as
// `candela-cli sweep` runs it (SweepStudy), on the lab's own thread pool with progress and Cancel;
// then a sortable table of the configurations, a heat map of the objective over two parameters,
// the walk-forward folds in and out of sample, and the statistics in words. "Save as bot…" hands a
// chosen configuration to the bot editor.
class StrategyLabDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyLabDialog)

public:
    StrategyLabDialog(std::vector<Core::BotConfig> bots, const QString& candleFile,
        const Core::PaperExchangeConfig& fees = {}, QWidget* parent = nullptr);
    ~StrategyLabDialog() override;

    void setRiskDefaults(const Core::RiskPolicy& defaults) { m_riskDefaults = defaults; }
    // Where "Coinbase" candles come from (the real REST API unless a test says otherwise).
    void setCandleServer(const Core::PublicRestClient::Config& config) { m_server = config; }

    void run();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning() || m_downloading; }
    QString statusText() const;
    // The heat map's cells as shown (for tests): [y][x], empty where none qualified.
    const std::vector<std::vector<std::optional<double>>>& heatmapCells() const
    {
        return m_heatCells;
    }

Q_SIGNALS:
    void finished();
    // The configuration of the chosen row, as a bot, for the bot editor.
    void saveAsBot(const Core::BotConfig& config);

private:
    struct Job; // what the pool thread and the dialog share
    struct Outcome
    {
        QString error;
        Core::SweepPlan plan;
        QJsonObject baseBot;
        Core::SweepStudyRequest request;
        Core::SweepStudy study;
        Core::SweepFindings findings;
        qint64 candles = 0;
    };

    void browse();
    // The sweep on the lab's pool over `given` candles, or those of `file` when it is not empty.
    void sweep(Outcome setup, Core::SweepOptions options, std::vector<Core::Candle> given,
        const QString& file, Core::Timeframe timeframe, qint64 from, qint64 to);
    void endWithoutResult(const QString& status);
    void showProgress();
    void showOutcome();
    void fillTable();
    void fillHeatmap();
    void saveChosen();

    std::vector<Core::BotConfig> m_bots;
    Core::PaperExchangeConfig m_fees;
    Core::RiskPolicy m_riskDefaults;
    QComboBox* m_bot;
    QComboBox* m_source; // a candle file, or Coinbase's candles of the bot's product
    QLineEdit* m_file;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QPlainTextEdit* m_vary;
    QSpinBox* m_random;
    QComboBox* m_objective;
    QSpinBox* m_minimumTrades;
    QLineEdit* m_walkForward;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QPushButton* m_save;
    QComboBox* m_heatX;
    QComboBox* m_heatY;
    ObjectiveHeatmap* m_heatmap;
    WalkForwardChart* m_folds;
    QLabel* m_statistics;
    std::vector<std::vector<std::optional<double>>> m_heatCells;
    std::shared_ptr<Job> m_job;
    Core::PublicRestClient::Config m_server;
    std::unique_ptr<Core::PublicRestClient> m_client;
    bool m_downloading = false;
    QThreadPool m_pool; // "candela-lab": the sweep's coordinator; SweepRunner has its workers
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_poll;
    std::unique_ptr<Outcome> m_outcome;
};

} // namespace Candela::Gui
