#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Candela::Core {

// The non-empty lines of a JSONL file (a recording of WebSocket frames, one per line), with
// "\r\n" endings accepted. An unreadable file is an error naming the path.
Result<QList<QByteArray>> readJsonLines(const QString& path);
// The same from an open device (a fuzz target's bytes); its read errors are its own to report.
Result<QList<QByteArray>> readJsonLines(QIODevice& device);

} // namespace Candela::Core
