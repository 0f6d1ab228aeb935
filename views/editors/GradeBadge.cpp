#include "GradeBadge.h"

#include "Palette.h"

#include <QCoreApplication>

namespace Spyline {

QColor GradeBadge::color(const Grade& grade)
{
    // From confident blue to grey: reliability, not truth, and never alarm colours.
    switch (grade.reliability) {
    case 'A':
        return QColor(0x08, 0x45, 0x94);
    case 'B':
        return QColor(0x21, 0x71, 0xB5);
    case 'C':
        return QColor(0x42, 0x92, 0xC6);
    case 'D':
        return QColor(0x6B, 0xAE, 0xD6);
    case 'E':
        return QColor(0x9E, 0xCA, 0xE1);
    default:
        return QColor(0xBD, 0xBD, 0xBD);
    }
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
