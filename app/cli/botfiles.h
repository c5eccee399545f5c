#pragma once

#include "core/model/result.h"
#include "core/strategy/botconfig.h"

#include <QStringList>

#include <vector>

namespace Candela::Cli {

// The bots of the command line: each `--bot` file, then every *.json of each `--bots` folder (in
// name order), read and checked as the window reads them, risk section included. The first that
// cannot be used is the error, with its file named.
Core::Result<std::vector<Core::BotConfig>> readBotFiles(
    const QStringList& files, const QStringList& folders = {});

} // namespace Candela::Cli
