#include "botlibrary.h"
#include "terminal.h"

#include "core/settings/settings.h"
#include "ui/bots/botspanel.h"
#include "ui/charts/candlechart.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Candela;

// The whole window as the trader sees it in demo mode, rendered offscreen to PNG (written to
// the build's bin folder as candela-demo.png, to look at) — and checked for what must be there.
class tst_Screenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoWindowRendersMarketAndBots();
};

namespace {
int pixelsOfColour(const QImage& image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xffffff) == (colour & 0xffffff);
    }
    return count;
}
} // namespace

void tst_Screenshot::demoWindowRendersMarketAndBots()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Gui::applyTheme(*qApp, Gui::Theme::Dark);
    MarketConnection::Options options;
    options.replayFile = QStringLiteral(
        CANDELA_SOURCE_DIR "/resources/demo/coinbase_advanced_trade_ws_btc-usd_20260809.jsonl");
    options.speed = 0; // as fast as it replays
    Terminal terminal(
        settings, options, loadBotLibrary(dir.filePath(QStringLiteral("no-bots-here"))).bots);
    Gui::MainWindow& window = terminal.window;
    MarketConnection& connection = terminal.connection;
    window.resize(1440, 900);
    window.show();
    connection.start();

    auto* chart = window.findChild<Gui::CandleChart*>();
    auto* book = window.findChild<QTableView*>(QStringLiteral("orderBookView"));
    auto* bots = window.findChild<Gui::BotsPanel*>();
    QVERIFY(chart && book && bots);
    QTRY_VERIFY_WITH_TIMEOUT(chart->candleCount() >= 50, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(book->model()->rowCount() > 10, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bots->cardCount(), 2, 20000);
    // The bots' products join the chart's choices (ETH Momentum trades ETH-USD).
    auto* products = window.findChild<QComboBox*>(QStringLiteral("productSelector"));
    QCOMPARE(products->findText(QStringLiteral("ETH-USD")), 1);

    const QImage shot = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QString path
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("candela-demo.png"));
    QVERIFY(shot.save(path));
    qInfo().noquote() << "screenshot:" << path;
    // Rising and falling candles (and bid/ask prices) are drawn in their colours.
    QVERIFY(pixelsOfColour(shot, qRgb(0x26, 0xa6, 0x9a)) > 200);
    QVERIFY(pixelsOfColour(shot, qRgb(0xef, 0x53, 0x50)) > 200);
}

QTEST_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
