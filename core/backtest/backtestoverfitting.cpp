#include "backtestoverfitting.h"

#include <algorithm>
#include <cmath>

namespace Candela::Core {

namespace {

double sharpeOf(double count, double sum, double squares)
{
    const double mean = sum / count;
    const double meanSquare = squares / count;
    // E[x²] − mean² loses the digits a nearly constant series has: a variance within rounding
    // of zero is zero (no Sharpe ratio), not a tiny figure that makes an absurd one.
    const double variance = meanSquare - mean * mean;
    return variance > 1e-12 * meanSquare ? mean / std::sqrt(variance) : 0;
}

// The 1-based rank of `value` among `values` in ascending order, ties at their mean rank.
double rankOf(double value, const std::vector<double>& values)
{
    double below = 0;
    double equal = 0;
    for (const double v : values) {
        if (v < value)
            ++below;
        else if (v == value)
            ++equal;
    }
    return below + (equal + 1) / 2;
}

} // namespace

BlockReturns BlockReturns::of(std::span<const double> returns, int blocks)
{
    BlockReturns result;
    if (blocks <= 0)
        return result;
    const auto perBlock = returns.size() / size_t(blocks);
    const auto skipped = returns.size() - perBlock * size_t(blocks);
    result.barsPerBlock = static_cast<long long>(perBlock);
    result.sums.assign(size_t(blocks), 0.0);
    result.squares.assign(size_t(blocks), 0.0);
    if (perBlock == 0)
        return result;
    for (size_t t = skipped; t < returns.size(); ++t) {
        const auto block = (t - skipped) / perBlock;
        result.sums[block] += returns[t];
        result.squares[block] += returns[t] * returns[t];
    }
    return result;
}

Result<BacktestOverfitting> BacktestOverfitting::compute(
    std::span<const std::vector<double>> returnsByConfiguration, int blocks)
{
    std::vector<BlockReturns> configurations;
    for (const auto& column : returnsByConfiguration) {
        if (column.size() != returnsByConfiguration.front().size())
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("every configuration needs returns over the same bars"));
        configurations.push_back(BlockReturns::of(column, blocks));
    }
    return compute(configurations);
}

Result<BacktestOverfitting> BacktestOverfitting::compute(std::span<const BlockReturns> sums)
{
    const auto configurations = sums.size();
    if (configurations < 2)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("overfitting needs at least two configurations"));
    const int blocks = int(sums.front().sums.size());
    if (blocks < 2 || blocks % 2 != 0 || blocks > 24)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("the number of blocks must be even, from 2 to 24 (got %1)").arg(blocks));
    const long long perBlock = sums.front().barsPerBlock;
    for (const BlockReturns& one : sums) {
        if (one.barsPerBlock != perBlock || one.sums.size() != size_t(blocks)
            || one.squares.size() != size_t(blocks))
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("every configuration needs returns over the same bars"));
    }
    if (perBlock < 2)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("blocks of %1 bars are too short: each needs two").arg(perBlock));

    BacktestOverfitting result;
    result.blocks = blocks;
    result.barsPerBlock = static_cast<long long>(perBlock);
    const double half = double(perBlock) * (blocks / 2);
    // Every subset of `blocks` bits with exactly half of them set, in increasing order (Gosper's
    // hack); a set bit puts that block in the training set.
    const unsigned full = (1u << blocks) - 1;
    unsigned train = (1u << (blocks / 2)) - 1;
    std::vector<double> testSharpes(configurations);
    long long lossy = 0;
    long long overfit = 0;
    double degradation = 0;
    while (train <= full) {
        size_t best = 0;
        double bestTrain = -INFINITY;
        for (size_t n = 0; n < configurations; ++n) {
            double inSum = 0;
            double inSquares = 0;
            double outSum = 0;
            double outSquares = 0;
            for (int b = 0; b < blocks; ++b) {
                const bool inTraining = (train >> b) & 1u;
                (inTraining ? inSum : outSum) += sums[n].sums[size_t(b)];
                (inTraining ? inSquares : outSquares) += sums[n].squares[size_t(b)];
            }
            const double trainSharpe = sharpeOf(half, inSum, inSquares);
            testSharpes[n] = sharpeOf(half, outSum, outSquares);
            if (trainSharpe > bestTrain) {
                bestTrain = trainSharpe;
                best = n;
            }
        }
        const double omega = rankOf(testSharpes[best], testSharpes) / double(configurations + 1);
        const double logit = std::log(omega / (1 - omega));
        result.logits.push_back(logit);
        overfit += logit <= 0 ? 1 : 0;
        lossy += testSharpes[best] < 0 ? 1 : 0;
        degradation += testSharpes[best] - bestTrain;
        const unsigned lowest = train & (~train + 1);
        const unsigned ripple = train + lowest;
        train = (((ripple ^ train) >> 2) / lowest) | ripple;
    }
    result.splits = static_cast<long long>(result.logits.size());
    result.probability = double(overfit) / double(result.splits);
    result.probabilityOfLoss = double(lossy) / double(result.splits);
    result.meanSharpeDegradation = degradation / double(result.splits);
    return result;
}

} // namespace Candela::Core
