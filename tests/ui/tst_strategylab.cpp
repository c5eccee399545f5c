#include "core/backtest/backtestrunner.h"
#include "core/market/candleseries.h"
#include "core/market/csvcandles.h"
#include "core/settings/settings.h"
#include "demodata.h"
#include "fakecandles.h"
#include "ui/lab/objectiveheatmap.h"
#include "ui/lab/strategylabdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using namespace Candela::Core;
using Candela::TestData::scalper;

namespace {

const QString Candles = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv");

// Four configurations over the first six weeks, with a walk-forward of three folds.
void ask(Gui::StrategyLabDialog& dialog)
{
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("labVary"))
        ->setPlainText(QStringLiteral("buy_score=0.2,0.3\nrisk.reward_to_risk=2,3"));
    dialog.findChild<QLineEdit*>(QStringLiteral("labFrom"))->setText(QStringLiteral("2025-07-01"));
    dialog.findChild<QLineEdit*>(QStringLiteral("labTo"))->setText(QStringLiteral("2025-08-11"));
    dialog.findChild<QLineEdit*>(QStringLiteral("labWalkForward"))
        ->setText(QStringLiteral("train=14d,test=7d"));
}

QString cell(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

// Tools → Strategy lab…: the sweep candela-cli runs, shown as a sortable table, a heat map, the
// walk-forward folds and the statistics in words; a configuration goes on to the bot editor.
class tst_StrategyLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSweep();
    void cancelStopsTheRun();
    void badInputIsExplained();
    void sweepsDaysOfCoinbasesCandles();
    void windowOpensIt();
};

void tst_StrategyLab::showsTheSweep()
{
    Gui::StrategyLabDialog dialog({scalper()}, Candles);
    dialog.resize(1150, 820);
    ask(dialog);
    auto* folds = dialog.findChild<QChartView*>(QStringLiteral("labFolds"));
    const QPointer<QChart> emptyChart = folds->chart();
    QSignalSpy finished(&dialog, &Gui::StrategyLabDialog::finished);
    dialog.run();
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog.statusText().startsWith(QLatin1String("4 of 4 configurations ran")),
        qPrintable(dialog.statusText()));

    // The table: one row per configuration, the best objective first.
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("labTable"));
    QCOMPARE(table->model()->rowCount(), 4);
    const int columns = table->model()->columnCount();
    const int objective = columns - 1;
    const double first = table->model()->index(0, objective).data(Qt::UserRole).toDouble();
    for (int row = 1; row < 4; ++row)
        QVERIFY(table->model()->index(row, objective).data(Qt::UserRole).toDouble() <= first);

    // A row's figures are its configuration's own backtest.
    BotConfig chosen = scalper();
    chosen.buyScore = cell(table, 0, 1).toDouble();
    chosen.risk.insert(QStringLiteral("reward_to_risk"), cell(table, 0, 2).toDouble());
    const auto all = readCsvCandles(Candles);
    QVERIFY(all);
    std::vector<Candle> weeks;
    for (const Candle& candle : *all) {
        if (toIsoString(candle.start) < QStringLiteral("2025-08-12"))
            weeks.push_back(candle);
    }
    const BacktestResult expected = BacktestRunner::run(chosen, weeks, {});
    QCOMPARE(cell(table, 0, 3).toLongLong(), expected.stats.trades);
    QCOMPARE(cell(table, 0, 4), expected.stats.netPnl.toString());

    // The heat map: both values of each parameter, every pair that qualified.
    const auto& cells = dialog.heatmapCells();
    QCOMPARE(cells.size(), size_t(2));
    QCOMPARE(cells.front().size(), size_t(2));

    // The statistics in words, and the folds.
    const QString words = dialog.findChild<QLabel*>(QStringLiteral("labStatistics"))->text();
    QVERIFY2(words.contains(QLatin1String("of 4 trials")), qPrintable(words));
    QVERIFY2(words.contains(QLatin1String("out of sample")), qPrintable(words));
    QCOMPARE(folds->chart()->series().size(), 1);
    QVERIFY2(emptyChart.isNull(), "the chart a study replaces is deleted, not leaked");

    // Save as bot: the chosen row's configuration, under a name of its own.
    table->selectRow(0);
    QSignalSpy saved(&dialog, &Gui::StrategyLabDialog::saveAsBot);
    dialog.findChild<QPushButton*>(QStringLiteral("labSaveAsBot"))->click();
    QCOMPARE(saved.size(), 1);
    const auto bot = saved.front().front().value<BotConfig>();
    QCOMPARE(bot.buyScore, chosen.buyScore);
    QCOMPARE(bot.risk.value(QStringLiteral("reward_to_risk")).toDouble(),
        chosen.risk.value(QStringLiteral("reward_to_risk")).toDouble());
    QVERIFY(bot.name.startsWith(scalper().name + QStringLiteral(" (lab ")));

    if (const QByteArray shots = qgetenv("CANDELA_SCREENSHOTS"); !shots.isEmpty()) {
        dialog.show();
        for (int tab = 0; tab < 4; ++tab) {
            dialog.findChild<QTabWidget*>()->setCurrentIndex(tab);
            QVERIFY(dialog.grab().save(
                QString::fromLocal8Bit(shots) + QStringLiteral("/lab-%1.png").arg(tab)));
        }
    }
}

void tst_StrategyLab::cancelStopsTheRun()
{
    Gui::StrategyLabDialog dialog({scalper()}, Candles);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("labVary"))
        ->setPlainText(QStringLiteral("buy_score=0.1:0.5:0.01\nsignals.rsi.period=6:30:1"));
    QSignalSpy finished(&dialog, &Gui::StrategyLabDialog::finished);
    dialog.run();
    dialog.findChild<QPushButton*>(QStringLiteral("labCancel"))->click();
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog.statusText().startsWith(QLatin1String("Cancelled")),
        qPrintable(dialog.statusText()));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("labRun"))->isEnabled());
}

void tst_StrategyLab::badInputIsExplained()
{
    Gui::StrategyLabDialog dialog({scalper()}, Candles);
    auto* vary = dialog.findChild<QPlainTextEdit*>(QStringLiteral("labVary"));
    vary->setPlainText(QStringLiteral("buy_score=0.4:0.2:0.05"));
    dialog.run();
    QVERIFY(!dialog.isRunning());
    QVERIFY2(
        dialog.statusText().contains(QLatin1String("buy_score")), qPrintable(dialog.statusText()));

    vary->setPlainText(QStringLiteral("buy_score=0.2,0.3"));
    dialog.findChild<QLineEdit*>(QStringLiteral("labWalkForward"))
        ->setText(QStringLiteral("train=ninety"));
    dialog.run();
    QVERIFY(!dialog.isRunning());

    dialog.findChild<QLineEdit*>(QStringLiteral("labWalkForward"))->clear();
    dialog.findChild<QLineEdit*>(QStringLiteral("labFile"))
        ->setText(QStringLiteral(CANDELA_SOURCE_DIR "/no/such/candles.csv"));
    QSignalSpy finished(&dialog, &Gui::StrategyLabDialog::finished);
    dialog.run();
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog.statusText().contains(QLatin1String("candles.csv")),
        qPrintable(dialog.statusText()));
}

void tst_StrategyLab::sweepsDaysOfCoinbasesCandles()
{
    constexpr qint64 Start = 1754265600; // 2025-08-04 00:00 UTC
    Test::FakeHttpServer server;
    server.setHandler([](const QUrl& url) {
        return url.path().endsWith(QLatin1String("/market/products/BTC-USD/candles"))
            ? Test::candlesAnswer(url, 300, Start, QByteArrayLiteral("2"))
            : Test::FakeHttpServer::Response{404, {}};
    });
    Gui::StrategyLabDialog dialog({scalper()}, Candles);
    PublicRestClient::Config config;
    config.baseUrl = server.baseUrl();
    config.maxRequestsPerSecond = 100;
    dialog.setCandleServer(config);
    dialog.findChild<QComboBox*>(QStringLiteral("labSource"))->setCurrentIndex(1);
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("labFile"))->isEnabled());
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("labVary"))
        ->setPlainText(QStringLiteral("buy_score=0.2,0.3"));
    QSignalSpy finished(&dialog, &Gui::StrategyLabDialog::finished);
    dialog.run(); // no days: refused at once
    QCOMPARE(finished.count(), 1);
    QVERIFY(dialog.statusText().contains(QLatin1String("need the first and the last day")));

    dialog.findChild<QLineEdit*>(QStringLiteral("labFrom"))->setText(QStringLiteral("2025-08-04"));
    dialog.findChild<QLineEdit*>(QStringLiteral("labTo"))->setText(QStringLiteral("2025-08-06"));
    dialog.run();
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(30000));
    // Three days of five-minute candles, every configuration over all of them.
    QVERIFY2(
        dialog.statusText().startsWith(QLatin1String("2 of 2 configurations ran over 864 bars")),
        qPrintable(dialog.statusText()));
    QVERIFY(!server.requests().isEmpty());
}

void tst_StrategyLab::windowOpensIt()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    window.setBotConfigs({scalper()});
    window.setBundledReplays({{QStringLiteral("Bundled candles"), Candles, 600}});
    window.findChild<QAction*>(QStringLiteral("strategyLabAction"))->trigger();
    auto* dialog = window.findChild<Gui::StrategyLabDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("labFile"))->text(), Candles);
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("labRun"))->isEnabled());
}

QTEST_MAIN(tst_StrategyLab)
#include "tst_strategylab.moc"
