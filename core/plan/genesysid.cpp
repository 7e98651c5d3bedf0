#include "core/plan/genesysid.h"

#include <array>

namespace Custody::Plan {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Group lengths of the 8-4-4-4-12 form.
constexpr std::array<int, 5> kGroupLengths { 8, 4, 4, 4, 12 };
constexpr int kIdLength = 36;

} // namespace

bool GenesysId::isValid(QStringView text)
{
    if (text.size() != kIdLength)
        return false;
    qsizetype pos = 0;
    for (std::size_t group = 0; group < kGroupLengths.size(); ++group) {
        if (group > 0) {
            if (text.at(pos) != u'-')
                return false;
            ++pos;
        }
        for (int i = 0; i < kGroupLengths[group]; ++i, ++pos) {
            if (!isHexDigit(text.at(pos)))
                return false;
        }
    }
    return true;
}

QString GenesysId::normalized(QStringView text)
{
    return text.toString().toLower();
}

QString GenesysId::example()
{
    return QStringLiteral("1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b");
}

} // namespace Custody::Plan
