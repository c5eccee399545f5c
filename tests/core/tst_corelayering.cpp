// Enforces STYLE.md rules 1 and 2: candela_core never includes QtGui/QtWidgets/QtCharts headers
// and never links their libraries, and its folders include one another in one direction only
// (DESIGN.md, "Layout").

#include "sourcetree.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_CoreLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreSourcesIncludeNoGuiHeaders();
    void coreLinksNoGuiLibraries();
    void processWithCoreLoadsNoGuiLibrary();
    void noSourceTurnsOffTlsVerification();
    void coreFoldersIncludeOnlyTheLayersBelow();
};

void tst_CoreLayering::coreSourcesIncludeNoGuiHeaders()
{
    // Module includes (<QtGui/...>, <QtWidgets>) and class headers of those modules.
    static const QRegularExpression guiInclude(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](Qt(Gui|Widgets|Charts|OpenGL|OpenGLWidgets|Svg)\b|)"
        R"(Q(Widget|Application|GuiApplication|Color|Icon|Pixmap|Image|Painter|Font|Palette|)"
        R"(MainWindow|Dialog|Label|Action|KeySequence|Brush|Pen)\b))"));
    int checked = 0;
    QDirIterator files(QStringLiteral(CANDELA_SOURCE_DIR "/core"),
        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.in")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            QVERIFY2(!guiInclude.match(line).hasMatch(),
                qPrintable(QStringLiteral("%1:%2: %3")
                               .arg(file.fileName())
                               .arg(lineNumber)
                               .arg(line.trimmed())));
        }
        ++checked;
    }
    QVERIFY2(checked >= 10, "found too few core sources: is CANDELA_SOURCE_DIR right?");
}

// No code disables certificate checks — not production code, not even a test (tests trust a
// test CA explicitly instead). This file names the calls, so it is the one left out.
void tst_CoreLayering::noSourceTurnsOffTlsVerification()
{
    static const QRegularExpression forbidden(
        QStringLiteral(R"(ignoreSslErrors|VerifyNone|SSL_VERIFY_NONE|setPeerVerifyMode)"));
    QStringList found;
    const int checked = Candela::Test::forEachSource(
        {"/app", "/core", "/ui", "/tests"}, [&found](const QString& path, const QString& text) {
            if (!path.endsWith(QLatin1String("tst_corelayering.cpp"))
                && forbidden.match(text).hasMatch())
                found.append(path);
        });
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(checked > 100);
}

void tst_CoreLayering::coreLinksNoGuiLibraries()
{
    QFile list(QStringLiteral(CANDELA_CORE_LINK_LIBRARIES_FILE));
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(list.fileName()));
    const QString libraries = QString::fromUtf8(list.readAll());
    QVERIFY(libraries.contains(QLatin1String("Qt6::Core")));
    static const QRegularExpression gui(QStringLiteral(R"(Qt6?::(Gui|Widgets|Charts|OpenGL))"));
    QVERIFY2(!gui.match(libraries).hasMatch(), qPrintable(libraries));
}

void tst_CoreLayering::processWithCoreLoadsNoGuiLibrary()
{
#ifdef Q_OS_LINUX
    // This executable links candela_core alone; whatever core drags in is mapped here.
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString mapped = QString::fromUtf8(maps.readAll());
    QVERIFY(mapped.contains(QLatin1String("libQt6Core")));
    QVERIFY2(!mapped.contains(QLatin1String("libQt6Gui")), "candela_core pulled in QtGui");
    QVERIFY2(!mapped.contains(QLatin1String("libQt6Widgets")), "candela_core pulled in QtWidgets");
#else
    QSKIP("reads /proc/self/maps");
#endif
}

void tst_CoreLayering::coreFoldersIncludeOnlyTheLayersBelow()
{
    // Each folder and the folders it may include. Money and time at the bottom; market data,
    // indicators and signals above; strategy, risk, execution and portfolio above those; storage
    // beside them on the model only; Coinbase's protocol speaks market data and execution; the
    // engine wires them all, the backtest runs strategy and risk without venue or storage; review
    // holds a session's journal against a backtest.
    const QHash<QString, QStringList> allowed{
        {QStringLiteral("model"), {}},
        {QStringLiteral("settings"), {QStringLiteral("model")}},
        {QStringLiteral("indicators"), {QStringLiteral("model")}},
        {QStringLiteral("market"), {QStringLiteral("model"), QStringLiteral("indicators")}},
        {QStringLiteral("signals"), {QStringLiteral("model"), QStringLiteral("indicators")}},
        {QStringLiteral("strategy"),
            {QStringLiteral("model"), QStringLiteral("indicators"), QStringLiteral("market"),
                QStringLiteral("signals")}},
        {QStringLiteral("risk"),
            {QStringLiteral("model"), QStringLiteral("settings"), QStringLiteral("indicators"),
                QStringLiteral("market"), QStringLiteral("signals"), QStringLiteral("strategy")}},
        {QStringLiteral("execution"),
            {QStringLiteral("model"), QStringLiteral("settings"), QStringLiteral("market")}},
        {QStringLiteral("portfolio"), {QStringLiteral("model")}},
        {QStringLiteral("storage"), {QStringLiteral("model")}},
        {QStringLiteral("coinbase"),
            {QStringLiteral("model"), QStringLiteral("market"), QStringLiteral("execution")}},
        {QStringLiteral("backtest"),
            {QStringLiteral("model"), QStringLiteral("indicators"), QStringLiteral("market"),
                QStringLiteral("signals"), QStringLiteral("strategy"), QStringLiteral("risk"),
                QStringLiteral("execution"), QStringLiteral("portfolio")}},
        {QStringLiteral("engine"),
            {QStringLiteral("model"), QStringLiteral("settings"), QStringLiteral("indicators"),
                QStringLiteral("market"), QStringLiteral("signals"), QStringLiteral("strategy"),
                QStringLiteral("risk"), QStringLiteral("execution"), QStringLiteral("portfolio"),
                QStringLiteral("storage"), QStringLiteral("coinbase")}},
        // A session's journal held against the backtest of its window.
        {QStringLiteral("review"),
            {QStringLiteral("model"), QStringLiteral("market"), QStringLiteral("strategy"),
                QStringLiteral("risk"), QStringLiteral("execution"), QStringLiteral("storage"),
                QStringLiteral("backtest"), QStringLiteral("engine")}},
    };
    static const QRegularExpression coreInclude(
        QStringLiteral(R"(^\s*#\s*include\s*"(?:core|\.\.)/([a-z]+)/)"));
    QDir core(QStringLiteral(CANDELA_SOURCE_DIR "/core"));
    int checked = 0;
    for (const QString& folder : core.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QVERIFY2(allowed.contains(folder),
            qPrintable(QStringLiteral("core/%1 has no place in the layering").arg(folder)));
        QDirIterator files(
            core.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const QRegularExpressionMatch include = coreInclude.match(line);
                if (!include.hasMatch())
                    continue;
                const QString target = include.captured(1); // core/<target>/… or ../<target>/…
                QVERIFY2(target == folder || allowed.value(folder).contains(target),
                    qPrintable(QStringLiteral("%1:%2: core/%3 may not include %4")
                                   .arg(file.fileName())
                                   .arg(lineNumber)
                                   .arg(folder, line.trimmed())));
            }
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

QTEST_GUILESS_MAIN(tst_CoreLayering)
#include "tst_corelayering.moc"
