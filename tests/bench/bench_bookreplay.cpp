// Benchmark: decode + apply of Coinbase level2 frames on one core (not a test: it reports).
//
//   bench_bookreplay [RECORDING.jsonl] [--passes N]
//
// Splits the recording into the level2 snapshot frame, the level2 update frames and the rest,
// then times (best of N passes) decoding and applying each group with AdvancedTradeDecoder and
// OrderBook, and parsing the same update frames with QJsonDocument for comparison.

#include "core/coinbase/advancedtradedecoder.h"
#include "core/market/jsonlines.h"
#include "core/market/orderbook.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Candela::Core;

namespace {

struct Group
{
    QList<QByteArray> frames;
    qint64 levels = 0;
};

// Best wall time of `passes` runs of `work`, in seconds.
double bestOf(int passes, const std::function<void()>& work)
{
    double best = 1e300;
    for (int pass = 0; pass < passes; ++pass) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

void applyAll(AdvancedTradeDecoder& decoder, OrderBook& book, const QList<QByteArray>& frames)
{
    for (const QByteArray& frame : frames) {
        const auto message = decoder.decode(frame);
        if (!message)
            qFatal("undecodable frame: %s", qPrintable(message.error().message));
        for (const MarketEvent& event : message->events) {
            if (const auto* bookEvent = std::get_if<BookEvent>(&event))
                book.apply(*bookEvent);
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const int passes = Candela::Bench::takeCount(arguments, QStringLiteral("passes"), 20);
    const QString path = arguments.value(0,
        QStringLiteral(CANDELA_SOURCE_DIR
            "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl"));
    const auto lines = readJsonLines(path);
    if (!lines)
        qFatal("%s", qPrintable(lines.error().message));

    Group snapshot;
    Group updates;
    Group others;
    AdvancedTradeDecoder decoder;
    for (const QByteArray& line : *lines) {
        const auto message = decoder.decode(line);
        if (!message)
            qFatal("undecodable frame: %s", qPrintable(message.error().message));
        Group* group = &others;
        for (const MarketEvent& event : message->events) {
            if (const auto* book = std::get_if<BookEvent>(&event)) {
                group = book->snapshot ? &snapshot : &updates;
                group->levels += qint64(book->levels.size());
            }
        }
        group->frames.append(line);
    }

    OrderBook book;
    const double snapshotSeconds
        = bestOf(passes, [&] { applyAll(decoder, book, snapshot.frames); });
    const double updateSeconds = bestOf(passes, [&] {
        applyAll(decoder, book, snapshot.frames);
        applyAll(decoder, book, updates.frames);
    }) - snapshotSeconds;
    const double otherSeconds = bestOf(passes, [&] { applyAll(decoder, book, others.frames); });
    const double qjsonSeconds = bestOf(passes, [&] {
        for (const QByteArray& frame : updates.frames) {
            if (QJsonDocument::fromJson(frame).isNull())
                qFatal("QJsonDocument failed");
        }
    });

    qint64 updateBytes = 0;
    for (const QByteArray& frame : updates.frames)
        updateBytes += frame.size();

    QTextStream out(stdout);
    out << "recording: " << path << "\n"
        << "passes: " << passes << " (best pass reported)\n"
        << "snapshot: frames=" << snapshot.frames.size() << " levels=" << snapshot.levels
        << " bytes=" << snapshot.frames.value(0).size()
        << " levels_per_s=" << qint64(double(snapshot.levels) / snapshotSeconds) << "\n"
        << "updates: frames=" << updates.frames.size() << " levels=" << updates.levels
        << " messages_per_s=" << qint64(double(updates.frames.size()) / updateSeconds)
        << " updates_per_s=" << qint64(double(updates.levels) / updateSeconds)
        << " MB_per_s=" << QString::number(double(updateBytes) / updateSeconds / 1e6, 'f', 1)
        << "\n"
        << "other channels: frames=" << others.frames.size()
        << " messages_per_s=" << qint64(double(others.frames.size()) / otherSeconds) << "\n"
        << "QJsonDocument parse only, update frames: messages_per_s="
        << qint64(double(updates.frames.size()) / qjsonSeconds) << "\n";
    return 0;
}
