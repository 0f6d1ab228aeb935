#pragma once

#include "store/ShownRecords.h"
#include "timeline/TimelineData.h"

#include <memory>
#include <mutex>

#include <QCoreApplication>

namespace Spyline {

// What the timeline's lanes stand for: one a case, or one a country, agency or actor.
enum class LaneKey : quint8
{
    Case,
    DisclosingCountry,
    AccusedCountry,
    AccusedAgency,
    VenueCountry,
    Actor,
};

// The events of a collection grouped into lanes by a key, each lane a compact run of event indices
// sorted by time, so that "what is in this window" is a binary search and "how many in this
// bucket" a subtraction. Lanes are ordered by their first event. Events outside any case
// (statements, laws) get lanes of their own by country, so they stay visible whatever the key.
// Immutable once built: a worker thread may build it, every frame reads it.
class TimelineLanes
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimelineLanes)

public:
    enum class LaneKind : quint8
    {
        Case, // ref: case index
        Country, // ref: country index
        Agency, // ref: actor index
        Actor, // ref: actor index
        OutsideCases, // ref: country index, 0 when none is recorded
        NotRecorded, // the key is not recorded for these cases
    };
    struct Lane
    {
        LaneKind kind = LaneKind::NotRecorded;
        qint32 ref = -1;
        DayNumber firstDay = 0;
        DayNumber lastDay = 0;
        qint32 maxEventDays = 0; // longest reach of an event past its anchor (ranges, durations)
        qint32 maxSpanDays = 0; // longest case span drawn in the lane
    };

    TimelineLanes() = default;
    TimelineLanes(const TimelineLanes&) = delete;
    TimelineLanes& operator=(const TimelineLanes&) = delete;

    // Only what the filter shows is kept (see ShownRecords): other cases go with their events, and
    // events of no case stay when they pass the filter or a shown case is linked to them. An event
    // mask (one flag per index into data().events(); none when null) leaves out more: a chart of a
    // date range or of what was public on a day has no lane for what it does not draw.
    using CaseIds = ShownRecords::Ids;
    using EventMask = std::shared_ptr<const std::vector<bool>>;
    static std::shared_ptr<const TimelineLanes> build(std::shared_ptr<const TimelineData> data, LaneKey key,
                                                      ShownRecords shown = {}, EventMask shownEvents = {});

    static QList<LaneKey> allKeys();
    static QString keyLabel(LaneKey key);

    LaneKey key() const
    {
        return m_key;
    }
    const CaseIds& shownCases() const
    {
        return m_shown.cases;
    }
    const ShownRecords& shown() const
    {
        return m_shown;
    }
    // An event of no case shown only because a shown case is linked to it.
    bool isContextEvent(qsizetype eventIndex) const;
    const TimelineData& data() const
    {
        return *m_data;
    }
    const std::shared_ptr<const TimelineData>& sharedData() const
    {
        return m_data;
    }
    int count() const
    {
        return int(m_lanes.size());
    }
    const Lane& lane(int index) const
    {
        return m_lanes[size_t(index)];
    }

    // The lane's events as indices into data().events(), sorted by anchor.
    std::span<const qint32> events(int lane) const;
    // Their anchors, in the same order.
    std::span<const DayNumber> anchors(int lane) const;
    // The lane's events that cover more than one day (ranges, durations), sorted by anchor.
    std::span<const qint32> longEvents(int lane) const;
    // The cases whose span the lane draws, sorted by first day.
    std::span<const qint32> cases(int lane) const;

    // Exact counts by anchor day: events of the lane with anchor < day, and in [from, to).
    qsizetype countBefore(int lane, qint64 day) const;
    qsizetype countBetween(int lane, qint64 from, qint64 to) const
    {
        return to <= from ? 0 : countBefore(lane, to) - countBefore(lane, from);
    }

    int laneOfEvent(qsizetype eventIndex) const
    {
        return m_eventLane[size_t(eventIndex)];
    }
    // The lane that draws the case's span, or -1.
    int laneOfCase(qsizetype caseIndex) const
    {
        return m_caseLane[size_t(caseIndex)];
    }

    // Events of the shown cases (and outside cases) that have no known date: not on any lane.
    qsizetype undatedEventCount() const
    {
        return m_undatedEvents;
    }
    // Shown cases with no dated event at all, so with nothing on the axis.
    qsizetype undatedCaseCount() const
    {
        return m_undatedCases;
    }
    // For captions and the view: "2 events are not drawn: their date is unknown."; empty when
    // every event is drawn.
    QString undatedNote() const;

    // A stable name for a lane across reloads and regrouping, such as "case:12" or "country:CN".
    QString laneKey(int lane) const;
    int findLane(const QString& key) const;
    QString title(int lane) const;
    // The title as a lane header shows it: for case lanes whose titles begin alike, what tells
    // them apart (CaseTitles); the full title is title().
    QString headerTitle(int lane) const;
    QString subtitle(int lane) const;

private:
    std::shared_ptr<const TimelineData> m_data;
    LaneKey m_key = LaneKey::Case;
    std::vector<Lane> m_lanes;
    std::vector<qint32> m_eventOffsets; // lane i's events are [offsets[i], offsets[i + 1])
    std::vector<qint32> m_laneEvents;
    std::vector<DayNumber> m_laneAnchors;
    std::vector<qint32> m_longOffsets;
    std::vector<qint32> m_longEvents;
    std::vector<qint32> m_caseOffsets;
    std::vector<qint32> m_laneCases;
    ShownRecords m_shown;
    EventMask m_shownEvents;
    std::vector<qint32> m_eventLane;
    std::vector<qint32> m_caseLane;
    std::vector<qint32> m_indexOfLane; // -1, or the lane's DayIndex in m_indexes
    std::vector<DayIndex> m_indexes;
    qsizetype m_undatedEvents = 0;
    qsizetype m_undatedCases = 0;
    // Worked out on first use, for every case lane at once.
    mutable std::once_flag m_headerTitlesOnce;
    mutable QStringList m_headerTitles;

    friend class TimelineLanesBuilder;
};

} // namespace Spyline
