#pragma once

#include "core/model/decimal.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Candela::Gui {

// File → Paper session…: resume a named paper session or start a new one with its starting
// cash (per bot). An existing session keeps the cash it started with.
class SessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialog)

public:
    SessionDialog(const QStringList& sessions, const QString& current, QWidget* parent = nullptr);

    QString sessionName() const;
    // The starting cash typed for a new session; nullopt for an existing one or bad input.
    std::optional<Core::Decimal> startingCash() const;
    bool isNewSession() const;
    // Names a session file can carry: letters, digits, spaces, '-' and '_', up to 40.
    static bool isValidName(const QString& name);

private:
    void validate();

    QStringList m_sessions;
    QComboBox* m_name;
    QLineEdit* m_cash;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace Candela::Gui
