#pragma once

#include "core/engine/botwatch.h"
#include "core/engine/tradingsnapshot.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Candela::Gui {

class ScoreGauge;

// One bot at a glance: name, product and timeframe, temperature (word and colour), the score
// gauge, each signal's contribution, what it would do next and how far that is, and what
// blocks it. It words what the core measured; it computes nothing.
class BotCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotCard)

public:
    explicit BotCard(QWidget* parent = nullptr);

    void showStatus(const Core::BotStatus& status);
    // The bot's account: its open position (null when flat) and whether it may trade.
    // The bot's position (none: flat), whether it trades, and its last refused order since its
    // last fill (none: nothing refused).
    void showAccount(const Core::OpenPosition* position, bool running,
        const Core::TradingEvent* refusal = nullptr);
    bool isRunning() const { return m_running; }
    const QString& botName() const { return m_name; }
    void setSelected(bool selected);

    static QString temperatureText(Core::Temperature temperature);
    static QString blockersText(const Core::BotStatus& status);
    static QString nextText(const Core::BotEvaluation& evaluation);
    static QString contributionsText(const Core::BotEvaluation& evaluation);
    static QString accountText(const Core::OpenPosition* position, bool running);

Q_SIGNALS:
    void clicked(const QString& botName);
    // The trader pressed Start or Stop on this card.
    void runningToggled(const QString& botName, bool running);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    QString m_name;
    QLabel* m_title;
    QLabel* m_market;
    QLabel* m_temperature;
    ScoreGauge* m_gauge;
    QLabel* m_score;
    QLabel* m_contributions;
    QLabel* m_next;
    QLabel* m_blockers;
    QLabel* m_account;
    QToolButton* m_run;
    bool m_running = true;
};

} // namespace Candela::Gui
