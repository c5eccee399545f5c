#include "core/settings/settings.h"
#include "demodata.h"
#include "ui/bots/botcard.h"
#include "ui/dialogs/boteditordialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;
using namespace Candela::Core;
using Candela::TestData::scalper;

namespace {
bool okEnabled(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

template<typename T>
T* child(const QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

BotStatus statusOf(const BotConfig& config)
{
    BotStatus status;
    status.name = config.name;
    status.product = config.product;
    return status;
}
} // namespace

// The bot editor: the core's validation decides, the form shows its words, and OK waits for
// a valid bot; the window turns the editor and the card menu into save and delete requests.
class tst_BotEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWeightsAboveOne();
    void showsTheCoresMessagesAndTakenNames();
    void formValuesReachTheConfig();
    void windowCreatesEditsAndDeletes();
};

void tst_BotEditor::refusesWeightsAboveOne()
{
    Gui::BotEditorDialog dialog(scalper(), {});
    QVERIFY(okEnabled(dialog));
    QCOMPARE(dialog.weightSum(), 1.0);
    child<QDoubleSpinBox>(dialog, "weight_rsi")->setValue(0.9); // 0.9 + 0.2 + 0.2
    QVERIFY(!okEnabled(dialog));
    QVERIFY(!dialog.config());
    QVERIFY2(dialog.problems().contains(QStringLiteral("must sum to at most 1.0")),
        qPrintable(dialog.problems()));
    QVERIFY(child<QLabel>(dialog, "botEditorWeights")->text().contains(QStringLiteral("1.30")));
    // Switching a signal off takes its weight out of the sum.
    child<QCheckBox>(dialog, "signal_macd")->setChecked(false);
    QCOMPARE(dialog.weightSum(), 1.1);
    child<QCheckBox>(dialog, "signal_moving_average")->setChecked(false);
    QVERIFY(okEnabled(dialog));
    QVERIFY(dialog.problems().isEmpty());
}

void tst_BotEditor::showsTheCoresMessagesAndTakenNames()
{
    Gui::BotEditorDialog dialog(scalper(), {QStringLiteral("ETH Momentum")});
    child<QLineEdit>(dialog, "botEditorSize")->setText(QStringLiteral("a lot"));
    QVERIFY(!okEnabled(dialog));
    QVERIFY(dialog.problems().contains(QStringLiteral("position_size")));
    child<QLineEdit>(dialog, "botEditorSize")->setText(QStringLiteral("0.002"));
    QVERIFY(okEnabled(dialog));
    for (const char* signal : {"signal_rsi", "signal_moving_average", "signal_macd"})
        child<QCheckBox>(dialog, signal)->setChecked(false);
    QVERIFY(dialog.problems().contains(QStringLiteral("at least one signal must be enabled")));
    child<QCheckBox>(dialog, "signal_rsi")->setChecked(true);
    child<QLineEdit>(dialog, "botEditorName")->setText(QStringLiteral("ETH Momentum"));
    QVERIFY(!okEnabled(dialog));
    QVERIFY(dialog.problems().contains(QStringLiteral("another bot")));
}

void tst_BotEditor::formValuesReachTheConfig()
{
    Gui::BotEditorDialog dialog(scalper(), {});
    child<QLineEdit>(dialog, "botEditorName")->setText(QStringLiteral("Slow scalper"));
    child<QLineEdit>(dialog, "botEditorProduct")->setText(QStringLiteral("eth-usd"));
    child<QLineEdit>(dialog, "botEditorSize")->setText(QStringLiteral("0.05"));
    const auto periods = dialog.findChildren<QDoubleSpinBox*>();
    QDoubleSpinBox* rsiPeriod = nullptr;
    for (QDoubleSpinBox* box : periods) {
        if (box->accessibleName() == QStringLiteral("RSI period"))
            rsiPeriod = box;
    }
    QVERIFY(rsiPeriod);
    QCOMPARE(rsiPeriod->value(), 14.0);
    rsiPeriod->setValue(21);
    const auto config = dialog.config();
    QVERIFY(config);
    QCOMPARE(config->name, QStringLiteral("Slow scalper"));
    QCOMPARE(config->product, QStringLiteral("ETH-USD"));
    QCOMPARE(config->positionSize, *Decimal::fromString(std::string_view("0.05")));
    QCOMPARE(config->rsi.params.period, 21);
    QCOMPARE(config->macd.params.slowPeriod, scalper().macd.params.slowPeriod); // untouched
    QCOMPARE(config->cooldown, scalper().cooldown);
}

void tst_BotEditor::windowCreatesEditsAndDeletes()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    window.setBotConfigs({scalper()});
    window.showBots({statusOf(scalper())});
    QSignalSpy saved(&window, &Gui::MainWindow::botSaved);
    QSignalSpy deleted(&window, &Gui::MainWindow::botDeleted);

    // New bot: a copy of the first bot under a new name.
    child<QPushButton>(window, "newBotButton")->click();
    auto* editor = window.findChild<Gui::BotEditorDialog*>();
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(*editor, "botEditorName")->text(), QStringLiteral("New bot"));
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.last().at(0).value<BotConfig>().name, QStringLiteral("New bot"));
    QVERIFY(saved.last().at(1).toString().isEmpty());
    QTRY_VERIFY(!window.findChild<Gui::BotEditorDialog*>());

    // Edit from the card's menu: the same bot, replaced in place.
    auto* card = window.findChild<Gui::BotCard*>();
    child<QAction>(*card, "editBotAction")->trigger();
    editor = window.findChild<Gui::BotEditorDialog*>();
    QVERIFY(editor);
    child<QLineEdit>(*editor, "botEditorSize")->setText(QStringLiteral("0.003"));
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(saved.count(), 2);
    QCOMPARE(saved.last().at(1).toString(), QStringLiteral("BTC Scalper"));
    QTRY_VERIFY(!window.findChild<Gui::BotEditorDialog*>());

    // Delete asks first; Cancel keeps the bot.
    child<QAction>(*card, "deleteBotAction")->trigger();
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("deleteBotConfirmation"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(deleted.count(), 0);
    QTRY_VERIFY(!window.findChild<QMessageBox*>(QStringLiteral("deleteBotConfirmation")));
    child<QAction>(*card, "deleteBotAction")->trigger();
    box = window.findChild<QMessageBox*>(QStringLiteral("deleteBotConfirmation"));
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.last().at(0).toString(), QStringLiteral("BTC Scalper"));

    // Releasing a drawdown lock asks first too; only Yes releases it.
    QSignalSpy released(&window, &Gui::MainWindow::drawdownReleased);
    child<QAction>(*card, "releaseDrawdownAction")->trigger();
    box = window.findChild<QMessageBox*>(QStringLiteral("drawdownReleaseConfirmation"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("BTC Scalper")));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(released.count(), 0);
    QTRY_VERIFY(!window.findChild<QMessageBox*>(QStringLiteral("drawdownReleaseConfirmation")));
    child<QAction>(*card, "releaseDrawdownAction")->trigger();
    window.findChild<QMessageBox*>(QStringLiteral("drawdownReleaseConfirmation"))
        ->button(QMessageBox::Yes)
        ->click();
    QCOMPARE(released.count(), 1);
    QCOMPARE(released.last().at(0).toString(), QStringLiteral("BTC Scalper"));
}

QTEST_MAIN(tst_BotEditor)
#include "tst_boteditor.moc"
