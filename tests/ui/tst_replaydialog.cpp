#include "core/settings/settings.h"
#include "ui/dialogs/replaydialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;

namespace {
const QString Candles = QStringLiteral(
    CANDELA_SOURCE_DIR "/resources/demo/coinbase_btc-usd_5m_20250701-20250930.csv");

QPushButton* okButton(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

// File → Open replay…: bundled market data first, any recording or candle file from disk, a
// speed; nothing that cannot be played can be accepted.
class tst_ReplayDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledDataComesWithItsSpeed();
    void onlyExistingRecordingsOrCandlesAreAccepted();
    void windowPassesTheChoiceOn();
};

void tst_ReplayDialog::bundledDataComesWithItsSpeed()
{
    Gui::ReplayDialog dialog({{QStringLiteral("Bundled candles"), Candles, 600}});
    QCOMPARE(dialog.path(), Candles);
    QCOMPARE(dialog.speed(), 600.0);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("replayFile"))->isEnabled());
    // "A file on disk…": the field is the trader's.
    dialog.findChild<QComboBox*>(QStringLiteral("replaySource"))->setCurrentIndex(1);
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("replayFile"))->isEnabled());
}

void tst_ReplayDialog::onlyExistingRecordingsOrCandlesAreAccepted()
{
    QTemporaryDir dir;
    Gui::ReplayDialog dialog({});
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("replayFile"));
    QVERIFY(!okButton(dialog)->isEnabled());
    file->setText(dir.filePath(QStringLiteral("missing.jsonl")));
    QVERIFY(!okButton(dialog)->isEnabled());
    QFile text(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.close();
    file->setText(text.fileName());
    QVERIFY(!okButton(dialog)->isEnabled());
    file->setText(Candles);
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("replaySpeed"))->setValue(0);
    QCOMPARE(dialog.speed(), 0.0);
}

void tst_ReplayDialog::windowPassesTheChoiceOn()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    window.setBundledReplays({{QStringLiteral("Bundled candles"), Candles, 600}});
    QSignalSpy requested(&window, &Gui::MainWindow::replayRequested);
    window.findChild<QAction*>(QStringLiteral("openReplayAction"))->trigger();
    auto* dialog = window.findChild<Gui::ReplayDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    okButton(*dialog)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), Candles);
    QCOMPARE(requested.first().at(1).toDouble(), 600.0);
}

QTEST_MAIN(tst_ReplayDialog)
#include "tst_replaydialog.moc"
