#include "core/market/candleseries.h"
#include "core/market/csvcandles.h"
#include "core/settings/settings.h"
#include "demodata.h"
#include "fakehttpserver.h"
#include "ui/charts/candlechart.h"
#include "ui/dialogs/backtestdialog.h"
#include "ui/mainwindow.h"
#include "ui/trading/closedtradesmodel.h"
#include "ui/trading/closedtradespanel.h"
#include "ui/trading/performancepanel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Candela;
using namespace Candela::Core;
using Candela::TestData::scalper;

namespace {
const QString Candles = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv");

void clickRun(Gui::BacktestDialog& dialog)
{
    dialog.findChild<QPushButton*>(QStringLiteral("backtestRun"))->click();
}
} // namespace

// Tools → Backtest…: the engine's backtest, off the UI thread, shown as report, trades and
// marks on the candles; it can be cancelled and says what is wrong with its input.
class tst_BacktestDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheEnginesBacktest();
    void cancelStopsTheRun();
    void badInputIsExplained();
    void testsTheChosenDays();
    void downloadsTheDaysFromCoinbase();
    void windowOffersItsBots();
};

void tst_BacktestDialog::showsTheEnginesBacktest()
{
    Gui::BacktestDialog dialog({scalper()}, Candles);
    dialog.findChild<QLineEdit*>(QStringLiteral("backtestCash"))->setText(QStringLiteral("5000"));
    QSignalSpy finished(&dialog, &Gui::BacktestDialog::finished);
    clickRun(dialog);
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(30000));

    BacktestOptions options;
    options.startingCash = Decimal::fromInteger(5000);
    const BacktestResult expected
        = BacktestRunner::run(scalper(), *readCsvCandles(Candles), options);
    const BacktestResult& shown = dialog.result();
    QVERIFY(!shown.cancelled);
    QCOMPARE(shown.trades.size(), expected.trades.size());
    QCOMPARE(shown.stats.netPnl, expected.stats.netPnl);
    QCOMPARE(shown.finalEquity, expected.finalEquity);
    QVERIFY(dialog.statusText().contains(QStringLiteral("%1 trades").arg(expected.stats.trades)));
    QCOMPARE(dialog.findChild<Gui::ClosedTradesPanel*>()->model()->rowCount(),
        int(expected.trades.size()));
    QCOMPARE(dialog.findChild<Gui::PerformancePanel*>()->figure(QStringLiteral("trades")),
        QString::number(expected.stats.trades));
    auto* chart = dialog.findChild<Gui::CandleChart*>();
    QCOMPARE(chart->candleCount(), int(expected.candles));
    QCOMPARE(chart->tradeMarkCount(), int(2 * expected.trades.size()));

    // Double-clicking the first trade brings it to the middle of the chart.
    QVERIFY(!expected.trades.empty());
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("closedTradesView"));
    view->sortByColumn(Gui::ClosedTradesModel::IdColumn, Qt::AscendingOrder);
    QVERIFY(chart->centreTime() > toUnixSeconds(expected.trades.front().exitTime));
    Q_EMIT view->doubleClicked(view->model()->index(0, 0));
    const qint64 entry = toUnixSeconds(expected.trades.front().entryTime);
    QVERIFY(std::abs(chart->centreTime() - entry) <= 300);
}

void tst_BacktestDialog::cancelStopsTheRun()
{
    Gui::BacktestDialog dialog({scalper()}, Candles);
    QSignalSpy finished(&dialog, &Gui::BacktestDialog::finished);
    clickRun(dialog);
    dialog.findChild<QPushButton*>(QStringLiteral("backtestCancel"))->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.result().cancelled);
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("Cancelled after")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("backtestRun"))->isEnabled());
}

void tst_BacktestDialog::badInputIsExplained()
{
    Gui::BacktestDialog dialog({scalper()}, Candles);
    auto* cash = dialog.findChild<QLineEdit*>(QStringLiteral("backtestCash"));
    cash->setText(QStringLiteral("-1"));
    clickRun(dialog);
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.statusText().contains(QStringLiteral("positive amount")));
    cash->setText(QStringLiteral("1000"));

    // Finer candles are folded into the bot's five-minute bars, as the trading session does.
    QSignalSpy finished(&dialog, &Gui::BacktestDialog::finished);
    const QString oneMinute
        = QStringLiteral(CANDELA_SOURCE_DIR "/tests/data/candles_1m_sample.csv");
    dialog.findChild<QLineEdit*>(QStringLiteral("backtestFile"))->setText(oneMinute);
    clickRun(dialog);
    QVERIFY(finished.wait(30000));
    const auto minutes = readCsvCandles(oneMinute);
    QVERIFY(minutes);
    QCOMPARE(dialog.result().candles, qint64(resample(*minutes, Timeframe::FiveMinutes).size()));

    // Candles that are not on the bot's grid are refused.
    QTemporaryDir dir;
    const QString offGrid = dir.filePath(QStringLiteral("seven-minutes.csv"));
    QFile file(offGrid);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("time,open,high,low,close,volume\n1751328000,10,12,9,11,1\n"
               "1751328420,11,13,10,12,2\n1751328840,12,12.5,8,9,0.5\n");
    file.close();
    dialog.findChild<QLineEdit*>(QStringLiteral("backtestFile"))->setText(offGrid);
    clickRun(dialog);
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("trades 5m candles")),
        qPrintable(dialog.statusText()));

    dialog.findChild<QLineEdit*>(QStringLiteral("backtestFile"))
        ->setText(dir.filePath(QStringLiteral("missing.csv")));
    clickRun(dialog);
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("Cannot backtest:")));
}

// Days picked within the file: the run sees those candles only (both days included), the same
// as the engine's run over them; days that are no dates are refused before anything runs.
void tst_BacktestDialog::testsTheChosenDays()
{
    Gui::BacktestDialog dialog({scalper()}, Candles);
    auto* from = dialog.findChild<QLineEdit*>(QStringLiteral("backtestFrom"));
    auto* to = dialog.findChild<QLineEdit*>(QStringLiteral("backtestTo"));
    from->setText(QStringLiteral("2025-08-01"));
    to->setText(QStringLiteral("2025-07-31"));
    clickRun(dialog);
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.statusText().contains(QStringLiteral("not after the last")));

    to->setText(QStringLiteral("2025-08-31"));
    QSignalSpy finished(&dialog, &Gui::BacktestDialog::finished);
    clickRun(dialog);
    QVERIFY(finished.wait(30000));
    std::vector<Candle> august = *readCsvCandles(Candles);
    const qint64 start = 1754006400; // 2025-08-01 00:00 UTC
    const qint64 end = start + 31 * 86400;
    std::erase_if(august, [&](const Candle& c) {
        return toUnixSeconds(c.start) < start || toUnixSeconds(c.start) >= end;
    });
    const BacktestResult expected = BacktestRunner::run(scalper(), august);
    QCOMPARE(dialog.result().candles, qint64(august.size()));
    QVERIFY(august.size() > 8000); // a month of five-minute candles
    QCOMPARE(dialog.result().trades.size(), expected.trades.size());
    QCOMPARE(dialog.result().stats.netPnl, expected.stats.netPnl);
    for (const ClosedTrade& trade : dialog.result().trades)
        QVERIFY(toUnixSeconds(trade.entryTime) >= start && toUnixSeconds(trade.exitTime) <= end);

    from->setText(QStringLiteral("2026-01-01"));
    to->clear();
    clickRun(dialog);
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.statusText().contains(QStringLiteral("no candles on those days")));
}

// Candles from Coinbase: the days are downloaded (here from the fake venue on 127.0.0.1, which
// serves the bundled candles as Coinbase's REST API does) and the run is the engine's over them.
void tst_BacktestDialog::downloadsTheDaysFromCoinbase()
{
    const std::vector<Candle> all = *readCsvCandles(Candles);
    Test::FakeHttpServer server;
    server.setHandler([&](const QUrl& url) -> Test::FakeHttpServer::Response {
        const QUrlQuery query(url);
        if (!url.path().endsWith(QLatin1String("/market/products/BTC-USD/candles"))
            || query.queryItemValue(QStringLiteral("granularity")) != QLatin1String("FIVE_MINUTE"))
            return {404, {}};
        const qint64 start = query.queryItemValue(QStringLiteral("start")).toLongLong();
        const qint64 end = query.queryItemValue(QStringLiteral("end")).toLongLong();
        QJsonArray candles;
        for (auto it = all.rbegin(); it != all.rend(); ++it) { // newest first, as Coinbase sends
            const qint64 at = toUnixSeconds(it->start);
            if (at >= start && at <= end)
                candles.append(QJsonObject{{QStringLiteral("start"), QString::number(at)},
                    {QStringLiteral("low"), it->low.toString()},
                    {QStringLiteral("high"), it->high.toString()},
                    {QStringLiteral("open"), it->open.toString()},
                    {QStringLiteral("close"), it->close.toString()},
                    {QStringLiteral("volume"), it->volume.toString()}});
        }
        return {200, QJsonDocument(QJsonObject{{QStringLiteral("candles"), candles}}).toJson()};
    });
    Gui::BacktestDialog dialog({scalper()}, Candles);
    PublicRestClient::Config config;
    config.baseUrl = server.baseUrl();
    config.maxRequestsPerSecond = 100;
    dialog.setCandleServer(config);
    dialog.findChild<QComboBox*>(QStringLiteral("backtestSource"))->setCurrentIndex(1);
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("backtestFile"))->isEnabled());
    QSignalSpy finished(&dialog, &Gui::BacktestDialog::finished);
    clickRun(dialog); // no days: refused at once
    QCOMPARE(finished.count(), 1);
    QVERIFY(dialog.statusText().contains(QStringLiteral("need the first and the last day")));

    dialog.findChild<QLineEdit*>(QStringLiteral("backtestFrom"))
        ->setText(QStringLiteral("2025-08-04"));
    dialog.findChild<QLineEdit*>(QStringLiteral("backtestTo"))
        ->setText(QStringLiteral("2025-08-10"));
    clickRun(dialog);
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(30000));
    std::vector<Candle> week = all;
    const qint64 start = 1754265600; // 2025-08-04 00:00 UTC
    std::erase_if(week, [&](const Candle& c) {
        return toUnixSeconds(c.start) < start || toUnixSeconds(c.start) >= start + 7 * 86400;
    });
    QCOMPARE(dialog.result().candles, qint64(week.size()));
    QCOMPARE(week.size(), size_t(7 * 288));
    const BacktestResult expected = BacktestRunner::run(scalper(), week);
    QCOMPARE(dialog.result().trades.size(), expected.trades.size());
    QCOMPARE(dialog.result().finalEquity, expected.finalEquity);
    QVERIFY(server.requests().size() >= 6); // 2,016 candles in chunks of at most 350

    // The venue failing: said, and nothing shown as a result.
    server.setHandler([](const QUrl&) {
        return Test::FakeHttpServer::Response{
            400, "{\"error\":\"INVALID_ARGUMENT\",\"message\":\"no\"}"};
    });
    clickRun(dialog);
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Cannot backtest:")),
        qPrintable(dialog.statusText()));
    QVERIFY(!dialog.isRunning());
}

void tst_BacktestDialog::windowOffersItsBots()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    window.setBotConfigs({scalper()});
    window.setBundledReplays({{QStringLiteral("Bundled candles"), Candles, 600}});
    window.findChild<QAction*>(QStringLiteral("backtestAction"))->trigger();
    auto* dialog = window.findChild<Gui::BacktestDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("backtestFile"))->text(), Candles);
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("backtestRun"))->isEnabled());
}

QTEST_MAIN(tst_BacktestDialog)
#include "tst_backtestdialog.moc"
