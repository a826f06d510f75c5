#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace rectify {

// What kind of failure an error is, for callers that react to one kind.
enum class ErrorKind
{
    Failure, // anything else: bad input, a refusal, a database or file error
    // Optimistic locking: the row changed (or went) since the caller read it, so
    // nothing was written; the caller should read it again and show the newer values.
    Conflict,
};

// An error message meant for the user: plain words, naming what failed.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Failure;
};

// A value or an error message. Core code returns these and never shows dialogs;
// the caller decides how to present the error.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error.message))
        , m_kind(error.kind)
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }
    bool isConflict() const { return !ok() && m_kind == ErrorKind::Conflict; }
    // The error again, kind and all, to pass on as another Result's error.
    Error failure() const { return Error { m_error, m_kind }; }

private:
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Failure;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error.message))
        , m_kind(error.kind)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }
    bool isConflict() const { return !m_ok && m_kind == ErrorKind::Conflict; }
    Error failure() const { return Error { m_error, m_kind }; }

private:
    bool m_ok = true;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Failure;
};

using Status = Result<void>;

} // namespace rectify
