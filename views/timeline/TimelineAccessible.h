#pragma once

#include "CanvasAccessible.h"
#include <QCoreApplication>

namespace Spyline {

class TimelineData;
class TimelineView;

// What the timeline tells assistive technology: the view is a chart whose child is the event the
// keyboard is on, named with its title, date, kind, case and the lag to the statement it follows.
class TimelineAccessible
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimelineAccessible)

public:
    // Makes every TimelineView answer with a CanvasAccessible; TimelineView calls it.
    static void install();
    // "MSS announces the Zeng case, 11 Aug 2023, announcement, case: Zeng (曾): …, 22 d after
    // statement: CIA Director William Burns says …". Plain text from the collection.
    static QString eventName(const TimelineData& data, int event);
    static std::optional<CanvasItem> focusedItem(const TimelineView& view);
};

} // namespace Spyline
