#pragma once

#include "cli/clicommand.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Candela::Test {

// One candela-cli command run in-process: its exit code and what it printed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& arguments)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = Candela::Cli::runCli(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace Candela::Test
