// candela: the desktop terminal. main() parses the command line and wires core and ui
// together (the composition root); it holds no logic of its own.

#include "apikeystore.h"
#include "apptr.h"
#include "botlibrary.h"
#include "liveaccount.h"
#include "livetradingwiring.h"
#include "marketconnection.h"
#include "terminal.h"

#include "candela/version.h"
#include "core/logfiles.h"
#include "core/processsignals.h"
#include "core/settings/settings.h"
#include "core/storage/papersessions.h"
#include "ui/dialogs/sessiondialog.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace {

using namespace Candela;

struct Options
{
    QCommandLineOption language{QStringLiteral("lang"),
        AppTr::tr("Use the user-interface language <code> (for example de "
                  "or en) instead of the system language."),
        AppTr::tr("code")};
    QCommandLineOption settingsFile{QStringLiteral("settings"),
        AppTr::tr("Read and write settings in the INI file <file>."), AppTr::tr("file")};
    QCommandLineOption demo{QStringLiteral("demo"),
        AppTr::tr("Play the bundled market recording instead of connecting to Coinbase.")};
    QCommandLineOption replay{QStringLiteral("replay"),
        AppTr::tr("Play the market recording <file> (JSONL of Coinbase messages)."),
        AppTr::tr("file")};
    QCommandLineOption speed{QStringLiteral("speed"),
        AppTr::tr("Replay at <x> times the recorded pace (0 = as fast as possible)."),
        AppTr::tr("x"), QStringLiteral("1")};
    QCommandLineOption products{QStringLiteral("products"),
        AppTr::tr("Watch these products, comma separated (default BTC-USD)."), AppTr::tr("list"),
        QStringLiteral("BTC-USD")};
    QCommandLineOption logLevel{QStringLiteral("log-level"),
        AppTr::tr("Log <level> to the log files: warning, info (the default), debug, or "
                  "logging-category rules such as candela.core.engine.debug=true."),
        AppTr::tr("level")};
    QCommandLineOption database{QStringLiteral("db"),
        AppTr::tr("Keep the paper account in the SQLite file <file> (default: the current "
                  "paper session's file in the application data folder)."),
        AppTr::tr("file")};
};

void describe(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        AppTr::tr("Candela — a desktop trading terminal for Coinbase Advanced Trade."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.language);
    parser.addOption(options.settingsFile);
    parser.addOption(options.demo);
    parser.addOption(options.replay);
    parser.addOption(options.speed);
    parser.addOption(options.products);
    parser.addOption(options.database);
    parser.addOption(options.logLevel);
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

// What the live market fetched and is kept between runs: the candle history (candles.db) and
// Coinbase's product list (products.json).
QString appDataFile(const QString& name)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    return QDir(directory).filePath(name);
}

// The log files in <AppData>/logs at the level asked for (the command line's, else the
// setting's, which the settings can change while the terminal runs), from before the session
// starts. The folder written to, or why there is none.
Core::Result<QString> startLogging(const QString& levelAsked, Core::Settings& settings)
{
    const QString level
        = levelAsked.isEmpty() ? settings.value(Core::SettingKeys::LogLevel) : levelAsked;
    if (auto applied = Core::LogFiles::applyLevel(level); !applied) {
        qWarning().noquote() << applied.error().message << "- logging at info";
        Q_UNUSED(Core::LogFiles::applyLevel(QStringLiteral("info")));
    }
    Core::LogFiles::Config files;
    files.directory = QFileInfo(appDataFile(QStringLiteral("logs/candela.log"))).path();
    const Core::Status installed = Core::LogFiles::install(files);
    qInfo().noquote() << "Candela" << QCoreApplication::applicationVersion()
                      << "started; logging at"
                      << (level.isEmpty() ? QStringLiteral("info") : level);
    if (levelAsked.isEmpty()) { // else the command line's level holds for this run
        QObject::connect(
            &settings, &Core::Settings::changed, &settings, [&settings](const QString& key) {
                if (key != Core::SettingKeys::LogLevel.name)
                    return;
                if (auto applied
                    = Core::LogFiles::applyLevel(settings.value(Core::SettingKeys::LogLevel));
                    !applied)
                    qWarning().noquote() << applied.error().message;
            });
    }
    if (!installed)
        return installed.error();
    return files.directory;
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

    const auto logFolder = startLogging(parser.value(options.logLevel), *settings);
    Gui::applyTheme(app, Gui::themeFromName(settings->value(Core::SettingKeys::Theme)));
    // The trading session the window shows and commands, starting from what the trader set.
    BotLibrary bots = loadBotLibrary(defaultBotDirectory());
    MarketConnection::Options market;
    market.demo = parser.isSet(options.demo);
    market.replayFile = parser.value(options.replay);
    market.speed = std::max(0.0, parser.value(options.speed).toDouble());
    market.products = parser.value(options.products).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (market.products.isEmpty())
        market.products = QStringList{QStringLiteral("BTC-USD")};
    market.candleCachePath = appDataFile(QStringLiteral("candles.db"));
    market.productCachePath = appDataFile(QStringLiteral("products.json"));
    Core::PaperSessions sessions;
    QString paperSession = settings->value(Core::SettingKeys::PaperSession);
    if (!Gui::SessionDialog::isValidName(paperSession))
        paperSession = Core::SettingKeys::PaperSession.defaultValue;
    market.paperDatabase = parser.value(options.database);
    if (market.paperDatabase.isEmpty())
        market.paperDatabase = sessions.pathFor(paperSession);
    else
        paperSession = QFileInfo(market.paperDatabase).completeBaseName();
    Terminal terminal(*settings, market, bots.bots);
    Gui::MainWindow& window = terminal.window;
    MarketConnection& connection = terminal.connection;
    if (logFolder)
        window.setLogFolder(*logFolder);
    else
        window.notify(AppTr::tr("No log file: %1").arg(logFolder.error().message));
    for (const QString& problem : bots.problems) {
        qWarning().noquote() << "bot not loaded:" << problem;
        window.notify(AppTr::tr("A bot could not be loaded: %1").arg(problem));
    }
    // kill -USR1 <pid>: the same halt as the red button, from outside the window.
    Core::ProcessSignals killSignal;
    QObject::connect(&killSignal, &Core::ProcessSignals::haltRequested, &terminal.session,
        [&terminal] { terminal.session.halt(Core::HaltCause::Signal); });
    window.show();
    window.setPaperSessions(sessions.names(), paperSession);
    const auto offerJournals = [&](const QString& current) {
        QStringList journals{current};
        for (const QString& name : sessions.names())
            journals << sessions.pathFor(name);
        journals << LiveAccount::defaultJournalPath();
        journals.removeDuplicates();
        window.setSessionJournals(journals);
    };
    offerJournals(market.paperDatabase);
    // The bot editor's changes go to the files and, at once, to the session.
    const auto botsChanged = [&](const Core::Status& status, const QString& done) {
        if (!status) {
            window.notify(AppTr::tr("The bot could not be saved: %1").arg(status.error().message));
            return;
        }
        connection.watchBots(bots.bots);
        window.setBotConfigs(bots.bots);
        window.notify(done);
    };
    QObject::connect(&window, &Gui::MainWindow::botSaved, &connection,
        [&](const Core::BotConfig& config, const QString& previousName) {
            botsChanged(saveBot(bots, defaultBotDirectory(), config, previousName),
                AppTr::tr("Bot “%1” saved.").arg(config.name));
        });
    QObject::connect(&window, &Gui::MainWindow::botDeleted, &connection, [&](const QString& name) {
        botsChanged(
            deleteBot(bots, defaultBotDirectory(), name), AppTr::tr("Bot “%1” deleted.").arg(name));
    });
    // The live API key: only into the OS keychain; its name (not secret) into the settings.
    ApiKeyStore apiKeys;
    QObject::connect(&window, &Gui::MainWindow::apiKeySubmitted, &apiKeys,
        [&](const QString& keyName, const QByteArray& privateKey) {
            apiKeys.save(keyName, privateKey, [&, keyName](const QString& problem) {
                if (problem.isEmpty())
                    settings->setValue(Core::SettingKeys::LiveApiKeyName, keyName);
                window.showApiKeyStatus(
                    problem.isEmpty() ? AppTr::tr("Stored in the system keychain.") : problem);
            });
        });
    // Tools → Coinbase account…: the stored key checked against Coinbase, read-only.
    LiveAccount liveAccount([&apiKeys](auto done) { apiKeys.load(std::move(done)); },
        LiveAccount::defaultJournalPath());
    wireLiveTrading(
        window, liveAccount, connection, [&] { return bots.bots; },
        [&] { return settings->value(Core::SettingKeys::LiveApiKeyName); });
    QObject::connect(&window, &Gui::MainWindow::paperSessionRequested, &connection,
        [&](const QString& name, const std::optional<Core::Decimal>& cash) {
            settings->setValue(Core::SettingKeys::PaperSession, name);
            connection.usePaperSession(
                sessions.pathFor(name), cash.value_or(Core::Decimal::fromInteger(10000)));
            QStringList names = sessions.names();
            if (!names.contains(name))
                names.append(name);
            window.setPaperSessions(names, name);
            offerJournals(sessions.pathFor(name));
            window.notify(AppTr::tr("Paper session “%1”: the live market trades in it; "
                                    "replays keep their own fresh account.")
                              .arg(name));
        });
    connection.start();
    return QApplication::exec();
}
