// Tools → Compare session with backtest…: the window's view of candela-cli diff.
#include "cli/clicommand.h"
#include "clirun.h"

#include "core/settings/settings.h"
#include "demodata.h"
#include "teststrings.h"
#include "ui/lab/sessioncomparedialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using Candela::Test::runCli;
using Candela::Test::strings;

namespace {

const QString Busy = Candela::TestData::BusyScalperFile;
const QString Candles = Candela::TestData::demoCandlesPath();

// The header and the first three weeks of the bundled candles.
QString threeWeeks(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("weeks.csv"));
    return Candela::TestData::writeDemoCandles(path, 12 * 24 * 21) ? path : QString();
}

} // namespace

class tst_SessionCompareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEachDifferenceWithItsCause();
    void aMissingJournalIsExplained();
    void windowOffersItsSessions();
};

void tst_SessionCompareDialog::listsEachDifferenceWithItsCause()
{
    QTemporaryDir dir;
    const QString candles = threeWeeks(dir);
    const QString same = dir.filePath(QStringLiteral("same.sqlite"));
    const QString fees = dir.filePath(QStringLiteral("fees.sqlite"));
    QCOMPARE(
        runCli(strings({"session", "run", "--bot"})
            << Busy << QStringLiteral("--candles") << candles << QStringLiteral("--db") << same)
            .exitCode,
        0);
    QCOMPARE(
        runCli(strings({"session", "run", "--taker-fee", "0.008", "--bot"})
            << Busy << QStringLiteral("--candles") << candles << QStringLiteral("--db") << fees)
            .exitCode,
        0);

    Gui::SessionCompareDialog dialog({same, fees}, same, candles);
    QSignalSpy finished(&dialog, &Gui::SessionCompareDialog::finished);
    dialog.compare();
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog.statusText().startsWith(QLatin1String("No differences")),
        qPrintable(dialog.statusText()));
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("compareTable"));
    QCOMPARE(table->model()->rowCount(), 0);

    dialog.findChild<QComboBox*>(QStringLiteral("compareJournal"))->setCurrentText(fees);
    dialog.compare();
    QVERIFY(finished.wait(60000));
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY2(dialog.statusText().startsWith(
                 QStringLiteral("0 trade(s) alike, %1 different").arg(table->model()->rowCount())),
        qPrintable(dialog.statusText()));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QCOMPARE(table->model()->index(row, 3).data().toString(), QStringLiteral("fees"));
        QVERIFY(table->model()->index(row, 4).data().toString().toDouble() > 0);
    }
    if (const QByteArray shots = qgetenv("CANDELA_SCREENSHOTS"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(dialog.grab().save(
            QString::fromLocal8Bit(shots) + QStringLiteral("/session-compare.png")));
    }
}

void tst_SessionCompareDialog::aMissingJournalIsExplained()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
    Gui::SessionCompareDialog dialog({missing}, missing, Candles);
    QSignalSpy finished(&dialog, &Gui::SessionCompareDialog::finished);
    dialog.compare();
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog.statusText().contains(QLatin1String("no such session journal")),
        qPrintable(dialog.statusText()));
    QVERIFY(!QFile::exists(missing));
}

void tst_SessionCompareDialog::windowOffersItsSessions()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    const QStringList journals{
        dir.filePath(QStringLiteral("paper.sqlite")), dir.filePath(QStringLiteral("live.sqlite"))};
    window.setSessionJournals(journals);
    window.findChild<QAction*>(QStringLiteral("sessionCompareAction"))->trigger();
    auto* dialog = window.findChild<Gui::SessionCompareDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    auto* journal = dialog->findChild<QComboBox*>(QStringLiteral("compareJournal"));
    QCOMPARE(journal->currentText(), journals.front());
    QCOMPARE(journal->count(), 2);
}

QTEST_MAIN(tst_SessionCompareDialog)
#include "tst_sessioncomparedialog.moc"
