#pragma once

#include "core/engine/botwatch.h"
#include "core/engine/tradingsnapshot.h"

#include <QScrollArea>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace Candela::Gui {

class BotCard;

// The Bots dock: one card per bot, in the order the engine lists them, hottest first is left
// to the trader's eye (the order stays put so cards do not jump while they read).
class BotsPanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotsPanel)

public:
    explicit BotsPanel(QWidget* parent = nullptr);

    void showStatuses(const std::vector<Core::BotStatus>& statuses);
    // Each bot's position and whether it runs, from the paper engine.
    void showTrading(const Core::TradingSnapshot& snapshot);
    int cardCount() const { return int(m_cards.size()); }
    // The bot the trader clicked (its score goes on the chart); empty: none chosen.
    const QString& selectedBot() const { return m_selected; }

Q_SIGNALS:
    void botSelected(const QString& name);
    void botRunningChanged(const QString& name, bool running);
    // The trader asked to create, edit, duplicate or delete a bot (card menu, New bot button).
    void newBotRequested();
    void editBotRequested(const QString& name);
    void duplicateBotRequested(const QString& name);
    void deleteBotRequested(const QString& name);
    // The trader asked to release the bot's drawdown lock (card menu).
    void drawdownReleaseRequested(const QString& name);

private:
    QLabel* m_empty;
    QVBoxLayout* m_layout;
    std::vector<BotCard*> m_cards;
    QString m_selected;
    Core::TradingSnapshot m_trading;
};

} // namespace Candela::Gui
