#include "GradeBadge.h"

#include "Palette.h"

#include <QCoreApplication>

namespace Spyline {

QColor GradeBadge::color(const Grade& grade)
{
    // From confident blue to grey: reliability, not truth, and never alarm colours.
    return Palette::gradeColor(grade.reliability);
}

QColor GradeBadge::textColor(const Grade& grade)
{
    return Palette::textOn(color(grade));
}

QString GradeBadge::description(const Grade& grade)
{
    return QCoreApplication::translate("Spyline::GradeBadge", "%1: %2, %3")
        .arg(grade.text(), grade.reliabilityLabel(), grade.credibilityLabel());
}

} // namespace Spyline
