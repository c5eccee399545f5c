#include "ui/bots/botcard.h"
#include "ui/bots/botspanel.h"
#include "ui/bots/scoregauge.h"
#include "ui/charts/candlechart.h"
#include "ui/mainwindow.h"

#include "core/settings/settings.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Candela;
using namespace Candela::Core;

namespace {
BotStatus hotBuyer()
{
    BotStatus status;
    status.name = QStringLiteral("BTC Scalper");
    status.product = QStringLiteral("BTC-USD");
    status.timeframe = Timeframe::FiveMinutes;
    status.closedBars = 120;
    BotEvaluation& evaluation = status.evaluation;
    evaluation.ready = true;
    evaluation.score = 0.42;
    evaluation.temperature = Temperature::Hot;
    evaluation.action = Action::Buy;
    SignalReading& rsi = evaluation.readings[size_t(SignalKind::Rsi)];
    rsi = {SignalKind::Rsi, true, 0.6, 24.0, 0.5, 0.3, true};
    SignalReading& macd = evaluation.readings[size_t(SignalKind::Macd)];
    macd = {SignalKind::Macd, true, 0.2, -1.5, -0.1, -0.02, false};
    evaluation.blockers.push_back({BlockerKind::KillSwitch, 0, std::chrono::seconds(0)});
    evaluation.blockers.push_back({BlockerKind::Cooldown, 0, std::chrono::seconds(200)});
    return status;
}

QString text(const QWidget& widget, const char* name)
{
    return widget.findChild<QLabel*>(QString::fromLatin1(name))->text();
}
} // namespace

// The bot cards word what the core measured, in text as well as colour.
class tst_BotsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardWordsTheEvaluation();
    void nextStepNamesTheSignalAndHowFar();
    void panelKeepsOneCardPerBot();
    void clickedBotGoesOnTheChart();
    void cardShowsThePositionAndStartsAndStops();
};

void tst_BotsPanel::cardWordsTheEvaluation()
{
    Gui::BotCard card;
    card.showStatus(hotBuyer());
    QCOMPARE(text(card, "botName"), QStringLiteral("BTC Scalper"));
    QCOMPARE(text(card, "temperatureBadge"), QStringLiteral("HOT"));
    QCOMPARE(card.findChild<QLabel*>(QStringLiteral("temperatureBadge"))->property("temperature"),
        QVariant(QStringLiteral("hot")));
    QCOMPARE(text(card, "botScore"), QStringLiteral("+0.42"));
    QCOMPARE(card.findChild<Gui::ScoreGauge*>()->score(), 0.42);
    QCOMPARE(text(card, "botContributions"), QStringLiteral("RSI +0.30 · MACD off (regime)"));
    QCOMPARE(text(card, "botNext"), QStringLiteral("Score says BUY"));
    QCOMPARE(text(card, "botBlockers"),
        QStringLiteral("Blocked: kill switch engaged; cooldown: 3m 20s left"));

    BotStatus calm = hotBuyer();
    calm.evaluation.blockers = {};
    calm.evaluation.score = -3; // out of range: the gauge pins at the end
    card.showStatus(calm);
    QVERIFY(card.findChild<QLabel*>(QStringLiteral("botBlockers"))->isHidden());
    QCOMPARE(card.findChild<Gui::ScoreGauge*>()->score(), -1.0);
}

void tst_BotsPanel::nextStepNamesTheSignalAndHowFar()
{
    BotEvaluation evaluation;
    evaluation.distance = TriggerDistance{SignalKind::Rsi, Action::Buy, -2.3};
    QCOMPARE(Gui::BotCard::nextText(evaluation), QStringLiteral("Next: BUY if RSI falls 2.30"));
    evaluation.distance = TriggerDistance{SignalKind::MovingAverage, Action::Sell, 41.2};
    QCOMPARE(
        Gui::BotCard::nextText(evaluation), QStringLiteral("Next: SELL if MA gap rises 41.20"));
    evaluation.intent = Action::Sell;
    QCOMPARE(Gui::BotCard::nextText(evaluation), QStringLiteral("Acting: SELL"));

    BotStatus waiting;
    waiting.evaluation.blockers.push_back({BlockerKind::WarmingUp, 1, {}});
    QCOMPARE(
        Gui::BotCard::blockersText(waiting), QStringLiteral("Blocked: warming up: 1 bar left"));
}

void tst_BotsPanel::panelKeepsOneCardPerBot()
{
    Gui::BotsPanel panel;
    auto* empty = panel.findChild<QLabel*>(QStringLiteral("panelPlaceholder"));
    QVERIFY(!empty->isHidden());
    BotStatus second = hotBuyer();
    second.name = QStringLiteral("ETH Momentum");
    panel.showStatuses({hotBuyer(), second});
    QCOMPARE(panel.cardCount(), 2);
    QVERIFY(empty->isHidden());
    panel.showStatuses({hotBuyer(), second}); // an update reuses the cards
    QCOMPARE(panel.findChildren<Gui::BotCard*>().size(), 2);
    panel.showStatuses({second});
    QCOMPARE(panel.cardCount(), 1);
    QCOMPARE(text(*panel.findChild<Gui::BotCard*>(), "botName"), QStringLiteral("ETH Momentum"));
    panel.showStatuses({});
    QVERIFY(!empty->isHidden());
}

void tst_BotsPanel::clickedBotGoesOnTheChart()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    MarketSnapshot market;
    market.productId = QStringLiteral("BTC-USD");
    market.timeframe = Timeframe::FiveMinutes;
    window.showMarket(market);

    BotStatus first = hotBuyer();
    first.scores = {{1'786'309'500, 0.4}};
    BotStatus second = first;
    second.name = QStringLiteral("BTC Swing");
    BotStatus elsewhere = first;
    elsewhere.name = QStringLiteral("ETH Momentum");
    elsewhere.product = QStringLiteral("ETH-USD");
    window.showBots({elsewhere, first, second});
    auto* chart = window.findChild<Gui::CandleChart*>();
    QCOMPARE(chart->scoreName(), QStringLiteral("BTC Scalper")); // the first on the chart's market

    auto cards = window.findChildren<Gui::BotCard*>();
    const auto card = [&](const QString& name) {
        return *std::find_if(cards.begin(), cards.end(),
            [&](Gui::BotCard* each) { return each->botName() == name; });
    };
    QTest::mouseClick(card(QStringLiteral("BTC Swing")), Qt::LeftButton);
    QCOMPARE(chart->scoreName(), QStringLiteral("BTC Swing"));
    QVERIFY(card(QStringLiteral("BTC Swing"))->property("selected").toBool());
    QVERIFY(!card(QStringLiteral("BTC Scalper"))->property("selected").toBool());
    // A bot on another market cannot go on this chart: the first one here stays.
    QTest::mouseClick(card(QStringLiteral("ETH Momentum")), Qt::LeftButton);
    QCOMPARE(chart->scoreName(), QStringLiteral("BTC Scalper"));
}

void tst_BotsPanel::cardShowsThePositionAndStartsAndStops()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    window.showBots({hotBuyer()});
    auto* card = window.findChild<Gui::BotCard*>();
    QVERIFY(card);
    QCOMPARE(text(*card, "botAccount"), QStringLiteral("Flat"));

    TradingSnapshot snapshot;
    OpenPosition position;
    position.botId = QStringLiteral("BTC Scalper");
    position.quantity = *Decimal::fromString(std::string_view("0.001"));
    position.entryPrice = Decimal::fromInteger(65000);
    position.unrealizedPnl = *Decimal::fromString(std::string_view("1.234"));
    snapshot.positions = {position};
    window.showTrading(snapshot);
    QCOMPARE(text(*card, "botAccount"), QStringLiteral("Long 0.001 @ 65000.00 · P&L +1.23"));

    // Stop: the window asks the engine; the card follows the engine's answer.
    QSignalSpy running(&window, &Gui::MainWindow::botRunningChanged);
    auto* button = card->findChild<QToolButton*>(QStringLiteral("botRunButton"));
    QCOMPARE(button->text(), QStringLiteral("Stop"));
    button->click();
    QCOMPARE(running.count(), 1);
    QCOMPARE(running.first().at(0).toString(), QStringLiteral("BTC Scalper"));
    QCOMPARE(running.first().at(1).toBool(), false);
    snapshot.stoppedBots = {QStringLiteral("BTC Scalper")};
    window.showTrading(snapshot);
    QCOMPARE(button->text(), QStringLiteral("Start"));
    QVERIFY(text(*card, "botAccount").startsWith(QStringLiteral("Stopped · ")));
    // A status update (cards rebuilt or not) keeps the account line.
    window.showBots({hotBuyer()});
    QVERIFY(text(*card, "botAccount").startsWith(QStringLiteral("Stopped · ")));
    button->click();
    QCOMPARE(running.last().at(1).toBool(), true);

    // What keeps a flat bot out of the market: its last refusal, with the gate's numbers.
    snapshot = {};
    TradingEvent refusal;
    refusal.kind = TradingEvent::Kind::Refused;
    refusal.botId = QStringLiteral("BTC Scalper");
    refusal.refusal = RefusalReason::BotRisk;
    refusal.denial
        = Denial{DenialReason::StopTooTight, *Decimal::fromString(std::string_view("0.0026")),
            *Decimal::fromString(std::string_view("0.005")), 0};
    snapshot.lastRefusals[refusal.botId] = refusal;
    window.showTrading(snapshot);
    QCOMPARE(text(*card, "botAccount"),
        QStringLiteral("Flat · refused: risk: stop too tight (0.26 %, limit 0.50 %)"));
}

QTEST_MAIN(tst_BotsPanel)
#include "tst_botspanel.moc"
