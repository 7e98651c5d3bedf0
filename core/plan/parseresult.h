#pragma once

#include <utility>
#include <variant>

#include <QString>
#include <QtGlobal>

namespace Custody::Plan {

/// The outcome of turning user input or a saved file into a plan value: either
/// the value, or a translated message that says what is wrong and how to fix it.
///
/// Plan code has no remote side, so a message is all an error needs here; the
/// richer ApiError belongs to core/api.
template <typename T> class [[nodiscard]] ParseResult final
{
public:
    static ParseResult success(T value) { return ParseResult(std::in_place_index<0>, std::move(value)); }
    static ParseResult failure(QString userMessage)
    {
        return ParseResult(std::in_place_index<1>, std::move(userMessage));
    }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    /// The value; only call when isOk().
    const T &value() const
    {
        Q_ASSERT(isOk());
        return std::get<0>(m_data);
    }

    /// The translated problem, or an empty string when isOk().
    QString errorMessage() const { return isOk() ? QString() : std::get<1>(m_data); }

private:
    template <std::size_t Index, typename V>
    ParseResult(std::in_place_index_t<Index> tag, V &&value)
        : m_data(tag, std::forward<V>(value))
    {
    }

    std::variant<T, QString> m_data;
};

} // namespace Custody::Plan
