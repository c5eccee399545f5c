#include "core/model/side.h"

#include <QTest>

using namespace Candela::Core;

Q_DECLARE_METATYPE(Candela::Core::Side)

class tst_Side : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCoinbaseSpelling_data();
    void parsesCoinbaseSpelling();
    void rejectsUnknownSide();
    void printsCoinbaseSpellingAndSign();
};

void tst_Side::parsesCoinbaseSpelling_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Side>("side");
    QTest::newRow("BUY") << "BUY" << Side::Buy;
    QTest::newRow("SELL") << "SELL" << Side::Sell;
    QTest::newRow("lower case") << "sell" << Side::Sell;
}

void tst_Side::parsesCoinbaseSpelling()
{
    QFETCH(QString, text);
    QFETCH(Side, side);
    QCOMPARE(*parseSide(text), side);
}

void tst_Side::rejectsUnknownSide()
{
    for (const QString& text : {QString(), QStringLiteral("bid"), QStringLiteral("BUYX")}) {
        const auto parsed = parseSide(text);
        QVERIFY2(!parsed, qPrintable(text));
        QCOMPARE(parsed.error().code, ErrorCode::ParseError);
    }
}

void tst_Side::printsCoinbaseSpellingAndSign()
{
    QCOMPARE(sideToString(Side::Buy), QStringLiteral("BUY"));
    QCOMPARE(sideToString(Side::Sell), QStringLiteral("SELL"));
    QCOMPARE(opposite(Side::Buy), Side::Sell);
    QCOMPARE(sideSign(Side::Sell), -1);
    QCOMPARE(sideSign(Side::Buy), 1);
}

QTEST_GUILESS_MAIN(tst_Side)
#include "tst_side.moc"
