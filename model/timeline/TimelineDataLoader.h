#pragma once

// The loader behind TimelineData::load and loadFromServer, private to the model: one pass over each
// of five queries, written once for both backends. A Source gives `Rows` for a query (next(),
// integer(), isNull(), text() as stored, finish() with the table's name) and expectedEvents().
#ifndef SPYLINE_STORE_INTERNALS
#error "TimelineDataLoader.h is private to the model"
#endif

#include "timeline/TimelineData.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

namespace Spyline {

namespace TimelineLoading {

template<typename Enum>
std::vector<std::pair<QByteArray, Enum>> keysOf()
{
    std::vector<std::pair<QByteArray, Enum>> keys;
    for (Enum value : allValues<Enum>())
        keys.emplace_back(toKey(value).toLatin1(), value);
    return keys;
}

template<typename Enum>
Enum enumFrom(const std::vector<std::pair<QByteArray, Enum>>& keys, std::string_view text, Enum fallback)
{
    for (const auto& [key, value] : keys) {
        if (size_t(key.size()) == text.size() && std::equal(text.begin(), text.end(), key.constData()))
            return value;
    }
    return fallback;
}

// The shape of a stored date: the plain forms most dates have by their length alone, the others
// read as EDTF.
inline PartialDate::Shape shapeOf(std::string_view text)
{
    PartialDate::Shape shape;
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
    const bool season = text.size() == 7 && text[5] == '2';
    if (plain && !season && (text.size() == 4 || text.size() == 7 || text.size() == 10)) {
        shape.start = text.size() == 10 ? PartialDate::Precision::Day
            : text.size() == 7          ? PartialDate::Precision::Month
                                        : PartialDate::Precision::Year;
        return shape;
    }
    std::array<char16_t, 64> buffer {};
    if (text.size() > buffer.size())
        return shape;
    for (size_t i = 0; i < text.size(); ++i)
        buffer[i] = char16_t(quint8(text[i]));
    const auto date = PartialDate::parseEdtf(QStringView(buffer.data(), qsizetype(text.size())));
    return date ? date->shape() : shape;
}

// What a Source's rows end with when `table` could not be read.
inline Status tableNotRead(const char* table, const QString& error)
{
    return fail(TimelineData::tr("the timeline could not read the %1: %2").arg(QLatin1StringView(table), error));
}

} // namespace TimelineLoading

// Fills a TimelineData from the collection: actors, cases, events, roles, links, each one scan.
template<typename Source>
class TimelineDataLoader
{
public:
    TimelineDataLoader(Source& source, const std::atomic<bool>* cancel, TimelineData& data)
        : m_source(source)
        , m_cancel(cancel)
        , m_data(data)
    {
        m_data.m_countryCodes.append(QString());
    }

    Status run()
    {
        for (auto step : {&TimelineDataLoader::loadActors, &TimelineDataLoader::loadCases,
                          &TimelineDataLoader::loadEvents, &TimelineDataLoader::loadRoles}) {
            if (Status s = (this->*step)(); !s)
                return s;
        }
        sortEvents();
        summariseCases();
        if (Status s = loadLinks(); !s)
            return s;
        m_data.finish();
        return {};
    }

private:
    bool cancelled(qsizetype row) const
    {
        return m_cancel && (row & 0x3FFF) == 0 && m_cancel->load(std::memory_order_relaxed);
    }
    // Rows come in whatever order the backend keeps them (a server's as its heap holds them); actors
    // and cases are kept by id, as their indices are everywhere.
    template<typename Record>
    static bool byId(const Record& a, const Record& b)
    {
        return a.id < b.id;
    }
    template<typename Record>
    static void indexById(IdIndex& index, const std::vector<Record>& records)
    {
        std::vector<Id> ids;
        ids.reserve(records.size());
        for (const auto& record : records)
            ids.push_back(record.id);
        index.build(ids);
    }
    static Status cancelledStatus()
    {
        return fail(TimelineData::tr("loading the timeline was cancelled"));
    }

    // Country codes are two or four ASCII letters: packed into a number and found in a small
    // open-addressed table, since every event asks.
    quint16 country(std::string_view code)
    {
        if (code.empty() || code.size() > 4)
            return 0;
        quint32 key = 0;
        for (char c : code)
            key = (key << 8) | quint8(c);
        quint32 slot = (key * 2654435761u) >> (32 - CountryBits);
        for (;; slot = (slot + 1) & (CountrySlots - 1)) {
            if (m_countryKeys[slot] == key)
                return m_countryIndices[slot];
            if (m_countryKeys[slot] == 0)
                break;
        }
        if (m_data.m_countryCodes.size() >= CountrySlots / 2)
            return 0; // not a country code: there are a few hundred of those
        const auto index = quint16(m_data.m_countryCodes.size());
        m_data.m_countryCodes.append(QString::fromLatin1(code.data(), qsizetype(code.size())));
        m_countryKeys[slot] = key;
        m_countryIndices[slot] = index;
        return index;
    }

    quint32 addText(std::string_view text, quint32* length)
    {
        const auto offset = quint32(m_data.m_text.size());
        m_data.m_text.append(text);
        *length = quint32(text.size());
        return offset;
    }

    Status loadActors()
    {
        typename Source::Rows query(m_source, "SELECT id, kind, name, country, part_of, native_name FROM actors");
        const auto kinds = TimelineLoading::keysOf<ActorKind>();
        std::vector<Id> parents;
        while (query.next()) {
            TimelineActor actor;
            actor.id = query.integer(0);
            actor.kind = TimelineLoading::enumFrom(kinds, query.text(1), ActorKind::Person);
            actor.nameOffset = addText(query.text(2), &actor.nameLength);
            const QByteArray native = QByteArray(query.text(5).data(), qsizetype(query.text(5).size())).trimmed();
            const QByteArray name = QByteArray(query.text(2).data(), qsizetype(query.text(2).size())).trimmed();
            if (!native.isEmpty() && native != name)
                actor.nativeOffset =
                    addText(std::string_view(native.constData(), size_t(native.size())), &actor.nativeLength);
            actor.country = country(query.text(3));
            m_data.m_actors.push_back(actor);
            parents.push_back(query.integer(4));
            if (cancelled(qsizetype(parents.size())))
                return cancelledStatus();
        }
        if (Status s = query.finish("actors"); !s)
            return s;
        auto& actors = m_data.m_actors;
        if (!std::is_sorted(actors.begin(), actors.end(), byId<TimelineActor>)) {
            std::vector<quint32> order(actors.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = quint32(i);
            std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return actors[a].id < actors[b].id; });
            std::vector<TimelineActor> sorted;
            std::vector<Id> sortedParents;
            sorted.reserve(actors.size());
            sortedParents.reserve(actors.size());
            for (quint32 i : order) {
                sorted.push_back(actors[i]);
                sortedParents.push_back(parents[i]);
            }
            actors = std::move(sorted);
            parents = std::move(sortedParents);
        }
        indexById(m_data.m_actorIds, m_data.m_actors);
        for (size_t i = 0; i < parents.size(); ++i)
            m_data.m_actors[i].partOf = parents[i] ? m_data.m_actorIds.find(parents[i]) : -1;
        return {};
    }

    Status loadCases()
    {
        typename Source::Rows query(m_source, "SELECT id, title, status, target_country, accused_country FROM cases");
        const auto statuses = TimelineLoading::keysOf<CaseStatus>();
        while (query.next()) {
            TimelineCase record;
            record.id = query.integer(0);
            record.titleOffset = addText(query.text(1), &record.titleLength);
            record.status = TimelineLoading::enumFrom(statuses, query.text(2), CaseStatus::Unknown);
            record.targetCountry = country(query.text(3));
            record.accusedCountry = country(query.text(4));
            m_data.m_cases.push_back(record);
            if (cancelled(qsizetype(m_data.m_cases.size())))
                return cancelledStatus();
        }
        if (Status s = query.finish("cases"); !s)
            return s;
        auto& cases = m_data.m_cases;
        if (!std::is_sorted(cases.begin(), cases.end(), byId<TimelineCase>))
            std::sort(cases.begin(), cases.end(), byId<TimelineCase>);
        indexById(m_data.m_caseIds, m_data.m_cases);
        return {};
    }

    Status loadEvents()
    {
        if (const qint64 expected = std::clamp<qint64>(m_source.expectedEvents(), 0, 50'000'000); expected > 0) {
            m_data.m_events.reserve(size_t(expected));
            // Titles average under thirty bytes; growing the text a step at a time copies it often.
            m_data.m_text.reserve(m_data.m_text.size() + size_t(expected) * 32);
        }
        typename Source::Rows query(
            m_source,
            "SELECT id, case_id, kind, title, date, date_from, date_to, end_to, country, actor_id "
            "FROM events");
        const auto kinds = TimelineLoading::keysOf<EventKind>();
        // Days Spyline itself writes lie in the years 1 to 9999; anything else came from elsewhere.
        const auto firstDay = DayNumber(QDate(1, 1, 1).toJulianDay());
        const auto lastDay = DayNumber(QDate(9999, 12, 31).toJulianDay());
        const auto inCalendar = [&](qint64 day) { return day >= firstDay && day <= lastDay; };
        qsizetype row = 0;
        while (query.next()) {
            const Id caseId = query.integer(1);
            const Id actorId = query.integer(9);
            const qint32 caseIndex = caseId ? m_data.m_caseIds.find(caseId) : -1;
            const qint32 actorIndex = actorId ? m_data.m_actorIds.find(actorId) : -1;
            const qint64 earliest = query.integer(5);
            const qint64 latest = query.integer(6);
            const qint64 end = query.integer(7);
            if (query.isNull(5) && query.isNull(6)) {
                UndatedEvent undated;
                undated.id = query.integer(0);
                undated.caseIndex = caseIndex;
                undated.actorIndex = actorIndex;
                undated.kind = TimelineLoading::enumFrom(kinds, query.text(2), EventKind::Other);
                undated.country = country(query.text(8));
                m_data.m_undated.push_back(undated);
            } else if (!inCalendar(earliest) || !inCalendar(latest) || earliest > latest
                       || (end != 0 && (!inCalendar(end) || end < earliest))) {
                ++m_data.m_unreadableEvents;
            } else {
                TimelineEvent event;
                event.id = query.integer(0);
                event.caseIndex = caseIndex;
                event.actorIndex = actorIndex;
                event.kind = TimelineLoading::enumFrom(kinds, query.text(2), EventKind::Other);
                event.titleOffset = addText(query.text(3), &event.titleLength);
                event.shape = TimelineLoading::shapeOf(query.text(4));
                event.earliest = DayNumber(earliest);
                event.latest = DayNumber(latest);
                event.endDay = DayNumber(end);
                event.country = country(query.text(8));
                m_data.m_events.push_back(event);
            }
            if (cancelled(++row))
                return cancelledStatus();
        }
        if (Status s = query.finish("events"); !s)
            return s;
        std::sort(m_data.m_undated.begin(), m_data.m_undated.end(),
                  [](const UndatedEvent& a, const UndatedEvent& b) { return a.id < b.id; });
        return {};
    }

    Status loadRoles()
    {
        // A case's first suspect, agency and disclosing authority are those of its lowest role ids,
        // whatever order the rows come in.
        typename Source::Rows query(m_source,
                                    "SELECT id, case_id, actor_id, role FROM roles "
                                    "WHERE role IN ('suspect', 'sponsoring_agency', 'disclosing_authority')");
        auto& cases = m_data.m_cases;
        constexpr std::array<std::string_view, 3> roles {"suspect", "sponsoring_agency", "disclosing_authority"};
        std::array<std::vector<Id>, 3> firstRole;
        std::array<std::vector<qint32>, 3> firstActor;
        for (size_t kind = 0; kind < roles.size(); ++kind) {
            firstRole[kind].assign(cases.size(), std::numeric_limits<Id>::max());
            firstActor[kind].assign(cases.size(), -1);
        }
        qsizetype row = 0;
        while (query.next()) {
            const qint32 caseIndex = m_data.m_caseIds.find(query.integer(1));
            const qint32 actorIndex = m_data.m_actorIds.find(query.integer(2));
            if (caseIndex < 0 || actorIndex < 0)
                continue;
            const auto kind = size_t(std::find(roles.begin(), roles.end(), query.text(3)) - roles.begin());
            const Id id = query.integer(0);
            if (kind < roles.size() && id < firstRole[kind][size_t(caseIndex)]) {
                firstRole[kind][size_t(caseIndex)] = id;
                firstActor[kind][size_t(caseIndex)] = actorIndex;
            }
            if (cancelled(++row))
                return cancelledStatus();
        }
        if (Status s = query.finish("roles"); !s)
            return s;
        for (size_t i = 0; i < cases.size(); ++i) {
            cases[i].suspect = firstActor[0][i];
            cases[i].agency = firstActor[1][i] >= 0 ? topAgency(firstActor[1][i]) : -1;
        }
        m_authorities = std::move(firstActor[2]);
        return {};
    }

    // A station's cases count for its agency.
    qint32 topAgency(qint32 actor) const
    {
        const auto& actors = m_data.m_actors;
        for (int depth = 0; depth < 16 && actors[size_t(actor)].partOf >= 0; ++depth)
            actor = actors[size_t(actor)].partOf;
        return actor;
    }

    void sortEvents()
    {
        // Sorted by days, then id (whatever order the rows came in), then moved into place: cheaper
        // than sorting the 48-byte records themselves.
        auto& events = m_data.m_events;
        struct SortKey
        {
            quint64 days;
            Id id;
            quint32 position;
            bool operator<(const SortKey& other) const
            {
                return days != other.days ? days < other.days : id < other.id;
            }
        };
        std::vector<SortKey> keys(events.size());
        for (size_t i = 0; i < events.size(); ++i) {
            const quint64 days = quint64(quint32(events[i].earliest)) << 32 | quint32(events[i].latest);
            keys[i] = {days, events[i].id, quint32(i)};
        }
        std::sort(keys.begin(), keys.end());
        // Apply the order in place, cycle by cycle, so the records are never held twice.
        constexpr quint32 Done = std::numeric_limits<quint32>::max();
        std::vector<quint32> source(keys.size());
        for (size_t i = 0; i < keys.size(); ++i)
            source[i] = keys[i].position;
        keys = {};
        for (size_t start = 0; start < source.size(); ++start) {
            if (source[start] == Done)
                continue;
            TimelineEvent moving = events[start];
            size_t at = start;
            while (true) {
                const size_t from = source[at];
                source[at] = Done;
                if (from == start) {
                    events[at] = moving;
                    break;
                }
                events[at] = events[from];
                at = from;
            }
        }
        indexById(m_data.m_eventIds, events);
    }

    // A case's span and where it was disclosed follow from its events, in date order.
    void summariseCases()
    {
        auto& cases = m_data.m_cases;
        for (const auto& event : m_data.m_events) {
            if (event.caseIndex < 0)
                continue;
            auto& record = cases[size_t(event.caseIndex)];
            if (record.firstDay == 0 || event.knownFirstDay() < record.firstDay)
                record.firstDay = event.knownFirstDay();
            record.lastDay = std::max(record.lastDay, event.knownLastDay());
            if (event.kind == EventKind::Announcement) {
                if (record.disclosedDay == 0)
                    record.disclosedDay = event.knownFirstDay();
                if (record.disclosingCountry == 0)
                    record.disclosingCountry = event.country;
            } else if (event.kind == EventKind::Recruitment && record.venueCountry == 0) {
                record.venueCountry = event.country;
            }
        }
        // Undated events still say where: after the dated ones, since they cannot be placed first.
        for (const auto& event : m_data.m_undated) {
            if (event.caseIndex < 0)
                continue;
            auto& record = cases[size_t(event.caseIndex)];
            if (event.kind == EventKind::Announcement && record.disclosingCountry == 0)
                record.disclosingCountry = event.country;
            else if (event.kind == EventKind::Recruitment && record.venueCountry == 0)
                record.venueCountry = event.country;
        }
        for (size_t i = 0; i < cases.size(); ++i) {
            if (cases[i].disclosingCountry == 0 && m_authorities[i] >= 0)
                cases[i].disclosingCountry = m_data.m_actors[size_t(m_authorities[i])].country;
        }
    }

    Status loadLinks()
    {
        typename Source::Rows query(m_source, "SELECT id, from_event, to_event, relation FROM links");
        const auto relations = TimelineLoading::keysOf<LinkRelation>();
        while (query.next()) {
            TimelineLink link;
            link.id = query.integer(0);
            link.later = m_data.m_eventIds.find(query.integer(1));
            link.earlier = m_data.m_eventIds.find(query.integer(2));
            link.relation = TimelineLoading::enumFrom(relations, query.text(3), LinkRelation::References);
            if (link.later >= 0 && link.earlier >= 0)
                m_data.m_links.push_back(link);
        }
        if (Status s = query.finish("links"); !s)
            return s;
        return {};
    }

    Source& m_source;
    const std::atomic<bool>* m_cancel;
    TimelineData& m_data;
    static constexpr int CountryBits = 11;
    static constexpr quint32 CountrySlots = 1u << CountryBits;
    std::array<quint32, CountrySlots> m_countryKeys {};
    std::array<quint16, CountrySlots> m_countryIndices {};
    std::vector<qint32> m_authorities;
};

// A whole TimelineData from `source`.
template<typename Source>
Result<std::shared_ptr<const TimelineData>> loadTimelineData(Source& source, const std::atomic<bool>* cancel)
{
    auto data = std::make_shared<TimelineData>();
    TimelineDataLoader loader(source, cancel, *data);
    if (Status s = loader.run(); !s)
        return fail(s.error());
    return std::shared_ptr<const TimelineData>(std::move(data));
}

} // namespace Spyline
