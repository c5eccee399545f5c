#include "core/logfiles.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela::Core;

namespace {

Q_LOGGING_CATEGORY(lcProbe, "candela.test.probe", QtWarningMsg)

LogFiles::Config filesIn(
    const QString& directory, qint64 maxBytes, int keep, const Clock* clock = nullptr)
{
    LogFiles::Config config;
    config.directory = directory;
    config.maxBytes = maxBytes;
    config.keep = keep;
    config.clock = clock;
    return config;
}

QString read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// The log files: one line a message with its UTC time, level and category; rotated at their cap
// with a fixed number kept; the level switched per category at run time.
class tst_LogFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void writesOneLineAMessage();
    void rotatesAtItsCapKeepingTheNewest();
    void levelsSwitchTheCategories();
    void aFolderThatCannotBeMadeIsAnError();
};

void tst_LogFiles::cleanup()
{
    LogFiles::uninstall();
    QLoggingCategory::setFilterRules(QString());
}

void tst_LogFiles::writesOneLineAMessage()
{
    QTemporaryDir dir;
    // 2025-12-08 00:00:00.123 UTC on the injected clock.
    const ManualClock clock(fromUnixSeconds(1765152000) + std::chrono::milliseconds(123));
    QVERIFY(LogFiles::install(filesIn(dir.path(), 1024 * 1024, 3, &clock)));
    QCOMPARE(LogFiles::directory(), dir.path());
    qCWarning(lcProbe) << "the feed went quiet";
    qCCritical(lcProbe) << "journal write failed";
    const QStringList lines = read(dir.filePath(QStringLiteral("candela.log")))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (WARN|CRIT) candela\.test\.probe: .+$)"));
    for (const QString& line : lines)
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    QCOMPARE(lines.at(0),
        QStringLiteral("2025-12-08T00:00:00.123Z WARN candela.test.probe: the feed went quiet"));
    QVERIFY(lines.at(1).contains(QLatin1String(" CRIT ")));
    LogFiles::uninstall();
    qCWarning(lcProbe) << "after";
    QVERIFY(!read(dir.filePath(QStringLiteral("candela.log"))).contains(QLatin1String("after")));
    QVERIFY(LogFiles::directory().isEmpty());
}

void tst_LogFiles::rotatesAtItsCapKeepingTheNewest()
{
    QTemporaryDir dir;
    QVERIFY(LogFiles::install(filesIn(dir.path(), 200, 2)));
    for (int i = 0; i < 40; ++i)
        qCWarning(lcProbe).noquote()
            << QStringLiteral("message %1").arg(i, 2, 10, QLatin1Char('0'));
    QStringList names = QDir(dir.path()).entryList({QStringLiteral("*.log")}, QDir::Files);
    names.sort();
    // The current file and the two newest rotated ones; the older ones were dropped.
    QCOMPARE(names,
        (QStringList{QStringLiteral("candela.1.log"), QStringLiteral("candela.2.log"),
            QStringLiteral("candela.log")}));
    for (const QString& name : names)
        QVERIFY(QFileInfo(dir.filePath(name)).size() < 200 + 100); // the cap and one line
    const QString newest = read(dir.filePath(QStringLiteral("candela.log")))
        + read(dir.filePath(QStringLiteral("candela.1.log")));
    QVERIFY(read(dir.filePath(QStringLiteral("candela.1.log"))).contains(QLatin1String("message")));
    QVERIFY(newest.contains(QLatin1String("message 39"))
        || read(dir.filePath(QStringLiteral("candela.1.log")))
               .contains(QLatin1String("message 39")));
    const QString all = newest + read(dir.filePath(QStringLiteral("candela.2.log")));
    QVERIFY(!all.contains(QLatin1String("message 00"))); // rotated away
    // Each message once, in order: the 2nd-newest file ends where the newest begins.
    const QString older = read(dir.filePath(QStringLiteral("candela.2.log")));
    const int last = older.lastIndexOf(QLatin1String("message "));
    const int first
        = read(dir.filePath(QStringLiteral("candela.1.log"))).indexOf(QLatin1String("message "));
    QVERIFY(last >= 0 && first >= 0);
    const int olderLast = older.mid(last + 8, 2).toInt();
    const int nextFirst
        = read(dir.filePath(QStringLiteral("candela.1.log"))).mid(first + 8, 2).toInt();
    QCOMPARE(nextFirst, olderLast + 1);
}

void tst_LogFiles::levelsSwitchTheCategories()
{
    QVERIFY(LogFiles::applyLevel(QStringLiteral("warning")));
    QVERIFY(!lcProbe().isInfoEnabled());
    QVERIFY(lcProbe().isWarningEnabled());
    QVERIFY(LogFiles::applyLevel(QStringLiteral("info")));
    QVERIFY(lcProbe().isInfoEnabled());
    QVERIFY(!lcProbe().isDebugEnabled());
    QVERIFY(LogFiles::applyLevel(QStringLiteral("debug")));
    QVERIFY(lcProbe().isDebugEnabled());
    // Qt's own rules, one category at a time.
    QVERIFY(LogFiles::applyLevel(
        QStringLiteral("candela.other.debug=true; candela.test.probe.info=true")));
    QVERIFY(lcProbe().isInfoEnabled());
    QVERIFY(!lcProbe().isDebugEnabled());
    QVERIFY(!LogFiles::applyLevel(QStringLiteral("loud")));
    QVERIFY(lcProbe().isInfoEnabled()); // an unknown level changes nothing
}

void tst_LogFiles::aFolderThatCannotBeMadeIsAnError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto installed
        = LogFiles::install(filesIn(blocker.fileName() + QStringLiteral("/logs"), 1024, 2));
    QVERIFY(!installed);
    QVERIFY(installed.error().message.contains(QLatin1String("cannot be made")));
    QVERIFY(LogFiles::directory().isEmpty());
}

QTEST_GUILESS_MAIN(tst_LogFiles)
#include "tst_logfiles.moc"
