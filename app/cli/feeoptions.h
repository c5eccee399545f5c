#pragma once

#include "core/execution/papermatcher.h"
#include "core/model/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Candela::Cli {

// `--maker-fee RATE`, `--taker-fee RATE` and `--slippage RATE` of the commands that fill on paper
// (fractions: 0.006 is 0.6 %); an option not given keeps Coinbase's entry tier
// (PaperExchangeConfig's defaults).
struct FeeOptions
{
    static QList<QCommandLineOption> options();
    // An error names the option that is not a rate in [0, 1).
    static Core::Result<Core::PaperExchangeConfig> read(const QCommandLineParser& parser);
};

} // namespace Candela::Cli
