#include "core/strategy/botrunner.h"

#include <QTest>

#include <cmath>

using namespace Candela::Core;

namespace {

BotConfig configFor(int variant)
{
    BotConfig config;
    config.name = QStringLiteral("bot %1").arg(variant);
    config.product = QStringLiteral("BTC-USD");
    config.timeframe = Timeframe::OneMinute;
    config.rsi = {true, 0.4, RsiSignalParams{5 + variant % 10, 30, 70}};
    config.movingAverage = {true, 0.3, MovingAverageSignalParams{3 + variant % 4, 12, 0.004}};
    config.macd = {true, 0.3, MacdSignalParams{}};
    config.confirmation = std::chrono::minutes(variant % 3);
    config.positionSize = *Decimal::fromString(QStringLiteral("0.01"));
    return config;
}

Bar barAt(int i)
{
    const double close = 100 + 5 * std::sin(i / 7.0) + (i % 5) * 0.3;
    return Bar{close - 0.2, close + 0.6, close - 0.7, close, double(1 + i % 4)};
}

} // namespace

class tst_BotRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parallelEvaluationEqualsOneByOne();
};

void tst_BotRunner::parallelEvaluationEqualsOneByOne()
{
    constexpr int Bots = 40;
    std::vector<Bot> parallel, sequential;
    for (int i = 0; i < Bots; ++i) {
        parallel.emplace_back(configFor(i));
        sequential.emplace_back(configFor(i));
    }
    BotRunner runner(2);
    for (int bar = 0; bar < 120; ++bar) {
        const Timestamp close = fromUnixSeconds(1751328000 + 60 * (bar + 1));
        std::vector<BotRunner::Job> jobs;
        for (Bot& bot : parallel)
            jobs.push_back({&bot, barAt(bar), close, {}});
        const std::vector<BotEvaluation> results = runner.evaluate(jobs);
        QCOMPARE(results.size(), size_t(Bots));
        for (int i = 0; i < Bots; ++i) {
            const BotEvaluation expected = sequential[size_t(i)].onClosedBar(barAt(bar), close, {});
            QCOMPARE(results[size_t(i)].score, expected.score);
            QCOMPARE(results[size_t(i)].intent, expected.intent);
            QCOMPARE(results[size_t(i)].blockers.size(), expected.blockers.size());
        }
    }
}

QTEST_GUILESS_MAIN(tst_BotRunner)
#include "tst_botrunner.moc"
