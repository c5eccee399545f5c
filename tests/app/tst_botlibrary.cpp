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
}

QTEST_MAIN(tst_BotLibrary)
#include "tst_botlibrary.moc"
