#pragma once

#include "timestamp.h"

namespace Candela::Core {

// Where core logic reads the time (STYLE.md rule 6): the system clock live, a manual clock in
// tests, a simulated clock in replay and backtest. Nothing in core calls the wall clock directly.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock
{
public:
    Timestamp now() const override;
};

// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Timestamp start = Timestamp{})
        : m_now(start)
    { }
    Timestamp now() const override { return m_now; }
    void set(Timestamp time) { m_now = time; }
    void advance(std::chrono::microseconds by) { m_now += by; }

private:
    Timestamp m_now;
};

} // namespace Candela::Core
