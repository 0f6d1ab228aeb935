#pragma once

#include "records/Records.h"
#include "timeline/DayIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <string>

#include <atomic>
#include <memory>
#include <span>
#include <vector>

namespace Spyline {

class PostgresConnection;
class Store;

// One dated event as the timeline draws it: plain numbers, no heap. Its anchor is the earliest day
// it can mean (for an open start, the horizon PartialDate bounds it by); events sort, count and
// bucket by their anchor.
struct TimelineEvent
{
    Id id = 0;
    DayNumber earliest = 0;
    DayNumber latest = 0;
    DayNumber endDay = 0; // the last day of an event that lasted; 0 when it did not
    qint32 caseIndex = -1;
    qint32 actorIndex = -1;
    quint32 titleOffset = 0;
    quint32 titleLength = 0;
    quint16 country = 0; // index into TimelineData::countryCode(); 0 when none is recorded
    EventKind kind = EventKind::Other;
    PartialDate::Shape shape; // with earliest and latest, the date as recorded

    DayNumber lastDay() const
    {
        return endDay > latest ? endDay : latest;
    }
    // The days that are known, without the horizon of an open end: where the timeline fits, spans
    // and whiskers start from.
    DayNumber knownFirstDay() const
    {
        return shape.hasOpenStart() ? latest : earliest;
    }
    DayNumber knownLastDay() const
    {
        return shape.hasOpenEnd() ? (endDay > earliest ? endDay : earliest) : lastDay();
    }
    PartialDate::Precision precision() const
    {
        return shape.precision();
    }
    // Approximate or uncertain: drawn faded.
    bool isQualified() const
    {
        return shape.isQualified();
    }
    // A point in time, not a range: one exact day that did not last.
    bool isExactPoint() const
    {
        return !shape.isInterval() && shape.start == PartialDate::Precision::Day && endDay == 0;
    }
};

// A million events must stay within the memory budget: the date's shape fits where its precision
// and qualifier flag used to be.
static_assert(sizeof(TimelineEvent) <= 48, "TimelineEvent grew");

// An event with no known date: kept, counted, and its place and kind still count (a recruitment's
// venue), but not drawn on the time axis.
struct UndatedEvent
{
    Id id = 0;
    qint32 caseIndex = -1;
    qint32 actorIndex = -1;
    quint16 country = 0;
    EventKind kind = EventKind::Other;
};

struct TimelineCase
{
    Id id = 0;
    quint32 titleOffset = 0;
    quint32 titleLength = 0;
    CaseStatus status = CaseStatus::Unknown;
    quint16 targetCountry = 0;
    quint16 accusedCountry = 0;
    quint16 disclosingCountry = 0; // of its first announcement, else of its disclosing authority
    quint16 venueCountry = 0; // of its first recruitment with a country, dated or not
    DayNumber firstDay = 0; // the first known day of its events; 0 when the case has no dated events
    DayNumber lastDay = 0; // the last known day
    DayNumber disclosedDay = 0; // first announcement; 0 when none is recorded
    qint32 suspect = -1; // actor index of the first suspect
    qint32 agency = -1; // actor index of the first sponsoring agency, rolled up to its top agency
};

struct TimelineActor
{
    Id id = 0;
    quint32 nameOffset = 0;
    quint32 nameLength = 0;
    quint32 nativeOffset = 0; // the name in its own script (曾), when recorded
    quint32 nativeLength = 0;
    quint16 country = 0;
    ActorKind kind = ActorKind::Person;
    qint32 partOf = -1;
};

// A link between two events, by event index: `later` (an announcement) follows `earlier`.
struct TimelineLink
{
    Id id = 0;
    qint32 later = -1;
    qint32 earlier = -1;
    LinkRelation relation = LinkRelation::RespondsTo;
};

// Maps record ids to array indices: a flat table when ids are dense (as SQLite assigns them),
// a hash otherwise.
class IdIndex
{
public:
    void build(std::span<const Id> ids);
    qint32 find(Id id) const;

private:
    std::vector<qint32> m_dense;
    QHash<Id, qint32> m_sparse;
};

// Everything the timeline draws, loaded once in compact arrays: a million events take about
// 70 MB. Immutable once loaded, so a worker thread can build it and the view share it.
class TimelineData
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimelineData)

public:
    TimelineData() = default;
    TimelineData(const TimelineData&) = delete;
    TimelineData& operator=(const TimelineData&) = delete;

    // Reads the collection with a few table scans through the store's own connection. When `cancel`
    // becomes true the load stops with a failure.
    static Result<std::shared_ptr<const TimelineData>> load(Store& store, const std::atomic<bool>* cancel = nullptr);
    // The same from a collection on a server, streamed through `server` within the snapshot its
    // caller reads: equal to what load() reads from a copy of that snapshot. A team collection's
    // timeline is shown from it before its working copy is whole (WorkingCopy::Request::timelineFirst).
    static Result<std::shared_ptr<const TimelineData>> loadFromServer(PostgresConnection& server,
                                                                      const std::atomic<bool>* cancel = nullptr);

    // The dated events, sorted by earliest day, then latest day, then id.
    const std::vector<TimelineEvent>& events() const
    {
        return m_events;
    }
    // The events with no known date, by id.
    const std::vector<UndatedEvent>& undatedEvents() const
    {
        return m_undated;
    }
    // The anchors of events(), in the same order: for binary search and counting.
    std::span<const DayNumber> anchors() const
    {
        return m_anchors;
    }
    const DayIndex& anchorIndex() const
    {
        return m_anchorIndex;
    }
    const std::vector<TimelineCase>& cases() const
    {
        return m_cases;
    }
    const std::vector<TimelineActor>& actors() const
    {
        return m_actors;
    }
    // Sorted by the anchor of the earlier event.
    const std::vector<TimelineLink>& links() const
    {
        return m_links;
    }
    // The longest span, in days, from a link's earlier anchor to its later anchor.
    int maxLinkDays() const
    {
        return m_maxLinkDays;
    }

    // No dated event: nothing to draw on the axis.
    bool isEmpty() const
    {
        return m_events.empty();
    }
    // The first and last known day of any event (an open end counts by its known end); 0 when there
    // are no dated events.
    DayNumber firstDay() const
    {
        return m_firstDay;
    }
    DayNumber lastDay() const
    {
        return m_lastDay;
    }
    // Events the collection holds but that could not be read (days outside the calendar, an end
    // before the start: written by another tool) and are left out.
    qsizetype unreadableEvents() const
    {
        return m_unreadableEvents;
    }

    QString eventTitle(qsizetype index) const;
    QString caseTitle(qsizetype index) const;
    // The title as the timeline shows it: with the native name of its suspect beside the romanised
    // one where the title begins with it ("Zeng (曾): military industrial group employee …").
    QString caseLabel(qsizetype index) const;
    // The native name of the case's first suspect, when recorded and not already in caseLabel().
    QString suspectNativeName(qsizetype index) const;
    QString actorName(qsizetype index) const;
    QString actorNativeName(qsizetype index) const;
    // "Zeng (曾)": the romanised name with the native one beside it, when it is recorded.
    QString actorTitle(qsizetype index) const;
    // The date as recorded, rebuilt from its shape and days.
    PartialDate eventDate(qsizetype index) const;
    // The event's country, else the country of who acted; 0 when neither is recorded.
    quint16 eventCountry(qsizetype index) const;

    // ISO code of a country index; empty for 0.
    QString countryCode(quint16 country) const;
    qsizetype countryCount() const
    {
        return m_countryCodes.size();
    }
    quint16 countryIndex(QStringView code) const;

    qint32 eventIndex(Id id) const
    {
        return m_eventIds.find(id);
    }
    qint32 caseIndex(Id id) const
    {
        return m_caseIds.find(id);
    }
    qint32 actorIndex(Id id) const
    {
        return m_actorIds.find(id);
    }

private:
    template<typename Source>
    friend class TimelineDataLoader;
    void finish();

    std::vector<TimelineEvent> m_events;
    std::vector<UndatedEvent> m_undated;
    std::vector<DayNumber> m_anchors;
    DayIndex m_anchorIndex;
    std::vector<TimelineCase> m_cases;
    std::vector<TimelineActor> m_actors;
    std::vector<TimelineLink> m_links;
    std::string m_text; // UTF-8 titles and names, back to back
    QList<QString> m_countryCodes; // index 0 is "none"
    IdIndex m_eventIds;
    IdIndex m_caseIds;
    IdIndex m_actorIds;
    DayNumber m_firstDay = 0;
    DayNumber m_lastDay = 0;
    int m_maxLinkDays = 0;
    qsizetype m_unreadableEvents = 0;
};

} // namespace Spyline
