#include "graph/GraphSource.h"

#include "store/CaseSearch.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Spyline {

namespace {

// Above this many cases one pass over a table is cheaper than a lookup per case.
constexpr qsizetype bulkThreshold = 2000;

// "CASE role WHEN 'suspect' THEN 0 ... ELSE -1 END": SQLite hands back small numbers, not text.
template<typename Enum>
QByteArray enumColumn(const char* column)
{
    QByteArray sql = QByteArrayLiteral("CASE ") + column;
    const QList<Enum> values = allValues<Enum>();
    for (qsizetype i = 0; i < values.size(); ++i)
        sql += " WHEN '" + toKey(values.at(i)).toLatin1() + "' THEN " + QByteArray::number(i);
    return sql + " ELSE -1 END";
}

template<typename Enum>
std::optional<Enum> enumFrom(qint64 value)
{
    if (value < 0 || value >= allValues<Enum>().size())
        return std::nullopt;
    return static_cast<Enum>(value);
}

Status prepare(SqliteStatement& statement, Store& store, const QByteArray& sql)
{
    if (Status s = statement.prepare(connectionOf(store), sql.constData()); !s)
        return fail(GraphSource::tr("the graph could not be read: %1").arg(s.error()));
    return {};
}

Status finished(const SqliteStatement& statement)
{
    if (statement.failed())
        return fail(GraphSource::tr("the graph could not be read: %1").arg(statement.error()));
    return {};
}

} // namespace

int GraphRows::caseIndex(Id id) const
{
    const auto it =
        std::lower_bound(cases.begin(), cases.end(), id, [](const CaseRow& row, Id value) { return row.id < value; });
    return it != cases.end() && it->id == id ? static_cast<int>(it - cases.begin()) : -1;
}

GraphSource::GraphSource(Store& store, const GraphQuery& query, Cancelled cancelled)
    : m_store(store)
    , m_query(query)
    , m_cancelled(std::move(cancelled))
{
}

Result<GraphRows> GraphSource::read()
{
    if (!m_store.isOpen())
        return fail(tr("no collection is open"));
    for (auto step : {&GraphSource::readCases, &GraphSource::readRoles, &GraphSource::readEvents,
                      &GraphSource::readLinks, &GraphSource::readVenues, &GraphSource::readActors}) {
        if (isCancelled())
            return fail(tr("cancelled"));
        if (Status s = (this->*step)(); !s)
            return fail(s.error());
    }
    return std::move(m_rows);
}

bool GraphSource::knows(const SqliteStatement& event, int dateToColumn) const
{
    if (!m_query.filter.knownOn)
        return true;
    return !event.columnIsNull(dateToColumn) && m_query.filter.knows(DayNumber(event.columnInt(dateToColumn)));
}

bool GraphSource::readsEverything() const
{
    return m_rows.cases.size() > bulkThreshold;
}

int GraphSource::internCountry(const QString& code)
{
    if (code.isEmpty())
        return -1;
    auto it = m_countryIndex.constFind(code);
    if (it != m_countryIndex.constEnd())
        return *it;
    const int index = static_cast<int>(m_rows.countries.size());
    m_rows.countries.append(code);
    m_countryIndex.insert(code, index);
    return index;
}

Status GraphSource::readCases()
{
    SqliteStatement byActor;
    if (Status s = prepare(byActor, m_store, "SELECT case_id FROM roles WHERE actor_id = ?"); !s)
        return s;
    const auto casesOf = [&](const QList<Id>& actors) {
        QSet<Id> ids;
        for (Id actor : actors) {
            byActor.bind(1, actor);
            while (byActor.step())
                ids.insert(byActor.columnInt(0));
            byActor.reset();
        }
        return ids;
    };
    const QSet<Id> hidden = casesOf(m_query.collapsedActors);
    const QSet<Id> opened = casesOf(m_query.expandedActors) - hidden;

    std::optional<QSet<Id>> chosen; // every case when empty
    if (!m_query.filter.isEmpty()) {
        auto ids = CaseSearch(m_store).caseIds(m_query.filter, CaseSortKey::Created);
        if (!ids)
            return fail(ids.error());
        chosen = QSet<Id>(ids->cbegin(), ids->cend());
        if (m_query.filter.knownOn && !opened.isEmpty()) {
            // An actor opened shows its cases whatever the filter, but none made public only later.
            CaseFilter publicOnly;
            publicOnly.knownOn = m_query.filter.knownOn;
            auto known = CaseSearch(m_store).caseIds(publicOnly, CaseSortKey::Created);
            if (!known)
                return fail(known.error());
            *chosen += opened & QSet<Id>(known->cbegin(), known->cend());
        } else {
            *chosen += opened;
        }
    }

    const QByteArray status = enumColumn<CaseStatus>("status");
    SqliteStatement statement;
    if (!chosen || chosen->size() > bulkThreshold) {
        if (Status s = prepare(statement, m_store, "SELECT id, " + status + " FROM cases ORDER BY id"); !s)
            return s;
        while (statement.step()) {
            const Id id = statement.columnInt(0);
            if ((chosen && !chosen->contains(id)) || hidden.contains(id))
                continue;
            m_rows.cases.push_back({id, enumFrom<CaseStatus>(statement.columnInt(1)).value_or(CaseStatus::Unknown)});
        }
        return finished(statement);
    }
    QList<Id> ids(chosen->cbegin(), chosen->cend());
    std::sort(ids.begin(), ids.end());
    if (Status s = prepare(statement, m_store, "SELECT " + status + " FROM cases WHERE id = ?"); !s)
        return s;
    for (Id id : ids) {
        if (hidden.contains(id))
            continue;
        statement.bind(1, id);
        if (statement.step())
            m_rows.cases.push_back({id, enumFrom<CaseStatus>(statement.columnInt(0)).value_or(CaseStatus::Unknown)});
        statement.reset();
    }
    return finished(statement);
}

Status GraphSource::readRoles()
{
    const QByteArray role = enumColumn<RoleKind>("role");
    SqliteStatement statement;
    const auto add = [&](int caseIndex, Id actor, qint64 kind) {
        if (const auto roleKind = enumFrom<RoleKind>(kind); roleKind && caseIndex >= 0)
            m_rows.roles.push_back({caseIndex, actor, *roleKind});
    };
    if (readsEverything()) {
        // The unique index on (case_id, actor_id, role) hands the rows back grouped by case.
        if (Status s =
                prepare(statement, m_store, "SELECT case_id, actor_id, " + role + " FROM roles ORDER BY case_id");
            !s) {
            return s;
        }
        int index = -1;
        Id lastCase = 0;
        qint64 rows = 0;
        while (statement.step()) {
            const Id caseId = statement.columnInt(0);
            if (caseId != lastCase) {
                index = m_rows.caseIndex(caseId);
                lastCase = caseId;
            }
            add(index, statement.columnInt(1), statement.columnInt(2));
            if (++rows % 65536 == 0 && isCancelled())
                return fail(tr("cancelled"));
        }
        return finished(statement);
    }
    if (Status s =
            prepare(statement, m_store, "SELECT actor_id, " + role + " FROM roles WHERE case_id = ? ORDER BY id");
        !s) {
        return s;
    }
    for (int i = 0; i < static_cast<int>(m_rows.cases.size()); ++i) {
        statement.bind(1, m_rows.cases[i].id);
        while (statement.step())
            add(i, statement.columnInt(0), statement.columnInt(1));
        if (statement.failed())
            return finished(statement);
        statement.reset();
    }
    return {};
}

Status GraphSource::readEvents()
{
    SqliteStatement statement;
    const auto add = [&](Id id, Id caseId, bool announcement, Id actor) {
        m_rows.events.push_back({id, caseId, announcement, actor});
    };
    if (readsEverything()) {
        if (Status s = prepare(statement, m_store,
                               "SELECT id, case_id, kind = 'announcement', coalesce(actor_id, 0), date_to FROM events "
                               "WHERE kind IN ('announcement', 'statement') AND case_id IS NOT NULL");
            !s) {
            return s;
        }
        while (statement.step()) {
            const Id caseId = statement.columnInt(1);
            if (m_rows.caseIndex(caseId) >= 0 && knows(statement, 4))
                add(statement.columnInt(0), caseId, statement.columnInt(2) != 0, statement.columnInt(3));
        }
        if (Status s = finished(statement); !s)
            return s;
    } else {
        if (Status s = prepare(statement, m_store,
                               "SELECT id, kind = 'announcement', coalesce(actor_id, 0), date_to FROM events "
                               "WHERE case_id = ? AND kind IN ('announcement', 'statement') ORDER BY date_from, id");
            !s) {
            return s;
        }
        for (const auto& row : m_rows.cases) {
            statement.bind(1, row.id);
            while (statement.step()) {
                if (knows(statement, 3))
                    add(statement.columnInt(0), row.id, statement.columnInt(1) != 0, statement.columnInt(2));
            }
            if (statement.failed())
                return finished(statement);
            statement.reset();
        }
    }
    return {};
}

Status GraphSource::readLinks()
{
    // Statements of no case join the graph through links: Burns's remarks, which an
    // announcement responds to, and the statements that followed them.
    struct Standalone
    {
        GraphRows::EventRow row;
        bool shown = false;
    };
    QHash<Id, Standalone> standalone;
    SqliteStatement statement;
    if (Status s = prepare(statement, m_store,
                           "SELECT id, kind = 'announcement', coalesce(actor_id, 0), date_to FROM events "
                           "WHERE case_id IS NULL AND kind IN ('announcement', 'statement') AND "
                           "(id IN (SELECT from_event FROM links) OR id IN (SELECT to_event FROM links))");
        !s) {
        return s;
    }
    while (statement.step()) {
        if (!knows(statement, 3))
            continue;
        const Id id = statement.columnInt(0);
        standalone.insert(id, Standalone {{id, 0, statement.columnInt(1) != 0, statement.columnInt(2)}});
    }
    if (Status s = finished(statement); !s)
        return s;

    const QByteArray relation = enumColumn<LinkRelation>("relation");
    if (Status s =
            prepare(statement, m_store, "SELECT id, from_event, to_event, " + relation + " FROM links ORDER BY id");
        !s) {
        return s;
    }
    std::vector<GraphRows::LinkRow> links;
    QMultiHash<Id, int> linksOf;
    while (statement.step()) {
        const auto kind = enumFrom<LinkRelation>(statement.columnInt(3));
        if (!kind)
            continue;
        const GraphRows::LinkRow link {statement.columnInt(0), statement.columnInt(1), statement.columnInt(2), *kind};
        linksOf.insert(link.from, static_cast<int>(links.size()));
        linksOf.insert(link.to, static_cast<int>(links.size()));
        links.push_back(link);
    }
    if (Status s = finished(statement); !s)
        return s;

    // The filter governs statements of no case too (see ShownRecords): one is shown when it
    // passes the filter itself, or as the context of a shown case that is linked to it.
    std::optional<QSet<Id>> passing; // every one when empty
    if (!m_query.filter.isEmpty()) {
        auto ids = CaseSearch(m_store).outsideEventIds(m_query.filter);
        if (!ids)
            return fail(ids.error());
        passing = QSet<Id>(ids->cbegin(), ids->cend());
    }
    QSet<Id> shown;
    for (const auto& event : m_rows.events)
        shown.insert(event.id);
    for (auto it = standalone.begin(); it != standalone.end(); ++it) {
        bool show = !passing || passing->contains(it.key());
        for (auto link = linksOf.constFind(it.key()); !show && link != linksOf.cend() && link.key() == it.key();
             ++link) {
            const auto& tie = links[*link];
            const Id other = tie.from == it.key() ? tie.to : tie.from;
            show = shown.contains(other) && !standalone.contains(other);
        }
        it->shown = show;
    }
    for (auto it = standalone.cbegin(); it != standalone.cend(); ++it) {
        if (it->shown)
            shown.insert(it.key());
    }
    for (const auto& entry : std::as_const(standalone)) {
        if (entry.shown)
            m_rows.events.push_back(entry.row);
    }
    std::sort(m_rows.events.begin(), m_rows.events.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (const auto& link : links) {
        if (shown.contains(link.from) && shown.contains(link.to))
            m_rows.links.push_back(link);
    }
    return {};
}

Status GraphSource::readVenues()
{
    // Where a recruitment happened: the case's recruitment event, else its first contact, with a
    // place; the earliest, and one with no known date after the dated ones. The place of an arrest
    // or an announcement says where a case came to light, not where the person was recruited, so it
    // makes no venue.
    struct Best
    {
        Id eventId = 0;
        bool recruitment = false;
        qint64 day = 0;
        int place = -1;
    };
    std::vector<Best> best(m_rows.cases.size());
    // Places are few (countries and cities): each is kept once, not once per case.
    QHash<QString, int> placeIndex;
    const auto place = [&](const QString& country, const QString& city) {
        const QString key = country + u'\n' + city;
        auto it = placeIndex.constFind(key);
        if (it != placeIndex.constEnd())
            return *it;
        const int index = static_cast<int>(m_rows.places.size());
        m_rows.places.push_back({country, city});
        placeIndex.insert(key, index);
        return index;
    };
    const auto offer = [&](int index, Id eventId, bool recruitment, qint64 day, const QString& country,
                           const QString& city) {
        if (index < 0)
            return;
        Best& current = best[index];
        const bool better = current.eventId == 0 || (recruitment && !current.recruitment)
            || (recruitment == current.recruitment && day < current.day);
        if (better)
            current = Best {eventId, recruitment, day, place(country, city)};
    };
    SqliteStatement statement;
    const QByteArray columns =
        "SELECT case_id, id, kind = 'recruitment', coalesce(date_from, 2147483647), country, city FROM events ";
    const QByteArray where = "kind IN ('recruitment', 'first_contact') AND country IS NOT NULL";
    if (readsEverything()) {
        if (Status s = prepare(statement, m_store, columns + "WHERE case_id IS NOT NULL AND " + where); !s)
            return s;
        while (statement.step()) {
            offer(m_rows.caseIndex(statement.columnInt(0)), statement.columnInt(1), statement.columnInt(2) != 0,
                  statement.columnInt(3), statement.columnText(4), statement.columnText(5).trimmed());
        }
        if (Status s = finished(statement); !s)
            return s;
    } else {
        if (Status s = prepare(statement, m_store, columns + "WHERE case_id = ? AND " + where); !s)
            return s;
        for (int i = 0; i < static_cast<int>(m_rows.cases.size()); ++i) {
            statement.bind(1, m_rows.cases[i].id);
            while (statement.step()) {
                offer(i, statement.columnInt(1), statement.columnInt(2) != 0, statement.columnInt(3),
                      statement.columnText(4), statement.columnText(5).trimmed());
            }
            if (statement.failed())
                return finished(statement);
            statement.reset();
        }
    }
    for (int i = 0; i < static_cast<int>(best.size()); ++i) {
        if (best[i].eventId != 0)
            m_rows.venues.push_back({i, best[i].eventId, best[i].place});
    }
    return {};
}

Status GraphSource::readActors()
{
    QSet<Id> wanted;
    for (const auto& role : m_rows.roles)
        wanted.insert(role.actorId);
    for (const auto& event : m_rows.events) {
        if (event.actorId != 0)
            wanted.insert(event.actorId);
    }
    m_rows.keptActors = m_query.expandedActors + m_query.collapsedActors;
    for (Id id : std::as_const(m_rows.keptActors))
        wanted.insert(id);

    const QByteArray kind = enumColumn<ActorKind>("kind");
    SqliteStatement statement;
    const auto keep = [&](Id id, qint64 kindValue, const QString& country, Id partOf) {
        m_rows.actors.insert(
            id, {enumFrom<ActorKind>(kindValue).value_or(ActorKind::Person), internCountry(country), partOf});
    };
    if (wanted.size() > bulkThreshold) {
        if (Status s = prepare(statement, m_store,
                               "SELECT id, " + kind + ", coalesce(country, ''), coalesce(part_of, 0) FROM actors");
            !s) {
            return s;
        }
        while (statement.step()) {
            const Id id = statement.columnInt(0);
            if (wanted.contains(id))
                keep(id, statement.columnInt(1), statement.columnText(2), statement.columnInt(3));
        }
        if (Status s = finished(statement); !s)
            return s;
        wanted.clear();
    }
    if (Status s = prepare(statement, m_store,
                           "SELECT " + kind + ", coalesce(country, ''), coalesce(part_of, 0) FROM actors WHERE id = ?");
        !s) {
        return s;
    }
    // The agencies stations are part of, up their chain; a chain that loops stops where it began.
    QList<Id> queue(wanted.cbegin(), wanted.cend());
    for (auto it = m_rows.actors.cbegin(); it != m_rows.actors.cend(); ++it) {
        if (it->partOf != 0 && !m_rows.actors.contains(it->partOf))
            queue.append(it->partOf);
    }
    while (!queue.isEmpty()) {
        const Id id = queue.takeLast();
        if (m_rows.actors.contains(id))
            continue;
        statement.bind(1, id);
        if (statement.step()) {
            const Id partOf = statement.columnInt(2);
            keep(id, statement.columnInt(0), statement.columnText(1), partOf);
            if (partOf != 0 && !m_rows.actors.contains(partOf))
                queue.append(partOf);
        }
        if (statement.failed())
            return finished(statement);
        statement.reset();
    }
    return {};
}

} // namespace Spyline
