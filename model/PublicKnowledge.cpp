#include "PublicKnowledge.h"

#include "PartialDate.h"
#include "SqlQuery.h"
#include "Store.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace Spyline {

namespace {

constexpr DayNumber Never = std::numeric_limits<DayNumber>::max();

} // namespace

bool PublicKnowledge::hasCase(Id id) const
{
    return std::binary_search(cases.begin(), cases.end(), id);
}

bool PublicKnowledge::hasEvent(Id id) const
{
    return std::binary_search(events.begin(), events.end(), id);
}

Result<PublicKnowledge> PublicKnowledge::asOf(Store& store, DayNumber day)
{
    // The earliest publication of the sources citing each case and each event.
    QHash<Id, DayNumber> caseSource;
    QHash<Id, DayNumber> eventSource;
    auto citations = runQuery(store.database(),
                              QStringLiteral("SELECT c.case_id, c.event_id, e.case_id, s.published FROM citations c "
                                             "JOIN sources s ON s.id = c.source_id "
                                             "LEFT JOIN events e ON e.id = c.event_id WHERE s.published <> ''"));
    if (!citations)
        return fail(citations.error());
    const auto earliest = [](QHash<Id, DayNumber>& days, Id id, DayNumber published) {
        auto it = days.find(id);
        if (it == days.end())
            days.insert(id, published);
        else
            *it = std::min(*it, published);
    };
    while (citations->next()) {
        const auto published = PartialDate::parse(citations->value(3).toString());
        if (!published || published->isNull())
            continue;
        const DayNumber known = published->latestDay();
        if (const Id caseId = idFrom(citations->value(0)))
            earliest(caseSource, caseId, known);
        if (const Id eventId = idFrom(citations->value(1))) {
            earliest(eventSource, eventId, known);
            if (const Id ofCase = idFrom(citations->value(2)))
                earliest(caseSource, ofCase, known);
        }
    }

    // Each case's first announcement, known by its latest day.
    QHash<Id, DayNumber> caseKnown = caseSource;
    auto announcements = runQuery(store.database(),
                                  QStringLiteral("SELECT case_id, min(date_to) FROM events WHERE kind = 'announcement' "
                                                 "AND case_id IS NOT NULL AND date IS NOT NULL GROUP BY case_id"));
    if (!announcements)
        return fail(announcements.error());
    while (announcements->next())
        earliest(caseKnown, idFrom(announcements->value(0)), DayNumber(announcements->value(1).toLongLong()));

    PublicKnowledge known;
    known.day = day;
    for (auto it = caseKnown.cbegin(); it != caseKnown.cend(); ++it) {
        if (it.value() <= day)
            known.cases.push_back(it.key());
    }
    std::sort(known.cases.begin(), known.cases.end());

    auto events =
        runQuery(store.database(), QStringLiteral("SELECT id, case_id, date_to FROM events WHERE date IS NOT NULL"));
    if (!events)
        return fail(events.error());
    while (events->next()) {
        const Id id = idFrom(events->value(0));
        const Id caseId = idFrom(events->value(1));
        const auto happened = DayNumber(events->value(2).toLongLong());
        DayNumber publicFrom = happened;
        if (caseId) {
            const DayNumber ofCase = caseKnown.value(caseId, Never);
            const DayNumber ofEvent = eventSource.value(id, Never);
            publicFrom = std::max(happened, std::min(ofCase, ofEvent));
        }
        if (publicFrom <= day)
            known.events.push_back(id);
    }
    std::sort(known.events.begin(), known.events.end());
    return known;
}

} // namespace Spyline
