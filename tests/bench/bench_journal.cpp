// Benchmark: fills journaled per second through the writer thread's batched transactions
// (not a test: it reports). Target: >= 10,000 fills/s.
//
//   bench_journal [--fills N]

#include "core/storage/journal.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Candela::Core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const int count = Candela::Bench::takeCount(arguments, QStringLiteral("fills"), 100'000);

    QTemporaryDir dir;
    Journal journal;
    if (!journal.open(dir.filePath(QStringLiteral("bench.db"))))
        qFatal("cannot open the journal");
    Fill fill;
    fill.clientOrderId = QStringLiteral("c");
    fill.productId = QStringLiteral("BTC-USD");
    fill.price = *Decimal::fromString(std::string_view("65083.67"));
    fill.size = *Decimal::fromString(std::string_view("0.00064389"));
    fill.fee = *Decimal::fromString(std::string_view("0.25145"));

    qint64 batches = 0;
    QEventLoop loop;
    qint64 last = 0;
    QObject::connect(&journal, &Journal::committed, &loop, [&](qint64 upTo) {
        ++batches;
        if (upTo == last)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        fill.tradeId = QString::number(i);
        last = journal.enqueue([fill](JournalStore& store) {
            const auto stored = store.recordFill(fill, QStringLiteral("bench"));
            return stored ? success() : Status(stored.error());
        });
    }
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << "fills: " << count << " batches: " << batches
                        << " seconds: " << QString::number(seconds, 'f', 3)
                        << " fills_per_s: " << qint64(count / seconds) << '\n';
    return 0;
}
