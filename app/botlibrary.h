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
    QStringList files; // where each bot was read from (":/bots/…" for a shipped example)
    QStringList problems;
};

BotLibrary loadBotLibrary(const QString& directory);
QString defaultBotDirectory(); // <app data>/bots

// Saves `config` over the bot named `previousName` (in its own file), or as a new bot when
// `previousName` is empty. The first change to the shipped examples copies them into
// `directory`, so that they stay the trader's from then on. Nothing changes on failure.
Core::Status saveBot(BotLibrary& library, const QString& directory, const Core::BotConfig& config,
    const QString& previousName);
// Removes the named bot and its file.
Core::Status deleteBot(BotLibrary& library, const QString& directory, const QString& name);

} // namespace Candela
