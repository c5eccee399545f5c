#include "sharpestatistics.h"

#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace Candela::Core {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double EulerMascheroni = 0.57721566490153286061;

// Peter J. Acklam's rational approximation of the normal quantile (relative error below
// 1.15e-9),
// https://web.archive.org/web/20151030215612/http://home.online.no/~pjacklam/notes/invnorm/
double acklamQuantile(double p)
{
    static constexpr std::array a{-3.969683028665376e+01, 2.209460984245205e+02,
        -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01,
        2.506628277459239e+00};
    static constexpr std::array b{-5.447609879822406e+01, 1.615858368580409e+02,
        -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr std::array c{-7.784894002430293e-03, -3.223964580411365e-01,
        -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00,
        2.938163982698783e+00};
    static constexpr std::array d{
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    const auto tail = [&](double q) {
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    };
    if (p < low)
        return tail(std::sqrt(-2 * std::log(p)));
    if (p > 1 - low)
        return -tail(std::sqrt(-2 * std::log1p(-p)));
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

} // namespace

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normalQuantile(double p)
{
    if (!(p > 0 && p < 1))
        return NaN;
    // One step of Halley's method on the exact CDF takes Acklam's 1e-9 to full double precision
    // (the refinement Acklam gives). The error Z(x) − p is measured in the nearer tail, as
    // (1 − p) − Z(−x) above the median, so that p close to 1 keeps its digits.
    double x = acklamQuantile(p);
    const double error = p < 0.5 ? normalCdf(x) - p : (1 - p) - normalCdf(-x);
    const double u = error * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    x -= u / (1 + x * u / 2);
    return x;
}

ReturnMoments ReturnMoments::of(std::span<const double> returns)
{
    ReturnMoments m;
    m.observations = static_cast<long long>(returns.size());
    if (returns.empty())
        return m;
    const double n = double(returns.size());
    double sum = 0;
    for (const double r : returns)
        sum += r;
    m.mean = sum / n;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (const double r : returns) {
        const double d = r - m.mean;
        const double d2 = d * d;
        m2 += d2;
        m3 += d2 * d;
        m4 += d2 * d2;
    }
    m2 /= n;
    m3 /= n;
    m4 /= n;
    m.standardDeviation = std::sqrt(m2);
    if (m2 > 0) {
        m.sharpe = m.mean / m.standardDeviation;
        m.skewness = m3 / (m2 * m.standardDeviation);
        m.kurtosis = m4 / (m2 * m2);
    }
    return m;
}

double probabilisticSharpe(const ReturnMoments& moments, double benchmark)
{
    if (moments.observations < 2 || !(moments.standardDeviation > 0))
        return NaN;
    const double sr = moments.sharpe;
    const double spread = 1 - moments.skewness * sr + (moments.kurtosis - 1) / 4 * sr * sr;
    if (!(spread > 0))
        return NaN;
    return normalCdf(
        (sr - benchmark) * std::sqrt(double(moments.observations - 1)) / std::sqrt(spread));
}

double expectedMaximumSharpe(long long trials, double variance)
{
    if (trials < 2 || !(variance > 0))
        return 0;
    const double n = double(trials);
    return std::sqrt(variance)
        * ((1 - EulerMascheroni) * normalQuantile(1 - 1 / n)
            + EulerMascheroni * normalQuantile(1 - 1 / (n * std::numbers::e)));
}

double deflatedSharpe(const ReturnMoments& best, long long trials, double variance)
{
    return probabilisticSharpe(best, expectedMaximumSharpe(trials, variance));
}

double sharpeVariance(std::span<const double> sharpes)
{
    if (sharpes.size() < 2)
        return 0;
    double sum = 0;
    for (const double s : sharpes)
        sum += s;
    const double mean = sum / double(sharpes.size());
    double squares = 0;
    for (const double s : sharpes)
        squares += (s - mean) * (s - mean);
    return squares / double(sharpes.size());
}

} // namespace Candela::Core
