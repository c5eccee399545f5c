#include "publiccodec.h"

#include "jsonanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Candela::Core {

namespace {

// Decimal from a JSON string field; missing or empty gives zero (an unknown limit).
Result<Decimal> decimalField(const QJsonObject& object, const QString& key)
{
    const QString text = object.value(key).toString();
    if (text.isEmpty())
        return Decimal{};
    auto value = Decimal::fromString(text);
    if (!value)
        return makeError(ErrorCode::ParseError, key + QStringLiteral(": ") + value.error().message);
    return value;
}

} // namespace

Result<Product> parseProduct(const QJsonObject& object)
{
    Product product;
    product.id = object.value(QStringLiteral("product_id")).toString();
    if (product.id.isEmpty())
        return makeError(ErrorCode::ParseError, QStringLiteral("product without product_id"));
    product.baseCurrency = object.value(QStringLiteral("base_currency_id")).toString();
    product.quoteCurrency = object.value(QStringLiteral("quote_currency_id")).toString();
    // Flags as booleans, or (defensively) as the strings "true"/"false" other fields use. The
    // status's values are not documented (UNVERIFIED): only the ones that plainly mean "no
    // trading" stop it; anything else leaves it to the flags.
    const auto flag = [&](const char* key) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.toBool() || value.toString() == QLatin1String("true");
    };
    const QString status = object.value(QStringLiteral("status")).toString().toLower();
    product.tradingDisabled = flag("trading_disabled") || flag("is_disabled")
        || status == QLatin1String("offline") || status == QLatin1String("delisted");
    product.cancelOnly = flag("cancel_only");
    product.limitOnly = flag("limit_only");
    const std::pair<const char*, Decimal*> fields[] = {{"base_increment", &product.baseIncrement},
        {"quote_increment", &product.quoteIncrement}, {"price_increment", &product.priceIncrement},
        {"base_min_size", &product.baseMinSize}, {"base_max_size", &product.baseMaxSize},
        {"quote_min_size", &product.quoteMinSize}, {"quote_max_size", &product.quoteMaxSize}};
    for (const auto& [key, target] : fields) {
        auto value = decimalField(object, QLatin1String(key));
        if (!value)
            return makeError(
                ErrorCode::ParseError, product.id + QStringLiteral(" ") + value.error().message);
        *target = *value;
    }
    return product;
}

Result<std::vector<Candle>> parseCandles(const QByteArray& body)
{
    auto root = parseJsonObject(body, "candles");
    if (!root)
        return root.error();
    std::vector<Candle> candles;
    for (const QJsonValue& value : root->value(QStringLiteral("candles")).toArray()) {
        const QJsonObject object = value.toObject();
        bool startOk = false;
        const qint64 start = object.value(QStringLiteral("start")).toString().toLongLong(&startOk);
        if (!startOk || start < 0 || start > LatestUnixSeconds)
            return makeError(ErrorCode::ParseError, QStringLiteral("candle without a start"));
        Candle candle;
        candle.start = fromUnixSeconds(start);
        const std::pair<const char*, Decimal*> fields[]
            = {{"open", &candle.open}, {"high", &candle.high}, {"low", &candle.low},
                {"close", &candle.close}, {"volume", &candle.volume}};
        for (const auto& [key, target] : fields) {
            auto field = decimalField(object, QLatin1String(key));
            if (!field)
                return field.error();
            *target = *field;
        }
        candles.push_back(candle);
    }
    return candles;
}

Result<std::vector<Product>> parseProductList(const QByteArray& body)
{
    auto root = parseJsonObject(body, "products");
    if (!root)
        return root.error();
    std::vector<Product> products;
    for (const QJsonValue& value : root->value(QStringLiteral("products")).toArray()) {
        auto product = parseProduct(value.toObject());
        if (!product)
            return product.error();
        products.push_back(*product);
    }
    return products;
}

QByteArray productListToJson(const std::vector<Product>& products)
{
    QJsonArray list;
    for (const Product& product : products) {
        QJsonObject object{{QStringLiteral("product_id"), product.id},
            {QStringLiteral("base_currency_id"), product.baseCurrency},
            {QStringLiteral("quote_currency_id"), product.quoteCurrency},
            {QStringLiteral("trading_disabled"), product.tradingDisabled},
            {QStringLiteral("cancel_only"), product.cancelOnly},
            {QStringLiteral("limit_only"), product.limitOnly}};
        const std::pair<const char*, const Decimal*> fields[] = {
            {"base_increment", &product.baseIncrement},
            {"quote_increment", &product.quoteIncrement},
            {"price_increment", &product.priceIncrement}, {"base_min_size", &product.baseMinSize},
            {"base_max_size", &product.baseMaxSize}, {"quote_min_size", &product.quoteMinSize},
            {"quote_max_size", &product.quoteMaxSize}};
        for (const auto& [key, value] : fields) {
            if (!value->isZero()) // zero: not given
                object.insert(QLatin1String(key), value->toString());
        }
        list.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("products"), list},
                             {QStringLiteral("num_products"), qint64(products.size())}})
        .toJson(QJsonDocument::Compact);
}

} // namespace Candela::Core
