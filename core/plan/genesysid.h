#pragma once

#include <QString>
#include <QStringView>

namespace Custody::Plan {

/// Genesys Cloud entity ids (conversations, queues, users, integrations) are
/// UUIDs in the 8-4-4-4-12 hexadecimal form. Checking the form locally turns a
/// typo into a clear message instead of a 400 from a job hours later.
class GenesysId final
{
public:
    /// True for the canonical UUID text form, in either letter case.
    static bool isValid(QStringView text);

    /// The id in lower case, the form the API returns and the form ids are
    /// compared and stored in.
    static QString normalized(QStringView text);

    /// A well-formed id to show in messages.
    static QString example();
};

} // namespace Custody::Plan
