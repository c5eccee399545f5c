#pragma once

#include "decimal.h"

#include <optional>

namespace Candela::Core {

// A formula of checked Decimal steps, written as it reads and checked once at its end: each step
// gives its value, or zero once a step has failed, and the first error is kept. Money code never
// falls back to a default value on overflow (issue 18): it asks failed() and refuses, halts or
// reports the error instead of changing a total silently.
//
//     ExactSteps exact;
//     const Decimal fee = exact(exact(price.times(size)).times(rate));
//     if (exact.failed())
//         return exact.error();
class ExactSteps final
{
public:
    Decimal operator()(const Result<Decimal>& step)
    {
        if (step)
            return *step;
        if (!m_error)
            m_error = step.error();
        return Decimal{};
    }

    bool failed() const { return m_error.has_value(); }
    // The first step that failed (call only when failed()).
    const Error& error() const { return *m_error; }

    // `value` when every step was exact, else the first error.
    template<typename T>
    Result<T> result(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    std::optional<Error> m_error;
};

// `whole` less `part`, both not negative: a step that cannot leave the range (the difference
// lies between -part and whole), such as what is left of an order, a lot or a resting size.
inline Decimal remainderOf(const Decimal& whole, const Decimal& part)
{
    Q_ASSERT(!whole.isNegative() && !part.isNegative());
    return *whole.minus(part);
}

} // namespace Candela::Core
