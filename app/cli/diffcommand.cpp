#include "diffcommand.h"

#include "feeoptions.h"

#include "core/market/csvcandles.h"
#include "core/review/sessiondiff.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

constexpr int ExitDifferent = 1;
constexpr int ExitUnusable = 2;

} // namespace

int runDiff(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("file"));
    const QCommandLineOption candlesOption(
        QStringLiteral("candles"), QString(), QStringLiteral("file"));
    const QCommandLineOption productOption(
        QStringLiteral("product"), QString(), QStringLiteral("id"));
    parser.addOptions({dbOption, candlesOption, productOption});
    parser.addOptions(FeeOptions::options());
    if (!parser.parse(QStringList{QStringLiteral("diff")} + arguments) || !parser.isSet(dbOption)
        || !parser.isSet(candlesOption) || !parser.positionalArguments().isEmpty()) {
        err << "usage: candela-cli diff --db SESSION.sqlite --candles FILE.csv [--product ID] "
               "[--maker-fee RATE] [--taker-fee RATE] [--slippage RATE]\n";
        return ExitUnusable;
    }
    const auto fail = [&err](const QString& message) {
        err << "candela-cli diff: " << message << '\n';
        return ExitUnusable;
    };
    const auto fees = FeeOptions::read(parser);
    if (!fees)
        return fail(fees.error().message);
    const auto candles = readCsvCandles(parser.value(candlesOption));
    if (!candles)
        return fail(candles.error().message);
    SessionDiffOptions options;
    options.fees = *fees;
    options.product = parser.value(productOption);
    const auto diff = diffJournal(parser.value(dbOption), *candles, options);
    if (!diff)
        return fail(diff.error().message);
    for (const auto& [bot, why] : diff->notCompared)
        err << "candela-cli diff: bot '" << bot << "' not compared: " << why << '\n';
    out << QJsonDocument(diff->toJson()).toJson(QJsonDocument::Indented);
    return diff->differences.empty() ? 0 : ExitDifferent;
}

} // namespace Candela::Cli
