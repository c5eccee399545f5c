#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Candela::Core {

// The JSON object of a Coinbase REST answer, or a parse error naming `what` was asked for.
inline Result<QJsonObject> parseJsonObject(const QByteArray& body, const char* what)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::ParseError,
            QStringLiteral("%1: the answer is not a JSON object").arg(QLatin1String(what)));
    return document.object();
}

} // namespace Candela::Core
