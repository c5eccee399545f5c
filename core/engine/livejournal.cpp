#include "livejournal.h"

#include "core/storage/journalstore.h"

#include <QSet>
#include <QStringList>

namespace Candela::Core::LiveJournal {

namespace {

const QString StartBalancesKey = QStringLiteral("live/start_balances");
const QString AdjustmentsKey = QStringLiteral("live/balance_adjustments");

// "USD=1000.00;BTC=0.5", in currency order.
QString balancesToText(const std::map<QString, Decimal>& balances)
{
    QStringList parts;
    for (const auto& [currency, amount] : balances)
        parts.append(currency + QLatin1Char('=') + amount.toString());
    return parts.join(QLatin1Char(';'));
}

Result<std::map<QString, Decimal>> balancesFromText(const QString& text)
{
    std::map<QString, Decimal> balances;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const auto amount = equals > 0 ? Decimal::fromString(part.mid(equals + 1))
                                       : Result<Decimal>(Error{ErrorCode::ParseError, part});
        if (!amount)
            return Error{ErrorCode::ParseError,
                QStringLiteral("unreadable start balance '%1' in the live journal").arg(part)};
        balances[part.left(equals)] = *amount;
    }
    return balances;
}

// The balances kept under `key` (none: an empty map).
Result<std::map<QString, Decimal>> storedBalances(JournalStore& journal, const QString& key)
{
    const auto stored = journal.state(key);
    if (!stored)
        return stored.error();
    return balancesFromText(*stored);
}

// Available plus on hold, by currency.
Result<std::map<QString, Decimal>> totals(const std::vector<CoinbaseOrders::Balance>& venue)
{
    std::map<QString, Decimal> balances;
    for (const CoinbaseOrders::Balance& balance : venue) {
        const auto total = balance.available.plus(balance.hold);
        if (!total)
            return total.error();
        const auto sum = balances[balance.currency].plus(*total);
        if (!sum)
            return sum.error();
        balances[balance.currency] = *sum;
    }
    return balances;
}

} // namespace

Result<LocalBook> localBook(JournalStore& journal)
{
    LocalBook book;
    const auto orders = journal.loadOrders();
    if (!orders)
        return orders.error();
    for (const Order& order : *orders) {
        book.clientOrderIds.insert(order.clientOrderId);
        if (!isTerminal(order.status) && order.status != OrderStatus::New)
            book.openOrders.push_back(order);
    }
    const auto fills = journal.loadFills();
    if (!fills)
        return fills.error();
    const auto start = journal.state(StartBalancesKey);
    if (!start)
        return start.error();
    book.balancesKnown = !start->isEmpty();
    if (book.balancesKnown) {
        auto balances = balancesFromText(*start);
        if (!balances)
            return balances.error();
        book.balances = std::move(balances).value();
    }
    if (book.balancesKnown) {
        // What the user accepted from Coinbase on top of the start.
        const auto adjustments = storedBalances(journal, AdjustmentsKey);
        if (!adjustments)
            return adjustments.error();
        for (const auto& [currency, amount] : *adjustments) {
            const auto adjusted = book.balances[currency].plus(amount);
            if (!adjusted)
                return adjusted.error();
            book.balances[currency] = *adjusted;
        }
    }
    for (const Fill& fill : *fills) {
        book.tradeIds.insert(fill.tradeId);
        if (book.balancesKnown) {
            if (auto applied = applyFillToBalances(fill, book.balances); !applied)
                return applied.error();
        }
    }
    return book;
}

Status recordStartBalances(JournalStore& journal, const std::vector<CoinbaseOrders::Balance>& venue)
{
    const auto stored = journal.state(StartBalancesKey);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty())
        return success();
    const auto balances = totals(venue);
    if (!balances)
        return balances.error();
    return journal.setState(StartBalancesKey, balancesToText(*balances));
}

Status acceptVenueBalances(JournalStore& journal, const std::vector<CoinbaseOrders::Balance>& venue,
    Timestamp now, const QStringList& currencies)
{
    auto book = localBook(journal);
    if (!book)
        return book.error();
    if (!book->balancesKnown)
        return recordStartBalances(journal, venue);
    const auto venueTotals = totals(venue);
    if (!venueTotals)
        return venueTotals.error();
    const std::map<QString, Decimal>& atVenue = *venueTotals;
    auto storedAdjustments = storedBalances(journal, AdjustmentsKey);
    if (!storedAdjustments)
        return storedAdjustments.error();
    std::map<QString, Decimal> adjustments = std::move(storedAdjustments).value();
    QSet<QString> compared;
    for (const auto& [currency, amount] : atVenue)
        compared.insert(currency);
    for (const auto& [currency, amount] : book->balances)
        compared.insert(currency);
    QStringList changes;
    for (const QString& currency : std::as_const(compared)) {
        if (!currencies.isEmpty() && !currencies.contains(currency))
            continue;
        const Decimal expected
            = book->balances.count(currency) ? book->balances.at(currency) : Decimal{};
        const Decimal actual = atVenue.count(currency) ? atVenue.at(currency) : Decimal{};
        const auto difference = actual.minus(expected);
        if (!difference)
            return difference.error();
        if (difference->isZero())
            continue;
        const auto adjusted = adjustments[currency].plus(*difference);
        if (!adjusted)
            return adjusted.error();
        adjustments[currency] = *adjusted;
        changes.append(
            QStringLiteral("%1 %2 → %3").arg(currency, expected.toString(), actual.toString()));
    }
    if (changes.isEmpty())
        return success();
    changes.sort();
    if (auto begun = journal.begin(); !begun)
        return begun;
    Status saved = journal.setState(AdjustmentsKey, balancesToText(adjustments));
    if (saved)
        saved = journal.recordAudit({now, QStringLiteral("balances_accepted"), QString(),
            QStringLiteral("Coinbase's balances accepted by the user: ") + changes.join(u", ")});
    if (saved)
        return journal.commit();
    journal.rollback();
    return saved;
}

} // namespace Candela::Core::LiveJournal
