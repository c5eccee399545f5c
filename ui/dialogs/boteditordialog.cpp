#include "boteditordialog.h"

#include "core/risk/riskpolicyjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Candela::Gui {

namespace {
QDoubleSpinBox* number(double minimum, double maximum, int decimals, double value, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSingleStep(decimals == 0 ? 1 : std::pow(10.0, -std::min(decimals, 2)));
    box->setValue(value);
    return box;
}
} // namespace

BotEditorDialog::BotEditorDialog(
    const Core::BotConfig& base, const QStringList& takenNames, QWidget* parent)
    : QDialog(parent)
    , m_base(base.toJson())
    , m_taken(takenNames)
    , m_name(new QLineEdit(base.name, this))
    , m_product(new QLineEdit(base.product, this))
    , m_timeframe(new QComboBox(this))
    , m_size(new QLineEdit(base.positionSize.toString(), this))
    , m_buyScore(number(0, 1, 2, base.buyScore, this))
    , m_sellScore(number(0, 1, 2, base.sellScore, this))
    , m_neutralBand(number(0, 0.5, 2, base.neutralBand, this))
    , m_confirmation(new QSpinBox(this))
    , m_cooldown(new QSpinBox(this))
    , m_weights(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("botEditor"));
    setWindowTitle(tr("Bot"));
    m_name->setObjectName(QStringLiteral("botEditorName"));
    m_product->setObjectName(QStringLiteral("botEditorProduct"));
    m_size->setObjectName(QStringLiteral("botEditorSize"));
    for (const Core::Timeframe timeframe : Core::AllTimeframes)
        m_timeframe->addItem(Core::toShortName(timeframe));
    m_timeframe->setCurrentText(Core::toShortName(base.timeframe));
    m_confirmation->setRange(0, 1440);
    m_confirmation->setValue(int(base.confirmation.count()));
    m_confirmation->setSuffix(tr(" min"));
    m_cooldown->setRange(0, 10080);
    m_cooldown->setValue(int(base.cooldown.count()));
    m_cooldown->setSuffix(tr(" min"));
    m_weights->setObjectName(QStringLiteral("botEditorWeights"));
    m_problems->setObjectName(QStringLiteral("botEditorProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #ffb300;"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Product:"), m_product);
    form->addRow(tr("Timeframe:"), m_timeframe);
    form->addRow(tr("Position size (base currency):"), m_size);
    form->addRow(tr("Buy at score ≥"), m_buyScore);
    form->addRow(tr("Sell at score ≤ −"), m_sellScore);
    form->addRow(tr("Neutral band:"), m_neutralBand);
    form->addRow(tr("Confirmation:"), m_confirmation);
    form->addRow(tr("Cooldown after a trade:"), m_cooldown);
    const std::pair<QWidget*, QString> names[]
        = {{m_name, tr("Bot name")}, {m_product, tr("Product")}, {m_timeframe, tr("Timeframe")},
            {m_size, tr("Position size")}, {m_buyScore, tr("Buy score")},
            {m_sellScore, tr("Sell score")}, {m_neutralBand, tr("Neutral band")},
            {m_confirmation, tr("Confirmation minutes")}, {m_cooldown, tr("Cooldown minutes")}};
    for (const auto& [widget, name] : names)
        widget->setAccessibleName(name);

    auto* signalsBox = new QGroupBox(tr("Signals (weights of the enabled ones sum to at most 1)"));
    auto* grid = new QGridLayout(signalsBox);
    const QJsonObject current = m_base.value(QStringLiteral("signals")).toObject();
    addSignalRow(grid, "rsi", tr("RSI"), current,
        {{"period", tr("period"), 2, 200, 0}, {"buy_threshold", tr("buy below"), 1, 99, 0},
            {"sell_threshold", tr("sell above"), 1, 99, 0}});
    addSignalRow(grid, "moving_average", tr("Moving averages"), current,
        {{"fast_period", tr("fast"), 2, 400, 0}, {"slow_period", tr("slow"), 3, 800, 0}});
    addSignalRow(grid, "macd", tr("MACD"), current,
        {{"fast_period", tr("fast"), 2, 200, 0}, {"slow_period", tr("slow"), 3, 400, 0},
            {"signal_period", tr("signal"), 2, 200, 0}});
    addSignalRow(grid, "volume_spike", tr("Volume spike"), current, {});
    addSignalRow(grid, "breakout", tr("Breakout"), current, {});
    addSignalRow(grid, "reversal", tr("Reversal"), current, {});
    addSignalRow(grid, "momentum", tr("Momentum"), current, {});
    grid->addWidget(m_weights, grid->rowCount(), 0, 1, 4);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(signalsBox);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_product, m_size})
        connect(edit, &QLineEdit::textChanged, this, &BotEditorDialog::validate);
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, &BotEditorDialog::validate);
    for (QDoubleSpinBox* box : {m_buyScore, m_sellScore, m_neutralBand})
        connect(box, &QDoubleSpinBox::valueChanged, this, &BotEditorDialog::validate);
    for (QSpinBox* box : {m_confirmation, m_cooldown})
        connect(box, &QSpinBox::valueChanged, this, &BotEditorDialog::validate);
    validate();
}

void BotEditorDialog::addSignalRow(QGridLayout* grid, const char* key, const QString& title,
    const QJsonObject& current,
    std::initializer_list<std::tuple<const char*, QString, double, double, int>> params)
{
    const QJsonObject signal = current.value(QLatin1String(key)).toObject();
    SignalRow row;
    row.key = key;
    row.enabled = new QCheckBox(title, this);
    row.enabled->setObjectName(QStringLiteral("signal_%1").arg(QLatin1String(key)));
    row.enabled->setChecked(signal.value(QStringLiteral("enabled")).toBool(false));
    row.weight = number(0, 1, 2, signal.value(QStringLiteral("weight")).toDouble(0), this);
    row.weight->setObjectName(QStringLiteral("weight_%1").arg(QLatin1String(key)));
    row.weight->setAccessibleName(tr("%1 weight").arg(title));
    const int line = grid->rowCount();
    grid->addWidget(row.enabled, line, 0);
    grid->addWidget(row.weight, line, 1);
    auto* paramsRow = new QHBoxLayout;
    for (const auto& [name, label, minimum, maximum, decimals] : params) {
        auto* box = number(
            minimum, maximum, decimals, signal.value(QLatin1String(name)).toDouble(minimum), this);
        box->setPrefix(label + QLatin1Char(' '));
        box->setAccessibleName(tr("%1 %2").arg(title, label));
        paramsRow->addWidget(box);
        row.params.emplace_back(name, box);
        connect(box, &QDoubleSpinBox::valueChanged, this, &BotEditorDialog::validate);
    }
    paramsRow->addStretch(1);
    grid->addLayout(paramsRow, line, 2);
    connect(row.enabled, &QCheckBox::toggled, this, &BotEditorDialog::validate);
    connect(row.weight, &QDoubleSpinBox::valueChanged, this, &BotEditorDialog::validate);
    m_signals.push_back(row);
}

QJsonObject BotEditorDialog::formJson() const
{
    QJsonObject json = m_base;
    json.insert(QStringLiteral("name"), m_name->text().trimmed());
    json.insert(QStringLiteral("product"), m_product->text().trimmed().toUpper());
    json.insert(QStringLiteral("timeframe"), m_timeframe->currentText());
    json.insert(QStringLiteral("position_size"), m_size->text().trimmed());
    json.insert(QStringLiteral("buy_score"), m_buyScore->value());
    json.insert(QStringLiteral("sell_score"), m_sellScore->value());
    json.insert(QStringLiteral("neutral_band"), m_neutralBand->value());
    json.insert(QStringLiteral("confirmation_minutes"), m_confirmation->value());
    json.insert(QStringLiteral("cooldown_minutes"), m_cooldown->value());
    QJsonObject signalsJson = json.value(QStringLiteral("signals")).toObject();
    for (const SignalRow& row : m_signals) {
        QJsonObject signal = signalsJson.value(QLatin1String(row.key)).toObject();
        signal.insert(QStringLiteral("enabled"), row.enabled->isChecked());
        signal.insert(QStringLiteral("weight"), row.weight->value());
        for (const auto& [name, box] : row.params)
            signal.insert(QLatin1String(name), box->value());
        signalsJson.insert(QLatin1String(row.key), signal);
    }
    json.insert(QStringLiteral("signals"), signalsJson);
    return json;
}

double BotEditorDialog::weightSum() const
{
    double sum = 0;
    for (const SignalRow& row : m_signals)
        sum += row.enabled->isChecked() ? row.weight->value() : 0;
    return sum;
}

QString BotEditorDialog::problems() const
{
    return m_problems->text();
}

void BotEditorDialog::validate()
{
    const double sum = weightSum();
    m_weights->setText(tr("Enabled weights: %1 of at most 1.00").arg(sum, 0, 'f', 2));
    m_weights->setStyleSheet(sum > 1.0 + 1e-9 ? QStringLiteral("color: #ef5350;") : QString());
    for (const SignalRow& row : m_signals)
        row.weight->setEnabled(row.enabled->isChecked());

    // The core decides what a valid bot is; the form only words it.
    auto parsed = Core::BotConfig::fromJson(QJsonDocument(formJson()).toJson());
    QStringList problems;
    if (!parsed) {
        problems = parsed.error().message.split(QLatin1Char('\n'));
        if (problems.size() > 1)
            problems.removeFirst(); // "bot config "X" is invalid:"
    } else if (m_taken.contains(parsed->name)) {
        problems.append(tr("name: another bot is called “%1”").arg(parsed->name));
    } else if (const auto risk = Core::riskPolicyFromJson(parsed->risk); !risk) {
        problems.append(risk.error().message.split(QLatin1Char('\n')));
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_config = problems.isEmpty() ? std::optional(std::move(parsed).value()) : std::nullopt;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_config.has_value());
}

} // namespace Candela::Gui
