#pragma once

#include "core/model/result.h"

#include <span>
#include <vector>

namespace Candela::Core {

// The probability of backtest overfitting by combinatorially symmetric cross-validation (CSCV):
// Bailey, Borwein, López de Prado & Zhu, "The Probability of Backtest Overfitting", Journal of
// Computational Finance 20(4), 2017 (SSRN 2326253, 2015), section 2.
//
// The performance matrix holds one column of per-bar returns per configuration, all over the
// same bars. Its rows are cut into `blocks` (S, even) equal, consecutive blocks; the first
// T mod S bars are left out so that the blocks are equal, as the method requires. For each of
// the C(S, S/2) ways to choose half the blocks as the training set (the rest, in order, is the
// test set), the configuration with the best training Sharpe ratio is taken, its test Sharpe is
// ranked among all configurations' test Sharpes (ω̄ = rank / (N + 1), ties at their mean rank),
// and the logit λ = ln(ω̄ / (1 − ω̄)) recorded. PBO is the share of splits with λ ≤ 0: how often
// the in-sample best does no better than the median out of sample.
// One configuration's returns summed per block: all CSCV needs of it, so that a sweep keeps a few
// numbers per configuration instead of every bar's return.
struct BlockReturns
{
    long long barsPerBlock = 0;
    std::vector<double> sums;
    std::vector<double> squares;

    // Cuts `returns` into `blocks` equal blocks, leaving out the first bars.size() mod blocks.
    static BlockReturns of(std::span<const double> returns, int blocks);
};

struct BacktestOverfitting
{
    int blocks = 0;
    long long splits = 0; // C(S, S/2)
    long long barsPerBlock = 0;
    double probability = 0; // PBO, 0..1
    // How much worse the chosen configuration does out of sample: the mean over splits of its
    // test Sharpe minus its training Sharpe (per bar; negative when it degrades).
    double meanSharpeDegradation = 0;
    // The share of splits where the chosen configuration's test Sharpe is below zero.
    double probabilityOfLoss = 0;
    std::vector<double> logits; // λ of every split, in the order of the splits

    // An error when there are fewer than two configurations, `blocks` is odd or outside 2..24,
    // the configurations cover different bars or a block would hold fewer than two bars.
    static Result<BacktestOverfitting> compute(
        std::span<const std::vector<double>> returnsByConfiguration, int blocks = 16);
    static Result<BacktestOverfitting> compute(std::span<const BlockReturns> configurations);
};

} // namespace Candela::Core
