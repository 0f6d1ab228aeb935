#pragma once

#include "Records.h"
#include "Result.h"

#include <vector>

namespace Spyline {

class Store;

// What had been made public by a day, so that a chart shows what an observer could have known
// then, without hindsight. A case is public from its first announcement or the publication of
// the earliest source citing it or one of its events, whichever came first. An event of a case is
// public once it had happened and its case was public (or a source citing the event itself had
// appeared); a statement or law outside cases, once it was made. Dates count by their latest day:
// "July 2023" is known by 31 July. A link is public when both its ends are.
struct PublicKnowledge
{
    DayNumber day = 0;
    std::vector<Id> cases; // sorted
    std::vector<Id> events; // sorted

    bool hasCase(Id id) const;
    bool hasEvent(Id id) const;

    static Result<PublicKnowledge> asOf(Store& store, DayNumber day);
};

} // namespace Spyline
