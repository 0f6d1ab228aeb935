#include "store/ActorRepository.h"

#include "records/Validation.h"
#include "store/RecordById.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

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
    return updateById(
        m_store, actor, Change::Actors,
        {[&](const QString& reason) { return tr("the actor %1 could not be saved: %2").arg(actor.name, reason); },
         [&] { return tr("the actor %1 no longer exists").arg(actor.id); }});
}

Status ActorRepository::remove(Id id)
{
    const auto withoutRoles = [&]() -> Status {
        auto uses = runQuery(m_store, QStringLiteral("SELECT count(*) FROM roles WHERE actor_id = ?"), {id});
        if (!uses)
            return fail(uses.error());
        uses->next();
        if (const int count = uses->value(0).toInt(); count > 0)
            return fail(tr("this actor has %n role(s) in cases; remove those first", nullptr, count));
        return {};
    };
    return removeById(m_store, tableOf<Actor>(), id, Change::Actors | Change::Events,
                      {[](const QString& reason) { return tr("the actor could not be deleted: %1").arg(reason); },
                       [&] { return tr("the actor %1 no longer exists").arg(id); }},
                      withoutRoles);
}

Result<Actor> ActorRepository::get(Id id) const
{
    return getById<Actor>(m_store, id, [](Id missing) { return tr("there is no actor %1").arg(missing); });
}

Result<QList<Actor>> ActorRepository::all() const
{
    return readRecords<Actor>(
        runQuery(m_store, tableOf<Actor>().selectSql() + QStringLiteral("ORDER BY name COLLATE NOCASE, id")));
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
    return readRecords<Actor>(
        runQuery(m_store,
                 tableOf<Actor>().selectSql()
                     // One pass over the table in storage order and two index probes per agency,
                     // not a walk of the name index that reads every actor's row out of order.
                     + QStringLiteral("AS a NOT INDEXED WHERE kind = 'agency' AND (EXISTS (SELECT 1 FROM roles r "
                                      "WHERE r.actor_id = a.id) OR EXISTS (SELECT 1 FROM actors c "
                                      "WHERE c.part_of = a.id)) ORDER BY name COLLATE NOCASE, id LIMIT ?"),
                 {limit}));
}

} // namespace Spyline
