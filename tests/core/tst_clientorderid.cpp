#include "core/execution/clientorderid.h"

#include <QTest>
#include <QUuid>

#include <string>
#include <unordered_set>

using namespace Candela::Core;

class tst_ClientOrderId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsStayUniqueAcrossAMillion();
};

// T03 (id half): a million ids, as from many restarts and instances, none twice; nothing in them
// depends on the clock, so a clock moved back cannot repeat one.
void tst_ClientOrderId::idsStayUniqueAcrossAMillion()
{
    std::unordered_set<std::string> seen;
    seen.reserve(1'000'000);
    for (int i = 0; i < 1'000'000; ++i) {
        const QString id = mintClientOrderId();
        if (!seen.insert(QUuid::fromString(id).toRfc4122().toStdString()).second)
            QFAIL(qPrintable(QStringLiteral("id %1 minted twice").arg(id)));
    }
    const QString sample = mintClientOrderId();
    QCOMPARE(sample.size(), 36); // Coinbase takes up to 128 characters
    QCOMPARE(QUuid::fromString(sample).version(), QUuid::Random);
}

QTEST_GUILESS_MAIN(tst_ClientOrderId)
#include "tst_clientorderid.moc"
