#include "timeline/TimelineData.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace Spyline {

namespace {

// A statement on the store's connection; a failure to prepare shows as the first step failing.
SqliteStatement prepared(sqlite3* db, const char* sql)
{
    SqliteStatement statement;
    (void)statement.prepare(db, sql);
    return statement;
}

// A column's text as it is stored: the loader reads text without making a QString of it.
std::string_view text(const SqliteStatement& query, int column)
{
    const QByteArrayView bytes = query.columnBytes(column);
    return {bytes.data(), size_t(bytes.size())};
}

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
PartialDate::Shape shapeOf(std::string_view text)
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

} // namespace

void IdIndex::build(std::span<const Id> ids)
{
    m_dense.clear();
    m_sparse.clear();
    Id maxId = 0;
    bool positive = true;
    for (Id id : ids) {
        maxId = std::max(maxId, id);
        positive = positive && id > 0;
    }
    if (positive && maxId <= Id(ids.size()) * 2 + 1024) {
        m_dense.assign(size_t(maxId + 1), -1);
        for (size_t i = 0; i < ids.size(); ++i)
            m_dense[size_t(ids[i])] = qint32(i);
        return;
    }
    m_sparse.reserve(qsizetype(ids.size()));
    for (size_t i = 0; i < ids.size(); ++i)
        m_sparse.insert(ids[i], qint32(i));
}

qint32 IdIndex::find(Id id) const
{
    if (!m_dense.empty() || m_sparse.isEmpty())
        return id >= 0 && size_t(id) < m_dense.size() ? m_dense[size_t(id)] : -1;
    return m_sparse.value(id, -1);
}

// Fills a TimelineData from the collection: actors, cases, events, roles, links, each one scan.
class TimelineDataLoader
{
public:
    TimelineDataLoader(sqlite3* db, const std::atomic<bool>* cancel, TimelineData& data)
        : m_db(db)
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
    static Status failed(const SqliteStatement& query, const char* what)
    {
        return fail(
            TimelineData::tr("the timeline could not read the %1: %2").arg(QLatin1StringView(what), query.error()));
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
        SqliteStatement query =
            prepared(m_db, "SELECT id, kind, name, country, part_of, native_name FROM actors ORDER BY id");
        const auto kinds = keysOf<ActorKind>();
        std::vector<Id> parents;
        while (query.step()) {
            TimelineActor actor;
            actor.id = query.columnInt(0);
            actor.kind = enumFrom(kinds, text(query, 1), ActorKind::Person);
            actor.nameOffset = addText(text(query, 2), &actor.nameLength);
            const QByteArray native = QByteArray(text(query, 5).data(), qsizetype(text(query, 5).size())).trimmed();
            const QByteArray name = QByteArray(text(query, 2).data(), qsizetype(text(query, 2).size())).trimmed();
            if (!native.isEmpty() && native != name)
                actor.nativeOffset =
                    addText(std::string_view(native.constData(), size_t(native.size())), &actor.nativeLength);
            actor.country = country(text(query, 3));
            m_data.m_actors.push_back(actor);
            parents.push_back(query.columnInt(4));
            if (cancelled(qsizetype(parents.size())))
                return cancelledStatus();
        }
        if (query.failed())
            return failed(query, "actors");
        std::vector<Id> ids;
        ids.reserve(m_data.m_actors.size());
        for (const auto& actor : m_data.m_actors)
            ids.push_back(actor.id);
        m_data.m_actorIds.build(ids);
        for (size_t i = 0; i < parents.size(); ++i)
            m_data.m_actors[i].partOf = parents[i] ? m_data.m_actorIds.find(parents[i]) : -1;
        return {};
    }

    Status loadCases()
    {
        SqliteStatement query =
            prepared(m_db, "SELECT id, title, status, target_country, accused_country FROM cases ORDER BY id");
        const auto statuses = keysOf<CaseStatus>();
        while (query.step()) {
            TimelineCase record;
            record.id = query.columnInt(0);
            record.titleOffset = addText(text(query, 1), &record.titleLength);
            record.status = enumFrom(statuses, text(query, 2), CaseStatus::Unknown);
            record.targetCountry = country(text(query, 3));
            record.accusedCountry = country(text(query, 4));
            m_data.m_cases.push_back(record);
            if (cancelled(qsizetype(m_data.m_cases.size())))
                return cancelledStatus();
        }
        if (query.failed())
            return failed(query, "cases");
        std::vector<Id> ids;
        ids.reserve(m_data.m_cases.size());
        for (const auto& record : m_data.m_cases)
            ids.push_back(record.id);
        m_data.m_caseIds.build(ids);
        return {};
    }

    Status loadEvents()
    {
        // The largest id says how many events there are, unless one was written far beyond the rest;
        // a row takes at least 24 bytes of the file, so the file's size bounds them as well.
        SqliteStatement count = prepared(m_db,
                                         "SELECT min(max(id), (SELECT page_count FROM pragma_page_count()) * "
                                         "(SELECT page_size FROM pragma_page_size()) / 24) FROM events");
        if (count.step()) {
            const qint64 expected = std::clamp<qint64>(count.columnInt(0), 0, 50'000'000);
            m_data.m_events.reserve(size_t(expected));
            // Titles average under thirty bytes; growing the text a step at a time copies it often.
            m_data.m_text.reserve(m_data.m_text.size() + size_t(expected) * 32);
        }
        SqliteStatement query =
            prepared(m_db,
                     "SELECT id, case_id, kind, title, date, date_from, date_to, end_to, country, actor_id "
                     "FROM events");
        const auto kinds = keysOf<EventKind>();
        // Days Spyline itself writes lie in the years 1 to 9999; anything else came from elsewhere.
        const auto firstDay = DayNumber(QDate(1, 1, 1).toJulianDay());
        const auto lastDay = DayNumber(QDate(9999, 12, 31).toJulianDay());
        const auto inCalendar = [&](qint64 day) { return day >= firstDay && day <= lastDay; };
        qsizetype row = 0;
        while (query.step()) {
            const Id caseId = query.columnInt(1);
            const Id actorId = query.columnInt(9);
            const qint32 caseIndex = caseId ? m_data.m_caseIds.find(caseId) : -1;
            const qint32 actorIndex = actorId ? m_data.m_actorIds.find(actorId) : -1;
            const qint64 earliest = query.columnInt(5);
            const qint64 latest = query.columnInt(6);
            const qint64 end = query.columnInt(7);
            if (query.columnIsNull(5) && query.columnIsNull(6)) {
                UndatedEvent undated;
                undated.id = query.columnInt(0);
                undated.caseIndex = caseIndex;
                undated.actorIndex = actorIndex;
                undated.kind = enumFrom(kinds, text(query, 2), EventKind::Other);
                undated.country = country(text(query, 8));
                m_data.m_undated.push_back(undated);
            } else if (!inCalendar(earliest) || !inCalendar(latest) || earliest > latest
                       || (end != 0 && (!inCalendar(end) || end < earliest))) {
                ++m_data.m_unreadableEvents;
            } else {
                TimelineEvent event;
                event.id = query.columnInt(0);
                event.caseIndex = caseIndex;
                event.actorIndex = actorIndex;
                event.kind = enumFrom(kinds, text(query, 2), EventKind::Other);
                event.titleOffset = addText(text(query, 3), &event.titleLength);
                event.shape = shapeOf(text(query, 4));
                event.earliest = DayNumber(earliest);
                event.latest = DayNumber(latest);
                event.endDay = DayNumber(end);
                event.country = country(text(query, 8));
                m_data.m_events.push_back(event);
            }
            if (cancelled(++row))
                return cancelledStatus();
        }
        if (query.failed())
            return failed(query, "events");
        return {};
    }

    Status loadRoles()
    {
        SqliteStatement query =
            prepared(m_db,
                     "SELECT case_id, actor_id, role FROM roles "
                     "WHERE role IN ('suspect', 'sponsoring_agency', 'disclosing_authority') ORDER BY id");
        auto& cases = m_data.m_cases;
        m_authorities.assign(cases.size(), -1);
        qsizetype row = 0;
        while (query.step()) {
            const qint32 caseIndex = m_data.m_caseIds.find(query.columnInt(0));
            const qint32 actorIndex = m_data.m_actorIds.find(query.columnInt(1));
            if (caseIndex < 0 || actorIndex < 0)
                continue;
            const std::string_view role = text(query, 2);
            auto& record = cases[size_t(caseIndex)];
            if (role == "suspect" && record.suspect < 0)
                record.suspect = actorIndex;
            else if (role == "sponsoring_agency" && record.agency < 0)
                record.agency = topAgency(actorIndex);
            else if (role == "disclosing_authority" && m_authorities[size_t(caseIndex)] < 0)
                m_authorities[size_t(caseIndex)] = actorIndex;
            if (cancelled(++row))
                return cancelledStatus();
        }
        if (query.failed())
            return failed(query, "roles");
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
        // Sorted by key and read position (rows come in id order), then moved into place: cheaper
        // than sorting the 48-byte records themselves.
        auto& events = m_data.m_events;
        std::vector<std::pair<quint64, quint32>> keys(events.size());
        for (size_t i = 0; i < events.size(); ++i) {
            const quint64 key = quint64(quint32(events[i].earliest)) << 32 | quint32(events[i].latest);
            keys[i] = {key, quint32(i)};
        }
        std::sort(keys.begin(), keys.end());
        // Apply the order in place, cycle by cycle, so the records are never held twice.
        constexpr quint32 Done = std::numeric_limits<quint32>::max();
        std::vector<quint32> source(keys.size());
        for (size_t i = 0; i < keys.size(); ++i)
            source[i] = keys[i].second;
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
        std::vector<Id> ids;
        ids.reserve(events.size());
        for (const auto& event : events)
            ids.push_back(event.id);
        m_data.m_eventIds.build(ids);
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
        SqliteStatement query = prepared(m_db, "SELECT id, from_event, to_event, relation FROM links ORDER BY id");
        const auto relations = keysOf<LinkRelation>();
        while (query.step()) {
            TimelineLink link;
            link.id = query.columnInt(0);
            link.later = m_data.m_eventIds.find(query.columnInt(1));
            link.earlier = m_data.m_eventIds.find(query.columnInt(2));
            link.relation = enumFrom(relations, text(query, 3), LinkRelation::References);
            if (link.later >= 0 && link.earlier >= 0)
                m_data.m_links.push_back(link);
        }
        if (query.failed())
            return failed(query, "links");
        return {};
    }

    sqlite3* m_db;
    const std::atomic<bool>* m_cancel;
    TimelineData& m_data;
    static constexpr int CountryBits = 11;
    static constexpr quint32 CountrySlots = 1u << CountryBits;
    std::array<quint32, CountrySlots> m_countryKeys {};
    std::array<quint16, CountrySlots> m_countryIndices {};
    std::vector<qint32> m_authorities;
};

Result<std::shared_ptr<const TimelineData>> TimelineData::load(Store& store, const std::atomic<bool>* cancel)
{
    if (!store.isOpen())
        return fail(TimelineData::tr("no collection is open"));
    auto data = std::make_shared<TimelineData>();
    TimelineDataLoader loader(connectionOf(store), cancel, *data);
    if (Status s = loader.run(); !s)
        return fail(s.error());
    return std::shared_ptr<const TimelineData>(std::move(data));
}

void TimelineData::finish()
{
    m_anchors.reserve(m_events.size());
    m_firstDay = m_events.empty() ? 0 : std::numeric_limits<DayNumber>::max();
    for (const auto& event : m_events) {
        m_anchors.push_back(event.earliest);
        m_firstDay = std::min(m_firstDay, event.knownFirstDay());
        m_lastDay = std::max(m_lastDay, event.knownLastDay());
    }
    m_anchorIndex = DayIndex(m_anchors);
    std::sort(m_links.begin(), m_links.end(), [this](const TimelineLink& a, const TimelineLink& b) {
        const DayNumber da = m_events[size_t(a.earlier)].earliest;
        const DayNumber db = m_events[size_t(b.earlier)].earliest;
        return da != db ? da < db : a.id < b.id;
    });
    for (const auto& link : m_links) {
        const int days = m_events[size_t(link.later)].earliest - m_events[size_t(link.earlier)].earliest;
        m_maxLinkDays = std::max(m_maxLinkDays, std::abs(days));
    }
}

QString TimelineData::eventTitle(qsizetype index) const
{
    const auto& event = m_events[size_t(index)];
    return QString::fromUtf8(m_text.data() + event.titleOffset, qsizetype(event.titleLength));
}

QString TimelineData::caseTitle(qsizetype index) const
{
    const auto& record = m_cases[size_t(index)];
    return QString::fromUtf8(m_text.data() + record.titleOffset, qsizetype(record.titleLength));
}

QString TimelineData::actorName(qsizetype index) const
{
    const auto& actor = m_actors[size_t(index)];
    return QString::fromUtf8(m_text.data() + actor.nameOffset, qsizetype(actor.nameLength));
}

QString TimelineData::actorNativeName(qsizetype index) const
{
    const auto& actor = m_actors[size_t(index)];
    return QString::fromUtf8(m_text.data() + actor.nativeOffset, qsizetype(actor.nativeLength));
}

QString TimelineData::actorTitle(qsizetype index) const
{
    const QString native = actorNativeName(index);
    return native.isEmpty() ? actorName(index) : QStringLiteral("%1 (%2)").arg(actorName(index), native);
}

namespace {

// Whether the title begins with the name as a whole word: "Zeng: …", not "Zengzhou …".
bool beginsWithName(const QString& title, const QString& name)
{
    return !name.isEmpty() && title.startsWith(name, Qt::CaseInsensitive)
        && (title.size() == name.size() || !title.at(name.size()).isLetterOrNumber());
}

} // namespace

QString TimelineData::caseLabel(qsizetype index) const
{
    QString title = caseTitle(index);
    const qint32 suspect = m_cases[size_t(index)].suspect;
    if (suspect < 0)
        return title;
    const QString native = actorNativeName(suspect);
    const QString name = actorName(suspect).trimmed();
    if (native.isEmpty() || !beginsWithName(title, name) || title.contains(native))
        return title;
    return title.left(name.size()) + QStringLiteral(" (%1)").arg(native) + title.mid(name.size());
}

QString TimelineData::suspectNativeName(qsizetype index) const
{
    const qint32 suspect = m_cases[size_t(index)].suspect;
    if (suspect < 0)
        return {};
    QString native = actorNativeName(suspect);
    if (native.isEmpty() || caseLabel(index).contains(native))
        return {};
    return native;
}

PartialDate TimelineData::eventDate(qsizetype index) const
{
    const auto& event = m_events[size_t(index)];
    return PartialDate::fromShape(event.shape, event.earliest, event.latest);
}

quint16 TimelineData::eventCountry(qsizetype index) const
{
    const auto& event = m_events[size_t(index)];
    if (event.country != 0 || event.actorIndex < 0)
        return event.country;
    return m_actors[size_t(event.actorIndex)].country;
}

QString TimelineData::countryCode(quint16 country) const
{
    return m_countryCodes.value(country);
}

quint16 TimelineData::countryIndex(QStringView code) const
{
    for (qsizetype i = 1; i < m_countryCodes.size(); ++i) {
        if (m_countryCodes.at(i) == code)
            return quint16(i);
    }
    return 0;
}

} // namespace Spyline
