#include "accountcommand.h"

#include "keyfile.h"

#include "core/coinbase/livereadiness.h"
#include "core/coinbase/publicrestclient.h"
#include "core/coinbase/tradingrestclient.h"
#include "core/coinbase/userchannel.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace Candela::Cli {

namespace {

QJsonObject reportJson(const Core::LiveReadinessReport& report)
{
    QJsonArray blockers;
    for (const auto& [blocker, detail] : report.verdict.blockers)
        blockers.append(
            QJsonObject{{QStringLiteral("code"), QLatin1String(Core::liveBlockerName(blocker))},
                {QStringLiteral("detail"), detail}});
    QJsonObject json{
        {QStringLiteral("access"), QLatin1String(Core::liveAccessName(report.verdict.access))},
        {QStringLiteral("blockers"), blockers}};
    if (report.permissions)
        json.insert(QStringLiteral("permissions"),
            QJsonObject{{QStringLiteral("can_view"), report.permissions->canView},
                {QStringLiteral("can_trade"), report.permissions->canTrade},
                {QStringLiteral("can_transfer"), report.permissions->canTransfer},
                {QStringLiteral("portfolio_uuid"), report.permissions->portfolioUuid}});
    if (report.feeTier)
        json.insert(QStringLiteral("fee_tier"),
            QJsonObject{{QStringLiteral("pricing_tier"), report.feeTier->pricingTier},
                {QStringLiteral("taker_fee_rate"), report.feeTier->takerFeeRate.toString()},
                {QStringLiteral("maker_fee_rate"), report.feeTier->makerFeeRate.toString()}});
    if (!report.reconciliation)
        return json;
    const Core::ReconcileReport& account = *report.reconciliation;
    QJsonArray balances;
    for (const auto& balance : account.venueBalances)
        balances.append(QJsonObject{{QStringLiteral("currency"), balance.currency},
            {QStringLiteral("available"), balance.available.toString()},
            {QStringLiteral("hold"), balance.hold.toString()}});
    QJsonArray orders;
    for (const auto& order : account.venueOpenOrders) {
        const bool external
            = std::any_of(account.externalOrders.begin(), account.externalOrders.end(),
                [&](const auto& e) { return e.venueOrderId == order.venueOrderId; });
        orders.append(QJsonObject{{QStringLiteral("order_id"), order.venueOrderId},
            {QStringLiteral("client_order_id"), order.clientOrderId},
            {QStringLiteral("product_id"), order.productId},
            {QStringLiteral("side"),
                order.side ? Core::sideToString(*order.side).toUpper() : QString()},
            {QStringLiteral("status"), order.venueStatus},
            {QStringLiteral("filled"), order.filledQuantity.toString()},
            {QStringLiteral("external"), external}});
    }
    QJsonArray differences;
    for (const auto& mismatch : account.mismatches)
        differences.append(QJsonObject{{QStringLiteral("currency"), mismatch.currency},
            {QStringLiteral("journal"), mismatch.local.toString()},
            {QStringLiteral("coinbase"), mismatch.venue.toString()}});
    json.insert(QStringLiteral("balances"), balances);
    json.insert(QStringLiteral("open_orders"), orders);
    json.insert(QStringLiteral("differences"), differences);
    return json;
}

} // namespace

int runAccount(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption keyName(QStringLiteral("key-name"), QString(), QStringLiteral("name"));
    const QCommandLineOption portfolio(
        QStringLiteral("portfolio"), QString(), QStringLiteral("uuid"));
    const QCommandLineOption wait(
        QStringLiteral("wait"), QString(), QStringLiteral("seconds"), QStringLiteral("15"));
    const QCommandLineOption restUrl(QStringLiteral("rest-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption wsUrl(QStringLiteral("ws-url"), QString(), QStringLiteral("url"));
    parser.addOptions({keyFile, keyName, portfolio, wait, restUrl, wsUrl});
    bool waitOk = false;
    if (!parser.parse(QStringList{QStringLiteral("account")} + arguments) || !parser.isSet(keyFile)
        || !parser.isSet(keyName) || parser.value(wait).toInt(&waitOk) <= 0 || !waitOk) {
        err << "usage: candela-cli account --key-file PEM --key-name NAME [--portfolio UUID] "
               "[--wait SECONDS]\n";
        return 2;
    }
    const auto key = readKeyFile(parser.value(keyFile), QStringLiteral("account"), err);
    if (!key)
        return 1;
    if (const QString problem = Core::apiKeyNameProblem(parser.value(keyName));
        !problem.isEmpty()) {
        err << "candela-cli account: " << problem << '\n';
        return 1;
    }

    Core::SystemClock clock;
    Core::TradingRestClient::Config restConfig;
    Core::PublicRestClient::Config publicConfig;
    if (parser.isSet(restUrl)) {
        restConfig.baseUrl = QUrl(parser.value(restUrl));
        publicConfig.baseUrl = restConfig.baseUrl;
    }
    Core::UserChannel::Config channelConfig;
    if (parser.isSet(wsUrl))
        channelConfig.url = QUrl(parser.value(wsUrl));
    Core::TradingRestClient rest(restConfig, {*key, parser.value(keyName)}, clock);
    Core::PublicRestClient publicRest(publicConfig);
    Core::UserChannel channel(channelConfig, *key, parser.value(keyName), clock);
    Core::LiveReadiness readiness(
        rest, publicRest, channel, clock, {parser.value(portfolio), std::chrono::seconds(30)});

    // Until every check answered and the user channel confirmed — or the wait is over.
    QEventLoop loop;
    QObject::connect(&readiness, &Core::LiveReadiness::updated, &loop,
        [&](const Core::LiveReadinessReport& report) {
            if (report.complete && channel.isReady())
                loop.quit();
        });
    QTimer::singleShot(std::chrono::seconds(parser.value(wait).toInt()), &loop, &QEventLoop::quit);
    readiness.check(Core::LocalBook{});
    if (!(readiness.report().complete && channel.isReady()))
        loop.exec();
    const Core::LiveReadinessReport report = readiness.report(); // before the channel stops
    channel.stop();

    out << QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    switch (report.verdict.access) {
    case Core::LiveAccess::Trading:
        return 0;
    case Core::LiveAccess::ReadOnly:
        return 3;
    case Core::LiveAccess::NotReady:
        break;
    }
    return 1;
}

} // namespace Candela::Cli
