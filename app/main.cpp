// candela: the desktop terminal. main() parses the command line and wires core and ui
// together (the composition root); it holds no logic of its own.

#include "candela/version.h"
#include "core/settings/settings.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <memory>

namespace {

using namespace Candela;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Candela::App)
};

struct Options
{
    QCommandLineOption language{QStringLiteral("lang"),
        Tr::tr("Use the user-interface language <code> (for example de "
               "or en) instead of the system language."),
        Tr::tr("code")};
    QCommandLineOption settingsFile{QStringLiteral("settings"),
        Tr::tr("Read and write settings in the INI file <file>."), Tr::tr("file")};
};

void describe(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        Tr::tr("Candela — a desktop trading terminal for Coinbase Advanced Trade."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.language);
    parser.addOption(options.settingsFile);
}

bool wantsTextOnly(const QStringList& arguments)
{
    static const QStringList textOptions{QStringLiteral("-h"), QStringLiteral("--help"),
        QStringLiteral("-?"), QStringLiteral("--help-all"), QStringLiteral("-v"),
        QStringLiteral("--version")};
    for (const QString& argument : arguments.mid(1)) {
        if (textOptions.contains(argument))
            return true;
    }
    return false;
}

QLocale localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(ApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(OrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(OrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Version));
}

// --help and --version answer on a terminal without a display, as a user over SSH expects.
int printTextAndExit(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Translations first, so that --help itself comes out in the requested language.
    Gui::installTranslations(app, localeFor(Gui::languageFromArguments(app.arguments())));
    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    setIdentity();
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (wantsTextOnly(arguments))
            return printTextAndExit(argc, argv);
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("app.candela.Candela"));
    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    const QString settingsPath = parser.value(options.settingsFile);
    auto settings = settingsPath.isEmpty() ? std::make_unique<Core::Settings>()
                                           : std::make_unique<Core::Settings>(settingsPath);
    QString language = parser.value(options.language);
    if (language.isEmpty())
        language = settings->value(Core::SettingKeys::Language);
    Gui::installTranslations(app, localeFor(language));

    Gui::applyDarkTheme(app);
    Gui::MainWindow window(*settings);
    window.setTradingMode(Core::TradingMode::Paper);
    window.setConnectionState(Core::ConnectionState::Disconnected);
    window.show();
    return QApplication::exec();
}
