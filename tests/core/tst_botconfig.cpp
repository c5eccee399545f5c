#include "core/strategy/botconfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace Candela::Core;

namespace {
const QByteArray Minimal = R"({"name":"Test","product":"BTC-USD","position_size":"0.001",
    "signals":{"rsi":{"weight":0.5}}})";
}

class tst_BotConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedExampleBotsLoad_data();
    void shippedExampleBotsLoad();
    void defaultsApplyToMissingFields();
    void brokenConfigsAreRefusedWithTheirField_data();
    void brokenConfigsAreRefusedWithTheirField();
    void everyProblemIsListed();
    void roundTripsThroughJson();
    void readsAMakerEntry();
    void readsARestingTakeProfit();
    void readsTriggersAndRegimeSignalSets();
};

void tst_BotConfig::shippedExampleBotsLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("product");
    QTest::newRow("scalper") << "btc_scalper.json"
                             << "BTC Scalper"
                             << "BTC-USD";
    QTest::newRow("momentum") << "eth_momentum.json"
                              << "ETH Momentum"
                              << "ETH-USD";
}

void tst_BotConfig::shippedExampleBotsLoad()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, product);
    const auto config
        = BotConfig::fromFile(QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/") + file);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->name, name);
    QCOMPARE(config->product, product);
    QVERIFY(config->rsi.enabled && config->movingAverage.enabled && config->macd.enabled);
    QVERIFY(config->rsi.weight + config->movingAverage.weight + config->macd.weight <= 1.0);
}

void tst_BotConfig::defaultsApplyToMissingFields()
{
    const auto config = BotConfig::fromJson(Minimal);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->timeframe, Timeframe::FiveMinutes);
    QVERIFY(config->rsi.enabled);
    QCOMPARE(config->rsi.params.period, 14);
    QCOMPARE(config->rsi.params.buyThreshold, 30.0);
    QVERIFY(!config->movingAverage.enabled);
    QVERIFY(!config->macd.enabled);
    QCOMPARE(config->neutralBand, 0.05);
    QCOMPARE(config->buyScore, 0.30);
    QCOMPARE(config->sellScore, 0.30);
    QCOMPARE(config->confirmation.count(), 5);
    QCOMPARE(config->positionSize.toString(), QStringLiteral("0.001"));
}

void tst_BotConfig::brokenConfigsAreRefusedWithTheirField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("not json") << QByteArray("{\"name\":") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "must be a JSON object";
    QTest::newRow("weights over 1")
        << QByteArray(R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{)"
                      R"("rsi":{"weight":0.6},"macd":{"weight":0.5}}})")
        << "weights sum to 1.1; they must sum to at most 1.0";
    QTest::newRow("negative weight") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":-0.2}}})")
                                     << "signals.rsi.weight: must be between 0 and 1, not -0.2";
    QTest::newRow("typo") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5,"buy_treshold":25}}})")
                          << "signals.rsi.buy_treshold: is not a known setting";
    QTest::newRow("bad timeframe") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","timeframe":"7m","signals":{"rsi":{"weight":0.5}}})")
                                   << "timeframe: \"7m\" is not one of 1m, 5m, 15m, 1h, 4h, 1d";
    QTest::newRow("thresholds crossed") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5,"buy_threshold":70,"sell_threshold":30}}})")
                                        << "signals.rsi.buy_threshold: must be below "
                                           "sell_threshold";
    QTest::newRow("fast not faster") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"moving_average":{"weight":0.5,"fast_period":30,"slow_period":20}}})")
                                     << "signals.moving_average.fast_period: must be below "
                                        "slow_period";
    QTest::newRow("no signal") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"enabled":false,"weight":0.5}}})")
                               << "signals: at least one signal must be enabled";
    QTest::newRow("missing product")
        << QByteArray(R"({"name":"T","position_size":"1","signals":{"rsi":{"weight":0.5}}})")
        << "product: is required";
    QTest::newRow("size not decimal") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1e-3","signals":{"rsi":{"weight":0.5}}})")
                                      << "position_size: must be a positive decimal string";
    QTest::newRow("size as number") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":0.001,"signals":{"rsi":{"weight":0.5}}})")
                                    << "position_size: must be a non-empty string";
    QTest::newRow("period not whole") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5,"period":14.5}}})")
                                      << "signals.rsi.period: must be a whole number";
    QTest::newRow("confirmation negative") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","confirmation_minutes":-1,"signals":{"rsi":{"weight":0.5}}})")
                                           << "confirmation_minutes: must be between 0 and 1440";
    QTest::newRow("entry type") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5}},"entry":{"type":"limit"}})")
                                << "entry.type: must be \"market\" or \"limit_post_only\"";
    QTest::newRow("entry fallback") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5}},"entry":{"type":"limit_post_only","fallback":"wait"}})")
                                    << "entry.fallback: must be \"market\" or \"cancel\"";
    QTest::newRow("entry offset on a market entry") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5}},"entry":{"offset_ticks":2}})")
                                                    << "entry.offset_ticks: applies to "
                                                       "\"limit_post_only\" entries only";
    QTest::newRow("entry timeout zero") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5}},"entry":{"type":"limit_post_only","timeout_s":0}})")
                                        << "entry.timeout_s: must be between 1 and 604800";
    QTest::newRow("exit take profit") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5}},"exit":{"take_profit":"limit"}})")
                                      << "exit.take_profit: must be \"market\" or "
                                         "\"resting_limit\"";
    QTest::newRow("exit unknown key") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":0.5}},"exit":{"trailing":true}})")
                                      << "exit.trailing";
    QTest::newRow("weight as text") << QByteArray(
        R"({"name":"T","product":"BTC-USD","position_size":"1","signals":{"rsi":{"weight":"0.5"}}})")
                                    << "signals.rsi.weight: must be a number";
}

void tst_BotConfig::brokenConfigsAreRefusedWithTheirField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto config = BotConfig::fromJson(json);
    QVERIFY(!config);
    QVERIFY2(config.error().message.contains(message), qPrintable(config.error().message));
}

void tst_BotConfig::readsAMakerEntry()
{
    QByteArray json = Minimal;
    json.chop(1);
    json += R"(,"entry":{"type":"limit_post_only","offset_ticks":3,"timeout_s":90,)"
            R"("reprice":true,"fallback":"market"}})";
    const auto config = BotConfig::fromJson(json);
    QVERIFY2(config, config ? "" : qPrintable(config.error().message));
    QVERIFY(config->entry.isMaker());
    QCOMPARE(config->entry.offsetTicks, 3);
    QCOMPARE(config->entry.timeout, std::chrono::seconds(90));
    QVERIFY(config->entry.reprice);
    QCOMPARE(config->entry.fallback, EntryPolicy::Fallback::Market);
    const auto again = BotConfig::fromJson(QJsonDocument(config->toJson()).toJson());
    QVERIFY(again);
    QCOMPARE(again->entry, config->entry);
    QVERIFY(config->hash() != BotConfig::fromJson(Minimal)->hash()); // another bot

    // A market entry (the default) is not written: the bots of before keep their hashes.
    const auto plain = BotConfig::fromJson(Minimal);
    QVERIFY(!plain->entry.isMaker());
    QVERIFY(!plain->toJson().contains(QLatin1String("entry")));
    QByteArray spelled = Minimal;
    spelled.chop(1);
    spelled += R"(,"entry":{"type":"market"}})";
    QCOMPARE(BotConfig::fromJson(spelled)->hash(), plain->hash());
}

void tst_BotConfig::readsARestingTakeProfit()
{
    QByteArray json = Minimal;
    json.chop(1);
    json += R"(,"exit":{"take_profit":"resting_limit"}})";
    const auto config = BotConfig::fromJson(json);
    QVERIFY2(config, config ? "" : qPrintable(config.error().message));
    QVERIFY(config->exit.restsTakeProfit());
    const auto again = BotConfig::fromJson(QJsonDocument(config->toJson()).toJson());
    QVERIFY(again);
    QCOMPARE(again->exit, config->exit);
    QVERIFY(config->hash() != BotConfig::fromJson(Minimal)->hash());
    // At market (the default) it is not written: the bots of before keep their hashes.
    QByteArray spelled = Minimal;
    spelled.chop(1);
    spelled += R"(,"exit":{"take_profit":"market"}})";
    const auto plain = BotConfig::fromJson(spelled);
    QVERIFY(!plain->exit.restsTakeProfit());
    QVERIFY(!plain->toJson().contains(QLatin1String("exit")));
    QCOMPARE(plain->hash(), BotConfig::fromJson(Minimal)->hash());
}

void tst_BotConfig::everyProblemIsListed()
{
    const auto config = BotConfig::fromJson(
        R"({"name":"T","product":"","position_size":"-1","timeframe":"2h","colour":"red","signals":{"rsi":{"weight":2}}})");
    QVERIFY(!config);
    const QStringList lines = config.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6); // the heading, then product, timeframe, weight, size, colour
}

void tst_BotConfig::roundTripsThroughJson()
{
    const auto config = BotConfig::fromFile(
        QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/eth_momentum.json"));
    QVERIFY(config);
    const auto again = BotConfig::fromJson(QJsonDocument(config->toJson()).toJson());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->toJson(), config->toJson());
}

void tst_BotConfig::readsTriggersAndRegimeSignalSets()
{
    const auto config = BotConfig::fromJson(R"({"name":"T","product":"BTC-USD","position_size":"1",
        "signals":{"rsi":{"weight":0.4},"macd":{"weight":0.3},
                   "breakout":{"weight":0.2,"bars":30},"volume_spike":{"weight":0.1,"multiple":2}},
        "regime":{"signals":{"trending":["macd","breakout"],"ranging":["rsi"]}}})");
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QVERIFY(config->breakout.enabled);
    QCOMPARE(config->triggerParams.breakoutBars, 30);
    QCOMPARE(config->triggerParams.volumeMultiple, 2.0);
    QVERIFY(!config->momentum.enabled);
    QCOMPARE(config->regime.signalSets.at(Regime::Trending),
        (std::set<SignalKind>{SignalKind::Macd, SignalKind::Breakout}));
    const auto again = BotConfig::fromJson(QJsonDocument(config->toJson()).toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), config->toJson());

    const auto overweight
        = BotConfig::fromJson(R"({"name":"T","product":"BTC-USD","position_size":"1",
        "signals":{"rsi":{"weight":0.9},"momentum":{"weight":0.2}}})");
    QVERIFY(!overweight);
    QVERIFY(overweight.error().message.contains(QLatin1String("sum to 1.1")));
    const auto badRegime
        = BotConfig::fromJson(R"({"name":"T","product":"BTC-USD","position_size":"1",
        "signals":{"rsi":{"weight":0.5}},"regime":{"signals":{"sideways":["rsi"],"ranging":["rsl"]}}})");
    QVERIFY(!badRegime);
    QVERIFY(badRegime.error().message.contains(
        QLatin1String("regime.signals.sideways: is not a regime")));
    QVERIFY(badRegime.error().message.contains(
        QLatin1String("regime.signals.ranging: \"rsl\" is not a signal")));
}

QTEST_GUILESS_MAIN(tst_BotConfig)
#include "tst_botconfig.moc"
