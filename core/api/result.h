#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include <QtGlobal>

#include "core/api/apierror.h"

namespace Custody::Api {

/// Either a value or an ApiError. [[nodiscard]] so a failure cannot be
/// dropped silently; value() and error() assert that the caller checked ok().
template <typename T> class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<std::remove_cvref_t<T>, ApiError>, "Result<ApiError> is ambiguous");

public:
    /// A success holding \a value.
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }

    /// A failure holding \a error.
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    /// Success without a payload, for Status.
    Result() requires std::is_same_v<T, std::monostate> : m_data(std::in_place_index<0>) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }

    /// The value, or \a fallback on failure.
    T valueOr(T fallback) const & { return ok() ? std::get<0>(m_data) : std::move(fallback); }

    const ApiError &error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, ApiError> m_data;
};

/// Success or an error, for operations that produce nothing else.
/// `return {};` succeeds; `return ApiError::localIo(...);` fails.
using Status = Result<std::monostate>;

} // namespace Custody::Api
