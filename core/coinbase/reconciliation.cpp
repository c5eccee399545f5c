#include "reconciliation.h"

#include <QHash>

#include <algorithm>

namespace Candela::Core {

using CoinbaseOrders::VenueFill;
using CoinbaseOrders::VenueOrder;

namespace {

std::pair<QString, QString> currenciesOf(const QString& productId)
{
    const qsizetype dash = productId.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return {};
    return {productId.left(dash), productId.mid(dash + 1)};
}

} // namespace

bool ReconcileReport::blocks(const QString& productId) const
{
    const auto [base, quote] = currenciesOf(productId);
    if (blockedCurrencies.contains(base) || blockedCurrencies.contains(quote))
        return true;
    return std::any_of(missingAtVenue.begin(), missingAtVenue.end(),
        [&](const Order& order) { return order.productId == productId; });
}

Status applyFillToBalances(const Fill& fill, std::map<QString, Decimal>& balances)
{
    const auto [base, quote] = currenciesOf(fill.productId);
    if (base.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1 is not a BASE-QUOTE product").arg(fill.productId));
    auto notional = fill.notional();
    if (!notional)
        return notional.error();
    const bool buy = fill.side == Side::Buy;
    auto cash = buy ? notional->plus(fill.fee) : notional->minus(fill.fee);
    if (!cash)
        return cash.error();
    auto newBase = buy ? balances[base].plus(fill.size) : balances[base].minus(fill.size);
    auto newQuote = buy ? balances[quote].minus(*cash) : balances[quote].plus(*cash);
    if (!newBase || !newQuote)
        return makeError(ErrorCode::Overflow, QStringLiteral("balance overflow"));
    balances[base] = *newBase;
    balances[quote] = *newQuote;
    return success();
}

ReconcileReport reconcile(const LocalBook& local, const VenueBook& venue, const Decimal& tolerance)
{
    ReconcileReport report;
    report.venueBalances = venue.balances;
    report.venueOpenOrders = venue.openOrders;
    QHash<QString, const VenueOrder*> byVenueId;
    QHash<QString, const VenueOrder*> byClientId;
    for (const auto* list : {&venue.openOrders, &venue.ourOrders})
        for (const VenueOrder& order : *list) {
            byVenueId.insert(order.venueOrderId, &order);
            if (!order.clientOrderId.isEmpty())
                byClientId.insert(order.clientOrderId, &order);
        }

    // Orders placed elsewhere.
    for (const VenueOrder& order : venue.openOrders)
        if (!local.clientOrderIds.contains(order.clientOrderId))
            report.externalOrders.push_back(order);

    // The journal's open orders, as the venue has them. One journaled or sent without an answer
    // yet may not have reached the venue: its order flow settles it (the answer, or a lookup by
    // its client id), so it is no difference (a run during a stop's placement halted trading).
    for (const Order& order : local.openOrders) {
        const VenueOrder* found = order.venueOrderId.isEmpty()
            ? byClientId.value(order.clientOrderId)
            : byVenueId.value(order.venueOrderId);
        if (!found) {
            if (order.status != OrderStatus::New && order.status != OrderStatus::Submitted)
                report.missingAtVenue.push_back(order);
            continue;
        }
        if (found->status && isTerminal(*found->status))
            report.endedAtVenue.push_back(*found);
    }

    // Fills of our orders the journal has not seen, each once.
    QHash<QString, const VenueOrder*> ours;
    for (const Order& order : local.openOrders)
        if (const VenueOrder* found = order.venueOrderId.isEmpty()
                ? byClientId.value(order.clientOrderId)
                : byVenueId.value(order.venueOrderId))
            ours.insert(found->venueOrderId, found);
    QSet<QString> adopted;
    for (const VenueFill& venueFill : venue.fills) {
        const Fill& fill = venueFill.fill;
        const VenueOrder* order = ours.value(fill.venueOrderId);
        if (!order || local.tradeIds.contains(fill.tradeId) || adopted.contains(fill.tradeId))
            continue;
        Fill adopt = fill;
        adopt.clientOrderId = order->clientOrderId;
        if (!venueFill.sideKnown && order->side)
            adopt.side = *order->side;
        if (adopt.productId.isEmpty())
            adopt.productId = order->productId;
        adopted.insert(fill.tradeId);
        report.fillsToAdopt.push_back(adopt);
    }
    std::stable_sort(report.fillsToAdopt.begin(), report.fillsToAdopt.end(),
        [](const Fill& a, const Fill& b) { return a.time < b.time; });

    // Balances once the adopted fills are counted.
    std::map<QString, Decimal> expected = local.balances;
    for (const Fill& fill : report.fillsToAdopt) {
        if (!applyFillToBalances(fill, expected)) { // cannot be counted: block what it touches
            const auto [base, quote] = currenciesOf(fill.productId);
            report.blockedCurrencies.insert(base.isEmpty() ? fill.productId : base);
            if (!quote.isEmpty())
                report.blockedCurrencies.insert(quote);
        }
    }
    std::map<QString, Decimal> atVenue;
    for (const auto& balance : venue.balances) {
        // A balance beyond the Decimal range cannot be compared: what it touches is blocked.
        const auto total = balance.available.plus(balance.hold);
        const auto sum = total ? atVenue[balance.currency].plus(*total) : total;
        if (!sum) {
            report.blockedCurrencies.insert(balance.currency);
            continue;
        }
        atVenue[balance.currency] = *sum;
    }
    if (!local.balancesKnown)
        return report;
    QSet<QString> currencies;
    for (const auto& [currency, amount] : expected)
        currencies.insert(currency);
    for (const auto& [currency, amount] : atVenue)
        currencies.insert(currency);
    for (const QString& currency : currencies) {
        const Decimal mine = expected.count(currency) ? expected.at(currency) : Decimal{};
        const Decimal theirs = atVenue.count(currency) ? atVenue.at(currency) : Decimal{};
        const auto difference = mine.minus(theirs);
        if (!difference || difference->abs() > tolerance) {
            report.mismatches.push_back({currency, mine, theirs});
            report.blockedCurrencies.insert(currency);
        }
    }
    std::sort(report.mismatches.begin(), report.mismatches.end(),
        [](const auto& a, const auto& b) { return a.currency < b.currency; });
    return report;
}

} // namespace Candela::Core
