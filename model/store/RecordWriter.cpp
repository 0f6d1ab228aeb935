#include "store/RecordWriter.h"

#include "records/Validation.h"
#include "store/RecordColumns.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

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

const char* RecordWriter::sqlOf(Statement which)
{
    switch (which) {
    case InsertActor:
        return tableOf<Actor>().insertSql().constData();
    case InsertCase:
        return tableOf<Case>().insertSql().constData();
    case InsertRole:
        return tableOf<Role>().insertSql().constData();
    case InsertEvent:
        return tableOf<Event>().insertSql().constData();
    case InsertSource:
        return tableOf<Source>().insertSql().constData();
    case InsertCitation:
        return tableOf<Citation>().insertSql().constData();
    case InsertLink:
        return tableOf<Link>().insertSql().constData();
    case SetPartOf:
        return "UPDATE actors SET part_of = ? WHERE id = ?";
    case FindActor:
        return "SELECT id FROM actors WHERE name = ? COLLATE NOCASE AND country IS ? ORDER BY id LIMIT 1";
    case FindSource:
        return "SELECT id FROM sources WHERE url = ?";
    case StatementCount:
        break;
    }
    return "";
}

Result<SqliteStatement*> RecordWriter::statement(Statement which)
{
    // Prepared on first use: a repository that stores one actor prepares one statement.
    SqliteStatement& entry = m_statements[which];
    if (!entry.isPrepared()) {
        if (Status s = entry.prepare(connectionOf(m_store), sqlOf(which)); !s)
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

template<typename Record>
Result<Id> RecordWriter::insertRecord(Statement which, const Record& record)
{
    auto st = statement(which);
    if (!st)
        return fail(st.error());
    SqliteStatement& q = **st;
    q.bindOptional(1, record.id);
    bindRecord(q, 2, record);
    return finish(q, QString());
}

Result<Id> RecordWriter::insertActor(const Actor& actor)
{
    if (Status s = validateActor(actor); !s)
        return fail(s.error());
    return insertRecord(InsertActor, actor);
}

Result<Id> RecordWriter::insertCase(const Case& record)
{
    if (Status s = validateCase(record); !s)
        return fail(s.error());
    return insertRecord(InsertCase, record);
}

Result<Id> RecordWriter::insertRole(const Role& role)
{
    if (role.caseId == 0 || role.actorId == 0)
        return fail(tr("role: a role ties a stored actor to a stored case"));
    return insertRecord(InsertRole, role);
}

Result<Id> RecordWriter::insertEvent(const Event& event)
{
    if (Status s = validateEvent(event); !s)
        return fail(s.error());
    return insertRecord(InsertEvent, event);
}

Result<Id> RecordWriter::insertSource(const Source& source)
{
    if (Status s = validateSource(source); !s)
        return fail(s.error());
    return insertRecord(InsertSource, source);
}

Result<Id> RecordWriter::insertCitation(const Citation& citation)
{
    if (citation.sourceId == 0 || (citation.caseId == 0) == (citation.eventId == 0))
        return fail(tr("citation: a citation ties one source to one case or one event"));
    return insertRecord(InsertCitation, citation);
}

Result<Id> RecordWriter::insertLink(const Link& link)
{
    if (Status s = validateLink(link); !s)
        return fail(s.error());
    return insertRecord(InsertLink, link);
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
