#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Spyline {

// What went wrong, carried as a value: product code throws no exceptions.
struct Failure
{
    QString message;
};

inline Failure fail(QString message)
{
    return Failure {std::move(message)};
}

// Success, or a failure with a message for the person.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Failure failure)
        : m_ok(false)
        , m_error(std::move(failure.message))
    {
    }

    explicit operator bool() const
    {
        return m_ok;
    }
    bool ok() const
    {
        return m_ok;
    }
    const QString& error() const
    {
        return m_error;
    }

private:
    bool m_ok = true;
    QString m_error;
};

// A value, or a failure with a message for the person.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Failure failure)
        : m_error(std::move(failure.message))
    {
    }

    explicit operator bool() const
    {
        return m_value.has_value();
    }
    bool ok() const
    {
        return m_value.has_value();
    }
    const QString& error() const
    {
        return m_error;
    }
    Status status() const
    {
        return ok() ? Status() : Status(fail(m_error));
    }

    T& value() &
    {
        return *m_value;
    }
    const T& value() const&
    {
        return *m_value;
    }
    // By value from a temporary, so `for (auto& x : *repository.list())` does not dangle.
    T value() &&
    {
        return std::move(*m_value);
    }
    T* operator->()
    {
        return &*m_value;
    }
    const T* operator->() const
    {
        return &*m_value;
    }
    T value_or(T fallback) const&
    {
        return m_value ? *m_value : std::move(fallback);
    }
    T& operator*() &
    {
        return *m_value;
    }
    const T& operator*() const&
    {
        return *m_value;
    }
    T operator*() &&
    {
        return std::move(*m_value);
    }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace Spyline
