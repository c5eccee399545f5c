#include "core/settings/settings.h"
#include "ui/logpanel.h"
#include "ui/mainwindow.h"
#include "ui/models/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;

// The Log dock: what it records from the window, its limit, filter and copy.
class tst_LogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNewestRowsUpToTheLimit();
    void filterAndCopyWorkOnWhatIsShown();
    void windowLogsChangesNotRepeats();
};

void tst_LogPanel::keepsTheNewestRowsUpToTheLimit()
{
    Gui::AuditLogModel model; // no model tester here: it re-checks every row on each insert
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'786'309'530, Qt::UTC);
    for (int i = 0; i <= Gui::AuditLogModel::MaxRows; ++i)
        model.append(start.addSecs(i), QStringLiteral("Data"), QString::number(i));
    QCOMPARE(model.rowCount(), Gui::AuditLogModel::MaxRows);
    QCOMPARE(model.index(0, Gui::AuditLogModel::MessageColumn).data().toString(),
        QStringLiteral("1")); // the oldest went
    QCOMPARE(model.index(0, Gui::AuditLogModel::TimeColumn).data().toString(),
        QStringLiteral("2026-08-09 21:05:31"));
}

void tst_LogPanel::filterAndCopyWorkOnWhatIsShown()
{
    Gui::LogPanel panel;
    QAbstractItemModelTester tester(
        panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.append(QStringLiteral("Kill switch"), QStringLiteral("Trading halted"));
    panel.append(QStringLiteral("Connection"), QStringLiteral("Market data: Connected"));
    panel.append(QStringLiteral("Kill switch"), QStringLiteral("Kill switch re-armed"));
    auto* view = panel.findChild<QTableView*>(QStringLiteral("logView"));
    QCOMPARE(view->model()->rowCount(), 3);
    panel.findChild<QLineEdit*>(QStringLiteral("logFilter"))->setText(QStringLiteral("KILL"));
    QCOMPARE(view->model()->rowCount(), 2);
    view->selectAll();
    const QStringList lines = panel.selectedText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(QStringLiteral("\tKill switch\tTrading halted")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("\tKill switch\tKill switch re-armed")));
}

void tst_LogPanel::windowLogsChangesNotRepeats()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    const Gui::AuditLogModel* log = window.findChild<Gui::LogPanel*>()->model();
    window.setConnectionState(Core::ConnectionState::Connected);
    window.setConnectionState(Core::ConnectionState::Connected);
    window.setDataHealth(QStringLiteral("BTC-USD"), Core::DataHealth::Stale);
    window.setDataHealth(QStringLiteral("BTC-USD"), Core::DataHealth::Stale);
    const Core::KillSwitchStatus halted{Core::KillSwitchState::Halted, Core::HaltCause::DiskFull,
        QStringLiteral("commit: disk full"), {}};
    window.setKillSwitch(halted);
    window.setKillSwitch(halted);
    QCOMPARE(log->rowCount(), 3);
    const auto message = [&](int row) {
        return log->index(row, Gui::AuditLogModel::MessageColumn).data().toString();
    };
    QCOMPARE(message(0), QStringLiteral("Market data: Connected"));
    QCOMPARE(message(1), QStringLiteral("BTC-USD: market data stale"));
    QVERIFY(message(2).startsWith(QStringLiteral("Trading halted")));
    QVERIFY(message(2).contains(QStringLiteral("the disk is full")));
    QVERIFY(message(2).contains(QStringLiteral("commit: disk full")));
}

QTEST_MAIN(tst_LogPanel)
#include "tst_logpanel.moc"
