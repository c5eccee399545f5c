#pragma once

#include <QGroupBox>
#include <QJsonObject>

#include <vector>

class QComboBox;
class QLineEdit;

namespace Candela::Gui {

// The settings dialog's risk defaults: the figures most traders set once for all bots (risk per
// trade, stop method, reward:risk, daily loss, drawdown, position size, trades a day, time stop),
// in the units of a bot's "risk" section. A bot's own section overrides them; keys the form does
// not show are kept as they were.
class RiskDefaultsForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskDefaultsForm)

public:
    // `stored` is the settings' JSON object (SettingKeys::RiskDefaults).
    explicit RiskDefaultsForm(const QString& stored, QWidget* parent = nullptr);

    // The section to store; the core's own messages for what it refuses (empty when it parses).
    QJsonObject section() const;
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    struct NumberField
    {
        const char* key;
        QLineEdit* edit;
    };

    QJsonObject m_stored;
    QComboBox* m_stop;
    std::vector<NumberField> m_numbers;
};

} // namespace Candela::Gui
