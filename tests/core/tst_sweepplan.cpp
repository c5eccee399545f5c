#include "core/backtest/sweepplan.h"
#include "core/strategy/botconfig.h"

#include "teststrings.h"
#include <QJsonArray>

#include <QTest>

#include <set>

using namespace Candela::Core;
using Candela::Test::strings;

class tst_SweepPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangesStepExactlyInDecimal();
    void wholeRangesStayWhole();
    void listsKeepTheirTypes();
    void badSpecsSayWhatIsWrong_data();
    void badSpecsSayWhatIsWrong();
    void gridVariesTheLastParameterFastest();
    void randomDrawsDistinctPointsFromTheSeed();
    void randomOfTheWholeGridIsTheGrid();
    void applyWritesNestedPaths();
    void hashFollowsTheConfiguration();
};

void tst_SweepPlan::rangesStepExactlyInDecimal()
{
    // 0.1 steps in binary floating point drift (0.1 + 0.2 != 0.3); decimal steps do not, and the
    // end is included.
    const auto p = SweepParameter::parse(QStringLiteral("buy_score=0.1:0.3:0.1"));
    QVERIFY(p);
    QCOMPARE(p->path, QStringLiteral("buy_score"));
    QCOMPARE(p->texts, strings({"0.1", "0.2", "0.3"}));
    QCOMPARE(p->values.at(2).toDouble(), 0.3);
    const auto q = SweepParameter::parse(QStringLiteral("x=0.2:0.3:0.05"));
    QCOMPARE(q->texts, strings({"0.2", "0.25", "0.3"}));
    const auto r = SweepParameter::parse(QStringLiteral("x=1:2:0.3")); // 2 is not reached
    QCOMPARE(r->texts, strings({"1", "1.3", "1.6", "1.9"}));
}

void tst_SweepPlan::wholeRangesStayWhole()
{
    const auto p = SweepParameter::parse(QStringLiteral("signals.rsi.period=8:20:2"));
    QVERIFY(p);
    QCOMPARE(p->values.size(), 7);
    QVERIFY(p->values.front().isDouble());
    QCOMPARE(p->values.front().toInteger(), 8);
    QCOMPARE(p->values.back().toInteger(), 20);
    QCOMPARE(p->texts.back(), QStringLiteral("20"));
}

void tst_SweepPlan::listsKeepTheirTypes()
{
    const auto p = SweepParameter::parse(QStringLiteral("risk.stop=swing, atr"));
    QVERIFY(p);
    QCOMPARE(p->values.at(1).toString(), QStringLiteral("atr"));
    const auto q = SweepParameter::parse(QStringLiteral("a=3,0.25,true"));
    QCOMPARE(q->values.at(0).toInteger(), 3);
    QCOMPARE(q->values.at(1).toDouble(), 0.25);
    QCOMPARE(q->values.at(2).toBool(), true);
}

void tst_SweepPlan::badSpecsSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("no equals") << QStringLiteral("buy_score") << QStringLiteral("PATH=");
    QTest::newRow("empty path part")
        << QStringLiteral("signals..period=1,2") << QStringLiteral("empty part");
    QTest::newRow("no values") << QStringLiteral("buy_score=") << QStringLiteral("no values");
    QTest::newRow("two colons") << QStringLiteral("x=1:2") << QStringLiteral("FROM:TO:STEP");
    QTest::newRow("zero step") << QStringLiteral("x=1:2:0") << QStringLiteral("positive");
    QTest::newRow("backwards") << QStringLiteral("x=5:2:1") << QStringLiteral("ends before");
    QTest::newRow("not a number") << QStringLiteral("x=1:two:1") << QStringLiteral("not a decimal");
    QTest::newRow("duplicate") << QStringLiteral("x=1,2,1") << QStringLiteral("twice");
    QTest::newRow("empty item") << QStringLiteral("x=1,,2") << QStringLiteral("empty value");
    QTest::newRow("too many") << QStringLiteral("x=0:1:0.000001") << QStringLiteral("more than");
}

void tst_SweepPlan::badSpecsSayWhatIsWrong()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const auto p = SweepParameter::parse(spec);
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
    QVERIFY(p.error().message.contains(spec));
}

void tst_SweepPlan::gridVariesTheLastParameterFastest()
{
    auto plan = SweepPlan::grid({*SweepParameter::parse(QStringLiteral("a=1,2")),
        *SweepParameter::parse(QStringLiteral("b=10:30:10"))});
    QVERIFY(plan);
    QCOMPARE(plan->size(), 6);
    QCOMPARE(plan->choice(0), (std::vector<int>{0, 0}));
    QCOMPARE(plan->choice(1), (std::vector<int>{0, 1}));
    QCOMPARE(plan->choice(3), (std::vector<int>{1, 0}));
    QCOMPARE(plan->choice(5), (std::vector<int>{1, 2}));
    QVERIFY(!SweepPlan::grid({}));
    QVERIFY(!SweepPlan::grid({*SweepParameter::parse(QStringLiteral("a=1,2")),
        *SweepParameter::parse(QStringLiteral("a=3,4"))}));
}

void tst_SweepPlan::randomDrawsDistinctPointsFromTheSeed()
{
    const auto parameters = [] {
        return std::vector{*SweepParameter::parse(QStringLiteral("a=1:40:1")),
            *SweepParameter::parse(QStringLiteral("b=1:25:1"))};
    };
    const auto one = SweepPlan::random(parameters(), 100, 7);
    const auto same = SweepPlan::random(parameters(), 100, 7);
    const auto other = SweepPlan::random(parameters(), 100, 8);
    QVERIFY(one && same && other);
    QCOMPARE(one->size(), 100);
    QCOMPARE(one->gridSize(), 1000);
    std::set<qint64> seen;
    std::set<qint64> otherSeen;
    for (qint64 i = 0; i < 100; ++i) {
        QCOMPARE(one->gridIndex(i), same->gridIndex(i));
        QVERIFY(i == 0 || one->gridIndex(i) > one->gridIndex(i - 1)); // in grid order
        seen.insert(one->gridIndex(i));
        otherSeen.insert(other->gridIndex(i));
    }
    QCOMPARE(seen.size(), size_t(100));
    QVERIFY(seen != otherSeen);
    // Spread over the grid, not bunched at one end.
    QVERIFY(*seen.begin() < 100 && *seen.rbegin() > 900);
    QVERIFY(!SweepPlan::random(parameters(), 0, 1));
}

void tst_SweepPlan::randomOfTheWholeGridIsTheGrid()
{
    const auto plan = SweepPlan::random({*SweepParameter::parse(QStringLiteral("a=1:5:1"))}, 9, 3);
    QVERIFY(plan);
    QCOMPARE(plan->size(), 5);
    for (qint64 i = 0; i < 5; ++i)
        QCOMPARE(plan->gridIndex(i), i);
}

void tst_SweepPlan::applyWritesNestedPaths()
{
    const auto plan
        = SweepPlan::grid({*SweepParameter::parse(QStringLiteral("signals.rsi.period=8,9")),
            *SweepParameter::parse(QStringLiteral("risk.stop=swing,atr"))});
    const QJsonObject base{{QStringLiteral("name"), QStringLiteral("x")},
        {QStringLiteral("signals"),
            QJsonObject{{QStringLiteral("rsi"), QJsonObject{{QStringLiteral("weight"), 0.5}}}}}};
    const QJsonObject config = plan->apply(base, 3);
    const QJsonObject rsi = config.value(QStringLiteral("signals"))
                                .toObject()
                                .value(QStringLiteral("rsi"))
                                .toObject();
    QCOMPARE(rsi.value(QStringLiteral("period")).toInteger(), 9);
    QCOMPARE(rsi.value(QStringLiteral("weight")).toDouble(), 0.5); // the rest kept
    QCOMPARE(
        config.value(QStringLiteral("risk")).toObject().value(QStringLiteral("stop")).toString(),
        QStringLiteral("atr")); // created
    QCOMPARE(config.value(QStringLiteral("name")).toString(), QStringLiteral("x"));
}

void tst_SweepPlan::hashFollowsTheConfiguration()
{
    const QJsonObject a{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 2}};
    QJsonObject b;
    b.insert(QStringLiteral("y"), 2);
    b.insert(QStringLiteral("x"), 1);
    QCOMPARE(configHash(a), configHash(b));
    QCOMPARE(configHash(a).size(), 16);
    QVERIFY(configHash(a)
        != configHash(QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 3}}));
}

QTEST_GUILESS_MAIN(tst_SweepPlan)
#include "tst_sweepplan.moc"
