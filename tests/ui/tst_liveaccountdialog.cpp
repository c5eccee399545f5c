#include "ui/dialogs/liveaccountdialog.h"

#include "../core/decimalliteral.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Candela::Core;
using Candela::Core::Test::dec;
using Candela::Gui::LiveAccountDialog;

class tst_LiveAccountDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBlockerHasItsOwnWords();
    void readOnlyAccountIsShown();
    void checkAgainAsksAgain();
    void tradeLiveNeedsEveryGateAndTheTypedWord();
};

void tst_LiveAccountDialog::everyBlockerHasItsOwnWords()
{
    QSet<QString> texts;
    for (LiveBlocker blocker :
        {LiveBlocker::NoKey, LiveBlocker::PermissionsUnknown, LiveBlocker::CannotView,
            LiveBlocker::CanTransfer, LiveBlocker::WrongPortfolio, LiveBlocker::ViewOnly,
            LiveBlocker::ClockSkew, LiveBlocker::UserChannelNotReady, LiveBlocker::NotReconciled}) {
        const QString text = LiveAccountDialog::blockerText(blocker, QStringLiteral("detail-x"));
        QVERIFY(text.size() > 20);
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 9);
    QVERIFY(LiveAccountDialog::blockerText(LiveBlocker::ClockSkew, QStringLiteral("95 s ahead"))
                .contains(QLatin1String("95 s ahead")));
}

void tst_LiveAccountDialog::readOnlyAccountIsShown()
{
    LiveReadinessReport report;
    report.complete = true;
    report.verdict.access = LiveAccess::ReadOnly;
    report.verdict.blockers = {{LiveBlocker::ViewOnly, {}},
        {LiveBlocker::NotReconciled, QStringLiteral("BTC: journal 0, Coinbase 0.3")}};
    report.permissions = KeyPermissions{true, false, false, QStringLiteral("bots-1"), {}};
    report.feeTier = CoinbaseOrders::FeeTier{QStringLiteral("<$10k"), dec("0.006"), dec("0.004")};
    ReconcileReport reconciliation;
    reconciliation.venueBalances = {{QStringLiteral("BTC"), dec("0.3"), dec("0")},
        {QStringLiteral("USD"), dec("1500.25"), dec("100")}};
    CoinbaseOrders::VenueOrder mine;
    mine.venueOrderId = QStringLiteral("v-1");
    mine.productId = QStringLiteral("BTC-USD");
    mine.side = Side::Buy;
    mine.venueStatus = QStringLiteral("OPEN");
    CoinbaseOrders::VenueOrder web = mine;
    web.venueOrderId = QStringLiteral("v-web");
    web.side = Side::Sell;
    reconciliation.venueOpenOrders = {mine, web};
    reconciliation.externalOrders = {web};
    reconciliation.mismatches = {{QStringLiteral("BTC"), dec("0"), dec("0.3")}};
    report.reconciliation = reconciliation;

    LiveAccountDialog dialog;
    dialog.showReport(report);
    const auto* status = dialog.findChild<QLabel*>(QStringLiteral("liveStatus"));
    QVERIFY(status->text().contains(QLatin1String("Read-only")));
    const QString blockers = dialog.findChild<QLabel*>(QStringLiteral("liveBlockers"))->text();
    QVERIFY(blockers.contains(QLatin1String("only view")));
    QVERIFY(blockers.contains(QLatin1String("BTC: journal 0, Coinbase 0.3")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("livePermissions"))
                ->text()
                .contains(QLatin1String("trade: no")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("livePermissions"))
                ->text()
                .contains(QLatin1String("maker 0.4 %, taker 0.6 %")));
    const auto* balances = dialog.findChild<QTableWidget*>(QStringLiteral("liveBalances"));
    QCOMPARE(balances->rowCount(), 2);
    QCOMPARE(balances->item(1, 1)->text(), QStringLiteral("1500.25"));
    auto* orders = dialog.findChild<QTableWidget*>(QStringLiteral("liveOrders"));
    QCOMPARE(orders->rowCount(), 2);
    QCOMPARE(orders->item(0, 4)->text(), QStringLiteral("Candela"));
    QVERIFY(orders->item(1, 4)->text().contains(QLatin1String("external")));
    // An external order can be closed from here; the bots' own cannot.
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("liveCancelExternal"));
    QVERIFY(!cancel->isEnabled());
    orders->selectRow(0);
    QVERIFY(!cancel->isEnabled());
    orders->selectRow(1);
    QVERIFY(cancel->isEnabled());
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("liveDifferences"))->rowCount(), 1);
    // A difference can be resolved by taking Coinbase's figures; a clean account has none to take.
    auto* accept = dialog.findChild<QPushButton*>(QStringLiteral("liveAcceptBalances"));
    QVERIFY(accept->isEnabled());
    report.reconciliation->mismatches.clear();
    dialog.showReport(report);
    QVERIFY(!accept->isEnabled());
    report.reconciliation->mismatches = {{QStringLiteral("BTC"), dec("0"), dec("0.3")},
        {QStringLiteral("USD"), dec("100"), dec("90")}};
    dialog.showReport(report);
    // Each difference on its own: the selected one is taken, after a Yes; none selected takes
    // them all.
    QSignalSpy accepted(&dialog, &LiveAccountDialog::balancesAccepted);
    const auto confirmation
        = [&] { return dialog.findChild<QMessageBox*>(QStringLiteral("liveAcceptConfirmation")); };
    auto* differences = dialog.findChild<QTableWidget*>(QStringLiteral("liveDifferences"));
    differences->selectRow(1);
    accept->click();
    QVERIFY(confirmation());
    QVERIFY(confirmation()->text().contains(QLatin1String("USD: journal 100, Coinbase 90")));
    QVERIFY(!confirmation()->text().contains(QLatin1String("BTC")));
    confirmation()->button(QMessageBox::Cancel)->click();
    QCOMPARE(accepted.count(), 0);
    QTRY_VERIFY(!confirmation());
    accept->click();
    confirmation()->button(QMessageBox::Yes)->click();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted.last().at(0).toStringList(), QStringList{QStringLiteral("USD")});
    QVERIFY(!accept->isEnabled()); // until the next check shows what is left
    QTRY_VERIFY(!confirmation());
    dialog.showReport(report);
    differences->clearSelection();
    accept->click();
    confirmation()->button(QMessageBox::Yes)->click();
    QCOMPARE(accepted.last().at(0).toStringList(),
        QStringList({QStringLiteral("BTC"), QStringLiteral("USD")}));

    // A later problem replaces the account shown.
    dialog.showProblem(QStringLiteral("The keychain is locked."));
    QCOMPARE(balances->rowCount(), 0);
    QVERIFY(!accept->isEnabled());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("liveBlockers"))->text(),
        QStringLiteral("The keychain is locked."));
}

void tst_LiveAccountDialog::checkAgainAsksAgain()
{
    LiveAccountDialog dialog;
    QSignalSpy asked(&dialog, &LiveAccountDialog::checkRequested);
    dialog.findChild<QPushButton*>(QStringLiteral("liveCheckAgain"))->click();
    QCOMPARE(asked.count(), 1);
}

// T38: "Trade live…" only when every gate passed, and only the typed word LIVE starts it.
void tst_LiveAccountDialog::tradeLiveNeedsEveryGateAndTheTypedWord()
{
    LiveAccountDialog dialog;
    QSignalSpy requested(&dialog, &LiveAccountDialog::liveTradingRequested);
    auto* tradeLive = dialog.findChild<QPushButton*>(QStringLiteral("liveTradeLive"));
    QVERIFY(tradeLive);
    QVERIFY(!tradeLive->isEnabled());

    LiveReadinessReport report;
    report.complete = true;
    report.verdict.access = LiveAccess::ReadOnly;
    report.verdict.blockers = {{LiveBlocker::NotReconciled, QStringLiteral("USD differs")}};
    dialog.showReport(report);
    QVERIFY(!tradeLive->isEnabled());
    report.verdict.access = LiveAccess::Trading;
    report.verdict.blockers.clear();
    report.complete = false; // still asking: the verdict may change
    dialog.showReport(report);
    QVERIFY(!tradeLive->isEnabled());
    report.complete = true;
    dialog.showReport(report);
    QVERIFY(tradeLive->isEnabled());

    for (const char* typed : {"", "live", "LIVE ", "Live", "yes"}) {
        dialog.confirmLive(QString::fromLatin1(typed));
        QCOMPARE(requested.count(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("liveBlockers"))
                    ->text()
                    .contains(QLatin1String("did not start")));
    }
    dialog.confirmLive(QStringLiteral("LIVE"));
    QCOMPARE(requested.count(), 1);
    QVERIFY(!tradeLive->isEnabled()); // not twice

    // A problem later (the keychain, the network) takes the button away.
    dialog.showReport(report);
    dialog.showProblem(QStringLiteral("The keychain is locked."));
    QVERIFY(!tradeLive->isEnabled());
}

QTEST_MAIN(tst_LiveAccountDialog)
#include "tst_liveaccountdialog.moc"
