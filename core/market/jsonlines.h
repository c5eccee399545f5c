#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Candela::Core {

// The non-empty lines of a JSONL file (a recording of WebSocket frames, one per line), with
// "\r\n" endings accepted. An unreadable file is an error naming the path.
Result<QList<QByteArray>> readJsonLines(const QString& path);

} // namespace Candela::Core
