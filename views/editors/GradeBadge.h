#pragma once

#include "records/Records.h"

#include <QColor>

namespace Spyline {

// How an Admiralty grade is shown: a small badge such as "B2", coloured by reliability.
class GradeBadge
{
public:
    static QColor color(const Grade& grade);
    static QColor textColor(const Grade& grade);
    // "B2: usually reliable, probably true"
    static QString description(const Grade& grade);
};

} // namespace Spyline
