#pragma once

#include <QList>

#include "core/plan/exportspec.h"

namespace Custody::Plan {

/// The checks behind ExportSpec::validate(), kept apart from the value so the
/// spec stays a plain record. Messages use the "Custody::Plan::ExportSpec"
/// translation context.
class SpecValidator final
{
public:
    /// Every problem that would stop \a spec from running, in form order.
    static QList<SpecProblem> problems(const ExportSpec &spec);
};

} // namespace Custody::Plan
