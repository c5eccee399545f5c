#include "riskdefaultsform.h"

#include "core/risk/riskpolicyjson.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLineEdit>

namespace Candela::Gui {

RiskDefaultsForm::RiskDefaultsForm(const QString& stored, QWidget* parent)
    : QGroupBox(tr("Risk defaults (a bot's own \"risk\" section overrides them)"), parent)
    , m_stored(QJsonDocument::fromJson(stored.toUtf8()).object())
    , m_stop(new QComboBox(this))
{
    setObjectName(QStringLiteral("riskDefaults"));
    // What the form starts from: the built-in defaults under the stored section (a broken
    // stored value shows the built-in figures).
    const QJsonObject current
        = Core::riskPolicyToJson(Core::riskPolicyFromJson(m_stored).valueOr(Core::RiskPolicy{}));
    auto* form = new QFormLayout(this);

    m_stop->setObjectName(QStringLiteral("risk_stop"));
    m_stop->setAccessibleName(tr("Stop method"));
    m_stop->addItem(tr("Beyond the nearest swing"), QStringLiteral("swing"));
    m_stop->addItem(tr("ATR multiple from the entry"), QStringLiteral("atr"));
    m_stop->setCurrentIndex(std::max(0, m_stop->findData(current.value(QLatin1String("stop")))));
    connect(m_stop, &QComboBox::currentIndexChanged, this, &RiskDefaultsForm::changed);

    const struct
    {
        const char* key;
        QString label;
    } rows[] = {
        {"risk_percent", tr("Risk per trade (% of equity):")},
        {"reward_to_risk", tr("Take profit at reward : risk of:")},
        {"daily_loss_percent", tr("Daily loss limit (%):")},
        {"max_drawdown_percent", tr("Drawdown limit from the high (%):")},
        {"max_position_percent", tr("Largest position (% of equity):")},
        {"trades_per_day", tr("Trades per day at most:")},
        {"time_stop_hours", tr("Time stop (hours, 0 = none):")},
    };
    for (const auto& row : rows) {
        auto* edit = new QLineEdit(
            QString::number(current.value(QLatin1String(row.key)).toDouble(), 'g', 12), this);
        edit->setObjectName(QStringLiteral("risk_") + QLatin1String(row.key));
        edit->setAccessibleName(QString(row.label).remove(QLatin1Char(':')));
        connect(edit, &QLineEdit::textChanged, this, &RiskDefaultsForm::changed);
        form->addRow(row.label, edit);
        if (std::string_view(row.key) == "risk_percent")
            form->addRow(tr("Stop:"), m_stop);
        m_numbers.push_back({row.key, edit});
    }
}

QJsonObject RiskDefaultsForm::section() const
{
    QJsonObject section = m_stored;
    section.insert(QStringLiteral("stop"), m_stop->currentData().toString());
    for (const NumberField& field : m_numbers) {
        bool ok = false;
        const double value = field.edit->text().trimmed().toDouble(&ok);
        // Text that is no number stays text: the core names the key that is wrong.
        section.insert(
            QLatin1String(field.key), ok ? QJsonValue(value) : QJsonValue(field.edit->text()));
    }
    return section;
}

QString RiskDefaultsForm::problem() const
{
    const auto parsed = Core::riskPolicyFromJson(section());
    return parsed ? QString() : parsed.error().message;
}

} // namespace Candela::Gui
