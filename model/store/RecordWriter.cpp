#include "store/RecordWriter.h"

#include "records/Validation.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>

#include <iterator>

namespace Spyline {

namespace {

constexpr const char* statementSql[] = {
    "INSERT INTO actors (id, kind, name, native_name, aliases, country, born, notes, part_of) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO cases (id, title, summary, status, sector, target_country, accused_country, reference) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO roles (id, case_id, actor_id, role, note) VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO events (id, case_id, kind, title, description, date, date_from, date_to, end_date, end_to, "
    "country, city, venue_context, actor_id, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO sources (id, url, publisher, title, published, reliability, credibility) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO citations (id, source_id, case_id, event_id, quote) VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO links (id, from_event, to_event, relation, note, source_id) VALUES (?, ?, ?, ?, ?, ?)",
    "UPDATE actors SET part_of = ? WHERE id = ?",
    "SELECT id FROM actors WHERE name = ? COLLATE NOCASE AND country IS ? ORDER BY id LIMIT 1",
    "SELECT id FROM sources WHERE url = ?",
};

// Constraint failures in words: the record's own checks ran before, so these are about ties.
QString explain(const QString& message)
{
    if (message.contains(QStringLiteral("UNIQUE constraint failed: roles")))
        return RecordWriter::tr("role: this actor already has that role in the case");
    if (message.contains(QStringLiteral("UNIQUE constraint failed: sources.url")))
        return RecordWriter::tr("url: the collection already has a source at this address");
    if (message.contains(QStringLiteral("UNIQUE constraint failed: links")))
        return RecordWriter::tr("link: these two events are already linked that way");
    if (message.contains(QStringLiteral("UNIQUE constraint failed")) && message.contains(QStringLiteral(".id")))
        return RecordWriter::tr("id: the collection already has a record with this id");
    if (message.contains(QStringLiteral("FOREIGN KEY constraint failed")))
        return RecordWriter::tr("it refers to a record that does not exist");
    if (message.contains(QStringLiteral("database is locked")))
        return RecordWriter::tr("the collection is busy: another program is writing to it; try again");
    return message;
}

} // namespace

RecordWriter::RecordWriter(Store& store)
    : m_store(store)
    , m_statements(std::make_unique<SqliteStatement[]>(StatementCount))
{
}

RecordWriter::~RecordWriter() = default;

Result<SqliteStatement*> RecordWriter::statement(Statement which)
{
    static_assert(std::size(statementSql) == StatementCount);
    // Prepared on first use: a repository that stores one actor prepares one statement.
    SqliteStatement& entry = m_statements[which];
    if (!entry.isPrepared()) {
        if (Status s = entry.prepare(connectionOf(m_store), statementSql[which]); !s)
            return fail(s.error());
    }
    return &entry;
}

Result<Id> RecordWriter::finish(SqliteStatement& statement, const QString& what)
{
    if (Status s = statement.run(); !s)
        return fail(what.isEmpty() ? explain(s.error()) : what + QStringLiteral(": ") + explain(s.error()));
    return statement.lastInsertId();
}

Result<Id> RecordWriter::insertActor(const Actor& actor)
{
    if (Status s = validateActor(actor); !s)
        return fail(s.error());
    auto st = statement(InsertActor);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, actor.id);
    q.bind(2, toKey(actor.kind));
    q.bind(3, actor.name.trimmed());
    q.bind(4, actor.nativeName.trimmed());
    q.bind(5, actor.aliases.join(u'\n'));
    q.bindOptional(6, actor.country);
    q.bind(7, actor.born.text());
    q.bind(8, actor.notes);
    q.bindOptional(9, actor.partOf);
    return finish(q, QString());
}

Result<Id> RecordWriter::insertCase(const Case& record)
{
    if (Status s = validateCase(record); !s)
        return fail(s.error());
    auto st = statement(InsertCase);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, record.id);
    q.bind(2, record.title.trimmed());
    q.bind(3, record.summary);
    q.bind(4, toKey(record.status));
    q.bind(5, record.sector.trimmed());
    q.bindOptional(6, record.targetCountry);
    q.bindOptional(7, record.accusedCountry);
    q.bind(8, record.reference.trimmed());
    return finish(q, QString());
}

Result<Id> RecordWriter::insertRole(const Role& role)
{
    if (role.caseId == 0 || role.actorId == 0)
        return fail(tr("role: a role ties a stored actor to a stored case"));
    auto st = statement(InsertRole);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, role.id);
    q.bind(2, role.caseId);
    q.bind(3, role.actorId);
    q.bind(4, toKey(role.role));
    q.bind(5, role.note);
    return finish(q, QString());
}

Result<Id> RecordWriter::insertEvent(const Event& event)
{
    if (Status s = validateEvent(event); !s)
        return fail(s.error());
    auto st = statement(InsertEvent);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, event.id);
    q.bindOptional(2, event.caseId);
    q.bind(3, toKey(event.kind));
    q.bind(4, event.title.trimmed());
    q.bind(5, event.description);
    if (event.date.isNull()) {
        for (int column : {6, 7, 8})
            q.bindNull(column);
    } else {
        q.bind(6, event.date.text());
        q.bind(7, event.date.earliestDay());
        q.bind(8, event.date.latestDay());
    }
    q.bind(9, event.endDate.text());
    if (event.endDate.isNull())
        q.bindNull(10);
    else
        q.bind(10, event.endDate.latestDay());
    q.bindOptional(11, event.country);
    q.bind(12, event.city.trimmed());
    q.bind(13, event.venueContext);
    q.bindOptional(14, event.actorId);
    q.bind(15, event.reference.trimmed());
    return finish(q, QString());
}

Result<Id> RecordWriter::insertSource(const Source& source)
{
    if (Status s = validateSource(source); !s)
        return fail(s.error());
    auto st = statement(InsertSource);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, source.id);
    q.bind(2, source.url);
    q.bind(3, source.publisher.trimmed());
    q.bind(4, source.title.trimmed());
    q.bind(5, source.published.text());
    q.bind(6, QString(QChar::fromLatin1(source.grade.reliability)));
    q.bind(7, source.grade.credibility);
    return finish(q, QString());
}

Result<Id> RecordWriter::insertCitation(const Citation& citation)
{
    if (citation.sourceId == 0 || (citation.caseId == 0) == (citation.eventId == 0))
        return fail(tr("citation: a citation ties one source to one case or one event"));
    auto st = statement(InsertCitation);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, citation.id);
    q.bind(2, citation.sourceId);
    q.bindOptional(3, citation.caseId);
    q.bindOptional(4, citation.eventId);
    q.bind(5, citation.quote);
    return finish(q, QString());
}

Result<Id> RecordWriter::insertLink(const Link& link)
{
    if (Status s = validateLink(link); !s)
        return fail(s.error());
    auto st = statement(InsertLink);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, link.id);
    q.bind(2, link.fromEvent);
    q.bind(3, link.toEvent);
    q.bind(4, toKey(link.relation));
    q.bind(5, link.note);
    q.bindOptional(6, link.sourceId);
    return finish(q, QString());
}

Status RecordWriter::setPartOf(Id actorId, Id partOf)
{
    if (actorId == partOf && actorId != 0)
        return fail(tr("part_of: an actor cannot be part of itself"));
    auto st = statement(SetPartOf);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, partOf);
    q.bind(2, actorId);
    if (Status s = q.run(); !s)
        return fail(tr("part_of: %1").arg(explain(s.error())));
    return {};
}

Result<Id> RecordWriter::findActor(const QString& name, const QString& country)
{
    auto st = statement(FindActor);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bind(1, name.trimmed());
    q.bindOptional(2, country);
    const Id id = q.step() ? q.columnInt(0) : 0;
    const bool failed = q.failed();
    const QString error = failed ? q.error() : QString();
    q.reset();
    if (failed)
        return fail(error);
    return id;
}

Result<Id> RecordWriter::findSource(const QString& url)
{
    auto st = statement(FindSource);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bind(1, url);
    const Id id = q.step() ? q.columnInt(0) : 0;
    const bool failed = q.failed();
    const QString error = failed ? q.error() : QString();
    q.reset();
    if (failed)
        return fail(error);
    return id;
}

Result<Id> insertOne(Store& store, Changes changes, const std::function<Result<Id>(RecordWriter&)>& insert)
{
    Id id = 0;
    Status s = store.transact([&]() -> Status {
        RecordWriter writer(store);
        Result<Id> inserted = insert(writer);
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
        store.noteChange(changes);
        return {};
    });
    if (!s)
        return fail(s.error());
    return id;
}

} // namespace Spyline
