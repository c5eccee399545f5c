#include "botspanel.h"

#include "botcard.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Candela::Gui {

BotsPanel::BotsPanel(QWidget* parent)
    : QScrollArea(parent)
    , m_empty(new QLabel(tr("No bots yet."), this))
{
    setObjectName(QStringLiteral("botsPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_empty->setObjectName(QStringLiteral("panelPlaceholder"));
    m_empty->setAlignment(Qt::AlignCenter);
    auto* newBot = new QPushButton(tr("New bot…"), content);
    newBot->setObjectName(QStringLiteral("newBotButton"));
    connect(newBot, &QPushButton::clicked, this, &BotsPanel::newBotRequested);
    m_layout->addWidget(newBot, 0, Qt::AlignRight);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    setWidget(content);
}

void BotsPanel::showStatuses(const std::vector<Core::BotStatus>& statuses)
{
    while (m_cards.size() > statuses.size()) {
        delete m_cards.back();
        m_cards.pop_back();
    }
    while (m_cards.size() < statuses.size()) {
        auto* card = new BotCard(widget());
        connect(card, &BotCard::clicked, this, [this](const QString& name) {
            m_selected = name;
            for (BotCard* each : m_cards)
                each->setSelected(each->botName() == m_selected);
            Q_EMIT botSelected(name);
        });
        connect(card, &BotCard::runningToggled, this, &BotsPanel::botRunningChanged);
        // Each card's menu acts on the bot the card shows at the time.
        card->setContextMenuPolicy(Qt::ActionsContextMenu);
        const auto addAction = [this, card](const QString& text, const char* name,
                                   void (BotsPanel::*signal)(const QString&)) {
            auto* action = new QAction(text, card);
            action->setObjectName(QString::fromLatin1(name));
            connect(action, &QAction::triggered, this, [this, card, signal] {
                Q_EMIT(this->*signal)(card->botName());
            });
            card->addAction(action);
        };
        addAction(tr("Edit…"), "editBotAction", &BotsPanel::editBotRequested);
        addAction(tr("Duplicate…"), "duplicateBotAction", &BotsPanel::duplicateBotRequested);
        addAction(tr("Delete…"), "deleteBotAction", &BotsPanel::deleteBotRequested);
        addAction(tr("Release drawdown lock…"), "releaseDrawdownAction",
            &BotsPanel::drawdownReleaseRequested);
        m_layout->insertWidget(int(m_cards.size()) + 2, card); // after the button and placeholder
        m_cards.push_back(card);
    }
    for (size_t i = 0; i < statuses.size(); ++i) {
        m_cards[i]->showStatus(statuses[i]);
        m_cards[i]->setSelected(statuses[i].name == m_selected);
    }
    m_empty->setVisible(statuses.empty());
    showTrading(m_trading);
}

void BotsPanel::showTrading(const Core::TradingSnapshot& snapshot)
{
    m_trading = snapshot;
    for (BotCard* card : m_cards) {
        const auto position = std::find_if(snapshot.positions.begin(), snapshot.positions.end(),
            [card](const Core::OpenPosition& p) { return p.botId == card->botName(); });
        const auto refusal = snapshot.lastRefusals.find(card->botName());
        card->showAccount(position == snapshot.positions.end() ? nullptr : &*position,
            !snapshot.stoppedBots.contains(card->botName()),
            refusal == snapshot.lastRefusals.end() ? nullptr : &refusal->second);
    }
}

} // namespace Candela::Gui
