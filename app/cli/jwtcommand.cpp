#include "jwtcommand.h"

#include "keyfile.h"

#include "core/coinbase/jwt.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

namespace Candela::Cli {

int runJwt(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption keyName(QStringLiteral("key-name"), QString(), QStringLiteral("name"));
    const QCommandLineOption method(
        QStringLiteral("method"), QString(), QStringLiteral("method"), QStringLiteral("GET"));
    const QCommandLineOption path(QStringLiteral("path"), QString(), QStringLiteral("path"));
    parser.addOptions({keyFile, keyName, method, path});
    if (!parser.parse(QStringList{QStringLiteral("jwt")} + arguments) || !parser.isSet(keyFile)
        || !parser.isSet(keyName)) {
        err << "usage: candela-cli jwt --key-file PEM --key-name NAME "
               "[--method GET --path /api/v3/brokerage/accounts]\n";
        return 2;
    }
    const auto key = readKeyFile(parser.value(keyFile), QStringLiteral("jwt"), err);
    if (!key)
        return 1;
    std::optional<Core::JwtRequest> request;
    if (parser.isSet(path))
        request = Core::JwtRequest{parser.value(method), parser.value(path)};
    const auto token
        = Core::makeJwt(*key, parser.value(keyName), QDateTime::currentSecsSinceEpoch(), request);
    if (!token) {
        err << "candela-cli jwt: " << token.error().message << '\n';
        return 1;
    }
    out << *token << '\n';
    return 0;
}

} // namespace Candela::Cli
