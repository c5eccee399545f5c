#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Candela::Gui {

// The settings dialog's Coinbase API key for live trading: the key name and the private key,
// pasted; the key's type is shown as it is pasted (or what is wrong with it). "Store in
// keychain" hands both on (the app keeps the private key only in the OS keychain) and clears
// the field at once: the form never holds the secret longer than that, and never writes it.
class ApiKeyForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyForm)

public:
    explicit ApiKeyForm(const QString& keyName, QWidget* parent = nullptr);

    // What became of the last submission ("Stored in the keychain.", or the problem).
    void setStatus(const QString& text);

Q_SIGNALS:
    void submitted(const QString& keyName, const QByteArray& privateKey);

private:
    void check();

    QLineEdit* m_name;
    QPlainTextEdit* m_secret;
    QLabel* m_type;
    QPushButton* m_store;
    QLabel* m_status;
};

} // namespace Candela::Gui
