#pragma once

#include "core/model/candle.h"
#include "core/model/product.h"
#include "core/model/result.h"

#include <QByteArray>

#include <vector>

class QJsonObject;

namespace Candela::Core {

// The public market REST answers (../shared/coinbase/REFERENCE.md §2.2, §2.4), parsed from the
// bytes a server sent: a product, the product list, a page of candles. A field that is not what the
// reference says is a ParseError naming it, never a default that looks like data.
Result<Product> parseProduct(const QJsonObject& object);
Result<std::vector<Product>> parseProductList(const QByteArray& body);
Result<std::vector<Candle>> parseCandles(const QByteArray& body);

// A product list in the shape /market/products answers, with the fields parseProduct reads (the
// product cache; the fake venue's answer): parseProductList gives the same products back.
QByteArray productListToJson(const std::vector<Product>& products);

} // namespace Candela::Core
