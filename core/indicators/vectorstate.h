#pragma once

namespace Candela::Core {

// Clears the upper halves of the CPU's AVX registers (x86 with AVX; elsewhere it does nothing).
//
// Why: Candela is built for baseline x86-64, so its double arithmetic is legacy SSE code. Some
// library code leaves the AVX upper halves dirty without the VZEROUPPER the ABI expects (seen:
// Qt 6.4's seeded string hash behind every QHash<QString, …> lookup, on an AMD EPYC with
// AVX-512). Until something clears them, every SSE instruction carries a false dependency on
// the register's old contents, and the indicator updates ran 3–4× slower (bench_backtest:
// 24 ns a candle for the bare indicator loop when clean, 93 ns when dirty). The per-bar paths
// call this before their arithmetic; it costs about a cycle.
void clearUpperVectorState() noexcept;

// Whether the upper halves are dirty now; where the CPU cannot tell (XGETBV with
// ECX = 1 unsupported) or off x86: Unknown. For tests and benchmarks.
enum class UpperVectorState {
    Clean,
    Dirty,
    Unknown,
};
UpperVectorState upperVectorState() noexcept;

} // namespace Candela::Core
