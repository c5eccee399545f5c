#include "feeoptions.h"

namespace Candela::Cli {

using namespace Candela::Core;

namespace {

const QString MakerFee = QStringLiteral("maker-fee");
const QString TakerFee = QStringLiteral("taker-fee");
const QString Slippage = QStringLiteral("slippage");

} // namespace

QList<QCommandLineOption> FeeOptions::options()
{
    return {QCommandLineOption(MakerFee, QString(), QStringLiteral("rate")),
        QCommandLineOption(TakerFee, QString(), QStringLiteral("rate")),
        QCommandLineOption(Slippage, QString(), QStringLiteral("rate"))};
}

Result<PaperExchangeConfig> FeeOptions::read(const QCommandLineParser& parser)
{
    PaperExchangeConfig config;
    const Decimal one = Decimal::fromInteger(1);
    for (const auto& [name, rate] : {std::pair{MakerFee, &config.makerFeeRate},
             std::pair{TakerFee, &config.takerFeeRate}, std::pair{Slippage, &config.slippage}}) {
        if (!parser.isSet(name))
            continue;
        const auto value = Decimal::fromString(parser.value(name));
        if (!value || value->isNegative() || *value >= one)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("--%1 takes a rate from 0 to below 1 (0.006 is 0.6 %), not '%2'")
                    .arg(name, parser.value(name)));
        *rate = *value;
    }
    return config;
}

} // namespace Candela::Cli
