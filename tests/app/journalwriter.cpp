// The child of tst_journalkill (T08): appends fills to a journal, one transaction each, and
// prints each fill's trade id after its commit returned — an acknowledgement the parent may
// rely on. Started again after every SIGKILL, it continues after the last fill on disk.

#include "core/storage/journalstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace Candela::Core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: journalwriter JOURNAL\n");
        return 2;
    }
    JournalStore journal;
    if (auto opened = journal.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const auto fills = journal.loadFills();
    if (!fills)
        return 1;
    qint64 next = qint64(fills->size()) + 1;
    for (;; ++next) {
        Fill fill;
        fill.clientOrderId = QStringLiteral("order-%1").arg(next);
        fill.venueOrderId = fill.clientOrderId;
        fill.tradeId = QString::number(next);
        fill.productId = QStringLiteral("BTC-USD");
        fill.price = *Decimal::fromString(std::string_view("65000.01"));
        fill.size = *Decimal::fromString(std::string_view("0.00100000"));
        fill.fee = *Decimal::fromString(std::string_view("0.39000006"));
        fill.time = fromUnixSeconds(1'760'000'000 + next);
        if (!journal.begin() || !journal.recordFill(fill, QStringLiteral("writer"))
            || !journal.commit())
            return 1;
        std::printf("%lld\n", static_cast<long long>(next));
        std::fflush(stdout);
    }
}
