#pragma once

#include "core/strategy/botconfig.h"

#include <QStringList>

#include <vector>

namespace Candela {

// The bots the terminal watches: every *.json in `directory` (the user's bots folder), or, when
// it holds none, the examples shipped inside the binary. A file that cannot be read is skipped
// and named in `problems` with the reason; the others still load.
struct BotLibrary
{
    std::vector<Core::BotConfig> bots;
    QStringList problems;
};

BotLibrary loadBotLibrary(const QString& directory);
QString defaultBotDirectory(); // <app data>/bots

} // namespace Candela
