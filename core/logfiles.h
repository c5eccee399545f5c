#pragma once

#include "core/model/clock.h"
#include "core/model/result.h"

#include <QString>

namespace Candela::Core {

// The log files of the window and headless runs: every message that passes the logging
// categories' filters, one line each ("2026-12-07T22:30:01.123Z WARN candela.core.engine: …"),
// into <directory>/candela.log, beside the output the process had before (stderr). A file that
// reaches its cap is renamed candela.1.log (the older ones moving up to candela.<keep>.log, the
// oldest dropped) and a new one begun. Writes are serialised: messages come from every thread.
// What is logged never holds a secret (the key's PEM, its name, a JWT): tst_secretleak reads
// these files too. A file that cannot be written is said once on stderr and logging goes on
// there.
class LogFiles final
{
public:
    struct Config
    {
        QString directory;
        QString baseName = QStringLiteral("candela");
        qint64 maxBytes = 5 * 1024 * 1024;
        int keep = 5; // rotated files kept beside the current one
        // The lines' times; null: the system clock. Outlives the install.
        const Clock* clock = nullptr;
    };

    // Starts writing; a second install replaces the first. Fails when the folder cannot be
    // made or the file opened.
    static Status install(const Config& config);
    // Stops writing (the previous message handler again).
    static void uninstall();
    // The folder written to now (empty when none).
    static QString directory();

    // The logging-category rules for a level: "warning" (the categories' defaults: warnings and
    // worse), "info" (what the engine does: orders, fills, halts), "debug" (everything Candela
    // logs), or Qt's own rules ("candela.core.engine.debug=true;candela.core.coinbase=true",
    // ';' between them). An unknown level is an error. QT_LOGGING_RULES still has the last
    // word.
    static Result<QString> filterRules(const QString& level);
    // filterRules(level) applied now; the default level of the window and headless runs is
    // "info".
    static Status applyLevel(const QString& level);
};

} // namespace Candela::Core
