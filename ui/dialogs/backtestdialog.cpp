#include "backtestdialog.h"

#include "ui/charts/candlechart.h"
#include "ui/models/sortrole.h"
#include "ui/trading/closedtradesmodel.h"
#include "ui/trading/closedtradespanel.h"
#include "ui/trading/performancepanel.h"
#include "ui/trading/tradingtext.h"

#include "core/market/candleseries.h"
#include "core/market/csvcandles.h"
#include "core/market/timeframe.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <limits>

namespace Candela::Gui {

struct BacktestDialog::Job
{
    std::atomic<qint64> total{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> cancel{false};
};

BacktestDialog::BacktestDialog(std::vector<Core::BotConfig> bots, const QString& candleFile,
    const Core::PaperExchangeConfig& fees, QWidget* parent)
    : QDialog(parent)
    , m_bots(std::move(bots))
    , m_fees(fees)
    , m_bot(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_file(new QLineEdit(candleFile, this))
    , m_cash(new QLineEdit(QStringLiteral("10000"), this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel run"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new CandleChart(this))
    , m_performance(new PerformancePanel(this))
    , m_trades(new ClosedTradesPanel(this))
{
    setObjectName(QStringLiteral("backtestDialog"));
    setWindowTitle(tr("Backtest"));
    resize(1100, 760);
    for (const Core::BotConfig& bot : m_bots)
        m_bot->addItem(tr("%1 (%2)").arg(bot.name, bot.product));
    m_bot->setObjectName(QStringLiteral("backtestBot"));
    m_bot->setAccessibleName(tr("Bot to test"));
    m_source->setObjectName(QStringLiteral("backtestSource"));
    m_source->setAccessibleName(tr("Where the candles come from"));
    m_source->addItem(tr("A candle file"));
    m_source->addItem(tr("Coinbase, the bot's product (needs both days)"));
    m_file->setObjectName(QStringLiteral("backtestFile"));
    m_file->setAccessibleName(tr("Candle file"));
    m_cash->setObjectName(QStringLiteral("backtestCash"));
    m_cash->setAccessibleName(tr("Starting cash"));
    m_from->setObjectName(QStringLiteral("backtestFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setPlaceholderText(tr("yyyy-mm-dd, empty: from the first candle"));
    m_to->setObjectName(QStringLiteral("backtestTo"));
    m_to->setAccessibleName(tr("Last day"));
    m_to->setPlaceholderText(tr("yyyy-mm-dd, empty: to the last candle"));
    m_run->setObjectName(QStringLiteral("backtestRun"));
    m_cancel->setObjectName(QStringLiteral("backtestCancel"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("backtestProgress"));
    m_progress->setAccessibleName(tr("Backtest progress"));
    m_status->setObjectName(QStringLiteral("backtestStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Choose a bot and five-minute candles (time,open,high,low,close,volume). "
                         "Double-click a trade to see it on the chart."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &BacktestDialog::browse);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Bot:"), m_bot);
    form->addRow(tr("Candles from:"), m_source);
    form->addRow(tr("Candle file:"), fileRow);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this, browse](int source) {
        m_file->setEnabled(source == 0);
        browse->setEnabled(source == 0);
    });
    auto* datesRow = new QHBoxLayout;
    datesRow->addWidget(m_from, 1);
    datesRow->addWidget(new QLabel(tr("to"), this));
    datesRow->addWidget(m_to, 1);
    form->addRow(tr("Days (UTC):"), datesRow);
    form->addRow(tr("Starting cash (USD):"), m_cash);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    m_tabs->addTab(m_performance, tr("Report"));
    m_tabs->addTab(m_trades, tr("Trades"));
    m_tabs->addTab(m_chart, tr("Chart"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    // A trade double-clicked in the list is shown on the chart.
    auto* tradesView = m_trades->findChild<QTableView*>(QStringLiteral("closedTradesView"));
    connect(tradesView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const int row = index.siblingAtColumn(ClosedTradesModel::IdColumn).data(SortRole).toInt();
        for (const Core::ClosedTrade& trade : m_result.trades) {
            if (trade.id == row) {
                m_chart->centreOn(Core::toUnixSeconds(trade.entryTime));
                m_tabs->setCurrentWidget(m_chart);
            }
        }
    });
    connect(m_run, &QPushButton::clicked, this, &BacktestDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &BacktestDialog::cancel);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BacktestDialog::showOutcome);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &BacktestDialog::showProgress);
    m_run->setEnabled(!m_bots.empty());
}

BacktestDialog::~BacktestDialog()
{
    // The pool thread writes into the job and the outcome: let it stop before they go.
    cancel();
    m_watcher.waitForFinished();
}

void BacktestDialog::run()
{
    if (isRunning() || m_bot->currentIndex() < 0)
        return;
    const auto cash = Core::Decimal::fromString(m_cash->text().trimmed());
    if (!cash || !cash->isPositive()) {
        m_status->setText(tr("The starting cash must be a positive amount, such as 10000."));
        return;
    }
    // The days to test, both included; an empty field leaves that end open.
    const auto day = [](const QLineEdit* field) -> std::optional<QDate> {
        const QString text = field->text().trimmed();
        return text.isEmpty() ? std::optional<QDate>(QDate())
                              : (QDate::fromString(text, Qt::ISODate).isValid()
                                      ? std::optional<QDate>(QDate::fromString(text, Qt::ISODate))
                                      : std::nullopt);
    };
    const auto fromDay = day(m_from);
    const auto toDay = day(m_to);
    if (!fromDay || !toDay || (fromDay->isValid() && toDay->isValid() && *toDay < *fromDay)) {
        m_status->setText(tr("The days must be dates such as 2025-07-01, the first not after the "
                             "last (or empty for the whole file)."));
        return;
    }
    const qint64 from = fromDay->isValid() ? fromDay->startOfDay(Qt::UTC).toSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::min();
    const qint64 to = toDay->isValid() ? toDay->addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::max();
    const Core::BotConfig bot = m_bots[size_t(m_bot->currentIndex())];
    m_job = std::make_shared<Job>();
    m_progress->setRange(0, 0); // reading or downloading: no count yet
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    if (m_source->currentIndex() == 1) {
        if (!fromDay->isValid() || !toDay->isValid()) {
            endWithoutResult(tr("Candles from Coinbase need the first and the last day."));
            return;
        }
        download(bot, *cash, from, to);
        return;
    }
    const QString file = m_file->text().trimmed();
    m_status->setText(tr("Reading %1…").arg(file));
    simulate(bot, {}, file, *cash, from, to);
}

void BacktestDialog::download(
    const Core::BotConfig& bot, const Core::Decimal& cash, qint64 from, qint64 to)
{
    if (!m_client)
        m_client = std::make_unique<Core::PublicRestClient>(m_server);
    m_downloading = true;
    m_status->setText(tr("Downloading %1 %2 candles from Coinbase…")
                          .arg(bot.product, Core::toShortName(bot.timeframe)));
    m_client->fetchCandles(bot.product, bot.timeframe, Core::fromUnixSeconds(from),
        Core::fromUnixSeconds(to),
        [this, guard = QPointer<BacktestDialog>(this), job = m_job, bot, cash, from, to](
            Core::Result<std::vector<Core::Candle>> candles) {
            if (!guard || job != m_job)
                return; // the dialog closed, or a newer run started
            m_downloading = false;
            if (job->cancel) {
                endWithoutResult(tr("Cancelled while downloading."));
                return;
            }
            if (!candles) {
                endWithoutResult(tr("Cannot backtest: %1").arg(candles.error().message));
                return;
            }
            m_status->setText(tr("Simulating %1 candles…").arg(candles->size()));
            simulate(bot, std::move(candles).value(), QString(), cash, from, to);
        });
}

void BacktestDialog::endWithoutResult(const QString& status)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(status);
    Q_EMIT finished();
}

void BacktestDialog::simulate(const Core::BotConfig& bot, std::vector<Core::Candle> given,
    const QString& file, const Core::Decimal& cash, qint64 from, qint64 to)
{
    m_watcher.setFuture(QtConcurrent::run([job = m_job, bot, given = std::move(given), file, cash,
                                              fees = m_fees, from, to, risk = m_riskDefaults] {
        Outcome outcome;
        if (file.isEmpty()) {
            outcome.candles = given;
        } else {
            auto candles = Core::readCsvCandles(file);
            if (!candles) {
                outcome.error = candles.error().message;
                return outcome;
            }
            outcome.candles = std::move(candles).value();
        }
        std::erase_if(outcome.candles, [&](const Core::Candle& candle) {
            const qint64 start = Core::toUnixSeconds(candle.start);
            return start < from || start >= to;
        });
        if (outcome.candles.empty()) {
            outcome.error = file.isEmpty()
                ? tr("Coinbase has no %1 candles on those days.").arg(bot.product)
                : tr("%1 has no candles on those days.").arg(file);
            return outcome;
        }
        // The bot reads each candle as one bar of its timeframe: finer candles are folded into its
        // bars as the trading session folds them; others would mislead.
        outcome.candles = Core::barsOfTimeframe(outcome.candles, bot.timeframe);
        const auto bar = std::chrono::seconds(Core::seconds(bot.timeframe));
        for (size_t i = 1; i < outcome.candles.size(); ++i) {
            if ((outcome.candles[i].start - outcome.candles[i - 1].start) % bar
                != Core::Timestamp::duration::zero()) {
                outcome.error = tr("%1 trades %2 candles; row %3 of %4 does not fit them.")
                                    .arg(bot.name, Core::toShortName(bot.timeframe))
                                    .arg(i + 2)
                                    .arg(file);
                return outcome;
            }
        }
        job->total = qint64(outcome.candles.size());
        Core::BacktestOptions options;
        options.startingCash = cash;
        options.fees = fees;
        options.riskDefaults = risk;
        options.progress = &job->done;
        options.cancel = &job->cancel;
        outcome.result = Core::BacktestRunner::run(bot, outcome.candles, options);
        outcome.error = outcome.result.error; // a risk section the policy refused
        return outcome;
    }));
    m_poll.start();
}

void BacktestDialog::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void BacktestDialog::showProgress()
{
    const qint64 total = m_job ? m_job->total.load() : 0;
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(m_job->done.load() * 1000 / total));
    m_status->setText(tr("Simulating %1 candles…").arg(total));
}

void BacktestDialog::showOutcome()
{
    m_poll.stop();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        m_progress->setValue(0);
        m_status->setText(tr("Cannot backtest: %1").arg(outcome.error));
        Q_EMIT finished();
        return;
    }
    m_result = outcome.result;
    m_progress->setValue(m_result.cancelled ? 0 : 1000);
    m_performance->showResults(
        m_result.trades, m_result.equity, m_result.stats, m_result.startEquity);
    Core::TradingSnapshot trades;
    trades.trades = m_result.trades;
    trades.stats = m_result.stats;
    m_trades->setSnapshot(trades);
    m_chart->setCandles(outcome.candles);
    std::vector<CandleChart::TradeMark> marks;
    for (const Core::ClosedTrade& trade : m_result.trades) {
        marks.push_back({Core::toUnixSeconds(trade.entryTime), trade.entryPrice.toDouble(), true});
        marks.push_back({Core::toUnixSeconds(trade.exitTime), trade.exitPrice.toDouble(), false});
    }
    m_chart->setTradeMarks(std::move(marks));
    const QString summary
        = tr("%1 candles in %2 s (%3 candles/s): %4 trades, net P&L %5, "
             "final equity %6.")
              .arg(m_result.candles)
              .arg(m_result.seconds, 0, 'f', 3)
              .arg(m_result.seconds > 0 ? m_result.candles / m_result.seconds : 0, 0, 'f', 0)
              .arg(m_result.stats.trades)
              .arg(TradingText::money(m_result.stats.netPnl, true),
                  TradingText::money(m_result.finalEquity));
    m_status->setText(m_result.cancelled ? tr("Cancelled after %1").arg(summary) : summary);
    Q_EMIT finished();
}

QString BacktestDialog::statusText() const
{
    return m_status->text();
}

void BacktestDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Candles to backtest"), m_file->text(), tr("Five-minute candles (*.csv)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

} // namespace Candela::Gui
