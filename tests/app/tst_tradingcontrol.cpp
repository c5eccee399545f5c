#include "tradingcontrol.h"

#include "core/settings/settings.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using Core::KillSwitchState;

// The kill switch from the trader's button to the state that is kept, and back to the window.
class tst_TradingControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void buttonHaltsAndTheWindowShowsIt();
    void flattenIsTheSecondStep();
    void restartStaysHalted();
    void unreadableSavedStateStartsHalted();
    void rearmNeedsConfirmation();
    void rearmWhileActiveIsRefused();
    void stoppedBotStaysStoppedAfterRestart();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    static QAction* action(Gui::MainWindow& window, const char* name)
    {
        return window.findChild<QAction*>(QString::fromLatin1(name));
    }
    static QLabel* badge(Gui::MainWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("killSwitchBadge"));
    }
    QTemporaryDir m_dir;
};

void tst_TradingControl::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(iniPath());
}

void tst_TradingControl::buttonHaltsAndTheWindowShowsIt()
{
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    TradingControl control(settings);
    connectKillSwitch(control, window);
    QCOMPARE(control.state(), KillSwitchState::Active);
    QVERIFY(badge(window)->isHidden());
    QVERIFY(!action(window, "flattenAction")->isEnabled());

    action(window, "killSwitchAction")->trigger();
    QCOMPARE(control.state(), KillSwitchState::Halted);
    QCOMPARE(control.history().back().who, QStringLiteral("ui"));
    QVERIFY(!badge(window)->isHidden());
    QCOMPARE(badge(window)->text(), QStringLiteral("HALTED"));
    QCOMPARE(action(window, "killSwitchAction")->text(), QStringLiteral("HALTED"));
    QVERIFY(action(window, "flattenAction")->isEnabled());
    QVERIFY(action(window, "rearmAction")->isEnabled());

    // Pressing again changes nothing and records nothing.
    action(window, "killSwitchAction")->trigger();
    QCOMPARE(control.history().size(), size_t(1));
}

void tst_TradingControl::flattenIsTheSecondStep()
{
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    TradingControl control(settings);
    connectKillSwitch(control, window);
    action(window, "killSwitchAction")->trigger();
    action(window, "flattenAction")->trigger();
    QCOMPARE(control.state(), KillSwitchState::Flattening);
    QCOMPARE(badge(window)->text(), QStringLiteral("FLATTENING"));
    QVERIFY(!action(window, "flattenAction")->isEnabled());
    // Halting while flattening must not stop the flattening.
    action(window, "killSwitchAction")->trigger();
    QCOMPARE(control.state(), KillSwitchState::Flattening);
}

void tst_TradingControl::restartStaysHalted()
{
    {
        Core::Settings settings(iniPath());
        TradingControl control(settings);
        control.halt(QStringLiteral("ui"), QStringLiteral("test"));
    }
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    TradingControl control(settings);
    connectKillSwitch(control, window);
    QCOMPARE(control.state(), KillSwitchState::Halted);
    QVERIFY(!badge(window)->isHidden());
    QVERIFY(action(window, "rearmAction")->isEnabled());
}

void tst_TradingControl::unreadableSavedStateStartsHalted()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("trading/killSwitch"), QStringLiteral("maybe"));
    }
    Core::Settings settings(iniPath());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable saved")));
    TradingControl control(settings);
    QCOMPARE(control.state(), KillSwitchState::Halted);
}

void tst_TradingControl::rearmNeedsConfirmation()
{
    Core::Settings settings(iniPath());
    Gui::MainWindow window(settings);
    TradingControl control(settings);
    connectKillSwitch(control, window);
    action(window, "killSwitchAction")->trigger();

    // Cancel keeps trading halted.
    action(window, "rearmAction")->trigger();
    auto* question = window.findChild<QMessageBox*>(QStringLiteral("rearmConfirmation"));
    QVERIFY(question);
    QVERIFY(question->isVisible()); // shown without blocking: the kill switch stays pressable
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(control.state(), KillSwitchState::Halted);
    QTRY_VERIFY(!window.findChild<QMessageBox*>(QStringLiteral("rearmConfirmation")));

    action(window, "rearmAction")->trigger();
    question = window.findChild<QMessageBox*>(QStringLiteral("rearmConfirmation"));
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QCOMPARE(control.state(), KillSwitchState::Active);
    QVERIFY(badge(window)->isHidden());
    QVERIFY(!action(window, "rearmAction")->isEnabled());

    Core::Settings reread(iniPath());
    QCOMPARE(reread.value(Core::SettingKeys::KillSwitchState), QStringLiteral("ACTIVE"));
}

void tst_TradingControl::rearmWhileActiveIsRefused()
{
    Core::Settings settings(iniPath());
    TradingControl control(settings);
    QSignalSpy changed(&control, &TradingControl::stateChanged);
    QVERIFY(!control.rearm(QStringLiteral("ui"), QStringLiteral("test")));
    QCOMPARE(changed.count(), 0);
}

void tst_TradingControl::stoppedBotStaysStoppedAfterRestart()
{
    {
        Core::Settings settings(iniPath());
        Gui::MainWindow window(settings);
        TradingControl control(settings);
        connectKillSwitch(control, window);
        QSignalSpy changed(&control, &TradingControl::botRunningChanged);
        Q_EMIT window.botRunningChanged(QStringLiteral("BTC Scalper"), false);
        Q_EMIT window.botRunningChanged(QStringLiteral("BTC Scalper"), false); // no change
        QCOMPARE(changed.count(), 1);
        QCOMPARE(control.stoppedBots(), QStringList{QStringLiteral("BTC Scalper")});
    }
    Core::Settings settings(iniPath());
    TradingControl control(settings);
    QCOMPARE(control.stoppedBots(), QStringList{QStringLiteral("BTC Scalper")});
    control.setBotRunning(QStringLiteral("BTC Scalper"), true);
    QVERIFY(control.stoppedBots().isEmpty());
}

QTEST_MAIN(tst_TradingControl)
#include "tst_tradingcontrol.moc"
