#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Candela::Cli {

// One `candela-cli <name> ...` subcommand. `run` receives the arguments after the name and
// returns the process exit code (0 success, 1 failure, 2 usage error). Output formats are
// part of the interface: keep them stable and tested.
struct CliCommand
{
    QString name;
    QString summary;
    QString usage; // argument synopsis after the name, e.g. "[--speed X] FILE"
    std::function<int(const QStringList& arguments, QTextStream& out, QTextStream& err)> run;
};

// Every subcommand, in the order `candela-cli --help` lists them. Later features register
// theirs here (replay, resample, indicators, score, backtest, session, jwt).
QList<CliCommand> cliCommands();

// Dispatches `arguments` (argv without the program name). Returns the exit code.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace Candela::Cli
