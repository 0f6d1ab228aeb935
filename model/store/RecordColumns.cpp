#include "store/RecordColumns.h"

#include "store/SqliteStatement.h"

namespace Spyline {

namespace {

QList<QString> names(std::initializer_list<const char*> columns)
{
    QList<QString> result;
    for (const char* column : columns)
        result.append(QString::fromLatin1(column));
    return result;
}

QString joined(const QList<QString>& columns, QStringView prefix, QStringView suffix)
{
    QString result;
    for (const QString& column : columns) {
        if (!result.isEmpty())
            result += QStringLiteral(", ");
        result += prefix;
        result += column;
        result += suffix;
    }
    return result;
}

PartialDate dateOrNull(const QString& text)
{
    return text.isEmpty() ? PartialDate() : PartialDate::parse(text).value_or(PartialDate());
}

} // namespace

RecordColumns::RecordColumns(const char* name, std::initializer_list<const char*> written)
    : RecordColumns(name, written, {})
{
}

RecordColumns::RecordColumns(const char* name, std::initializer_list<const char*> written,
                             std::initializer_list<const char*> read)
    : m_name(QString::fromLatin1(name))
{
    const QList<QString> writes = names(written);
    m_read = read.size() ? names(read) : QList<QString> {QStringLiteral("id")} + writes;
    QString values = QStringLiteral("?");
    for (qsizetype i = 0; i < writes.size(); ++i)
        values += QStringLiteral(", ?");
    m_insert =
        QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)").arg(m_name, joined(writes, {}, {}), values).toUtf8();
    m_update = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_name, joined(writes, {}, u" = ?")).toUtf8();
    m_remove = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_name).toUtf8();
    m_select = QStringLiteral("SELECT %1 FROM %2 ").arg(joined(m_read, {}, {}), m_name);
    m_selectById = m_select + QStringLiteral("WHERE id = ?");
}

QString RecordColumns::selectSql(QStringView alias) const
{
    const QString prefix = alias.toString() + u'.';
    return QStringLiteral("SELECT %1 FROM %2 %3 ").arg(joined(m_read, prefix, {}), m_name, alias);
}

// Each kind below: its table, then how a record binds the columns written, in the table's order,
// and how it is read from the columns read.

template<>
const RecordColumns& tableOf<Actor>()
{
    static const RecordColumns table("actors",
                                     {"kind", "name", "native_name", "aliases", "country", "born", "notes", "part_of"});
    return table;
}

int bindRecord(SqliteStatement& statement, int first, const Actor& actor)
{
    int i = first;
    statement.bind(i++, toKey(actor.kind));
    statement.bind(i++, actor.name.trimmed());
    statement.bind(i++, actor.nativeName.trimmed());
    statement.bind(i++, actor.aliases.join(u'\n'));
    statement.bindOptional(i++, actor.country);
    statement.bind(i++, actor.born.text());
    statement.bind(i++, actor.notes);
    statement.bindOptional(i++, actor.partOf);
    return i;
}

template<>
Actor readRecord<Actor>(const SqliteStatement& row)
{
    Actor actor;
    actor.id = row.value(0).toLongLong();
    actor.kind = fromKey<ActorKind>(row.value(1).toString()).value_or(ActorKind::Person);
    actor.name = row.value(2).toString();
    actor.nativeName = row.value(3).toString();
    const QString aliases = row.value(4).toString();
    actor.aliases = aliases.isEmpty() ? QStringList() : aliases.split(u'\n');
    actor.country = row.value(5).toString();
    actor.born = PartialDate::parse(row.value(6).toString()).value_or(PartialDate());
    actor.notes = row.value(7).toString();
    actor.partOf = idFrom(row.value(8));
    return actor;
}

template<>
const RecordColumns& tableOf<Case>()
{
    static const RecordColumns table(
        "cases", {"title", "summary", "status", "sector", "target_country", "accused_country", "reference"});
    return table;
}

int bindRecord(SqliteStatement& statement, int first, const Case& record)
{
    int i = first;
    statement.bind(i++, record.title.trimmed());
    statement.bind(i++, record.summary);
    statement.bind(i++, toKey(record.status));
    statement.bind(i++, record.sector.trimmed());
    statement.bindOptional(i++, record.targetCountry);
    statement.bindOptional(i++, record.accusedCountry);
    statement.bind(i++, record.reference.trimmed());
    return i;
}

template<>
Case readRecord<Case>(const SqliteStatement& row)
{
    Case record;
    record.id = row.value(0).toLongLong();
    record.title = row.value(1).toString();
    record.summary = row.value(2).toString();
    record.status = fromKey<CaseStatus>(row.value(3).toString()).value_or(CaseStatus::Unknown);
    record.sector = row.value(4).toString();
    record.targetCountry = row.value(5).toString();
    record.accusedCountry = row.value(6).toString();
    record.reference = row.value(7).toString();
    return record;
}

template<>
const RecordColumns& tableOf<Role>()
{
    static const RecordColumns table("roles", {"case_id", "actor_id", "role", "note"});
    return table;
}

int bindRecord(SqliteStatement& statement, int first, const Role& role)
{
    int i = first;
    statement.bind(i++, role.caseId);
    statement.bind(i++, role.actorId);
    statement.bind(i++, toKey(role.role));
    statement.bind(i++, role.note);
    return i;
}

template<>
Role readRecord<Role>(const SqliteStatement& row)
{
    Role role;
    role.id = row.value(0).toLongLong();
    role.caseId = row.value(1).toLongLong();
    role.actorId = row.value(2).toLongLong();
    role.role = fromKey<RoleKind>(row.value(3).toString()).value_or(RoleKind::Suspect);
    role.note = row.value(4).toString();
    return role;
}

// An event's days (date_from, date_to, end_to) follow from its dates: written, never read.
template<>
const RecordColumns& tableOf<Event>()
{
    static const RecordColumns table("events",
                                     {"case_id", "kind", "title", "description", "date", "date_from", "date_to",
                                      "end_date", "end_to", "country", "city", "venue_context", "actor_id",
                                      "reference"},
                                     {"id", "case_id", "kind", "title", "description", "date", "end_date", "country",
                                      "city", "venue_context", "actor_id", "reference"});
    return table;
}

int bindRecord(SqliteStatement& statement, int first, const Event& event)
{
    int i = first;
    statement.bindOptional(i++, event.caseId);
    statement.bind(i++, toKey(event.kind));
    statement.bind(i++, event.title.trimmed());
    statement.bind(i++, event.description);
    // An unknown date is NULL with both its days; an event that did not last has end_date '' and
    // end_to NULL.
    if (event.date.isNull()) {
        for (int k = 0; k < 3; ++k)
            statement.bindNull(i++);
    } else {
        statement.bind(i++, event.date.text());
        statement.bind(i++, event.date.earliestDay());
        statement.bind(i++, event.date.latestDay());
    }
    statement.bind(i++, event.endDate.text());
    if (event.endDate.isNull())
        statement.bindNull(i++);
    else
        statement.bind(i++, event.endDate.latestDay());
    statement.bindOptional(i++, event.country);
    statement.bind(i++, event.city.trimmed());
    statement.bind(i++, event.venueContext);
    statement.bindOptional(i++, event.actorId);
    statement.bind(i++, event.reference.trimmed());
    return i;
}

template<>
Event readRecord<Event>(const SqliteStatement& row)
{
    Event event;
    event.id = row.value(0).toLongLong();
    event.caseId = idFrom(row.value(1));
    event.kind = fromKey<EventKind>(row.value(2).toString()).value_or(EventKind::Other);
    event.title = row.value(3).toString();
    event.description = row.value(4).toString();
    event.date = dateOrNull(row.value(5).toString());
    event.endDate = dateOrNull(row.value(6).toString());
    event.country = row.value(7).toString();
    event.city = row.value(8).toString();
    event.venueContext = row.value(9).toString();
    event.actorId = idFrom(row.value(10));
    event.reference = row.value(11).toString();
    return event;
}

template<>
const RecordColumns& tableOf<Source>()
{
    static const RecordColumns table("sources",
                                     {"url", "publisher", "title", "published", "reliability", "credibility"});
    return table;
}

int bindRecord(SqliteStatement& statement, int first, const Source& source)
{
    int i = first;
    statement.bind(i++, source.url);
    statement.bind(i++, source.publisher.trimmed());
    statement.bind(i++, source.title.trimmed());
    statement.bind(i++, source.published.text());
    statement.bind(i++, QString(QChar::fromLatin1(source.grade.reliability)));
    statement.bind(i++, source.grade.credibility);
    return i;
}

template<>
Source readRecord<Source>(const SqliteStatement& row)
{
    Source source;
    source.id = row.value(0).toLongLong();
    source.url = row.value(1).toString();
    source.publisher = row.value(2).toString();
    source.title = row.value(3).toString();
    source.published = dateOrNull(row.value(4).toString());
    source.grade = Grade::parse(row.value(5).toString(), row.value(6).toString()).value_or(Grade());
    return source;
}

template<>
const RecordColumns& tableOf<Citation>()
{
    static const RecordColumns table("citations", {"source_id", "case_id", "event_id", "quote"});
    return table;
}

int bindRecord(SqliteStatement& statement, int first, const Citation& citation)
{
    int i = first;
    statement.bind(i++, citation.sourceId);
    statement.bindOptional(i++, citation.caseId);
    statement.bindOptional(i++, citation.eventId);
    statement.bind(i++, citation.quote);
    return i;
}

template<>
Citation readRecord<Citation>(const SqliteStatement& row)
{
    return Citation {row.value(0).toLongLong(), row.value(1).toLongLong(), idFrom(row.value(2)), idFrom(row.value(3)),
                     row.value(4).toString()};
}

template<>
const RecordColumns& tableOf<Link>()
{
    static const RecordColumns table("links", {"from_event", "to_event", "relation", "note", "source_id"});
    return table;
}

int bindRecord(SqliteStatement& statement, int first, const Link& link)
{
    int i = first;
    statement.bind(i++, link.fromEvent);
    statement.bind(i++, link.toEvent);
    statement.bind(i++, toKey(link.relation));
    statement.bind(i++, link.note);
    statement.bindOptional(i++, link.sourceId);
    return i;
}

template<>
Link readRecord<Link>(const SqliteStatement& row)
{
    Link link;
    link.id = row.value(0).toLongLong();
    link.fromEvent = row.value(1).toLongLong();
    link.toEvent = row.value(2).toLongLong();
    link.relation = fromKey<LinkRelation>(row.value(3).toString()).value_or(LinkRelation::References);
    link.note = row.value(4).toString();
    link.sourceId = idFrom(row.value(5));
    return link;
}

} // namespace Spyline
