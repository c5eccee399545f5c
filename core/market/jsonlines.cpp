#include "jsonlines.h"

#include <QFile>

namespace Candela::Core {

Result<QList<QByteArray>> readJsonLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QList<QByteArray> lines;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.append(std::move(line));
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::IoError,
            QStringLiteral("error reading %1: %2").arg(path, file.errorString()));
    return lines;
}

} // namespace Candela::Core
