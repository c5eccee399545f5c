#include "apikeyform.h"

#include "core/coinbase/jwt.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Candela::Gui {

ApiKeyForm::ApiKeyForm(const QString& keyName, QWidget* parent)
    : QGroupBox(tr("Coinbase API key for live trading"), parent)
    , m_name(new QLineEdit(keyName, this))
    , m_secret(new QPlainTextEdit(this))
    , m_type(new QLabel(this))
    , m_store(new QPushButton(tr("Store in keychain"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("apiKeyForm"));
    m_name->setObjectName(QStringLiteral("apiKeyName"));
    m_name->setAccessibleName(tr("API key name"));
    m_name->setPlaceholderText(tr("organizations/{org}/apiKeys/{key}"));
    m_secret->setObjectName(QStringLiteral("apiKeySecret"));
    m_secret->setAccessibleName(tr("API private key"));
    m_secret->setPlaceholderText(
        tr("Paste the private key: EC PRIVATE KEY PEM (recommended), or an Ed25519 key"));
    m_secret->setMaximumHeight(90);
    m_type->setObjectName(QStringLiteral("apiKeyType"));
    m_type->setWordWrap(true);
    m_store->setObjectName(QStringLiteral("apiKeyStore"));
    m_status->setObjectName(QStringLiteral("apiKeyStatus"));
    m_status->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Key name:"), m_name);
    form->addRow(tr("Private key:"), m_secret);
    form->addRow(QString(), m_type);
    form->addRow(QString(), m_store);
    form->addRow(QString(), m_status);
    connect(m_name, &QLineEdit::textChanged, this, &ApiKeyForm::check);
    connect(m_secret, &QPlainTextEdit::textChanged, this, &ApiKeyForm::check);
    connect(m_store, &QPushButton::clicked, this, [this] {
        const QByteArray secret = m_secret->toPlainText().toUtf8();
        m_secret->clear(); // not kept in the form a moment longer
        m_status->setText(tr("Storing…"));
        Q_EMIT submitted(m_name->text().trimmed(), secret);
    });
    check();
}

void ApiKeyForm::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ApiKeyForm::check()
{
    const QString secret = m_secret->toPlainText().trimmed();
    const QString nameProblem = Core::apiKeyNameProblem(m_name->text());
    QString type;
    bool keyOk = false;
    if (!secret.isEmpty()) {
        const auto key = Core::SigningKey::fromText(secret.toUtf8());
        keyOk = key.hasValue();
        type = !key ? key.error().message
            : key->type() == Core::SigningKey::Type::Es256
            ? tr("ECDSA P-256 key: requests are signed ES256.")
            : tr("Ed25519 key: requests are signed EdDSA (Coinbase's docs disagree on whether it "
                 "works for Advanced Trade; an ECDSA key is the safe choice).");
    }
    if (!m_name->text().trimmed().isEmpty() && !nameProblem.isEmpty())
        type = type.isEmpty() ? nameProblem : nameProblem + QLatin1Char('\n') + type;
    m_type->setText(type);
    m_store->setEnabled(nameProblem.isEmpty() && keyOk);
}

} // namespace Candela::Gui
