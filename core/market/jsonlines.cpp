#include "jsonlines.h"

#include <QFile>

namespace Candela::Core {

Result<QList<QByteArray>> readJsonLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto lines = readJsonLines(file);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::IoError,
            QStringLiteral("error reading %1: %2").arg(path, file.errorString()));
    return lines;
}

Result<QList<QByteArray>> readJsonLines(QIODevice& device)
{
    QList<QByteArray> lines;
    while (!device.atEnd()) {
        QByteArray line = device.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.append(std::move(line));
    }
    return lines;
}

} // namespace Candela::Core
