// T29 on the live path, against the fake Coinbase answering every request 50 ms late (a round
// trip): 200 orders rest at the venue and ten misbehaving bots submit market orders as fast as
// they like (200 a second asked; the token bucket lets 20 out) when the kill switch is pressed
// (CoinbaseExecution::cancelAllAtVenue). Reports, per press: create-order POSTs that reached the
// venue after the press and the last one's delay (only requests already on the wire may arrive;
// budget 100 ms), when the batch cancels of at most 100 ids arrived (budget 1 s) and when the
// venue listed nothing open any more (every cancel confirmed; budget 5 s).
//   bench_livekill [--presses N]

#include "benchoptions.h"
#include "fakevenue.h"
#include "testkeys.h"

#include "core/coinbase/coinbaseexecution.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Candela::Core;

namespace {

const QString KeyName = QStringLiteral("organizations/bench/apiKeys/bench");

struct Trial
{
    int createsAfterPress = 0;
    qint64 lastCreateAfterMs = 0;
    int cancelBatches = 0;
    qint64 lastCancelAfterMs = -1;
    qint64 clearAfterMs = -1;
    int ordersQueuedAtPress = 0;
};

Trial press(const SigningKey& key)
{
    Candela::Test::FakeVenue venue(key.publicKeyPem(), KeyName);
    venue.http().setAnswerDelay(std::chrono::milliseconds(50));
    venue.setPrice(QStringLiteral("BTC-USD"), Decimal::fromInteger(80000));
    for (int i = 0; i < 200; ++i)
        venue.placeExternal(QStringLiteral("BTC-USD"), QStringLiteral("BUY"),
            *Decimal::fromString(std::string_view("0.001")), Decimal::fromInteger(60000 + i));
    SystemClock clock;
    TradingRestClient::Config config; // Coinbase's defaults: 20/s, burst 10, reserved 8/s
    config.baseUrl = venue.baseUrl();
    TradingRestClient rest(config, {key, KeyName}, clock);
    CoinbaseExecution execution(rest, clock, {});

    int next = 0;
    QTimer bots; // ten bots, one order each every 50 ms
    bots.setInterval(5);
    QObject::connect(&bots, &QTimer::timeout, &execution, [&] {
        Order order;
        order.clientOrderId = QStringLiteral("bot-%1").arg(++next);
        order.productId = QStringLiteral("BTC-USD");
        order.type = OrderType::Market;
        order.timeInForce = TimeInForce::ImmediateOrCancel;
        order.quantity = *Decimal::fromString(std::string_view("0.001"));
        order.createdAt = clock.now();
        execution.submit(order);
    });
    bots.start();
    QEventLoop warmUp;
    QTimer::singleShot(1000, &warmUp, &QEventLoop::quit);
    warmUp.exec();

    Trial trial;
    const qint64 pressedAt = venue.http().elapsedMs();
    int queued = 0;
    QObject::connect(
        &execution, &ExecutionClient::orderEvent, &execution, [&](const OrderEvent& event) {
            if (event.kind == OrderEvent::Kind::Rejected
                && event.reason == QLatin1String("NOT_SENT"))
                ++queued;
        });
    qint64 clearedAt = -1;
    QEventLoop untilClear;
    QObject::connect(&execution, &CoinbaseExecution::venueClear, &untilClear, [&] {
        clearedAt = venue.http().elapsedMs();
        untilClear.quit();
    });
    execution.cancelAllAtVenue(); // the bots keep firing: nothing of theirs may leave now
    QTimer::singleShot(10'000, &untilClear, &QEventLoop::quit);
    untilClear.exec();
    bots.stop();

    const QList<QUrl> urls = venue.http().requests();
    const QList<qint64> times = venue.http().requestTimesMs();
    const QList<QByteArray> methods = venue.http().requestMethods();
    for (qsizetype i = 0; i < urls.size(); ++i) {
        if (times[i] < pressedAt || methods[i] != "POST")
            continue;
        const qint64 after = times[i] - pressedAt;
        if (urls[i].path().endsWith(QLatin1String("/orders"))) {
            ++trial.createsAfterPress;
            trial.lastCreateAfterMs = std::max(trial.lastCreateAfterMs, after);
        } else if (urls[i].path().endsWith(QLatin1String("/batch_cancel"))) {
            ++trial.cancelBatches;
            trial.lastCancelAfterMs = std::max(trial.lastCancelAfterMs, after);
        }
    }
    trial.clearAfterMs = clearedAt < 0 ? -1 : clearedAt - pressedAt;
    trial.ordersQueuedAtPress = queued;
    return trial;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const int presses = Candela::Bench::takeCount(arguments, QStringLiteral("presses"), 3);
    QTextStream out(stdout);
    const auto key = SigningKey::fromText(Candela::TestData::newP256KeyPem());
    if (!key) {
        out << "cannot make a key\n";
        return 1;
    }
    for (int i = 0; i < presses; ++i) {
        const Trial t = press(*key);
        out << "press " << i + 1 << ": creates after the press=" << t.createsAfterPress << " (last "
            << t.lastCreateAfterMs << " ms) queued and never sent=" << t.ordersQueuedAtPress
            << " batch_cancels=" << t.cancelBatches << " (last " << t.lastCancelAfterMs
            << " ms) venue clear=" << t.clearAfterMs << " ms\n";
        out.flush();
    }
    return 0;
}
