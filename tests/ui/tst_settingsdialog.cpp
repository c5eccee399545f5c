#include "core/coinbase/jwt.h"
#include "core/execution/paperfees.h"
#include "core/risk/riskpolicyjson.h"
#include "core/settings/settings.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "testkeys.h"

using namespace Candela;
using namespace Candela::Core;

namespace {
Decimal dec(const char* text)
{
    return *Decimal::fromString(std::string_view(text));
}

QLineEdit* field(const QWidget& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}

QPushButton* okButton(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

// Edit → Settings…: fees in percent stored as exact fractions, nothing saved while a field is
// wrong, the theme applied at once, the new fees handed on.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feesAreShownInPercentAndStoredAsFractions();
    void badFeesAreNotSaved();
    void unreadableStoredFeesFallBackToTheDefaults();
    void windowAppliesTheThemeAndPassesTheFees();
    void riskDefaultsAreCheckedStoredAndPassedOn();
    void apiKeyIsCheckedAndHandedOnWithoutACopy();

private:
    QTemporaryDir m_dir;
};

void tst_SettingsDialog::feesAreShownInPercentAndStoredAsFractions()
{
    Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
    Gui::SettingsDialog dialog(settings);
    QCOMPARE(field(dialog, "makerFee")->text(), QStringLiteral("0.4"));
    QCOMPARE(field(dialog, "takerFee")->text(), QStringLiteral("0.6"));
    QCOMPARE(field(dialog, "slippage")->text(), QStringLiteral("0.05"));
    field(dialog, "takerFee")->setText(QStringLiteral("0.25"));
    QVERIFY(dialog.save());
    QCOMPARE(settings.value(SettingKeys::TakerFee), QStringLiteral("0.0025"));
    const PaperExchangeConfig fees = paperFees(settings);
    QCOMPARE(fees.takerFeeRate, dec("0.0025"));
    QCOMPARE(fees.makerFeeRate, dec("0.004"));
}

void tst_SettingsDialog::badFeesAreNotSaved()
{
    Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
    Gui::SettingsDialog dialog(settings);
    for (const char* bad : {"-0.1", "11", "free", ""}) {
        field(dialog, "makerFee")->setText(QString::fromLatin1(bad));
        QVERIFY2(!okButton(dialog)->isEnabled(), bad);
        QVERIFY(!dialog.save());
    }
    QCOMPARE(settings.value(SettingKeys::MakerFee), QStringLiteral("0.004"));
    field(dialog, "makerFee")->setText(QStringLiteral("10"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_SettingsDialog::unreadableStoredFeesFallBackToTheDefaults()
{
    const QString path = m_dir.filePath(QStringLiteral("c.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("trading/takerFee"), QStringLiteral("lots"));
        raw.setValue(QStringLiteral("trading/makerFee"), QStringLiteral("0.5")); // 50 %
    }
    const Settings settings(path);
    const PaperExchangeConfig fees = paperFees(settings);
    QCOMPARE(fees.takerFeeRate, PaperExchangeConfig{}.takerFeeRate);
    QCOMPARE(fees.makerFeeRate, PaperExchangeConfig{}.makerFeeRate);
}

void tst_SettingsDialog::windowAppliesTheThemeAndPassesTheFees()
{
    Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
    Gui::applyTheme(*qApp, Gui::Theme::Dark);
    Gui::MainWindow window(settings);
    QSignalSpy fees(&window, &Gui::MainWindow::feesChanged);
    const QColor darkBase = QApplication::palette().color(QPalette::Base);
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    auto* dialog = window.findChild<Gui::SettingsDialog*>();
    QVERIFY(dialog);
    auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("theme"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    field(*dialog, "slippage")->setText(QStringLiteral("0.1"));
    okButton(*dialog)->click();
    QCOMPARE(fees.count(), 1);
    QCOMPARE(fees.first().at(0).value<PaperExchangeConfig>().slippage, dec("0.001"));
    QCOMPARE(settings.value(SettingKeys::Theme), QStringLiteral("light"));
    const QColor lightBase = QApplication::palette().color(QPalette::Base);
    QVERIFY(lightBase.lightness() > 200 && darkBase.lightness() < 60);
    Gui::applyTheme(*qApp, Gui::Theme::Dark);
}

// The risk defaults: shown from the built-in figures, refused with the core's own message,
// stored as a risk section (keys the form does not show kept), and handed to the engine.
void tst_SettingsDialog::riskDefaultsAreCheckedStoredAndPassedOn()
{
    Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
    settings.setValue(SettingKeys::RiskDefaults, QStringLiteral("{\"trades_per_hour\": 2}"));
    Gui::MainWindow window(settings);
    QSignalSpy risk(&window, &Gui::MainWindow::riskDefaultsChanged);
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    auto* dialog = window.findChild<Gui::SettingsDialog*>();
    QVERIFY(dialog);
    QCOMPARE(field(*dialog, "risk_risk_percent")->text(), QStringLiteral("1"));
    QCOMPARE(field(*dialog, "risk_daily_loss_percent")->text(), QStringLiteral("2"));
    QCOMPARE(field(*dialog, "risk_time_stop_hours")->text(), QStringLiteral("72"));

    field(*dialog, "risk_daily_loss_percent")->setText(QStringLiteral("250"));
    QVERIFY(!okButton(*dialog)->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("settingsProblem"))
                ->text()
                .contains(QLatin1String("risk.daily_loss_percent: must be between 0 and 100")));
    QVERIFY(!dialog->save());

    field(*dialog, "risk_daily_loss_percent")->setText(QStringLiteral("3.5"));
    auto* stop = dialog->findChild<QComboBox*>(QStringLiteral("risk_stop"));
    stop->setCurrentIndex(stop->findData(QStringLiteral("atr")));
    QVERIFY(okButton(*dialog)->isEnabled());
    okButton(*dialog)->click();
    QCOMPARE(risk.count(), 1);
    const RiskPolicy passed = risk.first().at(0).value<RiskPolicy>();
    QCOMPARE(passed.dailyLossLimit, dec("0.035"));
    QCOMPARE(passed.stopMethod, RiskPolicy::StopMethod::Atr);
    QCOMPARE(passed.maxTradesPerHour, 2); // kept from the stored section
    QCOMPARE(riskDefaults(settings).dailyLossLimit, dec("0.035"));
    QCOMPARE(riskDefaults(settings).maxTradesPerHour, 2);

    // A broken stored value: the built-in defaults.
    settings.setValue(SettingKeys::RiskDefaults, QStringLiteral("{\"risk_percent\": \"lots\"}"));
    QCOMPARE(riskDefaults(settings).riskFraction, RiskPolicy{}.riskFraction);
}

// The API key: its type shown as it is pasted, refused while the name or the key is wrong,
// handed on once and cleared from the form at once; nothing of it in the settings file.
void tst_SettingsDialog::apiKeyIsCheckedAndHandedOnWithoutACopy()
{
    const QString path = m_dir.filePath(QStringLiteral("f.ini"));
    Settings settings(path);
    Gui::MainWindow window(settings);
    QSignalSpy submitted(&window, &Gui::MainWindow::apiKeySubmitted);
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    auto* dialog = window.findChild<Gui::SettingsDialog*>();
    QVERIFY(dialog);
    auto* name = field(*dialog, "apiKeyName");
    auto* secret = dialog->findChild<QPlainTextEdit*>(QStringLiteral("apiKeySecret"));
    auto* type = dialog->findChild<QLabel*>(QStringLiteral("apiKeyType"));
    auto* store = dialog->findChild<QPushButton*>(QStringLiteral("apiKeyStore"));
    QVERIFY(name && secret && type && store);
    QVERIFY(!store->isEnabled());

    // A test key made now (P-256, SEC1 PEM) — never a real one.
    const QByteArray pem
        = QByteArrayLiteral("-----BEGIN EC PRIVATE KEY-----\n"
                            "MHcCAQEEIIGlRHNjo7mpmPn8Vfk8aQ1L+6wNjLlkW9pY3zZr6xJboAoGCCqGSM49\n"
                            "AwEHoUQDQgAE2x7Xy3m0o2c5f3lqV9z8m3C1bYw7ZQ2o9N1qfQp0y8dQ2J4n0Qn5\n"
                            "-----END EC PRIVATE KEY-----\n");
    secret->setPlainText(QString::fromLatin1(pem)); // not a valid key: said so
    QVERIFY(type->text().contains(QLatin1String("unusable API key")));
    QVERIFY(!store->isEnabled());

    secret->setPlainText(QString::fromLatin1(TestData::newP256KeyPem()));
    QVERIFY2(type->text().contains(QLatin1String("ES256")), qPrintable(type->text()));
    QVERIFY(!store->isEnabled()); // no name yet
    name->setText(QStringLiteral("my key"));
    QVERIFY(type->text().contains(QLatin1String("key name must look like")));
    QVERIFY(!store->isEnabled());
    name->setText(QStringLiteral("organizations/org-1/apiKeys/key-1"));
    QVERIFY(store->isEnabled());
    store->click();
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(
        submitted.first().at(0).toString(), QStringLiteral("organizations/org-1/apiKeys/key-1"));
    QVERIFY(submitted.first().at(1).toByteArray().contains("PRIVATE KEY"));
    QVERIFY(secret->toPlainText().isEmpty()); // cleared at once
    window.showApiKeyStatus(QStringLiteral("Stored in the system keychain."));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("apiKeyStatus"))->text(),
        QStringLiteral("Stored in the system keychain."));
    okButton(*dialog)->click();
    settings.saveNow();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("PRIVATE KEY"));
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
