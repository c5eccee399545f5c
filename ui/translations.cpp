#include "translations.h"

#include "uilogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Candela::Gui {

QString translationsDirectory()
{
    const QDir binDir(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        binDir.filePath(QStringLiteral("../share/candela/translations")),
        binDir.filePath(QStringLiteral("translations")),
        binDir.filePath(QStringLiteral("../Resources/translations")),
    };
    for (const QString& candidate : candidates) {
        if (QDir(candidate).exists())
            return QDir::cleanPath(candidate);
    }
    return {};
}

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    const QString directory = translationsDirectory();
    auto* translator = new QTranslator(&app);
    if (!directory.isEmpty()
        && translator->load(locale, QStringLiteral("candela"), QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        qCInfo(lcTranslations).noquote() << "loaded" << translator->filePath();
        return QLocale::languageToCode(QLocale(translator->language()).language());
    }
    qCInfo(lcTranslations).noquote()
        << "no translation for" << locale.name() << "in" << directory << "- using English";
    // English's own file holds its plurals ("1 win in a row", not "1 win(s) in a row").
    if (!directory.isEmpty() && translator->load(QStringLiteral("candela_en"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return QStringLiteral("en");
}

QString languageFromArguments(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

} // namespace Candela::Gui
