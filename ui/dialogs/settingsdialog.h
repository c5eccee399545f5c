#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Candela::Core {
class Settings;
}

namespace Candela::Gui {

class ApiKeyForm;
class RiskDefaultsForm;

// Edit → Settings…: the paper venue's fees and slippage (in percent, checked as they are
// typed), the risk defaults for every bot (checked by the core's risk parser), the theme (applied
// at once) and the language (from the next start). Writes the settings only on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Core::Settings& settings, QWidget* parent = nullptr);

    // Saves the form; false (and nothing saved) while a field is invalid.
    bool save();
    // What became of the API key handed on by apiKeySubmitted().
    void setApiKeyStatus(const QString& text);

Q_SIGNALS:
    // The user asked to keep this key for live trading (the dialog keeps no copy).
    void apiKeySubmitted(const QString& keyName, const QByteArray& privateKey);

private:
    QLineEdit* percentField(const QString& name, const QString& fraction);
    void validate();

    Core::Settings& m_settings;
    QLineEdit* m_maker;
    QLineEdit* m_taker;
    QLineEdit* m_slippage;
    RiskDefaultsForm* m_risk;
    ApiKeyForm* m_apiKey;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace Candela::Gui
