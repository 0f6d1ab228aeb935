#include "timeline/TimelineLanes.h"

#include "items/CaseTitles.h"
#include "records/CountryCatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Spyline {

namespace {

// Lanes with at least this many events get a DayIndex; smaller ones are searched directly.
constexpr qsizetype IndexedLaneSize = 256;
// A lane header shows a case title on two lines of about 24 characters.
constexpr qsizetype HeaderTitleBudget = 48;

QString countryName(const TimelineData& data, int country)
{
    const QString code = data.countryCode(quint16(country));
    const QString name = CountryCatalog::name(code);
    return name.isEmpty() ? code : name;
}

QString eventCount(qsizetype count)
{
    return TimelineLanes::tr("%Ln event(s)", nullptr, int(count));
}

} // namespace

// Sorts events into lanes in one counting pass: events arrive sorted by time, so every lane's
// run is sorted too.
class TimelineLanesBuilder
{
public:
    TimelineLanesBuilder(TimelineLanes& lanes)
        : m_lanes(lanes)
        , m_data(*lanes.m_data)
    {
    }

    void run()
    {
        const auto& events = m_data.events();
        const auto& cases = m_data.cases();
        m_caseSlot.assign(cases.size(), -1);
        m_actorSlot.assign(m_data.actors().size(), -1);
        m_countrySlot.assign(size_t(m_data.countryCount()), -1);
        m_outsideSlot.assign(size_t(m_data.countryCount()), -1);

        // Cases the filter leaves out, with their events: no lane, no count, no span.
        std::vector<bool> hidden;
        const ShownRecords& shown = m_lanes.m_shown;
        if (shown.cases) {
            hidden.assign(cases.size(), true);
            for (qint64 id : *shown.cases) {
                if (const qint32 index = m_data.caseIndex(id); index >= 0)
                    hidden[size_t(index)] = false;
            }
        }
        const auto isHidden = [&](qint32 caseIndex) {
            return caseIndex >= 0 && !hidden.empty() && hidden[size_t(caseIndex)];
        };
        // Events of no case the filter leaves out.
        const auto isHiddenEvent = [&](const TimelineEvent& event) {
            // As publicly known on a day: what had not happened by then is not drawn.
            if (!shown.knowsEventOf(event.latest))
                return true;
            if (event.caseIndex >= 0)
                return isHidden(event.caseIndex);
            return !shown.showsOutsideEvent(event.id);
        };
        std::vector<qint32> eventSlot(events.size());
        const auto& shownEvents = m_lanes.m_shownEvents;
        const auto isMasked = [&](size_t event) {
            return shownEvents && (event >= shownEvents->size() || !(*shownEvents)[event]);
        };
        for (size_t i = 0; i < events.size(); ++i)
            eventSlot[i] = isHiddenEvent(events[i]) || isMasked(i) ? -1 : slotOfEvent(qint32(i));
        std::vector<qint32> caseSlot(cases.size(), -1);
        for (size_t c = 0; c < cases.size(); ++c)
            caseSlot[c] = isHidden(qint32(c)) ? -1 : slotOfCaseSpan(qint32(c));

        // Order lanes by their first event (or span), then by kind and reference for stability.
        const size_t slotCount = m_slots.size();
        std::vector<DayNumber> first(slotCount, std::numeric_limits<DayNumber>::max());
        std::vector<DayNumber> last(slotCount, std::numeric_limits<DayNumber>::min());
        for (size_t i = 0; i < events.size(); ++i) {
            if (eventSlot[i] < 0)
                continue;
            const auto s = size_t(eventSlot[i]);
            first[s] = std::min(first[s], events[i].earliest);
            last[s] = std::max(last[s], events[i].lastDay());
        }
        for (size_t c = 0; c < cases.size(); ++c) {
            if (caseSlot[c] < 0)
                continue;
            const auto s = size_t(caseSlot[c]);
            first[s] = std::min(first[s], cases[c].firstDay);
            last[s] = std::max(last[s], std::min(cases[c].lastDay, shown.knownOn.value_or(cases[c].lastDay)));
        }
        std::vector<qint32> order(slotCount);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
            if (first[size_t(a)] != first[size_t(b)])
                return first[size_t(a)] < first[size_t(b)];
            const auto& la = m_slots[size_t(a)];
            const auto& lb = m_slots[size_t(b)];
            if (la.kind != lb.kind)
                return la.kind < lb.kind;
            return la.ref < lb.ref;
        });
        std::vector<qint32> laneOfSlot(slotCount);
        for (size_t l = 0; l < slotCount; ++l)
            laneOfSlot[size_t(order[l])] = qint32(l);

        auto& lanes = m_lanes.m_lanes;
        lanes.resize(slotCount);
        for (size_t s = 0; s < slotCount; ++s) {
            auto& lane = lanes[size_t(laneOfSlot[s])];
            lane = m_slots[s];
            lane.firstDay = first[s];
            lane.lastDay = last[s];
        }

        m_lanes.m_eventLane.resize(events.size());
        for (size_t i = 0; i < events.size(); ++i)
            m_lanes.m_eventLane[i] = eventSlot[i] < 0 ? -1 : laneOfSlot[size_t(eventSlot[i])];
        m_lanes.m_caseLane.resize(cases.size());
        for (size_t c = 0; c < cases.size(); ++c)
            m_lanes.m_caseLane[c] = caseSlot[c] < 0 ? -1 : laneOfSlot[size_t(caseSlot[c])];

        fillEvents();
        fillCases();
        buildIndexes();
        countUndated(isHidden);
    }

private:
    qint32 slot(std::vector<qint32>& table, qsizetype at, TimelineLanes::LaneKind kind, qint32 ref)
    {
        qint32& slot = table[size_t(at)];
        if (slot < 0) {
            slot = qint32(m_slots.size());
            m_slots.push_back({kind, ref});
        }
        return slot;
    }
    qint32 notRecordedSlot()
    {
        if (m_notRecorded < 0) {
            m_notRecorded = qint32(m_slots.size());
            m_slots.push_back({TimelineLanes::LaneKind::NotRecorded, -1});
        }
        return m_notRecorded;
    }
    qint32 countrySlot(quint16 country)
    {
        if (country == 0)
            return notRecordedSlot();
        return slot(m_countrySlot, country, TimelineLanes::LaneKind::Country, country);
    }
    qint32 actorSlot(qint32 actor, TimelineLanes::LaneKind kind)
    {
        if (actor < 0)
            return notRecordedSlot();
        return slot(m_actorSlot, actor, kind, actor);
    }

    // The lane that holds everything of a case, for the keys that group whole cases.
    qint32 slotOfCase(qint32 caseIndex)
    {
        const auto& record = m_data.cases()[size_t(caseIndex)];
        switch (m_lanes.m_key) {
        case LaneKey::Case:
            return slot(m_caseSlot, caseIndex, TimelineLanes::LaneKind::Case, caseIndex);
        case LaneKey::DisclosingCountry:
            return countrySlot(record.disclosingCountry);
        case LaneKey::AccusedCountry:
            return countrySlot(record.accusedCountry);
        case LaneKey::VenueCountry:
            return countrySlot(record.venueCountry);
        case LaneKey::AccusedAgency:
            return actorSlot(record.agency, TimelineLanes::LaneKind::Agency);
        case LaneKey::Actor:
            break;
        }
        return actorSlot(record.suspect, TimelineLanes::LaneKind::Actor);
    }

    qint32 slotOfEvent(qint32 index)
    {
        const auto& event = m_data.events()[size_t(index)];
        if (m_lanes.m_key == LaneKey::Actor)
            return actorSlot(event.actorIndex, TimelineLanes::LaneKind::Actor);
        if (event.caseIndex >= 0)
            return slotOfCase(event.caseIndex);
        const quint16 country = m_data.eventCountry(index);
        return slot(m_outsideSlot, country, TimelineLanes::LaneKind::OutsideCases, country);
    }

    // Where a case's span is drawn; by actor, in its suspect's lane.
    qint32 slotOfCaseSpan(qint32 caseIndex)
    {
        const auto& record = m_data.cases()[size_t(caseIndex)];
        if (record.firstDay == 0 || !m_lanes.m_shown.knowsEventOf(record.firstDay))
            return -1;
        if (m_lanes.m_key == LaneKey::Actor && record.suspect < 0)
            return -1;
        return slotOfCase(caseIndex);
    }

    void fillEvents()
    {
        const auto& events = m_data.events();
        auto& lanes = m_lanes.m_lanes;
        const size_t laneCount = lanes.size();
        auto& offsets = m_lanes.m_eventOffsets;
        auto& longOffsets = m_lanes.m_longOffsets;
        offsets.assign(laneCount + 1, 0);
        longOffsets.assign(laneCount + 1, 0);
        for (size_t i = 0; i < events.size(); ++i) {
            if (m_lanes.m_eventLane[i] < 0)
                continue;
            const auto lane = size_t(m_lanes.m_eventLane[i]);
            ++offsets[lane + 1];
            if (events[i].lastDay() > events[i].earliest)
                ++longOffsets[lane + 1];
        }
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        std::partial_sum(longOffsets.begin(), longOffsets.end(), longOffsets.begin());
        m_lanes.m_laneEvents.resize(size_t(offsets.back()));
        m_lanes.m_laneAnchors.resize(size_t(offsets.back()));
        m_lanes.m_longEvents.resize(size_t(longOffsets.back()));
        std::vector<qint32> next(offsets.begin(), offsets.end() - 1);
        std::vector<qint32> nextLong(longOffsets.begin(), longOffsets.end() - 1);
        for (size_t i = 0; i < events.size(); ++i) {
            if (m_lanes.m_eventLane[i] < 0)
                continue;
            const auto lane = size_t(m_lanes.m_eventLane[i]);
            const auto at = size_t(next[lane]++);
            m_lanes.m_laneEvents[at] = qint32(i);
            m_lanes.m_laneAnchors[at] = events[i].earliest;
            const qint32 reach = events[i].lastDay() - events[i].earliest;
            if (reach > 0) {
                m_lanes.m_longEvents[size_t(nextLong[lane]++)] = qint32(i);
                lanes[lane].maxEventDays = std::max(lanes[lane].maxEventDays, reach);
            }
        }
    }

    void fillCases()
    {
        const auto& cases = m_data.cases();
        auto& lanes = m_lanes.m_lanes;
        auto& offsets = m_lanes.m_caseOffsets;
        offsets.assign(lanes.size() + 1, 0);
        std::vector<qint32> byFirstDay;
        for (size_t c = 0; c < cases.size(); ++c) {
            if (m_lanes.m_caseLane[c] >= 0) {
                ++offsets[size_t(m_lanes.m_caseLane[c]) + 1];
                byFirstDay.push_back(qint32(c));
            }
        }
        std::sort(byFirstDay.begin(), byFirstDay.end(), [&](qint32 a, qint32 b) {
            const DayNumber da = cases[size_t(a)].firstDay;
            const DayNumber db = cases[size_t(b)].firstDay;
            return da != db ? da < db : a < b;
        });
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        m_lanes.m_laneCases.resize(byFirstDay.size());
        std::vector<qint32> next(offsets.begin(), offsets.end() - 1);
        for (qint32 c : byFirstDay) {
            const auto lane = size_t(m_lanes.m_caseLane[size_t(c)]);
            m_lanes.m_laneCases[size_t(next[lane]++)] = c;
            const auto& record = cases[size_t(c)];
            const DayNumber end = record.disclosedDay ? record.disclosedDay : record.lastDay;
            lanes[lane].maxSpanDays = std::max(lanes[lane].maxSpanDays, end - record.firstDay);
        }
    }

    template<typename Hidden>
    void countUndated(const Hidden& isHidden)
    {
        for (const UndatedEvent& event : m_data.undatedEvents()) {
            if (!isHidden(event.caseIndex))
                ++m_lanes.m_undatedEvents;
        }
        const auto& cases = m_data.cases();
        for (size_t c = 0; c < cases.size(); ++c) {
            if (cases[c].firstDay == 0 && !isHidden(qint32(c)))
                ++m_lanes.m_undatedCases;
        }
    }

    void buildIndexes()
    {
        m_lanes.m_indexOfLane.assign(m_lanes.m_lanes.size(), -1);
        for (int lane = 0; lane < m_lanes.count(); ++lane) {
            const auto anchors = m_lanes.anchors(lane);
            if (qsizetype(anchors.size()) < IndexedLaneSize)
                continue;
            m_lanes.m_indexOfLane[size_t(lane)] = qint32(m_lanes.m_indexes.size());
            m_lanes.m_indexes.emplace_back(anchors);
        }
    }

    TimelineLanes& m_lanes;
    const TimelineData& m_data;
    std::vector<TimelineLanes::Lane> m_slots;
    std::vector<qint32> m_caseSlot;
    std::vector<qint32> m_actorSlot;
    std::vector<qint32> m_countrySlot;
    std::vector<qint32> m_outsideSlot;
    qint32 m_notRecorded = -1;
};

std::shared_ptr<const TimelineLanes> TimelineLanes::build(std::shared_ptr<const TimelineData> data, LaneKey key,
                                                          ShownRecords shown, EventMask shownEvents)
{
    auto lanes = std::make_shared<TimelineLanes>();
    lanes->m_data = data ? std::move(data) : std::make_shared<const TimelineData>();
    lanes->m_key = key;
    lanes->m_shown = std::move(shown);
    lanes->m_shownEvents = std::move(shownEvents);
    TimelineLanesBuilder(*lanes).run();
    return lanes;
}

bool TimelineLanes::isContextEvent(qsizetype eventIndex) const
{
    const TimelineEvent& event = m_data->events()[size_t(eventIndex)];
    return event.caseIndex < 0 && m_shown.isContext(event.id);
}

QList<LaneKey> TimelineLanes::allKeys()
{
    return {LaneKey::Case,          LaneKey::DisclosingCountry, LaneKey::AccusedCountry,
            LaneKey::AccusedAgency, LaneKey::VenueCountry,      LaneKey::Actor};
}

QString TimelineLanes::keyLabel(LaneKey key)
{
    switch (key) {
    case LaneKey::Case:
        return tr("Case");
    case LaneKey::DisclosingCountry:
        return tr("Disclosing country");
    case LaneKey::AccusedCountry:
        return tr("Accused country");
    case LaneKey::AccusedAgency:
        return tr("Accused agency");
    case LaneKey::VenueCountry:
        return tr("Recruitment venue country");
    case LaneKey::Actor:
        break;
    }
    return tr("Actor");
}

std::span<const qint32> TimelineLanes::events(int lane) const
{
    const auto begin = size_t(m_eventOffsets[size_t(lane)]);
    const auto end = size_t(m_eventOffsets[size_t(lane) + 1]);
    return std::span<const qint32>(m_laneEvents).subspan(begin, end - begin);
}

std::span<const DayNumber> TimelineLanes::anchors(int lane) const
{
    const auto begin = size_t(m_eventOffsets[size_t(lane)]);
    const auto end = size_t(m_eventOffsets[size_t(lane) + 1]);
    return std::span<const DayNumber>(m_laneAnchors).subspan(begin, end - begin);
}

std::span<const qint32> TimelineLanes::longEvents(int lane) const
{
    const auto begin = size_t(m_longOffsets[size_t(lane)]);
    const auto end = size_t(m_longOffsets[size_t(lane) + 1]);
    return std::span<const qint32>(m_longEvents).subspan(begin, end - begin);
}

std::span<const qint32> TimelineLanes::cases(int lane) const
{
    const auto begin = size_t(m_caseOffsets[size_t(lane)]);
    const auto end = size_t(m_caseOffsets[size_t(lane) + 1]);
    return std::span<const qint32>(m_laneCases).subspan(begin, end - begin);
}

qsizetype TimelineLanes::countBefore(int lane, qint64 day) const
{
    if (const qint32 index = m_indexOfLane[size_t(lane)]; index >= 0)
        return m_indexes[size_t(index)].countBefore(day);
    const auto days = anchors(lane);
    return qsizetype(std::lower_bound(days.begin(), days.end(), day) - days.begin());
}

QString TimelineLanes::laneKey(int index) const
{
    const Lane& l = lane(index);
    switch (l.kind) {
    case LaneKind::Case:
        return QStringLiteral("case:%1").arg(m_data->cases()[size_t(l.ref)].id);
    case LaneKind::Country:
        return QStringLiteral("country:") + m_data->countryCode(quint16(l.ref));
    case LaneKind::OutsideCases:
        return QStringLiteral("outside:") + m_data->countryCode(quint16(l.ref));
    case LaneKind::Agency:
    case LaneKind::Actor:
        return QStringLiteral("actor:%1").arg(m_data->actors()[size_t(l.ref)].id);
    case LaneKind::NotRecorded:
        break;
    }
    return QStringLiteral("none");
}

int TimelineLanes::findLane(const QString& key) const
{
    if (key.startsWith(QStringLiteral("case:"))) {
        const qint32 caseIndex = m_data->caseIndex(key.mid(5).toLongLong());
        if (caseIndex < 0 || m_key != LaneKey::Case)
            return -1;
        return m_caseLane[size_t(caseIndex)];
    }
    for (int i = 0; i < count(); ++i) {
        if (laneKey(i) == key)
            return i;
    }
    return -1;
}

QString TimelineLanes::title(int index) const
{
    const Lane& l = lane(index);
    switch (l.kind) {
    case LaneKind::Case:
        return m_data->caseLabel(l.ref);
    case LaneKind::Country:
        return countryName(*m_data, l.ref);
    case LaneKind::Agency:
    case LaneKind::Actor:
        return m_data->actorTitle(l.ref);
    case LaneKind::OutsideCases:
        if (l.ref == 0)
            return tr("Outside cases, country not recorded");
        return tr("%1, outside cases").arg(countryName(*m_data, l.ref));
    case LaneKind::NotRecorded:
        break;
    }
    switch (m_key) {
    case LaneKey::Case:
        break;
    case LaneKey::DisclosingCountry:
        return tr("Disclosing country not recorded");
    case LaneKey::AccusedCountry:
        return tr("Accused country not recorded");
    case LaneKey::AccusedAgency:
        return tr("Sponsoring agency not recorded");
    case LaneKey::VenueCountry:
        return tr("Recruitment venue not recorded");
    case LaneKey::Actor:
        return tr("No actor recorded");
    }
    return tr("Not recorded");
}

QString TimelineLanes::headerTitle(int index) const
{
    if (lane(index).kind != LaneKind::Case)
        return title(index);
    std::call_once(m_headerTitlesOnce, [this] {
        QStringList titles;
        titles.reserve(count());
        for (int i = 0; i < count(); ++i)
            titles.append(lane(i).kind == LaneKind::Case ? title(i) : QString());
        m_headerTitles = CaseTitles::distinguishing(titles, HeaderTitleBudget);
    });
    return m_headerTitles.value(index);
}

QString TimelineLanes::undatedNote() const
{
    if (m_undatedEvents == 0 && m_undatedCases == 0)
        return {};
    if (m_undatedEvents == 0) {
        return tr("%Ln case(s) have no dated event and are not drawn.", nullptr, int(m_undatedCases));
    }
    QString note = tr("%Ln event(s) are not drawn: their date is unknown", nullptr, int(m_undatedEvents));
    if (m_undatedCases > 0)
        note += tr(" (%Ln case(s) have no dated event)", nullptr, int(m_undatedCases));
    return tr("%1.", "a sentence, then its full stop").arg(note);
}

QString TimelineLanes::subtitle(int index) const
{
    const Lane& l = lane(index);
    const QString count = eventCount(qsizetype(events(index).size()));
    switch (l.kind) {
    case LaneKind::Case: {
        // The status as recorded: an accusation is shown no stronger than the record makes it.
        const auto& record = m_data->cases()[size_t(l.ref)];
        QStringList parts {toLabel(record.status)};
        // A native name the title cannot carry beside the romanised one.
        if (!m_data->suspectNativeName(l.ref).isEmpty())
            parts.prepend(m_data->actorTitle(record.suspect));
        if (record.targetCountry)
            parts.append(tr("target %1").arg(countryName(*m_data, record.targetCountry)));
        if (record.accusedCountry)
            parts.append(tr("accused %1").arg(countryName(*m_data, record.accusedCountry)));
        return parts.join(QStringLiteral(" · "));
    }
    case LaneKind::Agency:
    case LaneKind::Actor: {
        const auto& actor = m_data->actors()[size_t(l.ref)];
        QStringList parts {toLabel(actor.kind)};
        if (actor.country)
            parts.append(countryName(*m_data, actor.country));
        parts.append(count);
        return parts.join(QStringLiteral(" · "));
    }
    case LaneKind::OutsideCases: {
        qsizetype context = 0;
        if (m_shown.contextEvents) {
            for (qint32 event : events(index))
                context += isContextEvent(event);
        }
        if (context > 0)
            return tr("statements, laws and other events · %1, %L2 as context of shown cases").arg(count).arg(context);
        return tr("statements, laws and other events · %1").arg(count);
    }
    case LaneKind::Country:
    case LaneKind::NotRecorded:
        break;
    }
    return count;
}

} // namespace Spyline
