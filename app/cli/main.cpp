// candela-cli: the same core, headless. Subcommands are dispatched by runCli().

#include "clicommand.h"

#include "candela/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("candela-cli"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Candela::OrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Candela::Version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Candela::Cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
