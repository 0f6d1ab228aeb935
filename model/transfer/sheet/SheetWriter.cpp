#include "transfer/sheet/SheetWriter.h"

#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

template<typename Value>
void take(Value& stored, const Value& given, bool gives, const char* name, QStringList* changed)
{
    if (gives && !(stored == given)) {
        stored = given;
        changed->append(QString::fromLatin1(name));
    }
}

template<typename Record>
void replaceOrAppend(QList<Record>& list, const Record& record)
{
    for (Record& existing : list) {
        if (existing.id == record.id) {
            existing = record;
            return;
        }
    }
    list.append(record);
}

// The state before the import's first change to a record; later changes keep it.
template<typename Record>
void rememberBefore(QList<Record>& list, const Record& record)
{
    for (const Record& existing : list) {
        if (existing.id == record.id)
            return;
    }
    list.append(record);
}

} // namespace

QStringList mergeCase(Case& stored, const Case& sheet)
{
    QStringList changed;
    take(stored.title, sheet.title, !sheet.title.isEmpty(), "title", &changed);
    take(stored.summary, sheet.summary, !sheet.summary.isEmpty(), "summary", &changed);
    take(stored.status, sheet.status, sheet.status != CaseStatus::Unknown, "status", &changed);
    take(stored.sector, sheet.sector, !sheet.sector.isEmpty(), "sector", &changed);
    take(stored.targetCountry, sheet.targetCountry, !sheet.targetCountry.isEmpty(), "target_country", &changed);
    take(stored.accusedCountry, sheet.accusedCountry, !sheet.accusedCountry.isEmpty(), "accused_country", &changed);
    return changed;
}

QStringList mergeEvent(Event& stored, const Event& sheet)
{
    QStringList changed;
    take(stored.kind, sheet.kind, true, "kind", &changed);
    take(stored.title, sheet.title, !sheet.title.isEmpty(), "title", &changed);
    take(stored.description, sheet.description, !sheet.description.isEmpty(), "description", &changed);
    take(stored.date, sheet.date, !sheet.date.isNull(), "date", &changed);
    take(stored.endDate, sheet.endDate, !sheet.endDate.isNull(), "end_date", &changed);
    take(stored.country, sheet.country, !sheet.country.isEmpty(), "country", &changed);
    take(stored.city, sheet.city, !sheet.city.isEmpty(), "city", &changed);
    take(stored.venueContext, sheet.venueContext, !sheet.venueContext.isEmpty(), "venue_context", &changed);
    take(stored.actorId, sheet.actorId, sheet.actorId != 0, "actor", &changed);
    return changed;
}

SheetWriter::SheetWriter(Store& store, const ImportMap& map, SheetImportReport& report)
    : m_store(store)
    , m_map(map)
    , m_writer(store)
    , m_report(report)
{
}

SheetWriter::~SheetWriter() = default;

void SheetWriter::problem(ImportProblem::Kind kind, int line, const QString& message, const QString& column)
{
    m_report.problems.append(ImportProblem {kind, line, column, message, {}, {}});
}

QString SheetWriter::columnOf(const QString& field) const
{
    const QString column = m_map.columnOf(field);
    return column.isEmpty() ? field : QStringLiteral("%1 (%2)").arg(column, field);
}

Result<Id> SheetWriter::actor(int line, const QString& name, const QString& country, ActorKind kind,
                              const QString& nativeName, const PartialDate& born, Id partOf)
{
    const QString cacheKey = name.toCaseFolded() + u'\x1f' + country;
    Id id = m_actors.value(cacheKey);
    if (id == 0) {
        auto existing = m_writer.findActor(name, country);
        if (!existing)
            return fail(existing.error());
        id = *existing;
    }
    if (id == 0) {
        auto inserted = m_writer.insertActor(Actor {0, kind, name, nativeName, {}, country, born, {}, 0});
        if (!inserted)
            return fail(tr("%1: %2").arg(name, inserted.error()));
        id = *inserted;
        ++m_report.added.actors;
        if (partOf != 0) {
            if (Status s = m_writer.setPartOf(id, partOf); !s)
                return fail(s.error());
        }
        m_actors.insert(cacheKey, id);
        return id;
    }
    m_actors.insert(cacheKey, id);
    if (nativeName.isEmpty() && born.isNull() && partOf == 0)
        return id;
    ActorRepository actors(m_store);
    auto stored = actors.get(id);
    if (!stored)
        return fail(stored.error());
    Actor filled = *stored;
    const auto fill = [&](auto& field, const auto& given, bool gives, bool empty, const QString& what,
                          const QString& storedText, const QString& givenText) {
        if (!gives)
            return;
        if (empty)
            field = given;
        else if (!(field == given))
            warning(line,
                    tr("%1: the collection gives %2 as %3 and the sheet %4; the collection's is kept")
                        .arg(name, what, storedText, givenText));
    };
    fill(filled.nativeName, nativeName, !nativeName.isEmpty(), stored->nativeName.isEmpty(), tr("the native name"),
         stored->nativeName, nativeName);
    fill(filled.born, born, !born.isNull(), stored->born.isNull(), tr("the birth date"), stored->born.text(),
         born.text());
    if (partOf != 0 && stored->partOf == 0 && partOf != id)
        filled.partOf = partOf;
    if (!(filled == *stored)) {
        if (Status s = actors.update(filled); !s)
            return fail(s.error());
        rememberBefore(m_report.changedBefore.actors, *stored);
        replaceOrAppend(m_report.changedAfter.actors, filled);
    }
    return id;
}

Result<Id> SheetWriter::source(const SourceValues& values)
{
    if (values.url.isEmpty())
        return Id(0);
    if (const Id known = m_sources.value(values.url))
        return known;
    auto existing = m_writer.findSource(values.url);
    if (!existing)
        return fail(existing.error());
    Id id = *existing;
    if (id == 0) {
        auto inserted = m_writer.insertSource(Source {0, values.url, values.publisher, values.title, {}, values.grade});
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
        ++m_report.added.sources;
    }
    m_sources.insert(values.url, id);
    return id;
}

Status SheetWriter::cite(Id sourceId, Id caseId, Id eventId)
{
    if (sourceId == 0)
        return {};
    auto found = runQuery(m_store,
                          caseId != 0 ? QStringLiteral("SELECT 1 FROM citations WHERE source_id = ? AND case_id = ?")
                                      : QStringLiteral("SELECT 1 FROM citations WHERE source_id = ? AND event_id = ?"),
                          {sourceId, caseId != 0 ? caseId : eventId});
    if (!found)
        return found.status();
    if (found->next())
        return {};
    auto inserted = m_writer.insertCitation(Citation {0, sourceId, caseId, eventId, {}});
    return inserted ? Status() : inserted.status();
}

Result<SheetWriter::Outcome> SheetWriter::role(Id caseId, Id actorId, RoleKind kind, const QString& note)
{
    const QString written = QStringLiteral("%1/%2/%3").arg(caseId).arg(actorId).arg(toKey(kind));
    if (m_rolesWritten.contains(written))
        return Outcome::Unchanged;
    m_rolesWritten.insert(written);
    auto found =
        runQuery(m_store, QStringLiteral("SELECT id, note FROM roles WHERE case_id = ? AND actor_id = ? AND role = ?"),
                 {caseId, actorId, toKey(kind)});
    if (!found)
        return fail(found.error());
    if (found->next()) {
        const Role stored {found->value(0).toLongLong(), caseId, actorId, kind, found->value(1).toString()};
        if (note.isEmpty() || note == stored.note)
            return Outcome::Unchanged;
        Role changed = stored;
        changed.note = note;
        auto updated = runQuery(m_store, QStringLiteral("UPDATE roles SET note = ? WHERE id = ?"), {note, stored.id});
        if (!updated)
            return fail(updated.error());
        rememberBefore(m_report.changedBefore.roles, stored);
        replaceOrAppend(m_report.changedAfter.roles, changed);
        return Outcome::Updated;
    }
    auto inserted = m_writer.insertRole(Role {0, caseId, actorId, kind, note});
    if (!inserted)
        return fail(inserted.error());
    return Outcome::Added;
}

Result<std::optional<Case>> SheetWriter::caseWithReference(const QString& reference)
{
    if (reference.isEmpty())
        return std::optional<Case>();
    auto found =
        runQuery(m_store, QStringLiteral("SELECT id FROM cases WHERE reference = ? ORDER BY id LIMIT 1"), {reference});
    if (!found)
        return fail(found.error());
    if (!found->next())
        return std::optional<Case>();
    auto stored = CaseRepository(m_store).get(found->value(0).toLongLong());
    if (!stored)
        return fail(stored.error());
    return std::optional<Case>(*stored);
}

Result<std::optional<Event>> SheetWriter::eventWithReference(const QString& reference)
{
    if (reference.isEmpty())
        return std::optional<Event>();
    auto found =
        runQuery(m_store, QStringLiteral("SELECT id FROM events WHERE reference = ? ORDER BY id LIMIT 1"), {reference});
    if (!found)
        return fail(found.error());
    if (!found->next())
        return std::optional<Event>();
    auto stored = EventRepository(m_store).get(found->value(0).toLongLong());
    if (!stored)
        return fail(stored.error());
    return std::optional<Event>(*stored);
}

Result<SheetWriter::Put> SheetWriter::putEvent(const Event& event)
{
    if (const Id written = m_eventsWritten.value(event.reference); written != 0)
        return Put {written, Outcome::Unchanged, {}};
    auto stored = eventWithReference(event.reference);
    if (!stored)
        return fail(stored.error());
    if (!*stored) {
        auto inserted = m_writer.insertEvent(event);
        if (!inserted)
            return fail(tr("event \"%1\": %2").arg(event.title, inserted.error()));
        ++m_report.added.events;
        if (!event.reference.isEmpty())
            m_eventsWritten.insert(event.reference, *inserted);
        return Put {*inserted, Outcome::Added, {}};
    }
    m_eventsWritten.insert(event.reference, (*stored)->id);
    Event merged = **stored;
    const QStringList changed = mergeEvent(merged, event);
    if (changed.isEmpty())
        return Put {merged.id, Outcome::Unchanged, {}};
    if (Status s = EventRepository(m_store).update(merged); !s)
        return fail(tr("event \"%1\": %2").arg(event.title, s.error()));
    rememberBefore(m_report.changedBefore.events, **stored);
    replaceOrAppend(m_report.changedAfter.events, merged);
    return Put {merged.id, Outcome::Updated, changed};
}

Result<SheetWriter::Outcome> SheetWriter::putCase(const Case& sheet, const std::optional<Case>& stored, Id* id,
                                                  QStringList* changed)
{
    if (!stored) {
        auto inserted = m_writer.insertCase(sheet);
        if (!inserted)
            return fail(inserted.error());
        *id = *inserted;
        ++m_report.added.cases;
        return Outcome::Added;
    }
    *id = stored->id;
    Case merged = *stored;
    *changed = mergeCase(merged, sheet);
    if (changed->isEmpty())
        return Outcome::Unchanged;
    if (Status s = CaseRepository(m_store).update(merged); !s)
        return fail(s.error());
    rememberBefore(m_report.changedBefore.cases, *stored);
    replaceOrAppend(m_report.changedAfter.cases, merged);
    return Outcome::Updated;
}

} // namespace Spyline
