#pragma once

#include "core/backtest/backtestrunner.h"
#include "core/coinbase/publicrestclient.h"
#include "core/strategy/botconfig.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Candela::Gui {

class CandleChart;
class ClosedTradesPanel;
class PerformancePanel;

// Tools → Backtest…: one bot over a five-minute candle file at full speed on the core thread
// pool, with a progress bar and Cancel; then the report (the performance panel's figures and
// curve), the trades (exportable) and the candles with the trades marked on them. The window
// and the live market keep running meanwhile.
class BacktestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestDialog)

public:
    BacktestDialog(std::vector<Core::BotConfig> bots, const QString& candleFile,
        const Core::PaperExchangeConfig& fees = {}, QWidget* parent = nullptr);
    ~BacktestDialog() override;

    // The user's risk defaults, under each bot's own "risk" section.
    void setRiskDefaults(const Core::RiskPolicy& defaults) { m_riskDefaults = defaults; }
    // Where "Coinbase" candles come from (the real REST API unless a test says otherwise).
    void setCandleServer(const Core::PublicRestClient::Config& config) { m_server = config; }

    void run();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning() || m_downloading; }
    // The last finished run (empty before one).
    const Core::BacktestResult& result() const { return m_result; }
    QString statusText() const;

Q_SIGNALS:
    void finished();

private:
    struct Job; // what the pool thread and the dialog share
    struct Outcome
    {
        QString error;
        std::vector<Core::Candle> candles;
        Core::BacktestResult result;
    };

    void showProgress();
    void showOutcome();
    void browse();
    // Simulates on the pool: the given candles, or those of `file` when it is not empty.
    void simulate(const Core::BotConfig& bot, std::vector<Core::Candle> given, const QString& file,
        const Core::Decimal& cash, qint64 from, qint64 to);
    void download(const Core::BotConfig& bot, const Core::Decimal& cash, qint64 from, qint64 to);
    void endWithoutResult(const QString& status);

    std::vector<Core::BotConfig> m_bots;
    Core::PaperExchangeConfig m_fees;
    Core::RiskPolicy m_riskDefaults;
    QComboBox* m_bot;
    QComboBox* m_source; // a candle file, or Coinbase's candles of the bot's product
    QLineEdit* m_file;
    QLineEdit* m_cash;
    QLineEdit* m_from; // first day (UTC), empty: the file's start
    QLineEdit* m_to; // last day (UTC), included; empty: the file's end
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTabWidget* m_tabs;
    CandleChart* m_chart;
    PerformancePanel* m_performance;
    ClosedTradesPanel* m_trades;
    std::shared_ptr<Job> m_job;
    Core::PublicRestClient::Config m_server;
    std::unique_ptr<Core::PublicRestClient> m_client;
    bool m_downloading = false;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_poll;
    Core::BacktestResult m_result;
};

} // namespace Candela::Gui
