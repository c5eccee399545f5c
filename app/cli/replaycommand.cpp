#include "replaycommand.h"

#include "core/coinbase/advancedtradedecoder.h"
#include "core/market/jsonlines.h"
#include "core/market/orderbook.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

struct ReplayCounts
{
    qint64 messages = 0;
    qint64 bookUpdates = 0;
};

// Decodes every frame and applies its level2 events to the per-product books. Returns an
// error naming the line of the first frame that does not decode.
std::optional<QString> replayOnce(const QList<QByteArray>& lines, AdvancedTradeDecoder& decoder,
    QHash<QString, OrderBook>& books, ReplayCounts& counts)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto message = decoder.decode(lines.at(i));
        if (!message)
            return QStringLiteral("line %1: %2").arg(i + 1).arg(message.error().message);
        ++counts.messages;
        for (const MarketEvent& event : message->events) {
            const auto* book = std::get_if<BookEvent>(&event);
            if (!book)
                continue;
            auto it = books.find(book->productId);
            if (it == books.end())
                it = books.insert(book->productId, OrderBook(book->productId));
            it->apply(*book);
            counts.bookUpdates += qint64(book->levels.size());
        }
    }
    return std::nullopt;
}

void printBook(const OrderBook& book, int depth, QTextStream& out)
{
    out << "side,price,quantity\n";
    for (const PriceLevel& level : book.depth(Side::Buy, depth))
        out << "bid," << level.price.toString() << ',' << level.quantity.toString() << '\n';
    for (const PriceLevel& level : book.depth(Side::Sell, depth))
        out << "ask," << level.price.toString() << ',' << level.quantity.toString() << '\n';
}

} // namespace

int runReplay(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption input(QStringLiteral("input"), QString(), QStringLiteral("file"));
    const QCommandLineOption product(QStringLiteral("product"), QString(), QStringLiteral("id"));
    const QCommandLineOption print(QStringLiteral("print"), QString(), QStringLiteral("what"));
    const QCommandLineOption depth(
        QStringLiteral("depth"), QString(), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"), QString(), QStringLiteral("k"), QStringLiteral("1"));
    parser.addOptions({input, product, print, depth, repeat});
    if (!parser.parse(QStringList{QStringLiteral("replay")} + arguments)) {
        err << "candela-cli replay: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    const QString what = parser.value(print);
    bool depthOk = false;
    bool repeatOk = false;
    const int levels = parser.value(depth).toInt(&depthOk);
    const int repeats = parser.value(repeat).toInt(&repeatOk);
    if (!parser.isSet(input) || (what != QLatin1String("book") && what != QLatin1String("stats"))
        || (what == QLatin1String("book") && !parser.isSet(product)) || !depthOk || levels < 1
        || !repeatOk || repeats < 1) {
        err << "usage: candela-cli replay --input FILE.jsonl --product ID --print book "
               "[--depth N]\n"
               "       candela-cli replay --input FILE.jsonl --print stats [--repeat K]\n";
        return ExitUsage;
    }

    const auto lines = readJsonLines(parser.value(input));
    if (!lines) {
        err << "candela-cli replay: " << lines.error().message << '\n';
        return ExitFailure;
    }

    AdvancedTradeDecoder decoder;
    QHash<QString, OrderBook> books;
    ReplayCounts counts;
    QElapsedTimer timer;
    timer.start();
    for (int pass = 0; pass < (what == QLatin1String("stats") ? repeats : 1); ++pass) {
        if (const auto error = replayOnce(*lines, decoder, books, counts)) {
            err << "candela-cli replay: " << *error << '\n';
            return ExitFailure;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    if (what == QLatin1String("stats")) {
        const auto perSecond
            = [seconds](qint64 count) { return seconds > 0 ? qint64(double(count) / seconds) : 0; };
        out << "messages=" << counts.messages << " book_updates=" << counts.bookUpdates
            << " seconds=" << QString::number(seconds, 'f', 6)
            << " messages_per_s=" << perSecond(counts.messages)
            << " updates_per_s=" << perSecond(counts.bookUpdates) << '\n';
        return ExitOk;
    }
    const auto book = books.constFind(parser.value(product));
    if (book == books.constEnd()) {
        err << "candela-cli replay: no level2 data for " << parser.value(product) << '\n';
        return ExitFailure;
    }
    printBook(*book, levels, out);
    return ExitOk;
}

} // namespace Candela::Cli
