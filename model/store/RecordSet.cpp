#include "store/RecordSet.h"

#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/RecordById.h"
#include "store/RecordWriter.h"
#include "store/SourceRepository.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>

#include <iterator>

namespace Spyline {

namespace {

template<typename Record>
const Record* findById(const QList<Record>& list, Id id)
{
    for (const Record& record : list) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

template<typename Record>
bool containsId(const QList<Record>& list, Id id)
{
    return findById(list, id) != nullptr;
}

Status appendCitations(Store& store, RecordSet& set, Id caseId, Id eventId)
{
    SourceRepository sources(store);
    auto citations = caseId ? sources.citationsOfCase(caseId) : sources.citationsOfEvent(eventId);
    if (!citations)
        return citations.status();
    set.citations += *citations;
    return {};
}

Status appendLinksOfEvent(Store& store, RecordSet& set, Id eventId)
{
    auto links = LinkRepository(store).linksOfEvent(eventId);
    if (!links)
        return links.status();
    for (const LinkDetail& detail : *links) {
        if (!containsId(set.links, detail.link.id))
            set.links.append(detail.link);
    }
    return {};
}

Status appendOriginsOf(Store& store, RecordSet& set, const QString& kind, Id recordId)
{
    if (recordId <= 0)
        return {};
    auto notes = runQuery(store,
                          QStringLiteral("SELECT origin_id, their_id, action FROM merged_records "
                                         "WHERE kind = ? AND record_id = ? ORDER BY origin_id"),
                          {kind, recordId});
    if (!notes)
        return notes.status();
    while (notes->next()) {
        set.origins.append(OriginNote {kind, recordId, notes->value(0).toLongLong(), notes->value(1).toLongLong(),
                                       notes->value(2).toString() == u"added"});
    }
    return {};
}

// The notes of where the set's records were merged from, so that deleting them can be undone whole.
Status appendOrigins(Store& store, RecordSet& set)
{
    Status status;
    const auto each = [&](const auto& records, const char* kind) {
        for (const auto& record : records) {
            if (status)
                status = appendOriginsOf(store, set, QLatin1StringView(kind), record.id);
        }
    };
    each(set.actors, "actor");
    each(set.sources, "source");
    each(set.cases, "case");
    each(set.events, "event");
    each(set.links, "link");
    return status;
}

Result<Snapshot> withOrigins(Store& store, Snapshot snapshot)
{
    if (Status s = appendOrigins(store, snapshot.before); !s)
        return fail(s.error());
    return snapshot;
}

// Maps the negative ids of new records to the ids the store gave them.
struct NewIds
{
    QHash<Id, Id> actors, sources, cases, events;

    static Id map(const QHash<Id, Id>& ids, Id id)
    {
        return id < 0 ? ids.value(id, id) : id;
    }
};

} // namespace

bool RecordSet::isEmpty() const
{
    return actors.isEmpty() && sources.isEmpty() && cases.isEmpty() && roles.isEmpty() && events.isEmpty()
        && citations.isEmpty() && links.isEmpty();
}

Result<Snapshot> snapshotCase(Store& store, Id caseId)
{
    Snapshot snapshot;
    RecordSet& set = snapshot.before;
    auto record = CaseRepository(store).get(caseId);
    if (!record)
        return fail(record.error());
    set.cases.append(*record);
    auto roles = CaseRepository(store).roles(caseId);
    if (!roles)
        return fail(roles.error());
    set.roles = *roles;
    auto events = EventRepository(store).eventsOfCase(caseId);
    if (!events)
        return fail(events.error());
    set.events = *events;
    if (Status s = appendCitations(store, set, caseId, 0); !s)
        return fail(s.error());
    for (const Event& event : std::as_const(set.events)) {
        if (Status s = appendCitations(store, set, 0, event.id); !s)
            return fail(s.error());
        if (Status s = appendLinksOfEvent(store, set, event.id); !s)
            return fail(s.error());
    }
    return withOrigins(store, std::move(snapshot));
}

Result<Snapshot> snapshotEvent(Store& store, Id eventId)
{
    Snapshot snapshot;
    auto event = EventRepository(store).get(eventId);
    if (!event)
        return fail(event.error());
    snapshot.before.events.append(*event);
    if (Status s = appendCitations(store, snapshot.before, 0, eventId); !s)
        return fail(s.error());
    if (Status s = appendLinksOfEvent(store, snapshot.before, eventId); !s)
        return fail(s.error());
    return withOrigins(store, std::move(snapshot));
}

Result<Snapshot> snapshotActor(Store& store, Id actorId)
{
    Snapshot snapshot;
    auto actor = ActorRepository(store).get(actorId);
    if (!actor)
        return fail(actor.error());
    auto roles = runQuery(store, QStringLiteral("SELECT count(*) FROM roles WHERE actor_id = ?"), {actorId});
    if (!roles)
        return fail(roles.error());
    roles->next();
    if (const int count = roles->value(0).toInt(); count > 0) {
        return fail(
            RecordSet::tr("%1 has %n role(s) in cases; remove the roles first", nullptr, count).arg(actor->name));
    }
    snapshot.before.actors.append(*actor);
    auto acted = runQuery(store, QStringLiteral("SELECT id FROM events WHERE actor_id = ?"), {actorId});
    if (!acted)
        return fail(acted.error());
    QList<Id> eventIds;
    while (acted->next())
        eventIds.append(acted->value(0).toLongLong());
    for (Id eventId : eventIds) {
        auto event = EventRepository(store).get(eventId);
        if (!event)
            return fail(event.error());
        snapshot.before.events.append(*event);
        event->actorId = 0;
        snapshot.after.events.append(*event);
    }
    for (const Actor& other : *ActorRepository(store).all()) {
        if (other.partOf == actorId) {
            snapshot.before.actors.append(other);
            Actor cut = other;
            cut.partOf = 0;
            snapshot.after.actors.append(cut);
        }
    }
    return withOrigins(store, std::move(snapshot));
}

Result<Snapshot> snapshotSource(Store& store, Id sourceId)
{
    Snapshot snapshot;
    auto source = SourceRepository(store).get(sourceId);
    if (!source)
        return fail(source.error());
    snapshot.before.sources.append(*source);
    auto citations = readRecords<Citation>(runQuery(
        store, tableOf<Citation>().selectSql() + QStringLiteral("WHERE source_id = ? ORDER BY id"), {sourceId}));
    if (!citations)
        return fail(citations.error());
    snapshot.before.citations = *citations;
    auto links = runQuery(store, QStringLiteral("SELECT id FROM links WHERE source_id = ?"), {sourceId});
    if (!links)
        return fail(links.error());
    QList<Id> linkIds;
    while (links->next())
        linkIds.append(links->value(0).toLongLong());
    for (Id linkId : linkIds) {
        auto link = LinkRepository(store).get(linkId);
        if (!link)
            return fail(link.error());
        snapshot.before.links.append(*link);
        link->sourceId = 0;
        snapshot.after.links.append(*link);
    }
    return withOrigins(store, std::move(snapshot));
}

Result<Snapshot> snapshotLink(Store& store, Id linkId)
{
    auto link = LinkRepository(store).get(linkId);
    if (!link)
        return fail(link.error());
    Snapshot snapshot;
    snapshot.before.links.append(*link);
    return withOrigins(store, std::move(snapshot));
}

Status applyChange(Store& store, const RecordSet& from, RecordSet& to)
{
    return store.transact([&]() -> Status {
        RecordWriter writer(store);
        ActorRepository actors(store);
        CaseRepository cases(store);
        EventRepository events(store);
        SourceRepository sources(store);
        LinkRepository links(store);

        // 1. Ties that go away or change, first. Roles and citations are replaced under the same id
        //    rather than updated, and one removed and added again must not collide with itself.
        for (const Link& link : from.links) {
            if (!containsId(to.links, link.id)) {
                if (Status s = links.remove(link.id); !s)
                    return s;
            }
        }
        for (const Citation& citation : from.citations) {
            const Citation* kept = findById(to.citations, citation.id);
            if (!kept || !(*kept == citation)) {
                if (Status s = sources.removeCitation(citation.id); !s)
                    return s;
            }
        }
        for (const Role& role : from.roles) {
            const Role* kept = findById(to.roles, role.id);
            if (!kept || !(*kept == role)) {
                if (Status s = cases.removeRole(role.id); !s)
                    return s;
            }
        }

        // 2. New records, parents before children; negative ids become real ones.
        NewIds ids;
        const auto inserted = [](Result<Id> result, Id wanted, QHash<Id, Id>* map) -> Status {
            if (!result)
                return result.status();
            if (wanted < 0 && map)
                map->insert(wanted, *result);
            return {};
        };
        QList<std::pair<Id, Id>> partOfTies;
        for (Actor& actor : to.actors) {
            if (containsId(from.actors, actor.id))
                continue;
            Actor row = actor;
            row.id = std::max<Id>(0, actor.id);
            row.partOf = 0;
            if (Status s = inserted(writer.insertActor(row), actor.id, &ids.actors); !s)
                return fail(RecordSet::tr("%1: %2").arg(actor.name, s.error()));
            if (actor.partOf != 0)
                partOfTies.append({actor.id, actor.partOf});
        }
        for (Actor& actor : to.actors)
            actor.id = NewIds::map(ids.actors, actor.id);
        for (auto& [actorId, parent] : partOfTies) {
            if (Status s = writer.setPartOf(NewIds::map(ids.actors, actorId), NewIds::map(ids.actors, parent)); !s)
                return s;
        }
        for (Actor& actor : to.actors)
            actor.partOf = NewIds::map(ids.actors, actor.partOf);
        for (Source& source : to.sources) {
            if (containsId(from.sources, source.id))
                continue;
            Source row = source;
            row.id = std::max<Id>(0, source.id);
            if (Status s = inserted(writer.insertSource(row), source.id, &ids.sources); !s)
                return s;
            source.id = NewIds::map(ids.sources, source.id);
        }
        for (Case& record : to.cases) {
            if (containsId(from.cases, record.id))
                continue;
            Case row = record;
            row.id = std::max<Id>(0, record.id);
            if (Status s = inserted(writer.insertCase(row), record.id, &ids.cases); !s)
                return s;
            record.id = NewIds::map(ids.cases, record.id);
        }
        for (Event& event : to.events) {
            event.caseId = NewIds::map(ids.cases, event.caseId);
            event.actorId = NewIds::map(ids.actors, event.actorId);
            if (containsId(from.events, event.id))
                continue;
            Event row = event;
            row.id = std::max<Id>(0, event.id);
            if (Status s = inserted(writer.insertEvent(row), event.id, &ids.events); !s)
                return fail(RecordSet::tr("event \"%1\": %2").arg(event.title, s.error()));
            event.id = NewIds::map(ids.events, event.id);
        }
        for (Role& role : to.roles) {
            role.caseId = NewIds::map(ids.cases, role.caseId);
            role.actorId = NewIds::map(ids.actors, role.actorId);
            const Role* old = findById(from.roles, role.id);
            if (old && *old == role)
                continue;
            Role row = role;
            row.id = std::max<Id>(0, role.id);
            auto id = writer.insertRole(row);
            if (!id)
                return id.status();
            role.id = *id;
        }
        for (Citation& citation : to.citations) {
            citation.sourceId = NewIds::map(ids.sources, citation.sourceId);
            citation.caseId = NewIds::map(ids.cases, citation.caseId);
            citation.eventId = NewIds::map(ids.events, citation.eventId);
            const Citation* old = findById(from.citations, citation.id);
            if (old && *old == citation)
                continue;
            Citation row = citation;
            row.id = std::max<Id>(0, citation.id);
            auto id = writer.insertCitation(row);
            if (!id)
                return id.status();
            citation.id = *id;
        }

        // 3. Changed records.
        for (const Actor& actor : std::as_const(to.actors)) {
            const Actor* old = findById(from.actors, actor.id);
            if (old && !(*old == actor)) {
                if (Status s = actors.update(actor); !s)
                    return s;
            }
        }
        for (const Source& source : std::as_const(to.sources)) {
            const Source* old = findById(from.sources, source.id);
            if (old && !(*old == source)) {
                if (Status s = sources.update(source); !s)
                    return s;
            }
        }
        for (const Case& record : std::as_const(to.cases)) {
            const Case* old = findById(from.cases, record.id);
            if (old && !(*old == record)) {
                if (Status s = cases.update(record); !s)
                    return s;
            }
        }
        for (const Event& event : std::as_const(to.events)) {
            const Event* old = findById(from.events, event.id);
            if (old && !(*old == event)) {
                if (Status s = events.update(event); !s)
                    return fail(RecordSet::tr("event \"%1\": %2").arg(event.title, s.error()));
            }
        }
        // Links last among the new and changed: they check the order of the events they tie.
        for (Link& link : to.links) {
            link.fromEvent = NewIds::map(ids.events, link.fromEvent);
            link.toEvent = NewIds::map(ids.events, link.toEvent);
            link.sourceId = NewIds::map(ids.sources, link.sourceId);
            const Link* old = findById(from.links, link.id);
            if (!old) {
                Link row = link;
                row.id = std::max<Id>(0, link.id);
                auto id = links.insert(row);
                if (!id)
                    return id.status();
                link.id = *id;
            } else if (!(*old == link)) {
                if (Status s = links.update(link); !s)
                    return s;
            }
        }

        // 4. Records that go away, children before parents.
        for (const Event& event : from.events) {
            if (!containsId(to.events, event.id)) {
                if (Status s = events.remove(event.id); !s)
                    return s;
            }
        }
        for (const Case& record : from.cases) {
            if (!containsId(to.cases, record.id)) {
                if (Status s = cases.remove(record.id); !s)
                    return s;
            }
        }
        for (const Source& source : from.sources) {
            if (!containsId(to.sources, source.id)) {
                if (Status s = sources.remove(source.id); !s)
                    return s;
            }
        }
        for (const Actor& actor : from.actors) {
            if (!containsId(to.actors, actor.id)) {
                if (Status s = actors.remove(actor.id); !s)
                    return s;
            }
        }
        // 5. Notes of where records came from, brought back with the records they belong to.
        for (const OriginNote& note : std::as_const(to.origins)) {
            if (from.origins.contains(note))
                continue;
            auto query = runQuery(store,
                                  QStringLiteral("INSERT OR IGNORE INTO merged_records (kind, record_id, origin_id, "
                                                 "their_id, action) VALUES (?, ?, ?, ?, ?)"),
                                  {note.kind, note.recordId, note.originId, note.theirId,
                                   note.added ? QStringLiteral("added") : QStringLiteral("updated")});
            if (!query)
                return fail(RecordSet::tr("where a record came from could not be noted again: %1").arg(query.error()));
        }
        store.noteChange(Change::Everything);
        return {};
    });
}

namespace {

// Children before parents: the order in which records stored by an import are removed.
constexpr const char* importedTables[] = {"links", "citations", "roles", "events", "cases", "sources", "actors"};

} // namespace

Result<QList<Id>> importMarks(Store& store)
{
    QList<Id> marks;
    for (const char* table : importedTables) {
        auto query =
            runQuery(store, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1StringView(table)));
        if (!query)
            return fail(query.error());
        query->next();
        marks.append(query->value(0).toLongLong());
    }
    return marks;
}

Status removeRecordsAfter(Store& store, const QList<Id>& marks)
{
    return store.transact([&]() -> Status {
        for (qsizetype i = 0; i < marks.size() && i < qsizetype(std::size(importedTables)); ++i) {
            auto removed =
                runQuery(store, QStringLiteral("DELETE FROM %1 WHERE id > ?").arg(QLatin1StringView(importedTables[i])),
                         {marks.at(i)});
            if (!removed)
                return removed.status();
        }
        store.noteChange(Change::Everything);
        return {};
    });
}

} // namespace Spyline
