#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Candela::Core {

// What kind of expected failure happened. Callers branch on the code; the message is for
// diagnostics (logs, CLI), never a translated sentence (STYLE.md rules 19 and 22).
enum class ErrorCode {
    InvalidArgument,
    ParseError,
    Overflow,
    DivisionByZero,
    IoError,
    DatabaseError,
    DiskFull, // a database write found no space left (SQLITE_FULL)
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
};

// An expected-style result: a value or an Error, never both. std::expected is C++23; this is
// the small subset Candela needs on C++20 compilers.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(const T& value)
        : m_state(value)
    { }
    Result(T&& value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool hasValue() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return hasValue(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

// The result of an operation that returns nothing but may fail.
using Status = Result<std::monostate>;

inline Status success()
{
    return std::monostate{};
}

} // namespace Candela::Core
