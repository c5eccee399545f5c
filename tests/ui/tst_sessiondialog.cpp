#include "core/settings/settings.h"
#include "ui/dialogs/sessiondialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;

namespace {
QPushButton* okButton(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

// File → Paper session…: resume one by name or start a new one with its cash; names that
// cannot be a file, and cash that is not an amount, cannot be accepted.
class tst_SessionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void existingSessionResumesWithItsOwnCash();
    void newSessionNeedsANameAndAnAmount();
    void windowPassesTheChoiceOnAndShowsTheSession();
};

void tst_SessionDialog::existingSessionResumesWithItsOwnCash()
{
    Gui::SessionDialog dialog({QStringLiteral("Default"), QStringLiteral("Scalping July")},
        QStringLiteral("Scalping July"));
    QCOMPARE(dialog.sessionName(), QStringLiteral("Scalping July"));
    QVERIFY(!dialog.isNewSession());
    QVERIFY(!dialog.startingCash());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("sessionCash"))->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_SessionDialog::newSessionNeedsANameAndAnAmount()
{
    Gui::SessionDialog dialog({QStringLiteral("Default")}, QStringLiteral("Default"));
    auto* name = dialog.findChild<QComboBox*>(QStringLiteral("sessionName"));
    auto* cash = dialog.findChild<QLineEdit*>(QStringLiteral("sessionCash"));
    name->setCurrentText(QStringLiteral("Breakouts"));
    QVERIFY(dialog.isNewSession());
    QVERIFY(cash->isEnabled());
    cash->setText(QStringLiteral("2500.50"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(*dialog.startingCash(), *Core::Decimal::fromString(std::string_view("2500.5")));
    for (const char* bad : {"0", "-5", "lots", ""}) {
        cash->setText(QString::fromLatin1(bad));
        QVERIFY2(!okButton(dialog)->isEnabled(), bad);
    }
    cash->setText(QStringLiteral("1000"));
    for (const char* bad : {"../escape", "a/b", "   ", "x:y"}) {
        name->setCurrentText(QString::fromLatin1(bad));
        QVERIFY2(!okButton(dialog)->isEnabled(), bad);
    }
}

void tst_SessionDialog::windowPassesTheChoiceOnAndShowsTheSession()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    window.setPaperSessions({QStringLiteral("Default")}, QStringLiteral("Default"));
    auto* label = window.findChild<QLabel*>(QStringLiteral("paperSession"));
    QCOMPARE(label->text(), QStringLiteral("Session: Default"));
    QVERIFY(!label->isHidden());
    window.setTradingMode(Core::TradingMode::Replay); // a replay trades in its own account
    QVERIFY(label->isHidden());

    QSignalSpy requested(&window, &Gui::MainWindow::paperSessionRequested);
    window.findChild<QAction*>(QStringLiteral("paperSessionAction"))->trigger();
    auto* dialog = window.findChild<Gui::SessionDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QComboBox*>(QStringLiteral("sessionName"))
        ->setCurrentText(QStringLiteral("Second"));
    dialog->findChild<QLineEdit*>(QStringLiteral("sessionCash"))->setText(QStringLiteral("500"));
    okButton(*dialog)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("Second"));
    QCOMPARE(requested.first().at(1).value<std::optional<Core::Decimal>>(),
        std::optional(Core::Decimal::fromInteger(500)));
}

QTEST_MAIN(tst_SessionDialog)
#include "tst_sessiondialog.moc"
