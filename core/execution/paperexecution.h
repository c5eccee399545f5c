#pragma once

#include "executionclient.h"
#include "papermatcher.h"

#include <QHash>
#include <QSet>

namespace Candela::Core {

// The paper venue as an ExecutionClient: orders matched by PaperMatcher at the market it is told
// (last price, and the book when there is one), and the answers given as the same OrderEvents,
// in the same order, as CoinbaseExecution gives for the same orders at the venue — accepted,
// each fill, then how a remainder ended — so the engine cannot tell paper from live (T37).
// Events are emitted at once, inside submit(), cancel() and onTrade().
class PaperExecution final : public ExecutionClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperExecution)

public:
    explicit PaperExecution(PaperExchangeConfig config = {}, QObject* parent = nullptr);
    ~PaperExecution() override;

    void addProduct(const Product& product);
    // Fees and slippage for the orders from now on.
    void setConfig(const PaperExchangeConfig& config);
    // The market orders are matched against from now on; `book` may be null.
    void setMarket(
        const QString& productId, const Decimal& lastPrice, const OrderBook* book = nullptr);
    // A print on the tape: fills for the resting orders it trades through.
    void onTrade(const Trade& trade);
    // A closed candle of a market that prints no trades (a candle replay): fills for the resting
    // limits it crossed (PaperMatcher::onCandle). Ignored for a product whose trades it was
    // given: there the prints decide.
    void onCandle(const QString& productId, const Candle& candle, Timestamp closeTime,
        const QString& botId = {});

    // What submit() would answer at the market now, without placing anything: the reject, or
    // the fills a market order would get. The engine checks a bot's cash against it before the
    // order is journaled and sent.
    PaperResult preview(const Order& order) const;

    void submit(const Order& order) override;
    void cancel(const QStringList& clientOrderIds, bool urgent) override;
    void cancelAll() override;
    // The paper venue keeps nothing across a restart: see restore().
    void resume(const Order&, const QSet<QString>&) override { }
    // An order the journal left resting here (accepted, not ended) rests again with what is left
    // of it (PaperMatcher::restore); its next fill is numbered after the `knownTradeIds`. False
    // for one that cannot rest again (it ended inside its answer, or its terms are gone).
    bool restore(const Order& order, const QSet<QString>& knownTradeIds, Timestamp seenUntil);

private:
    void emitFill(const Order& order, Fill fill);
    // A resting order's fills; one that is filled whole stops working.
    void emitRestingFills(const std::vector<Fill>& fills);
    // Good-til-date orders of the product whose end has come by `now`: expired.
    void expireUntil(const QString& productId, Timestamp now);

    PaperMatcher m_matcher;
    QHash<QString, Decimal> m_lastPrices;
    QHash<QString, const OrderBook*> m_books;
    QHash<QString, Order> m_working; // resting, by client order id
    QSet<QString> m_printed; // products with trades on the tape
    QSet<QString> m_accepted; // every order the venue took, working or ended
    QHash<QString, int> m_fillCount;
    Timestamp m_now;
};

} // namespace Candela::Core
