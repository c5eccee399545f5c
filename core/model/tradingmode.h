#pragma once

namespace Candela::Core {

// Where orders go. Nothing above the ExecutionClient branches on it; the UI shows it.
enum class TradingMode {
    Paper,
    Live,
    Replay,
    Backtest,
};

// The market-data connection as the status bar and bots see it.
enum class ConnectionState {
    Disconnected,
    Connecting,
    Connected,
    Stale,
    Offline, // no venue reachable: running on the bundled demo
};

} // namespace Candela::Core
