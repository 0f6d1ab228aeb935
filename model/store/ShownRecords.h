#pragma once

#include "records/CaseFilter.h"

#include <memory>
#include <optional>
#include <vector>

namespace Spyline {

class Store;

// What one filter shows of a collection, the same in every view: the cases that pass it, the
// events of no case (statements, laws) that pass it themselves, and those of no case that a
// shown case's event is linked to, shown as its context. A null list shows every record of its
// kind: an empty filter shows everything.
struct ShownRecords
{
    using Ids = std::shared_ptr<const std::vector<qint64>>; // sorted

    Ids cases;
    Ids outsideEvents;
    Ids contextEvents; // only those that do not pass the filter themselves
    // As publicly known on this day (CaseFilter::knownOn): of the shown cases' events, only those
    // that had happened by then.
    std::optional<DayNumber> knownOn;

    // The records an empty filter shows: all of them.
    bool showsEverything() const
    {
        return !cases && !outsideEvents && !knownOn;
    }
    // Whether an event whose date's latest day is `latestDay` had happened by the day known on.
    bool knowsEventOf(DayNumber latestDay) const
    {
        return !knownOn || latestDay <= *knownOn;
    }
    bool showsCase(Id id) const;
    // An event of no case, shown because it passes the filter or as context.
    bool showsOutsideEvent(Id id) const;
    // Shown only because a shown case is linked to it.
    bool isContext(Id id) const;

    static Result<ShownRecords> of(Store& store, const CaseFilter& filter);
    // Only these cases, with every event of no case (tests, previews).
    static ShownRecords casesOnly(std::vector<qint64> caseIds);
};

} // namespace Spyline
