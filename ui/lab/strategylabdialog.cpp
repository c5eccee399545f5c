#include "strategylabdialog.h"

#include "objectiveheatmap.h"
#include "walkforwardchart.h"

#include "ui/models/sortrole.h"

#include "core/market/candleseries.h"
#include "core/market/csvcandles.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace Candela::Gui {

struct StrategyLabDialog::Job
{
    std::atomic<qint64> total{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> cancel{false};
};

namespace {

// The report's figures the table shows, after the varied values: key and header.
struct ReportColumn
{
    const char* key;
    const char* header;
};
constexpr ReportColumn ReportColumns[] = {
    {"trades", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "Trades")},
    {"net_pnl", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "Net P&L")},
    {"win_rate", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "Win rate")},
    {"profit_factor", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "Profit factor")},
    {"max_drawdown_pct", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "Max DD %")},
    {"sharpe_per_bar", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "Sharpe/bar")},
    {"psr", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "PSR")},
    {"total_fees", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "Fees")},
    {"fee_drag_pct", QT_TRANSLATE_NOOP("Candela::Gui::StrategyLabDialog", "Fee drag %")},
};

QStandardItem* numberItem(const QJsonValue& value)
{
    auto* item = new QStandardItem;
    const double number = value.isString() ? value.toString().toDouble() : value.toDouble();
    if (value.isNull() || value.isUndefined()) {
        item->setText(QStringLiteral("–"));
        item->setData(-std::numeric_limits<double>::infinity(), SortRole);
    } else {
        item->setText(value.isString() ? value.toString() : QString::number(number, 'g', 5));
        item->setData(number, SortRole);
    }
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StrategyLabDialog::StrategyLabDialog(std::vector<Core::BotConfig> bots, const QString& candleFile,
    const Core::PaperExchangeConfig& fees, QWidget* parent)
    : QDialog(parent)
    , m_bots(std::move(bots))
    , m_fees(fees)
    , m_bot(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_file(new QLineEdit(candleFile, this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_vary(new QPlainTextEdit(this))
    , m_random(new QSpinBox(this))
    , m_objective(new QComboBox(this))
    , m_minimumTrades(new QSpinBox(this))
    , m_walkForward(new QLineEdit(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel run"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_save(new QPushButton(tr("Save as bot…"), this))
    , m_heatX(new QComboBox(this))
    , m_heatY(new QComboBox(this))
    , m_heatmap(new ObjectiveHeatmap(this))
    , m_folds(new WalkForwardChart(this))
    , m_statistics(new QLabel(this))
{
    setObjectName(QStringLiteral("strategyLabDialog"));
    setWindowTitle(tr("Strategy lab"));
    resize(1150, 820);
    m_pool.setObjectName(QStringLiteral("candela-lab"));
    m_pool.setMaxThreadCount(1);
    for (const Core::BotConfig& bot : m_bots)
        m_bot->addItem(tr("%1 (%2, %3)").arg(bot.name, bot.product, toShortName(bot.timeframe)));
    m_bot->setObjectName(QStringLiteral("labBot"));
    m_bot->setAccessibleName(tr("Bot whose parameters vary"));
    m_source->setObjectName(QStringLiteral("labSource"));
    m_source->setAccessibleName(tr("Where the candles come from"));
    m_source->addItem(tr("A candle file"));
    m_source->addItem(tr("Coinbase, the bot's product (needs both days)"));
    m_file->setObjectName(QStringLiteral("labFile"));
    m_file->setAccessibleName(tr("Candle file"));
    m_from->setObjectName(QStringLiteral("labFrom"));
    m_from->setPlaceholderText(tr("yyyy-mm-dd, empty: from the first candle"));
    m_to->setObjectName(QStringLiteral("labTo"));
    m_to->setPlaceholderText(tr("yyyy-mm-dd, empty: to the last candle"));
    m_vary->setObjectName(QStringLiteral("labVary"));
    m_vary->setAccessibleName(tr("Parameters to vary"));
    m_vary->setPlaceholderText(
        tr("One per line: PATH=FROM:TO:STEP or PATH=A,B,C, for example\n"
           "buy_score=0.2:0.4:0.05\nsignals.rsi.period=10,14,18\nrisk.reward_to_risk=1.5,2,3"));
    m_vary->setPlainText(QStringLiteral("buy_score=0.2:0.5:0.05\nrisk.reward_to_risk=1.5:4:0.5"));
    m_vary->setMaximumHeight(fontMetrics().height() * 5);
    m_random->setObjectName(QStringLiteral("labRandom"));
    m_random->setRange(0, 100000);
    m_random->setSpecialValueText(tr("the whole grid"));
    m_random->setAccessibleName(tr("Random configurations (0: the whole grid)"));
    for (const Core::SweepObjective objective :
        {Core::SweepObjective::Sharpe, Core::SweepObjective::NetPnl,
            Core::SweepObjective::ProfitFactor, Core::SweepObjective::Expectancy})
        m_objective->addItem(QLatin1String(Core::sweepObjectiveName(objective)),
            QVariant::fromValue(int(objective)));
    m_objective->setObjectName(QStringLiteral("labObjective"));
    m_minimumTrades->setObjectName(QStringLiteral("labMinimumTrades"));
    m_minimumTrades->setRange(0, 100000);
    m_minimumTrades->setValue(5);
    m_walkForward->setObjectName(QStringLiteral("labWalkForward"));
    m_walkForward->setPlaceholderText(tr("train=30d,test=15d[,step=15d]; empty: no walk-forward"));
    m_run->setObjectName(QStringLiteral("labRun"));
    m_cancel->setObjectName(QStringLiteral("labCancel"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("labProgress"));
    m_status->setObjectName(QStringLiteral("labStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Choose a bot, candles at its timeframe or five-minute candles, and the "
                         "parameters to vary. Every configuration runs on both cores."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &StrategyLabDialog::browse);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* datesRow = new QHBoxLayout;
    datesRow->addWidget(m_from, 1);
    datesRow->addWidget(new QLabel(tr("to"), this));
    datesRow->addWidget(m_to, 1);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(new QLabel(tr("Objective:"), this));
    choiceRow->addWidget(m_objective);
    choiceRow->addWidget(new QLabel(tr("at least"), this));
    choiceRow->addWidget(m_minimumTrades);
    choiceRow->addWidget(new QLabel(tr("trades; random configurations:"), this));
    choiceRow->addWidget(m_random);
    choiceRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("Bot:"), m_bot);
    form->addRow(tr("Candles from:"), m_source);
    form->addRow(tr("Candle file:"), fileRow);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this, browse](int source) {
        m_file->setEnabled(source == 0);
        browse->setEnabled(source == 0);
    });
    form->addRow(tr("Days (UTC):"), datesRow);
    form->addRow(tr("Vary:"), m_vary);
    form->addRow(tr("Best by:"), choiceRow);
    form->addRow(tr("Walk-forward:"), m_walkForward);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("labTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_save->setObjectName(QStringLiteral("labSaveAsBot"));
    m_save->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_save->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_save, &QPushButton::clicked, this, &StrategyLabDialog::saveChosen);
    auto* tablePage = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addWidget(m_table, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    tableLayout->addLayout(saveRow);

    m_heatX->setObjectName(QStringLiteral("labHeatX"));
    m_heatY->setObjectName(QStringLiteral("labHeatY"));
    auto* heatPage = new QWidget(this);
    auto* heatLayout = new QVBoxLayout(heatPage);
    auto* axesRow = new QHBoxLayout;
    axesRow->addWidget(new QLabel(tr("Across:"), this));
    axesRow->addWidget(m_heatX);
    axesRow->addWidget(new QLabel(tr("Down:"), this));
    axesRow->addWidget(m_heatY);
    axesRow->addStretch(1);
    heatLayout->addLayout(axesRow);
    heatLayout->addWidget(m_heatmap, 1);
    connect(m_heatX, &QComboBox::currentIndexChanged, this, &StrategyLabDialog::fillHeatmap);
    connect(m_heatY, &QComboBox::currentIndexChanged, this, &StrategyLabDialog::fillHeatmap);

    m_folds->setObjectName(QStringLiteral("labFolds"));
    m_statistics->setObjectName(QStringLiteral("labStatistics"));
    m_statistics->setWordWrap(true);
    m_statistics->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statistics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statistics->setMargin(8);

    m_tabs->addTab(m_statistics, tr("Statistics"));
    m_tabs->addTab(tablePage, tr("Configurations"));
    m_tabs->addTab(heatPage, tr("Heat map"));
    m_tabs->addTab(m_folds, tr("Walk-forward"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_run, &QPushButton::clicked, this, &StrategyLabDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &StrategyLabDialog::cancel);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &StrategyLabDialog::showOutcome);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &StrategyLabDialog::showProgress);
    m_run->setEnabled(!m_bots.empty());
}

StrategyLabDialog::~StrategyLabDialog()
{
    m_client.reset(); // no answer arrives after this
    if (m_job)
        m_job->cancel = true;
    m_watcher.waitForFinished();
}

QString StrategyLabDialog::statusText() const
{
    return m_status->text();
}

void StrategyLabDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Candles"), m_file->text(), tr("Candle files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

void StrategyLabDialog::run()
{
    if (isRunning() || m_bot->currentIndex() < 0)
        return;
    Outcome setup;
    std::vector<Core::SweepParameter> parameters;
    for (const QString& line : m_vary->toPlainText().split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        auto parameter = Core::SweepParameter::parse(line.trimmed());
        if (!parameter) {
            m_status->setText(parameter.error().message);
            return;
        }
        parameters.push_back(std::move(*parameter));
    }
    if (parameters.empty()) {
        m_status->setText(
            tr("Name at least one parameter to vary, such as buy_score=0.2:0.4:0.05."));
        return;
    }
    auto plan = m_random->value() > 0
        ? Core::SweepPlan::random(std::move(parameters), m_random->value(), 1)
        : Core::SweepPlan::grid(std::move(parameters));
    if (!plan) {
        m_status->setText(plan.error().message);
        return;
    }
    setup.plan = std::move(*plan);
    setup.request.objective = Core::SweepObjective(m_objective->currentData().toInt());
    setup.request.minimumTrades = m_minimumTrades->value();
    if (const QString spec = m_walkForward->text().trimmed(); !spec.isEmpty()) {
        auto windows = Core::WalkForwardWindows::parse(spec);
        if (!windows) {
            m_status->setText(windows.error().message);
            return;
        }
        setup.request.walkForward = *windows;
    }
    const auto day = [](const QLineEdit* field, int addDays) -> std::optional<qint64> {
        const QString text = field->text().trimmed();
        if (text.isEmpty())
            return addDays == 0 ? std::numeric_limits<qint64>::min()
                                : std::numeric_limits<qint64>::max();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return date.addDays(addDays).startOfDay(Qt::UTC).toSecsSinceEpoch();
    };
    const auto from = day(m_from, 0);
    const auto to = day(m_to, 1);
    if (!from || !to || *to <= *from) {
        m_status->setText(tr("The days must be dates such as 2025-07-01, the first not after the "
                             "last (or empty for the whole file)."));
        return;
    }
    const Core::BotConfig bot = m_bots[size_t(m_bot->currentIndex())];
    setup.baseBot = bot.toJson();
    m_job = std::make_shared<Job>();
    m_model->clear();
    m_heatmap->clear();
    m_heatCells.clear();
    m_statistics->clear();
    m_save->setEnabled(false);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Running %n configuration(s)…", nullptr, int(setup.plan.size())));
    m_poll.start();

    Core::SweepOptions options;
    options.backtest.fees = m_fees;
    options.backtest.riskDefaults = m_riskDefaults;
    options.backtest.product = Core::Product::spotDefaults(bot.product);
    options.blocks = 16;
    if (m_source->currentIndex() == 0) {
        sweep(std::move(setup), options, {}, m_file->text().trimmed(), bot.timeframe, *from, *to);
        return;
    }
    if (m_from->text().trimmed().isEmpty() || m_to->text().trimmed().isEmpty()) {
        endWithoutResult(tr("Candles from Coinbase need the first and the last day."));
        return;
    }
    if (!m_client)
        m_client = std::make_unique<Core::PublicRestClient>(m_server);
    m_downloading = true;
    m_status->setText(tr("Downloading %1 %2 candles from Coinbase…")
                          .arg(bot.product, Core::toShortName(bot.timeframe)));
    m_client->fetchCandles(bot.product, bot.timeframe, Core::fromUnixSeconds(*from),
        Core::fromUnixSeconds(*to),
        [this, job = m_job, setup = std::move(setup), options, timeframe = bot.timeframe,
            from = *from, to = *to](Core::Result<std::vector<Core::Candle>> candles) mutable {
            if (job != m_job)
                return; // a newer run started
            m_downloading = false;
            if (job->cancel) {
                endWithoutResult(tr("Cancelled while downloading."));
                return;
            }
            if (!candles) {
                endWithoutResult(tr("Cannot sweep: %1").arg(candles.error().message));
                return;
            }
            sweep(std::move(setup), options, std::move(candles).value(), QString(), timeframe, from,
                to);
        });
}

void StrategyLabDialog::sweep(Outcome setup, Core::SweepOptions options,
    std::vector<Core::Candle> given, const QString& file, Core::Timeframe timeframe, qint64 from,
    qint64 to)
{
    m_watcher.setFuture(QtConcurrent::run(&m_pool,
        [job = m_job, setup = std::move(setup), options, given = std::move(given), file, timeframe,
            from, to]() mutable {
            if (!file.isEmpty()) {
                auto candles = Core::readCsvCandles(file);
                if (!candles) {
                    setup.error = candles.error().message;
                    return std::move(setup);
                }
                given = std::move(candles).value();
            }
            std::vector<Core::Candle> bars = Core::barsOfTimeframe(given, timeframe);
            std::erase_if(bars, [from, to](const Core::Candle& candle) {
                const qint64 start = Core::toUnixSeconds(candle.start);
                return start < from || start >= to;
            });
            if (bars.empty()) {
                setup.error = StrategyLabDialog::tr("No candles in that range.");
                return std::move(setup);
            }
            setup.candles = qint64(bars.size());
            job->total
                = qint64(bars.size()) * setup.plan.size() * (setup.request.walkForward ? 2 : 1);
            options.backtest.progress = &job->done;
            options.backtest.cancel = &job->cancel;
            setup.study
                = Core::SweepStudy::run(setup.plan, setup.baseBot, bars, setup.request, options);
            const bool complete = setup.study.bestRow && !setup.study.sweep.cancelled;
            setup.findings = Core::SweepFindings::of(setup.study.sweep.rows,
                complete ? &setup.study.bestTradeReturns : nullptr, setup.request,
                setup.study.walkForward);
            return std::move(setup);
        }));
}

void StrategyLabDialog::endWithoutResult(const QString& status)
{
    m_poll.stop();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(status);
    Q_EMIT finished();
}

void StrategyLabDialog::cancel()
{
    if (m_job)
        m_job->cancel = true;
    m_cancel->setEnabled(false);
}

void StrategyLabDialog::showProgress()
{
    const qint64 total = m_job ? m_job->total.load() : 0;
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(999, m_job->done.load() * 1000 / total)));
}

void StrategyLabDialog::showOutcome()
{
    m_poll.stop();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_outcome = std::make_unique<Outcome>(m_watcher.result());
    const Outcome& outcome = *m_outcome;
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error);
        m_progress->setValue(0);
        Q_EMIT finished();
        return;
    }
    const Core::SweepRun& sweep = outcome.study.sweep;
    qint64 ran = 0;
    for (const Core::SweepRow& row : sweep.rows)
        ran += row.ran() ? 1 : 0;
    if (sweep.cancelled)
        m_status->setText(
            tr("Cancelled: %1 of %2 configurations ran.").arg(ran).arg(sweep.rows.size()));
    else
        m_status->setText(tr("%1 of %2 configurations ran over %3 bars in %4 s; %5")
                              .arg(ran)
                              .arg(sweep.rows.size())
                              .arg(outcome.candles)
                              .arg(sweep.seconds, 0, 'f', 2)
                              .arg(outcome.study.error.isEmpty() ? tr("sorted by the objective.")
                                                                 : outcome.study.error));
    m_statistics->setText(outcome.findings.verdict.join(QStringLiteral("\n\n")));
    fillTable();
    m_heatX->blockSignals(true);
    m_heatY->blockSignals(true);
    m_heatX->clear();
    m_heatY->clear();
    for (const Core::SweepParameter& parameter : outcome.plan.parameters()) {
        m_heatX->addItem(parameter.path);
        m_heatY->addItem(parameter.path);
    }
    m_heatX->setCurrentIndex(0);
    m_heatY->setCurrentIndex(outcome.plan.parameters().size() > 1 ? 1 : 0);
    m_heatX->blockSignals(false);
    m_heatY->blockSignals(false);
    fillHeatmap();
    m_folds->showFolds(outcome.study.walkForward, outcome.request.objective);
    Q_EMIT finished();
}

void StrategyLabDialog::fillTable()
{
    const Outcome& outcome = *m_outcome;
    QStringList headers{tr("Config hash")};
    for (const Core::SweepParameter& parameter : outcome.plan.parameters())
        headers << parameter.path;
    for (const ReportColumn& column : ReportColumns)
        headers << tr(column.header);
    headers << tr("Objective");
    m_model->setHorizontalHeaderLabels(headers);
    for (const Core::SweepRow& row : outcome.study.sweep.rows) {
        if (!row.ran())
            continue;
        QList<QStandardItem*> items;
        auto* hash = new QStandardItem(row.configHash);
        hash->setData(row.configHash, SortRole);
        hash->setData(qlonglong(row.index), Qt::UserRole + 1);
        items << hash;
        const auto choice = outcome.plan.choice(row.index);
        for (size_t p = 0; p < outcome.plan.parameters().size(); ++p) {
            const Core::SweepParameter& parameter = outcome.plan.parameters()[p];
            auto* item = numberItem(parameter.values[choice[p]]);
            item->setText(parameter.texts[choice[p]]);
            if (!parameter.values[choice[p]].isDouble()) // "swing", true: by their text
                item->setData(parameter.texts[choice[p]], SortRole);
            items << item;
        }
        for (const ReportColumn& column : ReportColumns)
            items << numberItem(row.report.value(QLatin1String(column.key)));
        const double objective
            = Core::objectiveOf(row, outcome.request.objective, outcome.request.minimumTrades);
        items << numberItem(std::isfinite(objective) ? QJsonValue(objective) : QJsonValue());
        m_model->appendRow(items);
    }
    m_table->sortByColumn(int(headers.size()) - 1, Qt::DescendingOrder);
}

void StrategyLabDialog::fillHeatmap()
{
    if (!m_outcome || m_heatX->currentIndex() < 0 || m_heatY->currentIndex() < 0)
        return;
    const Outcome& outcome = *m_outcome;
    const auto& parameters = outcome.plan.parameters();
    const size_t x = size_t(m_heatX->currentIndex());
    const size_t y = size_t(m_heatY->currentIndex());
    const qsizetype columns = parameters[x].values.size();
    const qsizetype rows = x == y ? 1 : parameters[y].values.size();
    m_heatCells.assign(size_t(rows), std::vector<std::optional<double>>(size_t(columns)));
    for (const Core::SweepRow& row : outcome.study.sweep.rows) {
        const double objective
            = Core::objectiveOf(row, outcome.request.objective, outcome.request.minimumTrades);
        if (!std::isfinite(objective))
            continue;
        const auto choice = outcome.plan.choice(row.index);
        auto& cell = m_heatCells[x == y ? 0 : size_t(choice[y])][size_t(choice[x])];
        cell = cell ? std::max(*cell, objective) : objective;
    }
    m_heatmap->setData(parameters[x].path, parameters[x].texts,
        x == y ? QString() : parameters[y].path,
        x == y ? QStringList{tr("all")} : parameters[y].texts, m_heatCells);
}

void StrategyLabDialog::saveChosen()
{
    if (!m_outcome || !m_table->selectionModel()->hasSelection())
        return;
    const QModelIndex chosen
        = m_proxy->mapToSource(m_table->selectionModel()->selectedRows().first());
    const qint64 index = m_model->item(chosen.row(), 0)->data(Qt::UserRole + 1).toLongLong();
    auto config = Core::SweepRunner::configuration(
        m_outcome->plan, m_outcome->baseBot, index, m_riskDefaults);
    if (!config) {
        m_status->setText(config.error().message);
        return;
    }
    Core::BotConfig bot = *config;
    bot.name = tr("%1 (lab %2)").arg(bot.name, bot.hash().left(6));
    Q_EMIT saveAsBot(bot);
}

} // namespace Candela::Gui
