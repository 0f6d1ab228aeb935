#pragma once

#include "records/Records.h"

#include <optional>

namespace Spyline {

// What a person narrows the cases down to. Empty parts do not filter.
struct CaseFilter
{
    QString text; // full-text, every word must match somewhere in the case
    // Cases whose date (the days its disclosure can mean, else the span of its dated events)
    // overlaps [fromDay, toDay]; docs/FORMATS.md, "Sorting and filtering uncertain dates".
    std::optional<DayNumber> fromDay;
    std::optional<DayNumber> toDay;
    QStringList countries; // target or accused country
    QStringList venueCountries; // where the person was recruited (see CaseStatistics: the venue)
    QList<Id> agencies; // an actor of the case is the agency or one of its stations
    QList<CaseStatus> statuses;
    QList<EventKind> eventKinds; // the case has an event of one of these kinds
    QList<Id> caseIds; // only these cases
    // As publicly known on this day: only what had been made public by then, without hindsight.
    // A case is public from its first announcement or the publication of the earliest source citing
    // it or one of its events; an event once its case is public and it had happened by then (its
    // date's latest day); an event of no case once it had happened; a link when both ends are public.
    std::optional<DayNumber> knownOn;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !fromDay && !toDay && countries.isEmpty() && venueCountries.isEmpty()
            && agencies.isEmpty() && statuses.isEmpty() && eventKinds.isEmpty() && caseIds.isEmpty() && !knownOn;
    }
    // Whether an event dated up to `latestDay` (its date's latest day; none when undated) had
    // happened by the day the filter is known on; every event when it is not.
    bool knows(std::optional<DayNumber> latestDay) const
    {
        return !knownOn || (latestDay && *latestDay <= *knownOn);
    }
    bool knows(const PartialDate& date) const
    {
        return knows(date.isNull() ? std::nullopt : std::optional<DayNumber>(date.latestDay()));
    }
    // Whether a source could be read by that day: published by then, or undated (when it appeared is
    // not known, so it is not held back).
    bool canRead(const Source& source) const
    {
        return !knownOn || source.published.isNull() || source.published.earliestDay() <= *knownOn;
    }
    // Nothing but dates narrow the cases (a range, a day known on): statements of no case in the
    // range still count.
    bool isDatesOnly() const
    {
        return text.trimmed().isEmpty() && countries.isEmpty() && venueCountries.isEmpty() && agencies.isEmpty()
            && statuses.isEmpty() && eventKinds.isEmpty() && caseIds.isEmpty();
    }
    bool operator==(const CaseFilter& other) const
    {
        return text == other.text && fromDay == other.fromDay && toDay == other.toDay && countries == other.countries
            && venueCountries == other.venueCountries && sameItems(agencies, other.agencies)
            && sameItems(statuses, other.statuses) && sameItems(eventKinds, other.eventKinds)
            && sameItems(caseIds, other.caseIds) && knownOn == other.knownOn;
    }
};

enum class CaseSortKey : quint8
{
    Created, // order of entry
    Title,
    Status,
    Date, // disclosure, else the span of the dated events: earliest day, then latest day
    FirstDay,
    Sector,
    TargetCountry,
    AccusedCountry,
    Suspect,
    Agency,
};

} // namespace Spyline
