// Benchmark: a fill's durable commit as production makes it (not a test: it reports). The
// trading engine books each venue answer in one transaction on its own thread — the fill, its
// audit line and the order's new state — and counts the fill only once commit() has returned
// (WAL, synchronous=FULL: the fill survives a power cut). This times exactly that, one commit
// per fill, and reports the rate and the commit latency's percentiles.
//
//   bench_journal [--fills N] [--dir DIRECTORY]   (the directory's disk is what is measured)

#include "core/storage/journalstore.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Candela::Core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const int count = Candela::Bench::takeCount(arguments, QStringLiteral("fills"), 5'000);
    QString where;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--dir"));
        at >= 0 && at + 1 < arguments.size())
        where = arguments.at(at + 1);
    QTemporaryDir dir(where.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_journal-XXXXXX")
                                      : where + QStringLiteral("/bench_journal-XXXXXX"));
    JournalStore journal;
    if (!journal.open(dir.filePath(QStringLiteral("bench.db"))))
        qFatal("cannot open the journal");
    Order order;
    order.botId = QStringLiteral("bench");
    order.productId = QStringLiteral("BTC-USD");
    order.quantity = *Decimal::fromString(std::string_view("0.00064389"));
    order.status = OrderStatus::Filled;
    Fill fill;
    fill.productId = order.productId;
    fill.price = *Decimal::fromString(std::string_view("65083.67"));
    fill.size = order.quantity;
    fill.fee = *Decimal::fromString(std::string_view("0.25145"));

    std::vector<qint64> commits; // nanoseconds, begin to commit returned
    commits.reserve(size_t(count));
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        order.clientOrderId = QStringLiteral("bench/%1/BUY").arg(i);
        fill.clientOrderId = order.clientOrderId;
        fill.tradeId = QString::number(i);
        QElapsedTimer one;
        one.start();
        const bool durable = journal.begin() && journal.recordFill(fill, order.botId)
            && journal.recordAudit({fill.time, QStringLiteral("fill"), order.botId,
                QStringLiteral("BUY 0.00064389 BTC-USD at 65083.67, fee 0.25145")})
            && journal.recordOrder(order) && journal.commit();
        if (!durable)
            qFatal("a commit failed");
        commits.push_back(one.nsecsElapsed());
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(commits.begin(), commits.end());
    const auto percentile = [&](double p) {
        return QString::number(
            double(commits[size_t(p * double(commits.size() - 1))]) / 1e3, 'f', 0);
    };
    QTextStream(stdout) << "fills: " << count << " seconds: " << QString::number(seconds, 'f', 3)
                        << " fills_per_s: " << qint64(count / seconds)
                        << " commit_us_p50: " << percentile(0.5)
                        << " commit_us_p95: " << percentile(0.95)
                        << " commit_us_max: " << percentile(1.0) << '\n';
    return 0;
}
