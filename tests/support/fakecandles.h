#pragma once

#include "fakehttpserver.h"

#include <QUrlQuery>

namespace Candela::Test {

// Coinbase's candles answer for whatever range a request asks (its start and end query items),
// buckets of `bucketSeconds`, newest first as Coinbase sends them. Every price is the bucket's
// number since `origin` plus 100, so that a candle says which bucket it is.
inline FakeHttpServer::Response candlesAnswer(
    const QUrl& url, qint64 bucketSeconds, qint64 origin, const QByteArray& volume)
{
    const QUrlQuery query(url);
    const qint64 start = query.queryItemValue(QStringLiteral("start")).toLongLong();
    const qint64 end = query.queryItemValue(QStringLiteral("end")).toLongLong();
    QByteArray candles;
    for (qint64 time = end - (end - start) % bucketSeconds; time >= start; time -= bucketSeconds) {
        const QByteArray price = QByteArray::number(100 + (time - origin) / bucketSeconds);
        candles += (candles.isEmpty() ? "" : ",") + QByteArray(R"({"start":")")
            + QByteArray::number(time) + R"(","low":")" + price + R"(","high":")" + price
            + R"(","open":")" + price + R"(","close":")" + price + R"(","volume":")" + volume
            + R"("})";
    }
    return {200, "{\"candles\":[" + candles + "]}"};
}

} // namespace Candela::Test
