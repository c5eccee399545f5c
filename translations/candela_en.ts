<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Candela::App</name>
    <message>
        <source>Use the user-interface language &lt;code&gt; (for example de or en) instead of the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in the INI file &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candela — a desktop trading terminal for Coinbase Advanced Trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the bundled market recording instead of connecting to Coinbase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the market recording &lt;file&gt; (JSONL of Coinbase messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay at &lt;x&gt; times the recorded pace (0 = as fast as possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch these products, comma separated (default BTC-USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bot could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replay %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1 at %2×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled BTC-USD five-minute candles, Jul–Sep 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled live recording, BTC-USD, 24 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the paper account in the SQLite file &lt;file&gt; (default: the current paper session&apos;s file in the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper session “%1”: the live market trades in it; replays keep their own fresh account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1 as fast as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase cannot be reached: showing the bundled demo recording instead. File → Open replay… plays three months of real candles for the bots to trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keychain (%1). Candela keeps API secrets only in the system keychain, never in a file: unlock or install one (on Linux a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key name must look like organizations/{org}/apiKeys/{key}, or be the key&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Coinbase API key is stored for live trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Coinbase API key is stored. Add one under Edit → Settings → API key (View and Trade permissions only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key cannot be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live journal %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase has not confirmed that live trading may start: check the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bot would trade: add a bot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio has no %1 available for the bots to trade with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live trading did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live trading did not start: the window shows a recording, not Coinbase&apos;s live market. Restart Candela without --demo or --replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading LIVE on Coinbase: the bots place real orders. The kill switch cancels every open order there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase&apos;s balances are not known yet: check the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an order placed outside Candela can be cancelled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase did not confirm the cancel; check the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio&apos;s %1 balance cannot be added up exactly (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &lt;level&gt; to the log files: warning, info (the default), debug, or logging-category rules such as candela.core.engine.debug=true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ApiKeyForm</name>
    <message>
        <source>Coinbase API key for live trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations/{org}/apiKeys/{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the private key: EC PRIVATE KEY PEM (recommended), or an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-256 key: requests are signed ES256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 key: requests are signed EdDSA (Coinbase&apos;s docs disagree on whether it works for Advanced Trade; an ECDSA key is the safe choice).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::AuditLogModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of a log entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::BacktestDialog</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting cash (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting cash must be a positive amount, such as 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trades %2 candles; row %3 of %4 does not fit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating %1 candles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot backtest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candles in %2 s (%3 candles/s): %4 trades, net P&amp;L %5, final equity %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles to backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-minute candles (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bot and five-minute candles (time,open,high,low,close,volume). Double-click a trade to see it on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: from the first candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: to the last candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days must be dates such as 2025-07-01, the first not after the last (or empty for the whole file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no candles on those days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the candles come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase, the bot&apos;s product (needs both days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candle file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles from Coinbase need the first and the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 %2 candles from Coinbase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while downloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase has no %1 candles on those days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::BotCard</name>
    <message>
        <source>RSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MA gap</source>
        <comment>fast minus slow moving average</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warming up: 1 bar left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warming up: %1 bars left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market data stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order book resyncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill switch engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooldown: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirming: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 %2 candles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 if %2 falls %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 if %2 rises %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off (regime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this bot: it places no new orders; its position stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this bot trade again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 @ %3 · P&amp;L %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::BotEditorDialog</name>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position size (base currency):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy at score ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell at score ≤ −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldown after a trade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldown minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals (weights of the enabled ones sum to at most 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled weights: %1 of at most 1.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: another bot is called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::BotsPanel</name>
    <message>
        <source>No bots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release drawdown lock…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::CandleChart</name>
    <message>
        <source>Waiting for candles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O %1  H %2  L %3  C %4  V %5</source>
        <comment>candle legend: open high low close volume</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ChartPanel</name>
    <message>
        <source>Product on the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ClosedTradesModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ClosedTradesPanel</name>
    <message>
        <source>Closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter closed trades…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export closed trades to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades %1 · won %2 / lost %3 · win rate %4 · net P&amp;L %5 · fees %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candela CSV, every column (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koinly universal import, for taxes (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::DataTable</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::LiveAccountDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candela&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Coinbase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences from Candela&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored. Add one under Edit → Settings → API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase did not say what the key may do (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot view the account. Create a key with View and Trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key can transfer funds. Candela refuses such keys: create one with View and Trade only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to another portfolio (%1) than the one chosen for the bots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key can only view: balances and orders are shown, order entry is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase has not confirmed the order updates channel (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candela&apos;s journal and Coinbase have not been compared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candela&apos;s journal and Coinbase differ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live trading: not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live trading: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the account is shown, order entry is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key permissions — view: %1, trade: %2, transfer: %3. Portfolio: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elsewhere (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bots will place real orders with real money in this Coinbase portfolio, and the kill switch will cancel every open order there.

Type LIVE to start live trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live trading did not start: type LIVE, in capitals, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting live trading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Coinbase&apos;s balances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: journal %2, Coinbase %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Coinbase&apos;s balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Coinbase&apos;s figures as what the bots&apos; portfolio holds from now on? Do this only for money you moved in or out by hand — a missed fill would be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the external order at Coinbase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel at Coinbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1 at Coinbase? It was placed outside Candela.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee tier %1: maker %2 %, taker %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes Coinbase&apos;s figures for the differences selected above, or for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::LogPanel</name>
    <message>
        <source>Filter the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::MainWindow</name>
    <message>
        <source>Candela — Coinbase trading terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all trading now: no new orders, cancel open orders, disable bots (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Candela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Candela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candela %1&lt;/h3&gt;&lt;p&gt;A desktop trading terminal for Coinbase Advanced Trade: live charts, rule-based bots in paper sessions, live orders and a kill switch.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMA 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BB upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BB lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every open position at market (trading stays halted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-arm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow trading again after the kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLATTENING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-arm trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow bots and orders to trade again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: market data live again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: market data stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: order book resyncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter positions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the bot “%1”? Its file is removed; its trades stay in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release drawdown lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawdown afresh from now for “%1” and for the whole account? The losses so far stay in the history; the bot may open positions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close position at market…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell %1 %2 of “%3” at market now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy back %1 %2 of “%3” at market now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a real order at Coinbase. The position&apos;s stop there is cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy &amp;lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare session with backtest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change limit price and size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change limit order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price and size, as “price size” (what filled stays filled; this cancels the order and places a new one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a price and a size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm paper orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::MarketDepthPanel</name>
    <message>
        <source>bids heavier by %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks heavier by %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the order book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order book resyncing: waiting for a fresh snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candle replay has no order book, only candles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a level to put its price on the order ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ObjectiveHeatmap</name>
    <message>
        <source>Run a sweep that varies at least one parameter to see its objective here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best objective of the configurations with each pair of values (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::OrderBookModel</name>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <comment>cumulative size in the order book</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::OrderConfirmation</name>
    <message>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Coinbase for its preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again for paper orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase&apos;s preview could not be had (%1). The order can still be placed; Candela&apos;s own checks hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase&apos;s preview: %1 in all, fees %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected average price %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase warns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase would refuse it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 at market?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 with a post-only limit at %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 with a limit at %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 with a stop at %4, then a limit at %5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 at the target %4, or at market once it falls to the stop %5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a real order at Coinbase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::OrderTicketPanel</name>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell (Shift+F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit, post-only (maker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a click on the order book fills it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No market yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit order needs a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price yet to turn %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ≈ %3, fee %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the last price %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under the last price %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would take liquidity: a post-only order is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes liquidity at once, as a taker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit good until a time (good-til-date) is cancelled by the venue then, counted in the market&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No market time yet to count the order&apos;s life from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good until %1 (UTC), then cancelled by the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop-limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket (target and stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until the market reaches the stop (a sell&apos;s under the market, a buy&apos;s over it), then rests as a limit at the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sells what you hold at the target, or at market once the price falls to the stop: one order, the first leg cancels the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bracket needs its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the stop price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bracket sells what you hold: choose Sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sell&apos;s stop must be under the last price %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A buy&apos;s stop must be over the last price %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sell stop-limit&apos;s limit must be at or under its stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A buy stop-limit&apos;s limit must be at or over its stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be over the last price %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers at %1, %2; then a limit at %3 (taker fee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1, %2 (maker fee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1, %2: sold at market there (taker fee %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price yet to hold the stop against.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::OrdersModel</name>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, post-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop %1, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1, stop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit / stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::PerformancePanel</name>
    <message>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 10 trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaks (win / loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 10 closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won and lost trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n win(s) in a row</source>
        <translation>
            <numerusform>%n win in a row</numerusform>
            <numerusform>%n wins in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loss(es) in a row</source>
        <translation>
            <numerusform>%n loss in a row</numerusform>
            <numerusform>%n losses in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Won %1 · lost %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;L before fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of notional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::PositionsModel</name>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::RecentTradesModel</name>
    <message>
        <source>Buy</source>
        <comment>taker side of a print</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <comment>taker side of a print</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <comment>taker side of a print</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ReplayDialog</name>
    <message>
        <source>Open replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording.jsonl or candles-5m.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles play as a live market: at 1× a five-minute candle takes five minutes, at 600× half a second. The replay trades in a fresh paper account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data (*.jsonl *.csv);;Coinbase recordings (*.jsonl);;Five-minute candles (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::RiskDefaultsForm</name>
    <message>
        <source>Risk defaults (a bot&apos;s own &quot;risk&quot; section overrides them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the nearest swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATR multiple from the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk per trade (% of equity):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take profit at reward : risk of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily loss limit (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawdown limit from the high (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest position (% of equity):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades per day at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stop (hours, 0 = none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ScoreGauge</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::SessionCompareDialog</name>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare session with backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candle file of the session&apos;s product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s bots are backtested over its own window with the settings they traded with; give five-minute candles of its product that cover the window and some hours before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candle files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;L Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry price Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit price Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtesting the session&apos;s window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No differences: the %n trade(s) of the session are the backtest&apos;s.</source>
        <translation>
            <numerusform>No differences: the %n trade of the session is the backtest&apos;s.</numerusform>
            <numerusform>No differences: the %n trades of the session are the backtest&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 trade(s) alike, %2 different; each with its cause below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not compared: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::SessionDialog</name>
    <message>
        <source>Paper session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting cash per bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting cash per bot (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, &apos;-&apos; or &apos;_&apos; (up to 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes “%1” with its positions, trades and cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting cash must be a positive amount, such as 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts “%1” with %2 USD per bot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker fee in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taker fee in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slippage in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper trading and backtests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker fee (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taker fee (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market order slippage without a book (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maker fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taker fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slippage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a percentage from 0 to 10: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::StrategyLabDialog</name>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max DD %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe/bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot whose parameters vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: from the first candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: to the last candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters to vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: PATH=FROM:TO:STEP or PATH=A,B,C, for example
buy_score=0.2:0.4:0.05
signals.rsi.period=10,14,18
risk.reward_to_risk=1.5,2,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random configurations (0: the whole grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train=30d,test=15d[,step=15d]; empty: no walk-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bot, candles at its timeframe or five-minute candles, and the parameters to vary. Every configuration runs on both cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trades; random configurations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candle file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candle files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one parameter to vary, such as buy_score=0.2:0.4:0.05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days must be dates such as 2025-07-01, the first not after the last (or empty for the whole file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n configuration(s)…</source>
        <translation>
            <numerusform>Running %n configuration…</numerusform>
            <numerusform>Running %n configurations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 configurations ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 configurations ran over %3 bars in %4 s; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted by the objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lab %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the candles come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase, the bot&apos;s product (needs both days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candles from Coinbase need the first and the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 %2 candles from Coinbase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while downloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candles in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee drag %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::TradeFilterBar</name>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted back from the market&apos;s time: a replay&apos;s own days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::TradingStatusBar</name>
    <message>
        <source>PAPER</source>
        <comment>trading mode badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <comment>trading mode badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLAY</source>
        <comment>trading mode badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKTEST</source>
        <comment>trading mode badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <comment>market data connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>market data connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>market data connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale data</source>
        <comment>market data connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last traded price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stale)</source>
        <comment>market data health</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(resyncing)</source>
        <comment>market data health</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALTED</source>
        <comment>kill switch badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLATTENING</source>
        <comment>kill switch badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper session the live market trades in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <comment>market data health</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <comment>market data health</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resyncing</source>
        <comment>market data health</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (replay)</source>
        <comment>market data connection</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candela::Gui::WalkForwardChart</name>
    <message>
        <source>No walk-forward: give its windows (train=30d,test=15d) and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the chosen configuration, in sample vs out of sample, per fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test window from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradingText</name>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (checking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kill switch is engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size breaks the product&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no market price yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trading is disabled for the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 at %5 (fee %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 refused — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot&apos;s risk settings are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order book is resyncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: outlier price move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shorts on spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: no swing or ATR to place a stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: stop too tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: stop too wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: daily loss limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: drawdown limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: trades per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: trades per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: cooldown after a loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: size below the product minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: fees would exceed the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: slippage breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: locked after stop-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bars left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product takes cancels only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product takes limit orders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price is too far from the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: the account&apos;s daily loss limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: the account&apos;s drawdown limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order of the position is still in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase and Candela&apos;s journal differ on the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stop and no exit could be placed: the position is unguarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue rejected the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position changed since it was shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressed by the trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGUSR1 from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candela-cli session kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase and the journal disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill switch re-armed: trading may resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading halted: no new orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flattening: closing every position at market; trading stays halted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product is not known to the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post-only order would have crossed the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: a limit of the bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: a limit of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a money figure left the range Candela can hold exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure of the order is beyond the range Candela can hold exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: a figure is beyond the range Candela can hold exactly; the bot stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Manual ledger does not hold that much to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dry run places no order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
