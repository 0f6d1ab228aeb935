#pragma once

#include <QCoreApplication>
#include <QString>

namespace Spyline {

class Store;
class TimelineLayout;
struct TimelineHit;

// The plain text a hover shows: title, date as recorded, kind and source grade of an event; what a
// cluster, span, density bucket or arc stands for. Plain text: the caller escapes it before Qt
// sees it, so titles from the collection never turn into markup.
class TimelineTooltip
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimelineTooltip)

public:
    // `store` (may be null) supplies the source grades.
    static QString text(const TimelineLayout& layout, const TimelineHit& hit, Store* store);
};

} // namespace Spyline
