#include "botlibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;

// Which bots the terminal watches on start.
class tst_BotLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFolderFallsBackToTheShippedExamples();
    void brokenFileIsNamedAndTheRestStillLoad();
    void savingAdoptsTheExamplesAndKeepsEachBotInItsFile();
};

void tst_BotLibrary::emptyFolderFallsBackToTheShippedExamples()
{
    QTemporaryDir empty;
    const BotLibrary library = loadBotLibrary(empty.path());
    QVERIFY(library.problems.isEmpty());
    QCOMPARE(library.bots.size(), size_t(2));
    QCOMPARE(library.bots.front().name, QStringLiteral("BTC Scalper"));
}

void tst_BotLibrary::brokenFileIsNamedAndTheRestStillLoad()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/eth_momentum.json"),
        dir.filePath(QStringLiteral("mine.json"))));
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"name\": \"half");
    broken.close();
    const BotLibrary library = loadBotLibrary(dir.path());
    QCOMPARE(library.bots.size(), size_t(1)); // only mine, not the examples
    QCOMPARE(library.bots.front().name, QStringLiteral("ETH Momentum"));
    QCOMPARE(library.problems.size(), 1);
    QVERIFY(library.problems.front().contains(QStringLiteral("broken.json")));
    // Named once: the status bar has no room for the path twice.
    QCOMPARE(library.problems.front().count(QStringLiteral("broken.json")), 1);

    // A bot whose risk section the risk gate refuses does not load either, and says why.
    QFile file(QStringLiteral(CANDELA_SOURCE_DIR "/resources/bots/btc_scalper.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace("\"risk_percent\": 1", "\"risk_percent\": 1, \"daily_loss\": 2");
    QFile risky(dir.filePath(QStringLiteral("risky.json")));
    QVERIFY(risky.open(QIODevice::WriteOnly));
    risky.write(json);
    risky.close();
    const BotLibrary again = loadBotLibrary(dir.path());
    QCOMPARE(again.bots.size(), size_t(1));
    QCOMPARE(again.problems.size(), 2);
    QVERIFY(again.problems.join(QLatin1Char(' '))
                .contains(
                    QLatin1String("risky.json: bot 'BTC Scalper': risk.daily_loss: unknown key")));
}

void tst_BotLibrary::savingAdoptsTheExamplesAndKeepsEachBotInItsFile()
{
    QTemporaryDir dir;
    BotLibrary library = loadBotLibrary(dir.path());
    QCOMPARE(library.bots.size(), size_t(2)); // the shipped examples
    QVERIFY(library.files.front().startsWith(QLatin1Char(':')));

    // A new bot: the examples become the trader's files too.
    Core::BotConfig fresh = library.bots.front();
    fresh.name = QStringLiteral("My, scalper");
    QVERIFY(saveBot(library, dir.path(), fresh, {}));
    QCOMPARE(library.bots.size(), size_t(3));
    for (const QString& file : library.files)
        QVERIFY2(file.startsWith(dir.path()) && QFile::exists(file), qPrintable(file));

    // An edit, renaming it: the same file, no second copy.
    const QString file = library.files.last();
    Core::BotConfig edited = fresh;
    edited.name = QStringLiteral("Renamed");
    edited.positionSize = Core::Decimal::fromInteger(2);
    QVERIFY(saveBot(library, dir.path(), edited, fresh.name));
    QCOMPARE(library.files.last(), file);
    BotLibrary reloaded = loadBotLibrary(dir.path());
    QCOMPARE(reloaded.bots.size(), size_t(3));
    QVERIFY(reloaded.problems.isEmpty());
    const auto renamed = std::find_if(reloaded.bots.begin(), reloaded.bots.end(),
        [](const Core::BotConfig& bot) { return bot.name == QStringLiteral("Renamed"); });
    QVERIFY(renamed != reloaded.bots.end());
    QCOMPARE(renamed->positionSize, Core::Decimal::fromInteger(2));

    // Delete: the file goes, the others stay.
    QVERIFY(deleteBot(reloaded, dir.path(), QStringLiteral("Renamed")));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(loadBotLibrary(dir.path()).bots.size(), size_t(2));
    QVERIFY(!deleteBot(reloaded, dir.path(), QStringLiteral("Renamed")));
}

QTEST_MAIN(tst_BotLibrary)
#include "tst_botlibrary.moc"
