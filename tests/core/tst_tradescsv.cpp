#include "core/portfolio/botledger.h"
#include "core/portfolio/tradescsv.h"

#include "decimalliteral.h"

#include <QRegularExpression>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;

namespace {

// Round trips as the ledger books them from fills: a long on BTC-USD and one on ETH-BTC.
std::vector<ClosedTrade> must(Result<std::vector<ClosedTrade>> closed)
{
    if (!closed)
        qFatal("%s", qPrintable(closed.error().message));
    return *closed;
}

std::vector<ClosedTrade> bookedTrades()
{
    std::vector<ClosedTrade> trades;
    const auto fill = [](const char* product, Side side, const char* price, const char* size,
                          const char* fee, qint64 time) {
        Fill f;
        f.productId = QLatin1String(product);
        f.side = side;
        f.price = dec(price);
        f.size = dec(size);
        f.fee = dec(fee);
        f.time = fromUnixSeconds(time);
        return f;
    };
    BotLedger btc(QStringLiteral("Scalper, BTC"), QStringLiteral("BTC-USD"), dec("10000"));
    must(btc.apply(fill("BTC-USD", Side::Buy, "64000.50", "0.01", "3.84", 1'786'300'000)));
    auto closed
        = must(btc.apply(fill("BTC-USD", Side::Sell, "64512.25", "0.01", "3.87", 1'786'303'600)));
    trades.insert(trades.end(), closed.begin(), closed.end());
    BotLedger eth(QStringLiteral("ETH/BTC"), QStringLiteral("ETH-BTC"), dec("1"));
    must(eth.apply(fill("ETH-BTC", Side::Buy, "0.03125", "2", "0.000375", 1'786'301'000)));
    closed
        = must(eth.apply(fill("ETH-BTC", Side::Sell, "0.03093", "2", "0.00037116", 1'786'302'000)));
    trades.insert(trades.end(), closed.begin(), closed.end());
    return trades;
}

QList<QByteArray> rowsOf(const QByteArray& csv)
{
    QList<QByteArray> rows = csv.split('\n');
    if (!rows.isEmpty() && rows.back().isEmpty())
        rows.removeLast();
    return rows;
}

// Splits one CSV row (RFC 4180 quotes).
QStringList fieldsOf(const QByteArray& row)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (quoted && c == '"' && i + 1 < row.size() && row[i + 1] == '"')
            fields.back() += QLatin1Char('"'), ++i;
        else if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.append(QString());
        else
            fields.back() += QLatin1Char(c);
    }
    return fields;
}

} // namespace

// The closed-trades export a trader hands on: Candela's columns with ISO times, cost basis,
// proceeds and the fee currency, and Koinly's universal import layout.
class tst_TradesCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candelaColumnsAddUp();
    void koinlyRowsAreTheTrades();
    void figureBeyondTheRangeIsRefusedNotZero();
    void botNameIsNeverAFormula();
};

void tst_TradesCsv::candelaColumnsAddUp()
{
    const std::vector<ClosedTrade> trades = bookedTrades();
    QCOMPARE(trades.size(), size_t(2));
    const QList<QByteArray> rows = rowsOf(closedTradesCsv(trades).value());
    QCOMPARE(rows.size(), 3);
    const QStringList header = fieldsOf(rows[0]);
    QCOMPARE(header.mid(0, 12).join(u','),
        QStringLiteral("id,bot,side,entry_time,entry_price,exit_time,exit_price,quantity,fees,pnl,"
                       "r_multiple,exit_reason")); // the CLI's columns stay first
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList fields = fieldsOf(rows[i]);
        QCOMPARE(fields.size(), header.size());
        const auto column
            = [&](const char* name) { return fields[header.indexOf(QLatin1String(name))]; };
        QCOMPARE(column("product"), trades[size_t(i - 1)].productId);
        QCOMPARE(column("fee_currency"), trades[size_t(i - 1)].productId.section(u'-', 1));
        // The ISO time is the Unix one.
        QCOMPARE(parseIsoTimestamp(column("entry_time_utc").toStdString()).value(),
            fromUnixSeconds(column("entry_time").toLongLong()));
        QVERIFY(column("exit_time_utc").endsWith(u'Z'));
        // pnl = proceeds − cost basis − fees, exactly.
        const Decimal net = dec(column("proceeds"))
                                .minus(dec(column("cost_basis")))
                                .value()
                                .minus(dec(column("fees")))
                                .value();
        QCOMPARE(net, dec(column("pnl")));
    }
    // By hand: 0.01 × 64000.50 cost, 0.01 × 64512.25 proceeds, in dollars.
    const QStringList first = fieldsOf(rows[1]);
    QCOMPARE(first[header.indexOf(QStringLiteral("cost_basis"))], QStringLiteral("640.005"));
    QCOMPARE(first[header.indexOf(QStringLiteral("proceeds"))], QStringLiteral("645.1225"));
    QCOMPARE(first[1], QStringLiteral("Scalper, BTC")); // quoted in the file, whole here
}

void tst_TradesCsv::koinlyRowsAreTheTrades()
{
    const std::vector<ClosedTrade> trades = bookedTrades();
    const QList<QByteArray> rows = rowsOf(koinlyUniversalCsv(trades).value());
    QCOMPARE(rows.front(),
        QByteArray("Date,Sent Amount,Sent Currency,Received Amount,Received Currency,Fee Amount,"
                   "Fee Currency,Net Worth Amount,Net Worth Currency,Label,Description,TxHash"));
    QCOMPARE(rows.size(), 1 + 4); // an opening and a closing row per round trip

    // Oldest first: BTC bought, ETH bought, ETH sold, BTC sold.
    const QStringList order{QStringLiteral("candela-BTC-USD-Scalper%2C%20BTC-1-open"),
        QStringLiteral("candela-ETH-BTC-ETH%2FBTC-1-open"),
        QStringLiteral("candela-ETH-BTC-ETH%2FBTC-1-close"),
        QStringLiteral("candela-BTC-USD-Scalper%2C%20BTC-1-close")};
    QStringList dates;
    QHash<QString, Decimal> net; // per currency: received − sent − fees
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList f = fieldsOf(rows[i]);
        QCOMPARE(f.size(), 12);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$"))
                     .match(f[0])
                     .hasMatch(),
            qPrintable(f[0]));
        dates << f[0];
        QCOMPARE(f[11], order[i - 1]); // unique, though each ledger numbers its trades from 1
        net[f[2]] = net[f[2]].minus(dec(f[1])).value();
        net[f[4]] = net[f[4]].plus(dec(f[3])).value();
        if (!f[5].isEmpty())
            net[f[6]] = net[f[6]].minus(dec(f[5])).value();
        else
            QVERIFY(f[11].endsWith(QLatin1String("-open"))); // fees on the closing row
    }
    QVERIFY(std::is_sorted(dates.begin(), dates.end()));
    QCOMPARE(dates.front(), QStringLiteral("2026-08-09 18:26 UTC"));
    // Over the round trips, the currencies moved by exactly the pnl the ledger booked, and the
    // bought coins were all sold again.
    QCOMPARE(net.value(QStringLiteral("USD")), trades[0].pnl);
    QCOMPARE(net.value(QStringLiteral("BTC")), trades[1].pnl);
    QCOMPARE(net.value(QStringLiteral("ETH")), Decimal{});
}

// A trade whose value leaves the Decimal range (a corrupt journal): no file, and the reason names
// the trade — never a cost basis of 0.
void tst_TradesCsv::figureBeyondTheRangeIsRefusedNotZero()
{
    std::vector<ClosedTrade> trades = bookedTrades();
    ClosedTrade huge = trades.front();
    huge.id = 7;
    huge.entryPrice = dec("9000000000");
    huge.quantity = dec("9000000000");
    trades.push_back(huge);
    for (const auto& csv : {closedTradesCsv(trades), koinlyUniversalCsv(trades)}) {
        QVERIFY(!csv);
        QCOMPARE(csv.error().code, ErrorCode::Overflow);
        QVERIFY2(csv.error().message.contains(QLatin1String("trade 7 of Scalper, BTC")),
            qPrintable(csv.error().message));
    }
}

// A bot named like a formula stays text when a spreadsheet opens the Koinly file.
void tst_TradesCsv::botNameIsNeverAFormula()
{
    std::vector<ClosedTrade> trades = bookedTrades();
    trades.resize(1);
    trades.front().botId = QStringLiteral("=HYPERLINK(1)");
    const QList<QByteArray> rows = rowsOf(koinlyUniversalCsv(trades).value());
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY2(fieldsOf(rows[i])[10].startsWith(QLatin1String("'=HYPERLINK(1) ")),
            rows[i].constData());
}

QTEST_GUILESS_MAIN(tst_TradesCsv)
#include "tst_tradescsv.moc"
