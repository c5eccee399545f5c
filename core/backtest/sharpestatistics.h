#pragma once

#include <span>

namespace Candela::Core {

// The standard normal distribution: P(Z <= x) and its inverse (NaN outside 0 < p < 1).
double normalCdf(double x);
double normalQuantile(double p);

// The first four moments of a series of per-bar returns and its Sharpe ratio, as the
// probabilistic and deflated Sharpe ratios use them (Bailey & López de Prado, "The Sharpe Ratio
// Efficient Frontier", Journal of Risk 15(2), 2012, section 3). Moments are the population ones
// (divided by n). The Sharpe ratio is per bar, not annualised, and measured against zero.
struct ReturnMoments
{
    long long observations = 0;
    double mean = 0;
    double standardDeviation = 0;
    double sharpe = 0; // mean / standard deviation; 0 when the series does not move
    double skewness = 0;
    double kurtosis = 3; // the plain fourth standardised moment: 3 for a normal distribution

    static ReturnMoments of(std::span<const double> returns);
};

// The probability that the true Sharpe ratio exceeds `benchmark`, given the observed one and the
// series' skewness and kurtosis (PSR, eq. 9 of the 2012 paper; eq. 2 of the DSR paper):
//   PSR = Z( (SR − SR*) · √(T − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4 · SR²) ).
// NaN with fewer than two observations or a series that does not move.
double probabilisticSharpe(const ReturnMoments& moments, double benchmark);

// The Sharpe ratio the best of `trials` independent unskilled configurations reaches by luck
// alone, given the variance of the trials' Sharpe ratios (Bailey & López de Prado, "The Deflated
// Sharpe Ratio", Journal of Portfolio Management 40(5), 2014, eq. 2 with the false strategy
// theorem): √V · ((1 − γ)·Z⁻¹(1 − 1/N) + γ·Z⁻¹(1 − 1/(N·e))), γ the Euler–Mascheroni constant.
// 0 for fewer than two trials.
double expectedMaximumSharpe(long long trials, double sharpeVariance);

// The deflated Sharpe ratio of the best configuration: its PSR against the expected maximum
// above. Near 1, the best configuration's Sharpe is unlikely to be luck; near 0, it is what
// `trials` tries would give anyway.
double deflatedSharpe(const ReturnMoments& best, long long trials, double sharpeVariance);

// The variance of the trials' Sharpe ratios (population; 0 for fewer than two).
double sharpeVariance(std::span<const double> sharpes);

} // namespace Candela::Core
