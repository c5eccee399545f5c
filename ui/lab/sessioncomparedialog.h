#pragma once

#include "core/review/sessiondiff.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Candela::Gui {

// Tools → Compare session with backtest…: a paper or live session's journal held against the
// backtest of its own window with the settings its bots traded with (core/review's diffJournal,
// as `candela-cli diff`): the trades alike, and every trade that differs with its cause.
class SessionCompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCompareDialog)

public:
    // `journals`: the sessions' journals to offer, `current` first chosen.
    SessionCompareDialog(const QStringList& journals, const QString& current,
        const QString& candleFile, const Core::PaperExchangeConfig& fees = {},
        QWidget* parent = nullptr);
    ~SessionCompareDialog() override;

    void compare();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString statusText() const;

Q_SIGNALS:
    void finished();

private:
    void showOutcome();

    Core::PaperExchangeConfig m_fees;
    QComboBox* m_journal;
    QLineEdit* m_candles;
    QPushButton* m_compare;
    QLabel* m_status;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QFutureWatcher<Core::Result<Core::SessionDiff>> m_watcher;
};

} // namespace Candela::Gui
