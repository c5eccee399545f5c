#include "logfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace Candela::Core {

namespace {

struct Sink
{
    QMutex mutex;
    LogFiles::Config config;
    QFile file;
    qint64 written = 0;
    bool installed = false;
    bool failed = false; // said once on stderr
    QtMessageHandler previous = nullptr;
};

Sink& sink()
{
    static Sink instance;
    return instance;
}

const Clock& clockOf(const LogFiles::Config& config)
{
    static const SystemClock system;
    return config.clock ? *config.clock : system;
}

QString pathOf(const LogFiles::Config& config, int generation)
{
    const QString name = generation == 0
        ? QStringLiteral("%1.log").arg(config.baseName)
        : QStringLiteral("%1.%2.log").arg(config.baseName).arg(generation);
    return QDir(config.directory).filePath(name);
}

bool openCurrent(Sink& out)
{
    out.file.setFileName(pathOf(out.config, 0));
    if (!out.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    out.written = out.file.size();
    return true;
}

// candela.log → candela.1.log → … → candela.<keep>.log (the oldest dropped), and a new file.
void rotate(Sink& out)
{
    out.file.close();
    QFile::remove(pathOf(out.config, out.config.keep));
    for (int generation = out.config.keep - 1; generation >= 0; --generation)
        QFile::rename(pathOf(out.config, generation), pathOf(out.config, generation + 1));
    if (!openCurrent(out) && !out.failed) {
        out.failed = true;
        std::fputs(
            "candela: the log file cannot be opened after rotating; logging to stderr\n", stderr);
    }
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARN";
    case QtCriticalMsg:
        return "CRIT";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?";
}

void write(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Sink& out = sink();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&out.mutex);
        previous = out.previous;
        if (out.file.isOpen()) {
            const qint64 ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                clockOf(out.config).now().time_since_epoch())
                                  .count();
            const QByteArray line
                = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8()
                + ' ' + levelName(type) + ' ' + (context.category ? context.category : "default")
                + ": " + message.toUtf8() + '\n';
            const qint64 sent = out.file.write(line);
            out.file.flush(); // a crash must not take the last lines with it
            if (sent < 0 && !out.failed) {
                out.failed = true;
                std::fputs("candela: the log file cannot be written; logging to stderr\n", stderr);
            }
            out.written += std::max<qint64>(sent, 0);
            if (out.written >= out.config.maxBytes)
                rotate(out);
        }
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

Status LogFiles::install(const Config& config)
{
    if (config.directory.isEmpty() || config.maxBytes <= 0 || config.keep < 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no log folder or size"));
    if (!QDir().mkpath(config.directory))
        return makeError(ErrorCode::IoError,
            QStringLiteral("the log folder %1 cannot be made").arg(config.directory));
    Sink& out = sink();
    QMutexLocker lock(&out.mutex);
    out.file.close();
    out.config = config;
    out.failed = false;
    if (!openCurrent(out))
        return makeError(ErrorCode::IoError,
            QStringLiteral("the log file %1 cannot be opened: %2")
                .arg(out.file.fileName(), out.file.errorString()));
    if (!out.installed) {
        out.previous = qInstallMessageHandler(write);
        out.installed = true;
    }
    return success();
}

void LogFiles::uninstall()
{
    Sink& out = sink();
    QMutexLocker lock(&out.mutex);
    if (out.installed)
        qInstallMessageHandler(out.previous);
    out.installed = false;
    out.previous = nullptr;
    out.file.close();
    out.config = {};
}

QString LogFiles::directory()
{
    Sink& out = sink();
    QMutexLocker lock(&out.mutex);
    return out.installed ? out.config.directory : QString();
}

Result<QString> LogFiles::filterRules(const QString& level)
{
    const QString wanted = level.trimmed().toLower();
    if (wanted == QLatin1String("warning") || wanted == QLatin1String("warn"))
        return QStringLiteral("candela.*.debug=false\ncandela.*.info=false");
    if (wanted.isEmpty() || wanted == QLatin1String("info"))
        return QStringLiteral("candela.*.debug=false\ncandela.*.info=true");
    if (wanted == QLatin1String("debug"))
        return QStringLiteral("candela.*=true");
    if (!level.contains(QLatin1Char('=')))
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("log level \"%1\": warning, info, debug, or rules such as "
                           "candela.core.engine.debug=true")
                .arg(level));
    QStringList rules = level.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString& rule : rules)
        rule = rule.trimmed();
    return rules.join(QLatin1Char('\n'));
}

Status LogFiles::applyLevel(const QString& level)
{
    auto rules = filterRules(level);
    if (!rules)
        return rules.error();
    QLoggingCategory::setFilterRules(*rules);
    return success();
}

} // namespace Candela::Core
