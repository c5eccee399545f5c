#pragma once

#include "core/strategy/botconfig.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Candela::Gui {

// Creates or edits a bot: product, timeframe, size, thresholds, and each signal's switch,
// weight and main parameters. The form is checked by the core's own BotConfig validation as it
// is typed — its messages are shown as they are, and OK stays off until the bot is valid (for
// example while the enabled weights sum to more than 1) and its name is free.
class BotEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotEditorDialog)

public:
    // `base` fills the form (a new bot starts from a copy of an example); `takenNames` are the
    // other bots' names.
    BotEditorDialog(
        const Core::BotConfig& base, const QStringList& takenNames, QWidget* parent = nullptr);

    // The bot as the form describes it, when valid.
    std::optional<Core::BotConfig> config() const { return m_config; }
    QString problems() const;
    double weightSum() const;

private:
    struct SignalRow
    {
        const char* key = nullptr; // the JSON key under "signals"
        QCheckBox* enabled = nullptr;
        QDoubleSpinBox* weight = nullptr;
        std::vector<std::pair<const char*, QDoubleSpinBox*>> params;
    };

    void addSignalRow(QGridLayout* grid, const char* key, const QString& title,
        const QJsonObject& current,
        std::initializer_list<std::tuple<const char*, QString, double, double, int>> params);
    QJsonObject formJson() const;
    void validate();

    QJsonObject m_base;
    QStringList m_taken;
    QLineEdit* m_name;
    QLineEdit* m_product;
    QComboBox* m_timeframe;
    QLineEdit* m_size;
    QDoubleSpinBox* m_buyScore;
    QDoubleSpinBox* m_sellScore;
    QDoubleSpinBox* m_neutralBand;
    QSpinBox* m_confirmation;
    QSpinBox* m_cooldown;
    std::vector<SignalRow> m_signals;
    QLabel* m_weights;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    std::optional<Core::BotConfig> m_config;
};

} // namespace Candela::Gui
