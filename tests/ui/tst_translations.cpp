#include "core/settings/settings.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Candela;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QString translation;
};

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = TsMessage{context, {}, {}, {}, {}};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            current.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> keys(const QList<TsMessage>& messages)
{
    QSet<QString> result;
    for (const TsMessage& message : messages) {
        if (message.translationType != QLatin1String("vanished")
            && message.translationType != QLatin1String("obsolete"))
            result.insert(message.context + QLatin1Char('|') + message.source + QLatin1Char('|')
                + message.comment);
    }
    return result;
}

const QString GermanTs = QStringLiteral(CANDELA_SOURCE_DIR "/translations/candela_de.ts");
const QString EnglishTs = QStringLiteral(CANDELA_SOURCE_DIR "/translations/candela_en.ts");

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void germanLoadsAndTranslatesTheWindow();
    void unknownLanguageFallsBackToEnglish();
    void languageOptionIsReadInBothForms();
    void everyGermanMessageIsTranslated();
    void tsFilesHoldEveryStringInTheSources();
};

void tst_Translations::cleanup()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void tst_Translations::germanLoadsAndTranslatesTheWindow()
{
    QVERIFY2(!Gui::translationsDirectory().isEmpty(), "no translations folder beside the binary");
    QCOMPARE(
        Gui::installTranslations(*qApp, QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    QCOMPARE(window.findChild<QDockWidget*>(QStringLiteral("closedTradesDock"))->windowTitle(),
        QStringLiteral("Geschlossene Trades"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("killSwitchAction"))->text(),
        QStringLiteral("Not-Aus"));
}

void tst_Translations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(
        Gui::installTranslations(*qApp, QLocale(QStringLiteral("sw_KE"))), QStringLiteral("en"));
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::MainWindow window(settings);
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("killSwitchAction"))->text(),
        QStringLiteral("Kill switch"));
}

void tst_Translations::languageOptionIsReadInBothForms()
{
    const QString program = QStringLiteral("candela");
    QCOMPARE(Gui::languageFromArguments({program, QStringLiteral("--lang"), QStringLiteral("de")}),
        QStringLiteral("de"));
    QCOMPARE(Gui::languageFromArguments({program, QStringLiteral("--lang=en_GB")}),
        QStringLiteral("en_GB"));
    QCOMPARE(Gui::languageFromArguments({program, QStringLiteral("--version")}), QString());
    QCOMPARE(Gui::languageFromArguments({program, QStringLiteral("--lang")}), QString());
}

void tst_Translations::everyGermanMessageIsTranslated()
{
    const QList<TsMessage> messages = readTs(GermanTs);
    QVERIFY2(messages.size() >= 30, qPrintable(QString::number(messages.size())));
    for (const TsMessage& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        QVERIFY2(message.translationType.isEmpty(), qPrintable(where));
        QVERIFY2(!message.translation.trimmed().isEmpty(), qPrintable(where));
    }
    QCOMPARE(keys(messages), keys(readTs(EnglishTs)));
}

void tst_Translations::tsFilesHoldEveryStringInTheSources()
{
    QFile list(QStringLiteral(CANDELA_TRANSLATED_SOURCES_FILE));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList sources
        = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!sources.isEmpty());

    QTemporaryDir dir;
    const QString extracted = dir.filePath(QStringLiteral("extracted_de.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CANDELA_LUPDATE),
        QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")}
            + sources + QStringList{QStringLiteral("-ts"), extracted});
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    const QSet<QString> inSources = keys(readTs(extracted));
    QVERIFY(!inSources.isEmpty());
    const QSet<QString> committed = keys(readTs(GermanTs));
    const QSet<QString> missing = inSources - committed;
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("run the update_translations target and translate: ")
            + QStringList(missing.cbegin(), missing.cend()).join(QStringLiteral("; "))));
    const QSet<QString> stale = committed - inSources;
    QVERIFY2(stale.isEmpty(),
        qPrintable(QStringList(stale.cbegin(), stale.cend()).join(QStringLiteral("; "))));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
