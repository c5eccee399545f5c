<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Candela::App</name>
    <message>
        <source>Use the user-interface language &lt;code&gt; (for example de or en) instead of the system language.</source>
        <translation>Die Sprache &lt;Code&gt; für die Benutzeroberfläche verwenden (zum Beispiel de oder en) statt der Systemsprache.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Read and write settings in the INI file &lt;file&gt;.</source>
        <translation>Einstellungen in der INI-Datei &lt;Datei&gt; lesen und speichern.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Candela — a desktop trading terminal for Coinbase Advanced Trade.</source>
        <translation>Candela – ein Desktop-Handelsterminal für Coinbase Advanced Trade.</translation>
    </message>
    <message>
        <source>Play the bundled market recording instead of connecting to Coinbase.</source>
        <translation>Die mitgelieferte Marktaufzeichnung abspielen, statt sich mit Coinbase zu verbinden.</translation>
    </message>
    <message>
        <source>Play the market recording &lt;file&gt; (JSONL of Coinbase messages).</source>
        <translation>Die Marktaufzeichnung &lt;Datei&gt; abspielen (JSONL mit Coinbase-Nachrichten).</translation>
    </message>
    <message>
        <source>Replay at &lt;x&gt; times the recorded pace (0 = as fast as possible).</source>
        <translation>Mit dem &lt;x&gt;-Fachen des aufgezeichneten Tempos abspielen (0 = so schnell wie möglich).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Watch these products, comma separated (default BTC-USD).</source>
        <translation>Diese Produkte beobachten, durch Kommas getrennt (Standard: BTC-USD).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>A bot could not be loaded: %1</source>
        <translation>Ein Bot konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cannot replay %1: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>Replaying %1 at %2×.</source>
        <translation>%1 wird mit %2-facher Geschwindigkeit abgespielt.</translation>
    </message>
    <message>
        <source>Bundled BTC-USD five-minute candles, Jul–Sep 2025</source>
        <translation>Mitgelieferte BTC-USD-Fünfminutenkerzen, Jul.–Sep. 2025</translation>
    </message>
    <message>
        <source>Bundled live recording, BTC-USD, 24 seconds</source>
        <translation>Mitgelieferte Live-Aufzeichnung, BTC-USD, 24 Sekunden</translation>
    </message>
    <message>
        <source>Keep the paper account in the SQLite file &lt;file&gt; (default: the current paper session&apos;s file in the application data folder).</source>
        <translation>Das Papierkonto in der SQLite-Datei &lt;Datei&gt; führen (Standard: die Datei der aktuellen Papierhandels-Sitzung im Anwendungsdatenordner).</translation>
    </message>
    <message>
        <source>Paper session “%1”: the live market trades in it; replays keep their own fresh account.</source>
        <translation>Papierhandels-Sitzung „%1“: Der Live-Markt handelt darin; Wiedergaben behalten ihr eigenes frisches Konto.</translation>
    </message>
    <message>
        <source>The bot could not be saved: %1</source>
        <translation>Der Bot konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Bot “%1” saved.</source>
        <translation>Bot „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Bot “%1” deleted.</source>
        <translation>Bot „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Replaying %1 as fast as possible.</source>
        <translation>%1 wird so schnell wie möglich abgespielt.</translation>
    </message>
    <message>
        <source>Coinbase cannot be reached: showing the bundled demo recording instead. File → Open replay… plays three months of real candles for the bots to trade.</source>
        <translation>Coinbase ist nicht erreichbar: Stattdessen wird die mitgelieferte Demo-Aufzeichnung gezeigt. Datei → Wiedergabe öffnen… spielt drei Monate echter Kerzen ab, mit denen die Bots handeln.</translation>
    </message>
    <message>
        <source>No usable keychain (%1). Candela keeps API secrets only in the system keychain, never in a file: unlock or install one (on Linux a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Kein nutzbarer Schlüsselbund (%1). Candela bewahrt API-Geheimnisse nur im Schlüsselbund des Systems auf, nie in einer Datei: Entsperren oder installieren Sie einen (unter Linux einen Secret Service wie GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key name must look like organizations/{org}/apiKeys/{key}, or be the key&apos;s id.</source>
        <translation>Der Schlüsselname muss wie organizations/{org}/apiKeys/{key} aussehen oder die ID des Schlüssels sein.</translation>
    </message>
    <message>
        <source>No Coinbase API key is stored for live trading.</source>
        <translation>Für den Live-Handel ist kein Coinbase-API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No Coinbase API key is stored. Add one under Edit → Settings → API key (View and Trade permissions only).</source>
        <translation>Es ist kein Coinbase-API-Schlüssel gespeichert. Fügen Sie unter Bearbeiten → Einstellungen → API-Schlüssel einen hinzu (nur mit den Rechten Anzeigen und Handeln).</translation>
    </message>
    <message>
        <source>The API key cannot be read from the system keychain: %1</source>
        <translation>Der API-Schlüssel kann nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
    <message>
        <source>The live journal %1 cannot be read: %2</source>
        <translation>Das Live-Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Coinbase has not confirmed that live trading may start: check the account again.</source>
        <translation>Coinbase hat nicht bestätigt, dass der Live-Handel beginnen darf: Konto erneut prüfen.</translation>
    </message>
    <message>
        <source>No bot would trade: add a bot first.</source>
        <translation>Kein Bot würde handeln: zuerst einen Bot anlegen.</translation>
    </message>
    <message>
        <source>The portfolio has no %1 available for the bots to trade with.</source>
        <translation>Das Portfolio hat kein verfügbares %1, mit dem die Bots handeln könnten.</translation>
    </message>
    <message>
        <source>Live trading did not start: %1</source>
        <translation>Der Live-Handel wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Live trading did not start: the window shows a recording, not Coinbase&apos;s live market. Restart Candela without --demo or --replay.</source>
        <translation>Der Live-Handel wurde nicht gestartet: Das Fenster zeigt eine Aufzeichnung, nicht den Live-Markt von Coinbase. Candela ohne --demo oder --replay neu starten.</translation>
    </message>
    <message>
        <source>Trading LIVE on Coinbase: the bots place real orders. The kill switch cancels every open order there.</source>
        <translation>LIVE-Handel auf Coinbase: Die Bots platzieren echte Orders. Der Not-Aus storniert dort jede offene Order.</translation>
    </message>
    <message>
        <source>Coinbase&apos;s balances are not known yet: check the account again.</source>
        <translation>Die Salden bei Coinbase sind noch nicht bekannt: Konto erneut prüfen.</translation>
    </message>
    <message>
        <source>Only an order placed outside Candela can be cancelled here.</source>
        <translation>Hier kann nur eine außerhalb von Candela platzierte Order storniert werden.</translation>
    </message>
    <message>
        <source>Coinbase did not confirm the cancel; check the account again.</source>
        <translation>Coinbase hat die Stornierung nicht bestätigt; Konto erneut prüfen.</translation>
    </message>
    <message>
        <source>The portfolio&apos;s %1 balance cannot be added up exactly (%2).</source>
        <translation>Das %1-Guthaben des Portfolios lässt sich nicht exakt summieren (%2).</translation>
    </message>
    <message>
        <source>Log &lt;level&gt; to the log files: warning, info (the default), debug, or logging-category rules such as candela.core.engine.debug=true.</source>
        <translation>&lt;level&gt; in die Protokolldateien schreiben: warning, info (Standard), debug oder Regeln für Protokollkategorien wie candela.core.engine.debug=true.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>No log file: %1</source>
        <translation>Keine Protokolldatei: %1</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ApiKeyForm</name>
    <message>
        <source>Coinbase API key for live trading</source>
        <translation>Coinbase-API-Schlüssel für den Live-Handel</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>API key name</source>
        <translation>Name des API-Schlüssels</translation>
    </message>
    <message>
        <source>organizations/{org}/apiKeys/{key}</source>
        <translation>organizations/{org}/apiKeys/{key}</translation>
    </message>
    <message>
        <source>API private key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the private key: EC PRIVATE KEY PEM (recommended), or an Ed25519 key</source>
        <translation>Privaten Schlüssel einfügen: EC-PRIVATE-KEY-PEM (empfohlen) oder ein Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>Schlüsselname:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>ECDSA P-256 key: requests are signed ES256.</source>
        <translation>ECDSA-P-256-Schlüssel: Anfragen werden mit ES256 signiert.</translation>
    </message>
    <message>
        <source>Ed25519 key: requests are signed EdDSA (Coinbase&apos;s docs disagree on whether it works for Advanced Trade; an ECDSA key is the safe choice).</source>
        <translation>Ed25519-Schlüssel: Anfragen werden mit EdDSA signiert (Coinbases Dokumentation ist sich uneins, ob das für Advanced Trade funktioniert; ein ECDSA-Schlüssel ist die sichere Wahl).</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::AuditLogModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of a log entry</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::BacktestDialog</name>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bot to test</source>
        <translation>Zu testender Bot</translation>
    </message>
    <message>
        <source>Candle file</source>
        <translation>Kerzendatei</translation>
    </message>
    <message>
        <source>Starting cash</source>
        <translation>Startguthaben</translation>
    </message>
    <message>
        <source>Backtest progress</source>
        <translation>Fortschritt des Backtests</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation>Bot:</translation>
    </message>
    <message>
        <source>Starting cash (USD):</source>
        <translation>Startguthaben (USD):</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>The starting cash must be a positive amount, such as 10000.</source>
        <translation>Das Startguthaben muss ein positiver Betrag sein, etwa 10000.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>%1 trades %2 candles; row %3 of %4 does not fit them.</source>
        <translation>%1 handelt %2-Kerzen; Zeile %3 von %4 passt nicht dazu.</translation>
    </message>
    <message>
        <source>Simulating %1 candles…</source>
        <translation>Simuliere %1 Kerzen…</translation>
    </message>
    <message>
        <source>Cannot backtest: %1</source>
        <translation>Backtest nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 candles in %2 s (%3 candles/s): %4 trades, net P&amp;L %5, final equity %6.</source>
        <translation>%1 Kerzen in %2 s (%3 Kerzen/s): %4 Trades, Netto-G&amp;V %5, Endkapital %6.</translation>
    </message>
    <message>
        <source>Cancelled after %1</source>
        <translation>Abgebrochen nach %1</translation>
    </message>
    <message>
        <source>Candles to backtest</source>
        <translation>Kerzen für den Backtest</translation>
    </message>
    <message>
        <source>Five-minute candles (*.csv)</source>
        <translation>Fünfminutenkerzen (*.csv)</translation>
    </message>
    <message>
        <source>Choose a bot and five-minute candles (time,open,high,low,close,volume). Double-click a trade to see it on the chart.</source>
        <translation>Einen Bot und Fünfminutenkerzen (time,open,high,low,close,volume) wählen. Ein Doppelklick auf einen Trade zeigt ihn im Chart.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: from the first candle</source>
        <translation>jjjj-mm-tt, leer: ab der ersten Kerze</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: to the last candle</source>
        <translation>jjjj-mm-tt, leer: bis zur letzten Kerze</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Days (UTC):</source>
        <translation>Tage (UTC):</translation>
    </message>
    <message>
        <source>The days must be dates such as 2025-07-01, the first not after the last (or empty for the whole file).</source>
        <translation>Die Tage müssen Daten wie 2025-07-01 sein, der erste nicht nach dem letzten (oder leer für die ganze Datei).</translation>
    </message>
    <message>
        <source>%1 has no candles on those days.</source>
        <translation>%1 enthält an diesen Tagen keine Kerzen.</translation>
    </message>
    <message>
        <source>Where the candles come from</source>
        <translation>Woher die Kerzen kommen</translation>
    </message>
    <message>
        <source>A candle file</source>
        <translation>Eine Kerzendatei</translation>
    </message>
    <message>
        <source>Coinbase, the bot&apos;s product (needs both days)</source>
        <translation>Coinbase, das Produkt des Bots (braucht beide Tage)</translation>
    </message>
    <message>
        <source>Candles from:</source>
        <translation>Kerzen aus:</translation>
    </message>
    <message>
        <source>Candle file:</source>
        <translation>Kerzendatei:</translation>
    </message>
    <message>
        <source>Candles from Coinbase need the first and the last day.</source>
        <translation>Kerzen von Coinbase brauchen den ersten und den letzten Tag.</translation>
    </message>
    <message>
        <source>Downloading %1 %2 candles from Coinbase…</source>
        <translation>%1-%2-Kerzen werden von Coinbase geladen…</translation>
    </message>
    <message>
        <source>Cancelled while downloading.</source>
        <translation>Beim Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Coinbase has no %1 candles on those days.</source>
        <translation>Coinbase hat an diesen Tagen keine %1-Kerzen.</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::BotCard</name>
    <message>
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <source>MA gap</source>
        <comment>fast minus slow moving average</comment>
        <translation>MA-Abstand</translation>
    </message>
    <message>
        <source>MACD</source>
        <translation>MACD</translation>
    </message>
    <message>
        <source>volume spike</source>
        <translation>Volumenspitze</translation>
    </message>
    <message>
        <source>breakout</source>
        <translation>Ausbruch</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>Umkehr</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>BUY</source>
        <translation>KAUFEN</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>VERKAUFEN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>warming up: 1 bar left</source>
        <translation>Aufwärmphase: noch 1 Kerze</translation>
    </message>
    <message>
        <source>warming up: %1 bars left</source>
        <translation>Aufwärmphase: noch %1 Kerzen</translation>
    </message>
    <message>
        <source>market data stale</source>
        <translation>Marktdaten veraltet</translation>
    </message>
    <message>
        <source>order book resyncing</source>
        <translation>Orderbuch wird neu synchronisiert</translation>
    </message>
    <message>
        <source>kill switch engaged</source>
        <translation>Not-Aus aktiv</translation>
    </message>
    <message>
        <source>cooldown: %1 left</source>
        <translation>Abkühlzeit: noch %1</translation>
    </message>
    <message>
        <source>confirming: %1 left</source>
        <translation>Bestätigung: noch %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting for %1 %2 candles…</source>
        <translation>Warte auf %1-Kerzen (%2)…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>EISIG</translation>
    </message>
    <message>
        <source>COOL</source>
        <translation>KÜHL</translation>
    </message>
    <message>
        <source>WARM</source>
        <translation>WARM</translation>
    </message>
    <message>
        <source>HOT</source>
        <translation>HEISS</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Acting: %1</source>
        <translation>Handelt: %1</translation>
    </message>
    <message>
        <source>Score says %1</source>
        <translation>Score sagt %1</translation>
    </message>
    <message>
        <source>Next: %1 if %2 falls %3</source>
        <translation>Nächster Schritt: %1, wenn %2 um %3 fällt</translation>
    </message>
    <message>
        <source>Next: %1 if %2 rises %3</source>
        <translation>Nächster Schritt: %1, wenn %2 um %3 steigt</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Hält</translation>
    </message>
    <message>
        <source>%1 off (regime)</source>
        <translation>%1 aus (Marktphase)</translation>
    </message>
    <message>
        <source>%1 —</source>
        <translation>%1 —</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop this bot: it places no new orders; its position stays</source>
        <translation>Diesen Bot anhalten: Er platziert keine neuen Orders; seine Position bleibt</translation>
    </message>
    <message>
        <source>Let this bot trade again</source>
        <translation>Diesen Bot wieder handeln lassen</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>%1 %2 @ %3 · P&amp;L %4</source>
        <translation>%1 %2 @ %3 · G&amp;V %4</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Keine Position</translation>
    </message>
    <message>
        <source>Stopped · %1</source>
        <translation>Angehalten · %1</translation>
    </message>
    <message>
        <source>%1 · refused: %2</source>
        <translation>%1 · abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::BotEditorDialog</name>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation>Zeitrahmen:</translation>
    </message>
    <message>
        <source>Position size (base currency):</source>
        <translation>Positionsgröße (Basiswährung):</translation>
    </message>
    <message>
        <source>Buy at score ≥</source>
        <translation>Kaufen bei Score ≥</translation>
    </message>
    <message>
        <source>Sell at score ≤ −</source>
        <translation>Verkaufen bei Score ≤ −</translation>
    </message>
    <message>
        <source>Neutral band:</source>
        <translation>Neutrales Band:</translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation>Bestätigung:</translation>
    </message>
    <message>
        <source>Cooldown after a trade:</source>
        <translation>Abkühlzeit nach einem Trade:</translation>
    </message>
    <message>
        <source>Bot name</source>
        <translation>Name des Bots</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Position size</source>
        <translation>Positionsgröße</translation>
    </message>
    <message>
        <source>Buy score</source>
        <translation>Kauf-Score</translation>
    </message>
    <message>
        <source>Sell score</source>
        <translation>Verkaufs-Score</translation>
    </message>
    <message>
        <source>Neutral band</source>
        <translation>Neutrales Band</translation>
    </message>
    <message>
        <source>Confirmation minutes</source>
        <translation>Bestätigung in Minuten</translation>
    </message>
    <message>
        <source>Cooldown minutes</source>
        <translation>Abkühlzeit in Minuten</translation>
    </message>
    <message>
        <source>Signals (weights of the enabled ones sum to at most 1)</source>
        <translation>Signale (die Gewichte der aktiven ergeben zusammen höchstens 1)</translation>
    </message>
    <message>
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>buy below</source>
        <translation>kaufen unter</translation>
    </message>
    <message>
        <source>sell above</source>
        <translation>verkaufen über</translation>
    </message>
    <message>
        <source>Moving averages</source>
        <translation>Gleitende Durchschnitte</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <source>MACD</source>
        <translation>MACD</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Volume spike</source>
        <translation>Volumenspitze</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>Ausbruch</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Umkehr</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>%1 weight</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enabled weights: %1 of at most 1.00</source>
        <translation>Aktive Gewichte: %1 von höchstens 1,00</translation>
    </message>
    <message>
        <source>name: another bot is called “%1”</source>
        <translation>name: ein anderer Bot heißt bereits „%1“</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::BotsPanel</name>
    <message>
        <source>No bots yet.</source>
        <translation>Noch keine Bots.</translation>
    </message>
    <message>
        <source>New bot…</source>
        <translation>Neuer Bot…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Release drawdown lock…</source>
        <translation>Drawdown-Sperre aufheben…</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::CandleChart</name>
    <message>
        <source>Waiting for candles…</source>
        <translation>Warte auf Kerzen…</translation>
    </message>
    <message>
        <source>O %1  H %2  L %3  C %4  V %5</source>
        <comment>candle legend: open high low close volume</comment>
        <translation>E %1  H %2  T %3  S %4  V %5</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1 – Score</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ChartPanel</name>
    <message>
        <source>Product on the chart</source>
        <translation>Produkt im Chart</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ClosedTradesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Eröffnet (UTC)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Geschlossen (UTC)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>G&amp;V</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Ausstiegsgrund</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ClosedTradesPanel</name>
    <message>
        <source>Closed trades</source>
        <translation>Geschlossene Trades</translation>
    </message>
    <message>
        <source>Filter closed trades…</source>
        <translation>Geschlossene Trades filtern…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export closed trades to CSV</source>
        <translation>Geschlossene Trades als CSV exportieren</translation>
    </message>
    <message>
        <source>Export closed trades</source>
        <translation>Geschlossene Trades exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Trades %1 · won %2 / lost %3 · win rate %4 · net P&amp;L %5 · fees %6</source>
        <translation>Trades %1 · gewonnen %2 / verloren %3 · Trefferquote %4 · Netto-G&amp;V %5 · Gebühren %6</translation>
    </message>
    <message>
        <source>Candela CSV, every column (*.csv)</source>
        <translation>Candela-CSV, alle Spalten (*.csv)</translation>
    </message>
    <message>
        <source>Koinly universal import, for taxes (*.csv)</source>
        <translation>Koinly-Universalimport, für die Steuer (*.csv)</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::DataTable</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::LiveAccountDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Platziert von</translation>
    </message>
    <message>
        <source>Candela&apos;s journal</source>
        <translation>Candelas Journal</translation>
    </message>
    <message>
        <source>Coinbase</source>
        <translation>Coinbase</translation>
    </message>
    <message>
        <source>Coinbase account</source>
        <translation>Coinbase-Konto</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Asking Coinbase…</source>
        <translation>Frage Coinbase…</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Offene Orders</translation>
    </message>
    <message>
        <source>Differences from Candela&apos;s journal</source>
        <translation>Abweichungen von Candelas Journal</translation>
    </message>
    <message>
        <source>No API key is stored. Add one under Edit → Settings → API key.</source>
        <translation>Es ist kein API-Schlüssel gespeichert. Fügen Sie unter Bearbeiten → Einstellungen → API-Schlüssel einen hinzu.</translation>
    </message>
    <message>
        <source>Coinbase did not say what the key may do (%1).</source>
        <translation>Coinbase hat nicht mitgeteilt, was der Schlüssel darf (%1).</translation>
    </message>
    <message>
        <source>The key cannot view the account. Create a key with View and Trade.</source>
        <translation>Der Schlüssel kann das Konto nicht anzeigen. Erstellen Sie einen Schlüssel mit Anzeigen und Handeln.</translation>
    </message>
    <message>
        <source>The key can transfer funds. Candela refuses such keys: create one with View and Trade only.</source>
        <translation>Der Schlüssel kann Guthaben übertragen. Candela lehnt solche Schlüssel ab: Erstellen Sie einen nur mit Anzeigen und Handeln.</translation>
    </message>
    <message>
        <source>The key belongs to another portfolio (%1) than the one chosen for the bots.</source>
        <translation>Der Schlüssel gehört zu einem anderen Portfolio (%1) als dem für die Bots gewählten.</translation>
    </message>
    <message>
        <source>The key can only view: balances and orders are shown, order entry is off.</source>
        <translation>Der Schlüssel kann nur anzeigen: Guthaben und Orders werden gezeigt, die Ordereingabe ist aus.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off: %1</source>
        <translation>Die Uhr dieses Computers geht falsch: %1</translation>
    </message>
    <message>
        <source>Coinbase has not confirmed the order updates channel (%1).</source>
        <translation>Coinbase hat den Kanal für Order-Updates nicht bestätigt (%1).</translation>
    </message>
    <message>
        <source>Candela&apos;s journal and Coinbase have not been compared yet.</source>
        <translation>Candelas Journal und Coinbase wurden noch nicht verglichen.</translation>
    </message>
    <message>
        <source>Candela&apos;s journal and Coinbase differ: %1</source>
        <translation>Candelas Journal und Coinbase weichen ab: %1</translation>
    </message>
    <message>
        <source>Live trading: not ready</source>
        <translation>Live-Handel: nicht bereit</translation>
    </message>
    <message>
        <source>Live trading: ready</source>
        <translation>Live-Handel: bereit</translation>
    </message>
    <message>
        <source>Read-only: the account is shown, order entry is off</source>
        <translation>Nur Anzeige: Das Konto wird gezeigt, die Ordereingabe ist aus</translation>
    </message>
    <message>
        <source>Key permissions — view: %1, trade: %2, transfer: %3. Portfolio: %4</source>
        <translation>Rechte des Schlüssels – anzeigen: %1, handeln: %2, übertragen: %3. Portfolio: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>elsewhere (external)</source>
        <translation>anderswo (extern)</translation>
    </message>
    <message>
        <source>Candela</source>
        <translation>Candela</translation>
    </message>
    <message>
        <source>Trade live…</source>
        <translation>Live handeln…</translation>
    </message>
    <message>
        <source>Trade live</source>
        <translation>Live handeln</translation>
    </message>
    <message>
        <source>The bots will place real orders with real money in this Coinbase portfolio, and the kill switch will cancel every open order there.

Type LIVE to start live trading.</source>
        <translation>Die Bots platzieren echte Orders mit echtem Geld in diesem Coinbase-Portfolio, und der Not-Aus storniert dort jede offene Order.

LIVE eingeben, um den Live-Handel zu starten.</translation>
    </message>
    <message>
        <source>Live trading did not start: type LIVE, in capitals, to confirm.</source>
        <translation>Der Live-Handel wurde nicht gestartet: zur Bestätigung LIVE in Großbuchstaben eingeben.</translation>
    </message>
    <message>
        <source>Starting live trading…</source>
        <translation>Live-Handel wird gestartet…</translation>
    </message>
    <message>
        <source>Accept Coinbase&apos;s balances…</source>
        <translation>Salden von Coinbase übernehmen…</translation>
    </message>
    <message>
        <source>%1: journal %2, Coinbase %3</source>
        <translation>%1: Journal %2, Coinbase %3</translation>
    </message>
    <message>
        <source>Accept Coinbase&apos;s balances</source>
        <translation>Salden von Coinbase übernehmen</translation>
    </message>
    <message>
        <source>Take Coinbase&apos;s figures as what the bots&apos; portfolio holds from now on? Do this only for money you moved in or out by hand — a missed fill would be hidden.</source>
        <translation>Die Zahlen von Coinbase ab jetzt als Bestand des Bot-Portfolios übernehmen? Nur für Geld tun, das Sie von Hand ein- oder ausgezahlt haben — eine verpasste Ausführung würde verdeckt.</translation>
    </message>
    <message>
        <source>Cancel the external order at Coinbase…</source>
        <translation>Externe Order bei Coinbase stornieren…</translation>
    </message>
    <message>
        <source>Cancel at Coinbase</source>
        <translation>Bei Coinbase stornieren</translation>
    </message>
    <message>
        <source>Cancel order %1 at Coinbase? It was placed outside Candela.</source>
        <translation>Order %1 bei Coinbase stornieren? Sie wurde außerhalb von Candela platziert.</translation>
    </message>
    <message>
        <source>Fee tier %1: maker %2 %, taker %3 %</source>
        <translation>Gebührenstufe %1: Maker %2 %, Taker %3 %</translation>
    </message>
    <message>
        <source>Takes Coinbase&apos;s figures for the differences selected above, or for all of them.</source>
        <translation>Übernimmt die Zahlen von Coinbase für die oben ausgewählten Abweichungen oder für alle.</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::LogPanel</name>
    <message>
        <source>Filter the log…</source>
        <translation>Log filtern…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::MainWindow</name>
    <message>
        <source>Candela — Coinbase trading terminal</source>
        <translation>Candela – Coinbase-Handelsterminal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <source>Stop all trading now: no new orders, cancel open orders, disable bots (Ctrl+Shift+K)</source>
        <translation>Jeden Handel sofort stoppen: keine neuen Orders, offene Orders stornieren, Bots deaktivieren (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Closed trades</source>
        <translation>Geschlossene Trades</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Candela</source>
        <translation>Ü&amp;ber Candela</translation>
    </message>
    <message>
        <source>About Candela</source>
        <translation>Über Candela</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candela %1&lt;/h3&gt;&lt;p&gt;A desktop trading terminal for Coinbase Advanced Trade: live charts, rule-based bots in paper sessions, live orders and a kill switch.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candela %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Handelsterminal für Coinbase Advanced Trade: Live-Charts, regelbasierte Bots in Papierhandels-Sitzungen, echte Orders und ein Not-Aus.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SMA 20</source>
        <translation>SMA 20</translation>
    </message>
    <message>
        <source>EMA 12</source>
        <translation>EMA 12</translation>
    </message>
    <message>
        <source>BB upper</source>
        <translation>BB oben</translation>
    </message>
    <message>
        <source>BB lower</source>
        <translation>BB unten</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Glattstellen</translation>
    </message>
    <message>
        <source>Close every open position at market (trading stays halted)</source>
        <translation>Alle offenen Positionen zum Marktpreis schließen (der Handel bleibt gestoppt)</translation>
    </message>
    <message>
        <source>Re-arm…</source>
        <translation>Wieder scharf schalten…</translation>
    </message>
    <message>
        <source>Allow trading again after the kill switch</source>
        <translation>Den Handel nach dem Not-Aus wieder erlauben</translation>
    </message>
    <message>
        <source>HALTED</source>
        <translation>GESTOPPT</translation>
    </message>
    <message>
        <source>FLATTENING</source>
        <translation>GLATTSTELLUNG</translation>
    </message>
    <message>
        <source>Re-arm trading</source>
        <translation>Handel wieder scharf schalten</translation>
    </message>
    <message>
        <source>Allow bots and orders to trade again?</source>
        <translation>Bots und Orders wieder handeln lassen?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Market data: %1</source>
        <translation>Marktdaten: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>%1: market data live again</source>
        <translation>%1: Marktdaten wieder live</translation>
    </message>
    <message>
        <source>%1: market data stale</source>
        <translation>%1: Marktdaten veraltet</translation>
    </message>
    <message>
        <source>%1: order book resyncing</source>
        <translation>%1: Orderbuch wird neu synchronisiert</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Offene Positionen</translation>
    </message>
    <message>
        <source>Filter positions…</source>
        <translation>Positionen filtern…</translation>
    </message>
    <message>
        <source>Filter orders…</source>
        <translation>Orders filtern…</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Candela</source>
        <translation>Candela</translation>
    </message>
    <message>
        <source>Paper fill</source>
        <translation>Papier-Ausführung</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Open &amp;replay…</source>
        <translation>&amp;Wiedergabe öffnen…</translation>
    </message>
    <message>
        <source>&amp;Paper session…</source>
        <translation>&amp;Papierhandels-Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>&amp;Backtest…</translation>
    </message>
    <message>
        <source>New bot</source>
        <translation>Neuer Bot</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Delete bot</source>
        <translation>Bot löschen</translation>
    </message>
    <message>
        <source>Delete the bot “%1”? Its file is removed; its trades stay in the journal.</source>
        <translation>Den Bot „%1“ löschen? Seine Datei wird entfernt; seine Trades bleiben im Journal.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Coinbase &amp;account…</source>
        <translation>Coinbase-&amp;Konto…</translation>
    </message>
    <message>
        <source>Release drawdown lock</source>
        <translation>Drawdown-Sperre aufheben</translation>
    </message>
    <message>
        <source>Count the drawdown afresh from now for “%1” and for the whole account? The losses so far stay in the history; the bot may open positions again.</source>
        <translation>Den Drawdown für „%1“ und für das ganze Konto ab jetzt neu zählen? Die bisherigen Verluste bleiben in der Historie; der Bot darf wieder Positionen eröffnen.</translation>
    </message>
    <message>
        <source>Close position at market…</source>
        <translation>Position zum Marktpreis schließen…</translation>
    </message>
    <message>
        <source>Sell %1 %2 of “%3” at market now?</source>
        <translation>%1 %2 von „%3“ jetzt zum Marktpreis verkaufen?</translation>
    </message>
    <message>
        <source>Buy back %1 %2 of “%3” at market now?</source>
        <translation>%1 %2 von „%3“ jetzt zum Marktpreis zurückkaufen?</translation>
    </message>
    <message>
        <source>Close position</source>
        <translation>Position schließen</translation>
    </message>
    <message>
        <source>This is a real order at Coinbase. The position&apos;s stop there is cancelled first.</source>
        <translation>Dies ist eine echte Order bei Coinbase. Der Stop der Position dort wird zuerst storniert.</translation>
    </message>
    <message>
        <source>Trading stopped: %1</source>
        <translation>Handel gestoppt: %1</translation>
    </message>
    <message>
        <source>Strategy &amp;lab…</source>
        <translation>Strategie&amp;labor…</translation>
    </message>
    <message>
        <source>&amp;Compare session with backtest…</source>
        <translation>Sitzung mit Backtest &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Live fill</source>
        <translation>Live-Ausführung</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>Orderticket</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Kaufen…</translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation>&amp;Verkaufen…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Order stornieren</translation>
    </message>
    <message>
        <source>Change limit price and size…</source>
        <translation>Limitpreis und Größe ändern…</translation>
    </message>
    <message>
        <source>Change limit order</source>
        <translation>Limit-Order ändern</translation>
    </message>
    <message>
        <source>New price and size, as “price size” (what filled stays filled; this cancels the order and places a new one):</source>
        <translation>Neuer Preis und neue Größe als „Preis Größe“ (Ausgeführtes bleibt ausgeführt; die Order wird storniert und neu platziert):</translation>
    </message>
    <message>
        <source>Not a price and a size: %1</source>
        <translation>Kein Preis und keine Größe: %1</translation>
    </message>
    <message>
        <source>&amp;Confirm paper orders</source>
        <translation>Papier-Orders &amp;bestätigen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::MarketDepthPanel</name>
    <message>
        <source>bids heavier by %1%</source>
        <translation>Gebote um %1% schwerer</translation>
    </message>
    <message>
        <source>asks heavier by %1%</source>
        <translation>Angebote um %1% schwerer</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <source>Waiting for the order book…</source>
        <translation>Warte auf das Orderbuch…</translation>
    </message>
    <message>
        <source>Recent trades</source>
        <translation>Letzte Trades</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>Order book resyncing: waiting for a fresh snapshot…</source>
        <translation>Orderbuch wird neu synchronisiert: warte auf einen frischen Snapshot…</translation>
    </message>
    <message>
        <source>Spread %1 · %2</source>
        <translation>Spread %1 · %2</translation>
    </message>
    <message>
        <source>A candle replay has no order book, only candles.</source>
        <translation>Eine Kerzen-Wiedergabe hat kein Orderbuch, nur Kerzen.</translation>
    </message>
    <message>
        <source>Click a level to put its price on the order ticket</source>
        <translation>Ein Klick auf eine Stufe übernimmt ihren Preis ins Orderticket</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ObjectiveHeatmap</name>
    <message>
        <source>Run a sweep that varies at least one parameter to see its objective here.</source>
        <translation>Starten Sie einen Sweep, der mindestens einen Parameter variiert, um hier seine Zielgröße zu sehen.</translation>
    </message>
    <message>
        <source>best objective of the configurations with each pair of values (%1 to %2)</source>
        <translation>beste Zielgröße der Konfigurationen mit jedem Wertepaar (%1 bis %2)</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::OrderBookModel</name>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>cumulative size in the order book</comment>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::OrderConfirmation</name>
    <message>
        <source>Place order</source>
        <translation>Order platzieren</translation>
    </message>
    <message>
        <source>Asking Coinbase for its preview…</source>
        <translation>Coinbase wird um seine Vorschau gebeten…</translation>
    </message>
    <message>
        <source>Do not ask again for paper orders</source>
        <translation>Bei Papier-Orders nicht mehr fragen</translation>
    </message>
    <message>
        <source>Coinbase&apos;s preview could not be had (%1). The order can still be placed; Candela&apos;s own checks hold.</source>
        <translation>Die Vorschau von Coinbase war nicht zu bekommen (%1). Die Order kann trotzdem platziert werden; Candelas eigene Prüfungen gelten.</translation>
    </message>
    <message>
        <source>Coinbase&apos;s preview: %1 in all, fees %2.</source>
        <translation>Vorschau von Coinbase: insgesamt %1, Gebühren %2.</translation>
    </message>
    <message>
        <source>Expected average price %1.</source>
        <translation>Erwarteter Durchschnittspreis %1.</translation>
    </message>
    <message>
        <source>Coinbase warns: %1</source>
        <translation>Coinbase warnt: %1</translation>
    </message>
    <message>
        <source>Coinbase would refuse it: %1</source>
        <translation>Coinbase würde sie ablehnen: %1</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>%1 %2 %3 at market?</source>
        <translation>%1 %2 %3 zum Marktpreis?</translation>
    </message>
    <message>
        <source>%1 %2 %3 with a post-only limit at %4?</source>
        <translation>%1 %2 %3 mit einem Post-only-Limit bei %4?</translation>
    </message>
    <message>
        <source>%1 %2 %3 with a limit at %4?</source>
        <translation>%1 %2 %3 mit einem Limit bei %4?</translation>
    </message>
    <message>
        <source>%1 %2 %3 with a stop at %4, then a limit at %5?</source>
        <translation>%1 %2 %3 mit Stop bei %4, dann Limit bei %5?</translation>
    </message>
    <message>
        <source>%1 %2 %3 at the target %4, or at market once it falls to the stop %5?</source>
        <translation>%1 %2 %3 am Ziel %4 oder zum Marktpreis, sobald der Kurs auf den Stop %5 fällt?</translation>
    </message>
    <message>
        <source>This is a real order at Coinbase.</source>
        <translation>Dies ist eine echte Order bei Coinbase.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::OrderTicketPanel</name>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Buy (F9)</source>
        <translation>Kaufen (F9)</translation>
    </message>
    <message>
        <source>Sell (Shift+F9)</source>
        <translation>Verkaufen (Umschalt+F9)</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Limit, post-only (maker)</source>
        <translation>Limit, post-only (Maker)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Limitpreis</translation>
    </message>
    <message>
        <source>a click on the order book fills it in</source>
        <translation>ein Klick ins Orderbuch trägt ihn ein</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>No market yet.</source>
        <translation>Noch kein Markt.</translation>
    </message>
    <message>
        <source>A limit order needs a price.</source>
        <translation>Eine Limit-Order braucht einen Preis.</translation>
    </message>
    <message>
        <source>Enter a size.</source>
        <translation>Bitte eine Größe eingeben.</translation>
    </message>
    <message>
        <source>No price yet to turn %1 into %2.</source>
        <translation>Noch kein Preis, um %1 in %2 umzurechnen.</translation>
    </message>
    <message>
        <source>The size is too small.</source>
        <translation>Die Größe ist zu klein.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No price yet.</source>
        <translation>Noch kein Preis.</translation>
    </message>
    <message>
        <source>%1 %2 ≈ %3, fee %4 (%5)</source>
        <translation>%1 %2 ≈ %3, Gebühr %4 (%5)</translation>
    </message>
    <message>
        <source>%1 over the last price %2</source>
        <translation>%1 über dem letzten Preis %2</translation>
    </message>
    <message>
        <source>%1 under the last price %2</source>
        <translation>%1 unter dem letzten Preis %2</translation>
    </message>
    <message>
        <source>It would take liquidity: a post-only order is refused.</source>
        <translation>Sie würde Liquidität nehmen: eine Post-only-Order wird abgelehnt.</translation>
    </message>
    <message>
        <source>It takes liquidity at once, as a taker.</source>
        <translation>Sie nimmt sofort Liquidität, als Taker.</translation>
    </message>
    <message>
        <source>Until cancelled</source>
        <translation>Bis auf Widerruf</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>A limit good until a time (good-til-date) is cancelled by the venue then, counted in the market&apos;s time</source>
        <translation>Ein Limit mit Ablaufzeit (good-til-date) wird dann vom Handelsplatz gestrichen, gerechnet in der Zeit des Markts</translation>
    </message>
    <message>
        <source>Good until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>No market time yet to count the order&apos;s life from.</source>
        <translation>Noch keine Marktzeit, von der aus die Laufzeit der Order zählt.</translation>
    </message>
    <message>
        <source>Good until %1 (UTC), then cancelled by the venue.</source>
        <translation>Gültig bis %1 (UTC), dann vom Handelsplatz gestrichen.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop-limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <source>Bracket (target and stop)</source>
        <translation>Bracket (Ziel und Stop)</translation>
    </message>
    <message>
        <source>Waits until the market reaches the stop (a sell&apos;s under the market, a buy&apos;s over it), then rests as a limit at the price</source>
        <translation>Wartet, bis der Markt den Stop erreicht (beim Verkauf unter dem Markt, beim Kauf darüber), und liegt dann als Limit zum Preis im Buch</translation>
    </message>
    <message>
        <source>Sells what you hold at the target, or at market once the price falls to the stop: one order, the first leg cancels the other</source>
        <translation>Verkauft den Bestand am Ziel oder zum Marktpreis, sobald der Kurs auf den Stop fällt: eine Order, der erste Teil hebt den anderen auf</translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation>Stop-Preis</translation>
    </message>
    <message>
        <source>A bracket needs its target.</source>
        <translation>Eine Bracket-Order braucht ihr Ziel.</translation>
    </message>
    <message>
        <source>Enter the stop price.</source>
        <translation>Stop-Preis eingeben.</translation>
    </message>
    <message>
        <source>A bracket sells what you hold: choose Sell.</source>
        <translation>Eine Bracket-Order verkauft den Bestand: Verkaufen wählen.</translation>
    </message>
    <message>
        <source>A sell&apos;s stop must be under the last price %1.</source>
        <translation>Der Stop eines Verkaufs muss unter dem letzten Preis %1 liegen.</translation>
    </message>
    <message>
        <source>A buy&apos;s stop must be over the last price %1.</source>
        <translation>Der Stop eines Kaufs muss über dem letzten Preis %1 liegen.</translation>
    </message>
    <message>
        <source>A sell stop-limit&apos;s limit must be at or under its stop.</source>
        <translation>Das Limit eines Verkaufs-Stop-Limits muss auf oder unter seinem Stop liegen.</translation>
    </message>
    <message>
        <source>A buy stop-limit&apos;s limit must be at or over its stop.</source>
        <translation>Das Limit eines Kauf-Stop-Limits muss auf oder über seinem Stop liegen.</translation>
    </message>
    <message>
        <source>The target must be over the last price %1.</source>
        <translation>Das Ziel muss über dem letzten Preis %1 liegen.</translation>
    </message>
    <message>
        <source>Triggers at %1, %2; then a limit at %3 (taker fee).</source>
        <translation>Löst bei %1 aus, %2; dann ein Limit bei %3 (Taker-Gebühr).</translation>
    </message>
    <message>
        <source>Target %1, %2 (maker fee).</source>
        <translation>Ziel %1, %2 (Maker-Gebühr).</translation>
    </message>
    <message>
        <source>Stop %1, %2: sold at market there (taker fee %3).</source>
        <translation>Stop %1, %2: dort zum Marktpreis verkauft (Taker-Gebühr %3).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>Zielpreis</translation>
    </message>
    <message>
        <source>No price yet to hold the stop against.</source>
        <translation>Noch kein Preis, an dem der Stop zu messen wäre.</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::OrdersModel</name>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Avg price</source>
        <translation>Ø Preis</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1, post-only</source>
        <translation>%1, post-only</translation>
    </message>
    <message>
        <source>stop %1, limit %2</source>
        <translation>Stopp %1, Limit %2</translation>
    </message>
    <message>
        <source>target %1, stop %2</source>
        <translation>Ziel %1, Stopp %2</translation>
    </message>
    <message>
        <source>Limit / stop</source>
        <translation>Limit / Stopp</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::PerformancePanel</name>
    <message>
        <source>Gain</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <source>Last 10 trades</source>
        <translation>Letzte 10 Trades</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>Gewonnen / verloren</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Net P&amp;L</source>
        <translation>Netto-G&amp;V</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>Expectancy</source>
        <translation>Erwartungswert</translation>
    </message>
    <message>
        <source>Average R</source>
        <translation>Durchschnittliches R</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Streaks (win / loss)</source>
        <translation>Serien (Gewinn / Verlust)</translation>
    </message>
    <message>
        <source>Best trade</source>
        <translation>Bester Trade</translation>
    </message>
    <message>
        <source>Worst trade</source>
        <translation>Schlechtester Trade</translation>
    </message>
    <message>
        <source>Last 10 closed trades</source>
        <translation>Letzte 10 geschlossene Trades</translation>
    </message>
    <message>
        <source>Equity curve</source>
        <translation>Kapitalkurve</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>To target</source>
        <translation>Bis zum Ziel</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Won and lost trades</source>
        <translation>Gewonnene und verlorene Trades</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %</source>
        <translation>%1 · %2: %3 %</translation>
    </message>
    <message numerus="yes">
        <source>%n win(s) in a row</source>
        <translation>
            <numerusform>%n Gewinn in Folge</numerusform>
            <numerusform>%n Gewinne in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loss(es) in a row</source>
        <translation>
            <numerusform>%n Verlust in Folge</numerusform>
            <numerusform>%n Verluste in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Won %1 · lost %2</source>
        <translation>Gewonnen %1 · verloren %2</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>P&amp;L before fees</source>
        <translation>G&amp;V vor Gebühren</translation>
    </message>
    <message>
        <source>Fee drag</source>
        <translation>Gebührenlast</translation>
    </message>
    <message>
        <source>Fees per side</source>
        <translation>Gebühren je Seite</translation>
    </message>
    <message>
        <source>%1 % of the gross profit</source>
        <translation>%1 % des Bruttogewinns</translation>
    </message>
    <message>
        <source>no gross profit</source>
        <translation>kein Bruttogewinn</translation>
    </message>
    <message>
        <source>%1 % of notional</source>
        <translation>%1 % des Volumens</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::PositionsModel</name>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marktpreis</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation>Unrealisierte G&amp;V</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::RecentTradesModel</name>
    <message>
        <source>Buy</source>
        <comment>taker side of a print</comment>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <comment>taker side of a print</comment>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Side</source>
        <comment>taker side of a print</comment>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ReplayDialog</name>
    <message>
        <source>Open replay</source>
        <translation>Wiedergabe öffnen</translation>
    </message>
    <message>
        <source>A file on disk…</source>
        <translation>Eine Datei auf dem Datenträger…</translation>
    </message>
    <message>
        <source>Market data to replay</source>
        <translation>Abzuspielende Marktdaten</translation>
    </message>
    <message>
        <source>Replay file</source>
        <translation>Wiedergabedatei</translation>
    </message>
    <message>
        <source>recording.jsonl or candles-5m.csv</source>
        <translation>aufzeichnung.jsonl oder kerzen-5m.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>so schnell wie möglich</translation>
    </message>
    <message>
        <source>Market data:</source>
        <translation>Marktdaten:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Candles play as a live market: at 1× a five-minute candle takes five minutes, at 600× half a second. The replay trades in a fresh paper account.</source>
        <translation>Kerzen laufen wie ein Live-Markt ab: Bei 1× dauert eine Fünfminutenkerze fünf Minuten, bei 600× eine halbe Sekunde. Die Wiedergabe handelt in einem frischen Papierkonto.</translation>
    </message>
    <message>
        <source>Market data (*.jsonl *.csv);;Coinbase recordings (*.jsonl);;Five-minute candles (*.csv)</source>
        <translation>Marktdaten (*.jsonl *.csv);;Coinbase-Aufzeichnungen (*.jsonl);;Fünfminutenkerzen (*.csv)</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::RiskDefaultsForm</name>
    <message>
        <source>Risk defaults (a bot&apos;s own &quot;risk&quot; section overrides them)</source>
        <translation>Risiko-Standardwerte (der eigene „risk“-Abschnitt eines Bots hat Vorrang)</translation>
    </message>
    <message>
        <source>Stop method</source>
        <translation>Stoppmethode</translation>
    </message>
    <message>
        <source>Beyond the nearest swing</source>
        <translation>Jenseits des nächsten Swings</translation>
    </message>
    <message>
        <source>ATR multiple from the entry</source>
        <translation>ATR-Vielfaches vom Einstieg</translation>
    </message>
    <message>
        <source>Risk per trade (% of equity):</source>
        <translation>Risiko je Trade (% des Kapitals):</translation>
    </message>
    <message>
        <source>Take profit at reward : risk of:</source>
        <translation>Gewinnmitnahme bei Chance : Risiko von:</translation>
    </message>
    <message>
        <source>Daily loss limit (%):</source>
        <translation>Tagesverlustlimit (%):</translation>
    </message>
    <message>
        <source>Drawdown limit from the high (%):</source>
        <translation>Drawdown-Limit vom Höchststand (%):</translation>
    </message>
    <message>
        <source>Largest position (% of equity):</source>
        <translation>Größte Position (% des Kapitals):</translation>
    </message>
    <message>
        <source>Trades per day at most:</source>
        <translation>Höchstens Trades pro Tag:</translation>
    </message>
    <message>
        <source>Time stop (hours, 0 = none):</source>
        <translation>Zeitstopp (Stunden, 0 = keiner):</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Stopp:</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::ScoreGauge</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::SessionCompareDialog</name>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>only in the backtest</source>
        <translation>nur im Backtest</translation>
    </message>
    <message>
        <source>only in the session</source>
        <translation>nur in der Sitzung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare session with backtest</source>
        <translation>Sitzung mit Backtest vergleichen</translation>
    </message>
    <message>
        <source>Session journal</source>
        <translation>Sitzungsjournal</translation>
    </message>
    <message>
        <source>Candle file of the session&apos;s product</source>
        <translation>Kerzendatei des Produkts der Sitzung</translation>
    </message>
    <message>
        <source>The session&apos;s bots are backtested over its own window with the settings they traded with; give five-minute candles of its product that cover the window and some hours before it.</source>
        <translation>Die Bots der Sitzung werden über ihren eigenen Zeitraum mit den Einstellungen gebacktestet, mit denen sie handelten; geben Sie Fünf-Minuten-Kerzen ihres Produkts an, die den Zeitraum und einige Stunden davor abdecken.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Journals (*.sqlite *.db);;All files (*)</source>
        <translation>Journale (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Candle files (*.csv);;All files (*)</source>
        <translation>Kerzendateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Candles:</source>
        <translation>Kerzen:</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Fees Δ</source>
        <translation>Gebühren Δ</translation>
    </message>
    <message>
        <source>P&amp;L Δ</source>
        <translation>G&amp;V Δ</translation>
    </message>
    <message>
        <source>Entry price Δ</source>
        <translation>Einstiegspreis Δ</translation>
    </message>
    <message>
        <source>Exit price Δ</source>
        <translation>Ausstiegspreis Δ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Backtesting the session&apos;s window…</source>
        <translation>Backtest des Zeitraums der Sitzung läuft…</translation>
    </message>
    <message numerus="yes">
        <source>No differences: the %n trade(s) of the session are the backtest&apos;s.</source>
        <translation>
            <numerusform>Keine Unterschiede: der %n Trade der Sitzung ist der des Backtests.</numerusform>
            <numerusform>Keine Unterschiede: die %n Trades der Sitzung sind die des Backtests.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 trade(s) alike, %2 different; each with its cause below.</source>
        <translation>%1 Trade(s) gleich, %2 verschieden; jeder mit seiner Ursache unten.</translation>
    </message>
    <message>
        <source>%1 not compared: %2.</source>
        <translation>%1 nicht verglichen: %2.</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::SessionDialog</name>
    <message>
        <source>Paper session</source>
        <translation>Papierhandels-Sitzung</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Name der Sitzung</translation>
    </message>
    <message>
        <source>Starting cash per bot</source>
        <translation>Startguthaben pro Bot</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Starting cash per bot (USD):</source>
        <translation>Startguthaben pro Bot (USD):</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, &apos;-&apos; or &apos;_&apos; (up to 40).</source>
        <translation>Buchstaben, Ziffern, Leerzeichen, „-“ oder „_“ verwenden (bis zu 40).</translation>
    </message>
    <message>
        <source>Resumes “%1” with its positions, trades and cash.</source>
        <translation>Setzt „%1“ mit seinen Positionen, Trades und seinem Guthaben fort.</translation>
    </message>
    <message>
        <source>The starting cash must be a positive amount, such as 10000.</source>
        <translation>Das Startguthaben muss ein positiver Betrag sein, etwa 10000.</translation>
    </message>
    <message>
        <source>Starts “%1” with %2 USD per bot.</source>
        <translation>Startet „%1“ mit %2 USD pro Bot.</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Maker fee in percent</source>
        <translation>Maker-Gebühr in Prozent</translation>
    </message>
    <message>
        <source>Taker fee in percent</source>
        <translation>Taker-Gebühr in Prozent</translation>
    </message>
    <message>
        <source>Slippage in percent</source>
        <translation>Slippage in Prozent</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Paper trading and backtests</source>
        <translation>Papierhandel und Backtests</translation>
    </message>
    <message>
        <source>Maker fee (%):</source>
        <translation>Maker-Gebühr (%):</translation>
    </message>
    <message>
        <source>Taker fee (%):</source>
        <translation>Taker-Gebühr (%):</translation>
    </message>
    <message>
        <source>Market order slippage without a book (%):</source>
        <translation>Slippage von Market-Orders ohne Orderbuch (%):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>Sprache (ab dem nächsten Start):</translation>
    </message>
    <message>
        <source>maker fee</source>
        <translation>Maker-Gebühr</translation>
    </message>
    <message>
        <source>taker fee</source>
        <translation>Taker-Gebühr</translation>
    </message>
    <message>
        <source>slippage</source>
        <translation>Slippage</translation>
    </message>
    <message>
        <source>Not a percentage from 0 to 10: %1</source>
        <translation>Kein Prozentsatz von 0 bis 10: %1</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::StrategyLabDialog</name>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Net P&amp;L</source>
        <translation>Netto-G&amp;V</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>Max DD %</source>
        <translation>Max. DD %</translation>
    </message>
    <message>
        <source>Sharpe/bar</source>
        <translation>Sharpe/Kerze</translation>
    </message>
    <message>
        <source>PSR</source>
        <translation>PSR</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Save as bot…</source>
        <translation>Als Bot speichern…</translation>
    </message>
    <message>
        <source>Strategy lab</source>
        <translation>Strategielabor</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Bot whose parameters vary</source>
        <translation>Bot, dessen Parameter variieren</translation>
    </message>
    <message>
        <source>Candle file</source>
        <translation>Kerzendatei</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: from the first candle</source>
        <translation>jjjj-mm-tt, leer: ab der ersten Kerze</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: to the last candle</source>
        <translation>jjjj-mm-tt, leer: bis zur letzten Kerze</translation>
    </message>
    <message>
        <source>Parameters to vary</source>
        <translation>Zu variierende Parameter</translation>
    </message>
    <message>
        <source>One per line: PATH=FROM:TO:STEP or PATH=A,B,C, for example
buy_score=0.2:0.4:0.05
signals.rsi.period=10,14,18
risk.reward_to_risk=1.5,2,3</source>
        <translation>Einer pro Zeile: PFAD=VON:BIS:SCHRITT oder PFAD=A,B,C, zum Beispiel
buy_score=0.2:0.4:0.05
signals.rsi.period=10,14,18
risk.reward_to_risk=1.5,2,3</translation>
    </message>
    <message>
        <source>the whole grid</source>
        <translation>das ganze Raster</translation>
    </message>
    <message>
        <source>Random configurations (0: the whole grid)</source>
        <translation>Zufällige Konfigurationen (0: das ganze Raster)</translation>
    </message>
    <message>
        <source>train=30d,test=15d[,step=15d]; empty: no walk-forward</source>
        <translation>train=30d,test=15d[,step=15d]; leer: kein Walk-forward</translation>
    </message>
    <message>
        <source>Choose a bot, candles at its timeframe or five-minute candles, and the parameters to vary. Every configuration runs on both cores.</source>
        <translation>Wählen Sie einen Bot, Kerzen in seinem Zeitrahmen oder Fünf-Minuten-Kerzen und die zu variierenden Parameter. Jede Konfiguration läuft auf beiden Kernen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Zielgröße:</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>trades; random configurations:</source>
        <translation>Trades; zufällige Konfigurationen:</translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation>Bot:</translation>
    </message>
    <message>
        <source>Candle file:</source>
        <translation>Kerzendatei:</translation>
    </message>
    <message>
        <source>Days (UTC):</source>
        <translation>Tage (UTC):</translation>
    </message>
    <message>
        <source>Vary:</source>
        <translation>Variieren:</translation>
    </message>
    <message>
        <source>Best by:</source>
        <translation>Am besten nach:</translation>
    </message>
    <message>
        <source>Walk-forward:</source>
        <translation>Walk-forward:</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>Waagerecht:</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>Senkrecht:</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation>Walk-forward</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Candle files (*.csv);;All files (*)</source>
        <translation>Kerzendateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Name at least one parameter to vary, such as buy_score=0.2:0.4:0.05.</source>
        <translation>Nennen Sie mindestens einen zu variierenden Parameter, etwa buy_score=0.2:0.4:0.05.</translation>
    </message>
    <message>
        <source>The days must be dates such as 2025-07-01, the first not after the last (or empty for the whole file).</source>
        <translation>Die Tage müssen Daten wie 2025-07-01 sein, der erste nicht nach dem letzten (oder leer für die ganze Datei).</translation>
    </message>
    <message numerus="yes">
        <source>Running %n configuration(s)…</source>
        <translation>
            <numerusform>%n Konfiguration läuft…</numerusform>
            <numerusform>%n Konfigurationen laufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 configurations ran.</source>
        <translation>Abgebrochen: %1 von %2 Konfigurationen liefen.</translation>
    </message>
    <message>
        <source>%1 of %2 configurations ran over %3 bars in %4 s; %5</source>
        <translation>%1 von %2 Konfigurationen liefen über %3 Kerzen in %4 s; %5</translation>
    </message>
    <message>
        <source>sorted by the objective.</source>
        <translation>nach der Zielgröße sortiert.</translation>
    </message>
    <message>
        <source>Config hash</source>
        <translation>Konfigurations-Hash</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 (lab %2)</source>
        <translation>%1 (Labor %2)</translation>
    </message>
    <message>
        <source>Where the candles come from</source>
        <translation>Woher die Kerzen kommen</translation>
    </message>
    <message>
        <source>A candle file</source>
        <translation>Eine Kerzendatei</translation>
    </message>
    <message>
        <source>Coinbase, the bot&apos;s product (needs both days)</source>
        <translation>Coinbase, das Produkt des Bots (braucht beide Tage)</translation>
    </message>
    <message>
        <source>Candles from:</source>
        <translation>Kerzen aus:</translation>
    </message>
    <message>
        <source>Candles from Coinbase need the first and the last day.</source>
        <translation>Kerzen von Coinbase brauchen den ersten und den letzten Tag.</translation>
    </message>
    <message>
        <source>Downloading %1 %2 candles from Coinbase…</source>
        <translation>Lade %1-%2-Kerzen von Coinbase…</translation>
    </message>
    <message>
        <source>Cancelled while downloading.</source>
        <translation>Beim Herunterladen abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation>Sweep nicht möglich: %1</translation>
    </message>
    <message>
        <source>No candles in that range.</source>
        <translation>Keine Kerzen in diesem Bereich.</translation>
    </message>
    <message>
        <source>Fee drag %</source>
        <translation>Gebührenlast %</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::TradeFilterBar</name>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>All bots</source>
        <translation>Alle Bots</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Counted back from the market&apos;s time: a replay&apos;s own days</source>
        <translation>Rückwärts ab der Marktzeit gezählt: bei einer Wiedergabe deren eigene Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year (UTC)</source>
        <translation>Dieses Jahr (UTC)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeige</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::TradingStatusBar</name>
    <message>
        <source>PAPER</source>
        <comment>trading mode badge</comment>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>LIVE</source>
        <comment>trading mode badge</comment>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>REPLAY</source>
        <comment>trading mode badge</comment>
        <translation>WIEDERGABE</translation>
    </message>
    <message>
        <source>BACKTEST</source>
        <comment>trading mode badge</comment>
        <translation>BACKTEST</translation>
    </message>
    <message>
        <source>Trading mode</source>
        <translation>Handelsmodus</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <comment>market data connection</comment>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>market data connection</comment>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>market data connection</comment>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Stale data</source>
        <comment>market data connection</comment>
        <translation>Veraltete Daten</translation>
    </message>
    <message>
        <source>Market data connection</source>
        <translation>Marktdatenverbindung</translation>
    </message>
    <message>
        <source>Last traded price</source>
        <translation>Zuletzt gehandelter Preis</translation>
    </message>
    <message>
        <source>(stale)</source>
        <comment>market data health</comment>
        <translation>(veraltet)</translation>
    </message>
    <message>
        <source>(resyncing)</source>
        <comment>market data health</comment>
        <translation>(wird neu synchronisiert)</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <source>HALTED</source>
        <comment>kill switch badge</comment>
        <translation>GESTOPPT</translation>
    </message>
    <message>
        <source>FLATTENING</source>
        <comment>kill switch badge</comment>
        <translation>GLATTSTELLUNG</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>The paper session the live market trades in</source>
        <translation>Die Papierhandels-Sitzung, in der der Live-Markt handelt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>live</source>
        <comment>market data health</comment>
        <translation>live</translation>
    </message>
    <message>
        <source>stale</source>
        <comment>market data health</comment>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>resyncing</source>
        <comment>market data health</comment>
        <translation>wird neu synchronisiert</translation>
    </message>
    <message>
        <source>Offline (replay)</source>
        <comment>market data connection</comment>
        <translation>Offline (Wiedergabe)</translation>
    </message>
</context>
<context>
    <name>Candela::Gui::WalkForwardChart</name>
    <message>
        <source>No walk-forward: give its windows (train=30d,test=15d) and run again.</source>
        <translation>Kein Walk-forward: Fenster angeben (train=30d,test=15d) und erneut starten.</translation>
    </message>
    <message>
        <source>%1 of the chosen configuration, in sample vs out of sample, per fold</source>
        <translation>%1 der gewählten Konfiguration, In-Sample gegen Out-of-Sample, je Fold</translation>
    </message>
    <message>
        <source>In sample</source>
        <translation>In-Sample</translation>
    </message>
    <message>
        <source>Out of sample</source>
        <translation>Out-of-Sample</translation>
    </message>
    <message>
        <source>test window from</source>
        <translation>Testfenster ab</translation>
    </message>
</context>
<context>
    <name>TradingText</name>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation>Teilweise ausgeführt</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Unknown (checking)</source>
        <translation>Unbekannt (wird geprüft)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Stop loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <source>Take profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation>Trailing-Stopp</translation>
    </message>
    <message>
        <source>Time stop</source>
        <translation>Zeitstopp</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>the kill switch is engaged</source>
        <translation>der Not-Aus ist aktiv</translation>
    </message>
    <message>
        <source>the bot is stopped</source>
        <translation>der Bot ist angehalten</translation>
    </message>
    <message>
        <source>not enough cash</source>
        <translation>nicht genug Guthaben</translation>
    </message>
    <message>
        <source>the size breaks the product&apos;s rules</source>
        <translation>die Menge verletzt die Regeln des Produkts</translation>
    </message>
    <message>
        <source>no market price yet</source>
        <translation>noch kein Marktpreis</translation>
    </message>
    <message>
        <source>trading is disabled for the product</source>
        <translation>der Handel mit dem Produkt ist gesperrt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 at %5 (fee %6)</source>
        <translation>%1: %2 %3 %4 zu %5 (Gebühr %6)</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 refused — %5</source>
        <translation>%1: %2 %3 %4 abgelehnt – %5</translation>
    </message>
    <message>
        <source>the bot&apos;s risk settings are invalid</source>
        <translation>die Risikoeinstellungen des Bots sind ungültig</translation>
    </message>
    <message>
        <source>stale data</source>
        <translation>veraltete Daten</translation>
    </message>
    <message>
        <source>the order book is resyncing</source>
        <translation>das Orderbuch wird neu synchronisiert</translation>
    </message>
    <message>
        <source>risk: outlier price move</source>
        <translation>Risiko: Ausreißer-Kursbewegung</translation>
    </message>
    <message>
        <source>no shorts on spot</source>
        <translation>keine Leerverkäufe am Spotmarkt</translation>
    </message>
    <message>
        <source>risk: no swing or ATR to place a stop</source>
        <translation>Risiko: kein Swing oder ATR für einen Stopp</translation>
    </message>
    <message>
        <source>risk: stop too tight</source>
        <translation>Risiko: Stopp zu eng</translation>
    </message>
    <message>
        <source>risk: stop too wide</source>
        <translation>Risiko: Stopp zu weit</translation>
    </message>
    <message>
        <source>risk: daily loss limit</source>
        <translation>Risiko: Tagesverlustlimit</translation>
    </message>
    <message>
        <source>risk: drawdown limit</source>
        <translation>Risiko: Drawdown-Limit</translation>
    </message>
    <message>
        <source>risk: trades per hour</source>
        <translation>Risiko: Trades pro Stunde</translation>
    </message>
    <message>
        <source>risk: trades per day</source>
        <translation>Risiko: Trades pro Tag</translation>
    </message>
    <message>
        <source>risk: cooldown after a loss</source>
        <translation>Risiko: Pause nach einem Verlust</translation>
    </message>
    <message>
        <source>risk: size below the product minimum</source>
        <translation>Risiko: Menge unter dem Produktminimum</translation>
    </message>
    <message>
        <source>risk: fees would exceed the risk</source>
        <translation>Risiko: Gebühren würden das Risiko übersteigen</translation>
    </message>
    <message>
        <source>risk: slippage breaker</source>
        <translation>Risiko: Slippage-Sicherung</translation>
    </message>
    <message>
        <source>risk: locked after stop-outs</source>
        <translation>Risiko: gesperrt nach Stopp-Auslösungen</translation>
    </message>
    <message>
        <source>%1 (%2, limit %3)</source>
        <translation>%1 (%2, Limit %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2 bars left)</source>
        <translation>%1 (noch %2 Kerzen)</translation>
    </message>
    <message>
        <source>the product takes cancels only</source>
        <translation>das Produkt nimmt nur Stornierungen an</translation>
    </message>
    <message>
        <source>the product takes limit orders only</source>
        <translation>das Produkt nimmt nur Limit-Orders an</translation>
    </message>
    <message>
        <source>the price is too far from the market</source>
        <translation>der Preis liegt zu weit vom Markt entfernt</translation>
    </message>
    <message>
        <source>risk: the account&apos;s daily loss limit</source>
        <translation>Risiko: Tagesverlustlimit des Kontos</translation>
    </message>
    <message>
        <source>risk: the account&apos;s drawdown limit</source>
        <translation>Risiko: Drawdown-Limit des Kontos</translation>
    </message>
    <message>
        <source>an order of the position is still in flight</source>
        <translation>eine Order der Position ist noch unterwegs</translation>
    </message>
    <message>
        <source>Coinbase and Candela&apos;s journal differ on the product</source>
        <translation>Coinbase und Candelas Journal weichen beim Produkt voneinander ab</translation>
    </message>
    <message>
        <source>no stop and no exit could be placed: the position is unguarded</source>
        <translation>weder Stop noch Ausstieg konnten platziert werden: die Position ist ungeschützt</translation>
    </message>
    <message>
        <source>the venue rejected the order</source>
        <translation>die Börse hat die Order abgelehnt</translation>
    </message>
    <message>
        <source>the position changed since it was shown</source>
        <translation>die Position hat sich geändert, seit sie angezeigt wurde</translation>
    </message>
    <message>
        <source>pressed by the trader</source>
        <translation>vom Händler ausgelöst</translation>
    </message>
    <message>
        <source>SIGUSR1 from outside</source>
        <translation>SIGUSR1 von außen</translation>
    </message>
    <message>
        <source>candela-cli session kill</source>
        <translation>candela-cli session kill</translation>
    </message>
    <message>
        <source>the journal could not be written</source>
        <translation>das Journal konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Coinbase and the journal disagree</source>
        <translation>Coinbase und das Journal stimmen nicht überein</translation>
    </message>
    <message>
        <source>Kill switch re-armed: trading may resume.</source>
        <translation>Not-Aus zurückgesetzt: Der Handel darf weiterlaufen.</translation>
    </message>
    <message>
        <source>Trading halted: no new orders.</source>
        <translation>Handel gestoppt: keine neuen Orders.</translation>
    </message>
    <message>
        <source>Flattening: closing every position at market; trading stays halted.</source>
        <translation>Glattstellung: Alle Positionen werden zum Marktpreis geschlossen; der Handel bleibt gestoppt.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <source>the product is not known to the venue</source>
        <translation>das Produkt ist der Börse nicht bekannt</translation>
    </message>
    <message>
        <source>a post-only order would have crossed the book</source>
        <translation>eine Post-only-Order hätte das Orderbuch gekreuzt</translation>
    </message>
    <message>
        <source>risk: a limit of the bot</source>
        <translation>Risiko: ein Limit des Bots</translation>
    </message>
    <message>
        <source>risk: a limit of the account</source>
        <translation>Risiko: ein Limit des Kontos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a money figure left the range Candela can hold exactly</source>
        <translation>ein Geldbetrag hat den Bereich verlassen, den Candela exakt führen kann</translation>
    </message>
    <message>
        <source>a figure of the order is beyond the range Candela can hold exactly</source>
        <translation>ein Betrag der Order liegt außerhalb des Bereichs, den Candela exakt führen kann</translation>
    </message>
    <message>
        <source>risk: a figure is beyond the range Candela can hold exactly; the bot stopped</source>
        <translation>Risiko: ein Betrag liegt außerhalb des Bereichs, den Candela exakt führen kann; der Bot wurde gestoppt</translation>
    </message>
    <message>
        <source>the Manual ledger does not hold that much to sell</source>
        <translation>das manuelle Konto hält nicht so viel zum Verkaufen</translation>
    </message>
    <message>
        <source>a dry run places no order</source>
        <translation>ein Probelauf platziert keine Order</translation>
    </message>
</context>
</TS>
