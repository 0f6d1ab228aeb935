#include "store/ActorRepository.h"

#include "records/Validation.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, kind, name, native_name, aliases, country, born, notes, part_of FROM actors ");

Actor actorFrom(const SqliteStatement& query)
{
    Actor actor;
    actor.id = query.value(0).toLongLong();
    actor.kind = fromKey<ActorKind>(query.value(1).toString()).value_or(ActorKind::Person);
    actor.name = query.value(2).toString();
    actor.nativeName = query.value(3).toString();
    const QString aliases = query.value(4).toString();
    actor.aliases = aliases.isEmpty() ? QStringList() : aliases.split(u'\n');
    actor.country = query.value(5).toString();
    actor.born = PartialDate::parse(query.value(6).toString()).value_or(PartialDate());
    actor.notes = query.value(7).toString();
    actor.partOf = idFrom(query.value(8));
    return actor;
}

QVariantList values(const Actor& actor)
{
    return {toKey(actor.kind),
            actor.name.trimmed(),
            actor.nativeName.trimmed(),
            actor.aliases.join(u'\n'),
            nullableText(actor.country),
            actor.born.text(),
            actor.notes,
            nullableId(actor.partOf)};
}

} // namespace

ActorRepository::ActorRepository(Store& store)
    : m_store(store)
{
}

Result<Id> ActorRepository::insert(const Actor& actor)
{
    return insertOne(m_store, Change::Actors, [&](RecordWriter& writer) { return writer.insertActor(actor); });
}

Status ActorRepository::update(const Actor& actor)
{
    if (Status s = validateActor(actor); !s)
        return s;
    return m_store.transact([&]() -> Status {
        auto query = runQuery(m_store,
                              QStringLiteral("UPDATE actors SET kind = ?, name = ?, native_name = ?, aliases = ?, "
                                             "country = ?, born = ?, notes = ?, part_of = ? WHERE id = ?"),
                              values(actor) + QVariantList {actor.id});
        if (!query)
            return fail(tr("the actor %1 could not be saved: %2").arg(actor.name, query.error()));
        if (query->numRowsAffected() != 1)
            return fail(tr("the actor %1 no longer exists").arg(actor.id));
        m_store.noteChange(Change::Actors);
        return {};
    });
}

Status ActorRepository::remove(Id id)
{
    return m_store.transact([&]() -> Status {
        auto uses = runQuery(m_store, QStringLiteral("SELECT count(*) FROM roles WHERE actor_id = ?"), {id});
        if (!uses)
            return fail(uses.error());
        uses->next();
        if (const int count = uses->value(0).toInt(); count > 0)
            return fail(tr("this actor has %n role(s) in cases; remove those first", nullptr, count));
        auto query = runQuery(m_store, QStringLiteral("DELETE FROM actors WHERE id = ?"), {id});
        if (!query)
            return fail(tr("the actor could not be deleted: %1").arg(query.error()));
        if (query->numRowsAffected() != 1)
            return fail(tr("the actor %1 no longer exists").arg(id));
        m_store.noteChange(Change::Actors | Change::Events);
        return {};
    });
}

Result<Actor> ActorRepository::get(Id id) const
{
    auto query = runQuery(m_store, selectColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(tr("there is no actor %1").arg(id));
    return actorFrom(*query);
}

Result<QList<Actor>> ActorRepository::all() const
{
    auto query = runQuery(m_store, selectColumns + QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
    if (!query)
        return fail(query.error());
    QList<Actor> actors;
    while (query->next())
        actors.append(actorFrom(*query));
    return actors;
}

Result<Id> ActorRepository::find(const QString& name, const QString& country) const
{
    auto query = runQuery(m_store,
                          QStringLiteral("SELECT id FROM actors WHERE name = ? COLLATE NOCASE AND country IS ? "
                                         "ORDER BY id LIMIT 1"),
                          {name.trimmed(), nullableText(country)});
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toLongLong() : Id(0);
}

Result<QStringList> ActorRepository::names(std::optional<ActorKind> kind) const
{
    const QString sql = QStringLiteral("SELECT a.name FROM actors a LEFT JOIN roles r ON r.actor_id = a.id ")
        + (kind ? QStringLiteral("WHERE a.kind = ? ") : QString())
        + QStringLiteral("GROUP BY a.name ORDER BY count(r.id) DESC, a.name COLLATE NOCASE LIMIT 5000");
    auto query = runQuery(m_store, sql, kind ? QVariantList {toKey(*kind)} : QVariantList {});
    if (!query)
        return fail(query.error());
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Result<QHash<Id, int>> ActorRepository::roleCounts() const
{
    auto query = runQuery(m_store, QStringLiteral("SELECT actor_id, count(*) FROM roles GROUP BY actor_id"));
    if (!query)
        return fail(query.error());
    QHash<Id, int> counts;
    while (query->next())
        counts.insert(query->value(0).toLongLong(), query->value(1).toInt());
    return counts;
}

Result<QList<Id>> ActorRepository::casesOf(Id actorId) const
{
    auto query = runQuery(
        m_store, QStringLiteral("SELECT DISTINCT case_id FROM roles WHERE actor_id = ? ORDER BY case_id"), {actorId});
    if (!query)
        return fail(query.error());
    QList<Id> cases;
    while (query->next())
        cases.append(query->value(0).toLongLong());
    return cases;
}

Result<QList<Actor>> ActorRepository::agenciesWithRoles(int limit) const
{
    auto query =
        runQuery(m_store,
                 selectColumns
                     // One pass over the table in storage order and two index probes per agency,
                     // not a walk of the name index that reads every actor's row out of order.
                     + QStringLiteral("AS a NOT INDEXED WHERE kind = 'agency' AND (EXISTS (SELECT 1 FROM roles r "
                                      "WHERE r.actor_id = a.id) OR EXISTS (SELECT 1 FROM actors c "
                                      "WHERE c.part_of = a.id)) ORDER BY name COLLATE NOCASE, id LIMIT ?"),
                 {limit});
    if (!query)
        return fail(query.error());
    QList<Actor> agencies;
    while (query->next())
        agencies.append(actorFrom(*query));
    return agencies;
}

} // namespace Spyline
