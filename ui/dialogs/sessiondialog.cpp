#include "sessiondialog.h"

#include "core/storage/papersessions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Candela::Gui {

SessionDialog::SessionDialog(const QStringList& sessions, const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_name(new QComboBox(this))
    , m_cash(new QLineEdit(QStringLiteral("10000"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(tr("Paper session"));
    m_name->setObjectName(QStringLiteral("sessionName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->addItems(sessions);
    m_name->setCurrentText(current);
    m_name->setAccessibleName(tr("Session name"));
    m_cash->setObjectName(QStringLiteral("sessionCash"));
    m_cash->setAccessibleName(tr("Starting cash per bot"));
    m_status->setObjectName(QStringLiteral("sessionStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Session:"), m_name);
    form->addRow(tr("Starting cash per bot (USD):"), m_cash);
    form->addRow(m_status);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QComboBox::currentTextChanged, this, &SessionDialog::validate);
    connect(m_cash, &QLineEdit::textChanged, this, &SessionDialog::validate);
    validate();
}

QString SessionDialog::sessionName() const
{
    return m_name->currentText().trimmed();
}

bool SessionDialog::isNewSession() const
{
    return !m_sessions.contains(sessionName());
}

std::optional<Core::Decimal> SessionDialog::startingCash() const
{
    if (!isNewSession())
        return std::nullopt;
    const auto cash = Core::Decimal::fromString(m_cash->text().trimmed());
    if (!cash || !cash->isPositive())
        return std::nullopt;
    return *cash;
}

bool SessionDialog::isValidName(const QString& name)
{
    return Core::PaperSessions::isValidName(name);
}

void SessionDialog::validate()
{
    const QString name = sessionName();
    const bool fresh = isNewSession();
    m_cash->setEnabled(fresh);
    bool ok = isValidName(name);
    if (!ok)
        m_status->setText(tr("Use letters, digits, spaces, '-' or '_' (up to 40)."));
    else if (!fresh)
        m_status->setText(tr("Resumes “%1” with its positions, trades and cash.").arg(name));
    else if (!startingCash())
        m_status->setText(tr("The starting cash must be a positive amount, such as 10000.")),
            ok = false;
    else
        m_status->setText(
            tr("Starts “%1” with %2 USD per bot.").arg(name, startingCash()->toString()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Candela::Gui
