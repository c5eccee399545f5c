#include "livetradingwiring.h"

#include "apptr.h"
#include "liveaccount.h"
#include "marketconnection.h"

#include "ui/mainwindow.h"

namespace Candela {

void wireLiveTrading(Gui::MainWindow& window, LiveAccount& liveAccount,
    MarketConnection& connection, std::function<std::vector<Core::BotConfig>()> bots,
    std::function<QString()> keyName)
{
    QObject::connect(&window, &Gui::MainWindow::liveAccountRequested, &liveAccount,
        [&liveAccount, keyName] { liveAccount.check(keyName()); });
    QObject::connect(
        &liveAccount, &LiveAccount::readinessUpdated, &window, &Gui::MainWindow::showLiveReadiness);
    QObject::connect(
        &liveAccount, &LiveAccount::problem, &window, &Gui::MainWindow::showLiveAccountProblem);
    QObject::connect(&window, &Gui::MainWindow::liveExternalCancelRequested, &liveAccount,
        [&window, &liveAccount, keyName](const QString& venueOrderId) {
            liveAccount.cancelExternalOrder(
                venueOrderId, [&window, &liveAccount, keyName](const QString& problem) {
                    if (!problem.isEmpty())
                        window.showLiveAccountProblem(problem);
                    else
                        liveAccount.check(keyName());
                });
        });
    QObject::connect(&window, &Gui::MainWindow::liveBalancesAccepted, &liveAccount,
        [&window, &liveAccount, keyName](const QStringList& currencies) {
            if (const Core::Status accepted = liveAccount.acceptVenueBalances(currencies);
                !accepted) {
                window.showLiveAccountProblem(accepted.error().message);
                return;
            }
            liveAccount.check(keyName());
        });
    // The gates passed and the user typed LIVE: the bots trade at Coinbase, in the live journal.
    // Every start of the app is on paper; live trading is chosen again each time.
    QObject::connect(&window, &Gui::MainWindow::liveTradingRequested, &connection,
        [&window, &liveAccount, &connection, bots] {
            const QString notLiveMarket = AppTr::tr(
                "Live trading did not start: the window shows a recording, not Coinbase's live "
                "market. Restart Candela without --demo or --replay.");
            if (!connection.showsLiveMarket()) { // before the live journal records anything
                window.showLiveAccountProblem(notLiveMarket);
                return;
            }
            auto venue = liveAccount.liveVenue(bots());
            if (!venue) {
                window.showLiveAccountProblem(
                    AppTr::tr("Live trading did not start: %1").arg(venue.error().message));
                return;
            }
            if (!connection.useLiveVenue(std::move(venue).value())) {
                window.showLiveAccountProblem(notLiveMarket);
                return;
            }
            window.notify(AppTr::tr("Trading LIVE on Coinbase: the bots place real orders. The "
                                    "kill switch cancels every open order there."));
        });
}

} // namespace Candela
