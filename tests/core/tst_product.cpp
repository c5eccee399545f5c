#include "core/model/product.h"

#include "decimalliteral.h"

#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

Q_DECLARE_METATYPE(Candela::Core::OrderSizeProblem)

namespace {
Product btcUsd()
{
    Product product;
    product.id = QStringLiteral("BTC-USD");
    product.baseCurrency = QStringLiteral("BTC");
    product.quoteCurrency = QStringLiteral("USD");
    product.baseIncrement = dec("0.00000001");
    product.quoteIncrement = dec("0.01");
    product.priceIncrement = dec("0.01");
    product.baseMinSize = dec("0.00000001");
    product.baseMaxSize = dec("3400");
    product.quoteMinSize = dec("1");
    product.quoteMaxSize = dec("150000000");
    return product;
}
} // namespace

class tst_Product : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksOrderAgainstLimits_data();
    void checksOrderAgainstLimits();
    void roundsSizeDownToBaseIncrement();
    void roundsPriceToPriceIncrement();
    void roundingPastTheRangeIsAnError();
    void fallsBackToQuoteIncrementForPrices();
    void missingLimitsAreNotEnforced();
};

void tst_Product::checksOrderAgainstLimits_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("price");
    QTest::addColumn<OrderSizeProblem>("problem");

    QTest::newRow("fine") << "0.0015"
                          << "65083.67" << OrderSizeProblem::None;
    QTest::newRow("zero size") << "0"
                               << "65083.67" << OrderSizeProblem::SizeNotPositive;
    QTest::newRow("negative size") << "-1"
                                   << "65083.67" << OrderSizeProblem::SizeNotPositive;
    QTest::newRow("above max size") << "3400.00000001"
                                    << "1" << OrderSizeProblem::AboveBaseMaxSize;
    QTest::newRow("below min size") << "0.000000005"
                                    << "65083.67" << OrderSizeProblem::BelowBaseMinSize;
    QTest::newRow("off size step") << "0.000100005"
                                   << "65083.67" << OrderSizeProblem::SizeOffIncrement;
    QTest::newRow("zero price") << "0.001"
                                << "0" << OrderSizeProblem::PriceNotPositive;
    QTest::newRow("off price tick") << "0.001"
                                    << "65083.675" << OrderSizeProblem::PriceOffIncrement;
    QTest::newRow("below min notional") << "0.00001"
                                        << "65083.67" << OrderSizeProblem::BelowQuoteMinSize;
    QTest::newRow("above max notional") << "3000"
                                        << "65083.67" << OrderSizeProblem::AboveQuoteMaxSize;
}

void tst_Product::checksOrderAgainstLimits()
{
    QFETCH(QString, size);
    QFETCH(QString, price);
    QFETCH(OrderSizeProblem, problem);

    QCOMPARE(btcUsd().checkOrder(*Decimal::fromString(size), *Decimal::fromString(price)), problem);
}

void tst_Product::roundsSizeDownToBaseIncrement()
{
    QCOMPARE(btcUsd().sizeRoundedDown(dec("0.123456789")), dec("0.12345678"));
    QCOMPARE(btcUsd().sizeRoundedDown(dec("0.12345678")), dec("0.12345678"));
}

void tst_Product::roundsPriceToPriceIncrement()
{
    QCOMPARE(*btcUsd().priceRounded(dec("65083.675"), RoundingMode::Floor), dec("65083.67"));
    QCOMPARE(*btcUsd().priceRounded(dec("65083.671"), RoundingMode::Ceiling), dec("65083.68"));
}

void tst_Product::roundingPastTheRangeIsAnError()
{
    // Up to the next cent from just under 10^19 is 10^19 itself, outside the range: an error,
    // not the unrounded price (which would be off the product's grid).
    const Decimal edge = dec("9999999999999999999.995");
    QVERIFY(!btcUsd().priceRounded(edge, RoundingMode::Ceiling));
    QCOMPARE(*btcUsd().priceRounded(edge, RoundingMode::Floor), dec("9999999999999999999.99"));
    // Sizes round toward zero, so never out of the range, for either sign.
    QCOMPARE(btcUsd().sizeRoundedDown(dec("9999999999999999999.999999999")),
        dec("9999999999999999999.99999999"));
    QCOMPARE(btcUsd().sizeRoundedDown(dec("-0.123456789")), dec("-0.12345678"));
}

void tst_Product::fallsBackToQuoteIncrementForPrices()
{
    Product product = btcUsd();
    product.priceIncrement = Decimal{};
    product.quoteIncrement = dec("0.5");
    QCOMPARE(*product.priceRounded(dec("100.3"), RoundingMode::HalfEven), dec("100.5"));
    QCOMPARE(product.checkOrder(dec("1"), dec("100.3")), OrderSizeProblem::PriceOffIncrement);
}

void tst_Product::missingLimitsAreNotEnforced()
{
    Product product;
    QCOMPARE(product.checkOrder(dec("123.456"), dec("0.001")), OrderSizeProblem::None);
    QCOMPARE(product.sizeRoundedDown(dec("1.23456")), dec("1.23456"));
}

QTEST_GUILESS_MAIN(tst_Product)
#include "tst_product.moc"
