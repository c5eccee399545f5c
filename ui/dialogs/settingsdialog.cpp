#include "settingsdialog.h"

#include "apikeyform.h"
#include "core/execution/paperfees.h"
#include "core/settings/settings.h"
#include "riskdefaultsform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Candela::Gui {

namespace {
const Core::Decimal Hundred = Core::Decimal::fromInteger(100);

// "0.006" → "0.6"; the form speaks percent, the settings fractions.
QString toPercent(const QString& fraction)
{
    const auto value = Core::feeFraction(fraction);
    if (!value)
        return fraction;
    const auto percent = value->times(Hundred); // a fee fraction is under 1: in range
    return percent ? percent->toString() : fraction;
}

std::optional<QString> toFraction(const QString& percent)
{
    const auto value = Core::Decimal::fromString(percent.trimmed());
    if (!value)
        return std::nullopt;
    const auto fraction = value->dividedBy(Hundred, 10, Core::RoundingMode::HalfEven);
    if (!fraction || !Core::feeFraction(fraction->toString()))
        return std::nullopt;
    return fraction->toString();
}
} // namespace

SettingsDialog::SettingsDialog(Core::Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_maker(percentField(QStringLiteral("makerFee"), settings.value(Core::SettingKeys::MakerFee)))
    , m_taker(percentField(QStringLiteral("takerFee"), settings.value(Core::SettingKeys::TakerFee)))
    , m_slippage(
          percentField(QStringLiteral("slippage"), settings.value(Core::SettingKeys::Slippage)))
    , m_risk(new RiskDefaultsForm(settings.value(Core::SettingKeys::RiskDefaults), this))
    , m_apiKey(new ApiKeyForm(settings.value(Core::SettingKeys::LiveApiKeyName), this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_maker->setAccessibleName(tr("Maker fee in percent"));
    m_taker->setAccessibleName(tr("Taker fee in percent"));
    m_slippage->setAccessibleName(tr("Slippage in percent"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(m_theme->findData(settings.value(Core::SettingKeys::Theme)));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings.value(Core::SettingKeys::Language))));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #ef5350;"));

    auto* fees = new QGroupBox(tr("Paper trading and backtests"), this);
    auto* feeForm = new QFormLayout(fees);
    feeForm->addRow(tr("Maker fee (%):"), m_maker);
    feeForm->addRow(tr("Taker fee (%):"), m_taker);
    feeForm->addRow(tr("Market order slippage without a book (%):"), m_slippage);
    auto* looks = new QGroupBox(tr("Appearance"), this);
    auto* looksForm = new QFormLayout(looks);
    looksForm->addRow(tr("Theme:"), m_theme);
    looksForm->addRow(tr("Language (from the next start):"), m_language);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fees);
    layout->addWidget(m_risk);
    layout->addWidget(m_apiKey);
    connect(m_apiKey, &ApiKeyForm::submitted, this, &SettingsDialog::apiKeySubmitted);
    connect(m_risk, &RiskDefaultsForm::changed, this, &SettingsDialog::validate);
    layout->addWidget(looks);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QLineEdit* SettingsDialog::percentField(const QString& name, const QString& fraction)
{
    auto* field = new QLineEdit(toPercent(fraction), this);
    field->setObjectName(name);
    connect(field, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    return field;
}

void SettingsDialog::validate()
{
    QStringList bad;
    for (const auto& [field, name] : {std::pair{m_maker, tr("maker fee")},
             std::pair{m_taker, tr("taker fee")}, std::pair{m_slippage, tr("slippage")}}) {
        if (!toFraction(field->text()))
            bad.append(name);
    }
    QStringList problems;
    if (!bad.isEmpty())
        problems << tr("Not a percentage from 0 to 10: %1").arg(bad.join(QStringLiteral(", ")));
    if (const QString risk = m_risk->problem(); !risk.isEmpty())
        problems << risk;
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void SettingsDialog::setApiKeyStatus(const QString& text)
{
    m_apiKey->setStatus(text);
}

bool SettingsDialog::save()
{
    const auto maker = toFraction(m_maker->text());
    const auto taker = toFraction(m_taker->text());
    const auto slippage = toFraction(m_slippage->text());
    if (!maker || !taker || !slippage || !m_risk->problem().isEmpty())
        return false;
    m_settings.setValue(Core::SettingKeys::MakerFee, *maker);
    m_settings.setValue(Core::SettingKeys::TakerFee, *taker);
    m_settings.setValue(Core::SettingKeys::Slippage, *slippage);
    m_settings.setValue(Core::SettingKeys::RiskDefaults,
        QString::fromUtf8(QJsonDocument(m_risk->section()).toJson(QJsonDocument::Compact)));
    m_settings.setValue(Core::SettingKeys::Theme, m_theme->currentData().toString());
    m_settings.setValue(Core::SettingKeys::Language, m_language->currentData().toString());
    m_settings.saveNow();
    return true;
}

} // namespace Candela::Gui
