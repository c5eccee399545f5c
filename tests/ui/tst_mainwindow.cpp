#include "core/settings/settings.h"
#include "ui/charts/candlechart.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Candela;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void hasEveryDockPanelByObjectName_data();
    void hasEveryDockPanelByObjectName();
    void toolbarCarriesTheKillSwitch();
    void killSwitchShortcutEmitsRequest();
    void statusBarShowsConnectionAndMode();
    void dockLayoutIsSavedAndRestored();
    void corruptSavedLayoutFallsBackToDefault();
    void timeframeButtonsAskForAnotherTimeframe();
    void productSelectorAsksForAnotherProduct();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void tst_MainWindow::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(iniPath());
}

void tst_MainWindow::hasEveryDockPanelByObjectName_data()
{
    QTest::addColumn<QString>("objectName");
    for (const char* name : {"chartDock", "botsDock", "positionsDock", "closedTradesDock",
             "ordersDock", "orderBookDock", "performanceDock", "logDock", "orderTicketDock"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_MainWindow::hasEveryDockPanelByObjectName()
{
    QFETCH(QString, objectName);
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    auto* dock = window.findChild<QDockWidget*>(objectName);
    QVERIFY2(dock, qPrintable(objectName));
    QVERIFY(!dock->windowTitle().isEmpty());
    QVERIFY(dock->widget());
    QCOMPARE(window.findChildren<QDockWidget*>().size(), 9);
}

void tst_MainWindow::toolbarCarriesTheKillSwitch()
{
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    auto* killSwitch = window.findChild<QAction*>(QStringLiteral("killSwitchAction"));
    QVERIFY(killSwitch);
    QVERIFY(toolBar->actions().contains(killSwitch));
    QCOMPARE(killSwitch->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    // The button is styled red through its object name in the dark theme.
    QCOMPARE(
        toolBar->widgetForAction(killSwitch)->objectName(), QStringLiteral("killSwitchButton"));
}

void tst_MainWindow::killSwitchShortcutEmitsRequest()
{
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy requested(&window, &Gui::MainWindow::killSwitchRequested);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(requested.count(), 1);
}

void tst_MainWindow::statusBarShowsConnectionAndMode()
{
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    auto* connection = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
    auto* mode = window.findChild<QLabel*>(QStringLiteral("modeBadge"));
    QVERIFY(connection && mode);
    QCOMPARE(mode->text(), QStringLiteral("PAPER"));
    QVERIFY(connection->text().contains(QLatin1String("Disconnected")));

    window.setTradingMode(Core::TradingMode::Live);
    window.setConnectionState(Core::ConnectionState::Connected);
    QCOMPARE(mode->text(), QStringLiteral("LIVE"));
    QCOMPARE(mode->property("mode").toString(), QStringLiteral("live"));
    QVERIFY(connection->text().contains(QLatin1String("Connected")));
    // Every product's health is one hover away, not only the charted one's.
    window.setDataHealth(QStringLiteral("ETH-USD"), Core::DataHealth::Stale);
    window.setDataHealth(QStringLiteral("BTC-USD"), Core::DataHealth::Live);
    QCOMPARE(connection->toolTip(),
        QStringLiteral("Market data connection\nBTC-USD: live\nETH-USD: stale"));
}

void tst_MainWindow::dockLayoutIsSavedAndRestored()
{
    {
        Core::Settings settings(iniPath());
        Gui::MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* log = window.findChild<QDockWidget*>(QStringLiteral("logDock"));
        auto* orderBook = window.findChild<QDockWidget*>(QStringLiteral("orderBookDock"));
        orderBook->hide();
        window.removeDockWidget(log);
        window.addDockWidget(Qt::LeftDockWidgetArea, log);
        log->show();
        window.close(); // saves the layout
    }
    Core::Settings settings(iniPath());
    QVERIFY(!settings.value(Core::SettingKeys::MainWindowState).isEmpty());
    Gui::MainWindow restored(settings);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    auto* log = restored.findChild<QDockWidget*>(QStringLiteral("logDock"));
    QVERIFY(restored.findChild<QDockWidget*>(QStringLiteral("orderBookDock"))->isHidden());
    QCOMPARE(restored.dockWidgetArea(log), Qt::LeftDockWidgetArea);
    QVERIFY(!restored.findChild<QDockWidget*>(QStringLiteral("chartDock"))->isHidden());
}

void tst_MainWindow::corruptSavedLayoutFallsBackToDefault()
{
    {
        Core::Settings settings(iniPath());
        settings.setValue(Core::SettingKeys::MainWindowState, QByteArray("not a layout"));
        settings.setValue(Core::SettingKeys::MainWindowGeometry, QByteArray("garbage"));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("geometry")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("layout")));
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    auto* log = window.findChild<QDockWidget*>(QStringLiteral("logDock"));
    QCOMPARE(window.dockWidgetArea(log), Qt::BottomDockWidgetArea);
    QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("orderBookDock"))->isHidden());
}

void tst_MainWindow::timeframeButtonsAskForAnotherTimeframe()
{
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    QSignalSpy changed(&window, &Gui::MainWindow::timeframeChanged);
    auto* hour = window.findChild<QToolButton*>(QStringLiteral("timeframe_1h"));
    QVERIFY(hour);
    QVERIFY(window.findChild<QToolButton*>(QStringLiteral("timeframe_5m"))->isChecked());
    hour->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Core::Timeframe>(), Core::Timeframe::OneHour);
    hour->click(); // already showing 1h
    QCOMPARE(changed.count(), 1);
}

void tst_MainWindow::productSelectorAsksForAnotherProduct()
{
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    window.setProducts({QStringLiteral("BTC-USD"), QStringLiteral("ETH-USD")});
    auto* selector = window.findChild<QComboBox*>(QStringLiteral("productSelector"));
    QVERIFY(selector);
    QCOMPARE(selector->count(), 2);
    QCOMPARE(selector->currentText(), QStringLiteral("BTC-USD"));
    auto* chart = window.findChild<Gui::CandleChart*>();
    Core::MarketSnapshot btc;
    btc.productId = QStringLiteral("BTC-USD");
    btc.candles.resize(3);
    window.showMarket(btc);
    QCOMPARE(chart->candleCount(), 3);

    QSignalSpy asked(&window, &Gui::MainWindow::chartProductChanged);
    selector->setCurrentIndex(1);
    Q_EMIT selector->textActivated(selector->currentText()); // as a click does
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("ETH-USD"));
    // A late BTC picture is not drawn over the ETH chart.
    btc.candles.resize(5);
    window.showMarket(btc);
    QCOMPARE(chart->candleCount(), 3);
    // A new list keeps the chosen product when it is still offered.
    window.setProducts({QStringLiteral("SOL-USD"), QStringLiteral("ETH-USD")});
    QCOMPARE(selector->currentText(), QStringLiteral("ETH-USD"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
