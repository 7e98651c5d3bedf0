#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include <QtGlobal>

#include "core/store/storeerror.h"

namespace Custody::Store {

/// Either a value or a StoreError. [[nodiscard]] so a failed write cannot be
/// dropped silently; value() and error() assert that the caller checked ok().
template <typename T> class [[nodiscard]] StoreResult final
{
    static_assert(!std::is_same_v<std::remove_cvref_t<T>, StoreError>, "StoreResult<StoreError> is ambiguous");

public:
    /// A success holding \a value.
    StoreResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }

    /// A failure holding \a error.
    StoreResult(StoreError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    /// Success without a payload, for StoreStatus.
    StoreResult() requires std::is_same_v<T, std::monostate> : m_data(std::in_place_index<0>) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }

    const StoreError &error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, StoreError> m_data;
};

/// Success or an error, for writes that produce nothing else.
using StoreStatus = StoreResult<std::monostate>;

} // namespace Custody::Store
