#include "store/CaseRepository.h"

#include "records/Validation.h"
#include "store/RecordById.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

CaseRepository::CaseRepository(Store& store)
    : m_store(store)
{
}

Result<Id> CaseRepository::insert(const Case& record)
{
    return insertOne(m_store, Change::Cases, [&](RecordWriter& writer) { return writer.insertCase(record); });
}

Status CaseRepository::update(const Case& record)
{
    if (Status s = validateCase(record); !s)
        return s;
    return updateById(m_store, record, Change::Cases,
                      {[](const QString& reason) { return tr("the case could not be saved: %1").arg(reason); },
                       [&] { return tr("the case %1 no longer exists").arg(record.id); }});
}

Status CaseRepository::remove(Id id)
{
    return removeById(m_store, tableOf<Case>(), id, Change::Cases | Change::Events | Change::Links | Change::Sources,
                      {[](const QString& reason) { return tr("the case could not be deleted: %1").arg(reason); },
                       [&] { return tr("the case %1 no longer exists").arg(id); }});
}

Result<Case> CaseRepository::get(Id id) const
{
    return getById<Case>(m_store, id, [](Id missing) { return tr("there is no case %1").arg(missing); });
}

Result<CaseSpan> CaseRepository::span(Id id) const
{
    auto query = runQuery(
        m_store, QStringLiteral("SELECT first_day, last_day, disclosed_day, disclosed_to FROM cases WHERE id = ?"),
        {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(tr("there is no case %1").arg(id));
    return CaseSpan {query->value(0).toInt(), query->value(1).toInt(), query->value(2).toInt(),
                     query->value(3).toInt()};
}

Result<int> CaseRepository::count() const
{
    auto query = runQuery(m_store, QStringLiteral("SELECT count(*) FROM cases"));
    if (!query)
        return fail(query.error());
    query->next();
    return query->value(0).toInt();
}

Result<Id> CaseRepository::addRole(const Role& role)
{
    return insertOne(m_store, Change::Cases, [&](RecordWriter& writer) { return writer.insertRole(role); });
}

Status CaseRepository::removeRole(Id roleId)
{
    return removeById(m_store, tableOf<Role>(), roleId, Change::Cases, {});
}

Result<QList<Role>> CaseRepository::roles(Id caseId) const
{
    return readRecords<Role>(
        runQuery(m_store,
                 tableOf<Role>().selectSql()
                     + QStringLiteral("WHERE case_id = ? ORDER BY CASE role WHEN 'suspect' THEN 0 WHEN 'recruiter' "
                                      "THEN 1 WHEN 'handler' THEN 2 WHEN 'intermediary' THEN 3 WHEN "
                                      "'sponsoring_agency' THEN 4 WHEN 'employer' THEN 5 ELSE 6 END, id"),
                 {caseId}));
}

Result<QList<Id>> CaseRepository::casesWithRole(Id actorId, RoleKind role) const
{
    auto query =
        runQuery(m_store, QStringLiteral("SELECT case_id FROM roles WHERE actor_id = ? AND role = ? ORDER BY case_id"),
                 {actorId, toKey(role)});
    if (!query)
        return fail(query.error());
    QList<Id> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<QString> CaseRepository::title(Id id) const
{
    auto query = runQuery(m_store, QStringLiteral("SELECT title FROM cases WHERE id = ?"), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(tr("there is no case %1").arg(id));
    return query->value(0).toString();
}

Result<QStringList> CaseRepository::sectorsInUse() const
{
    auto query =
        runQuery(m_store, QStringLiteral("SELECT DISTINCT sector FROM cases WHERE sector <> '' ORDER BY sector"));
    if (!query)
        return fail(query.error());
    QStringList sectors;
    while (query->next())
        sectors.append(query->value(0).toString());
    return sectors;
}

Result<QStringList> CaseRepository::countriesInUse() const
{
    auto query = runQuery(m_store,
                          // Each column grouped along its own index, then the two short lists joined.
                          QStringLiteral("SELECT code FROM (SELECT target_country AS code FROM cases WHERE "
                                         "target_country IS NOT NULL GROUP BY target_country UNION ALL SELECT "
                                         "accused_country FROM cases WHERE accused_country IS NOT NULL GROUP BY "
                                         "accused_country) GROUP BY code"));
    if (!query)
        return fail(query.error());
    QStringList codes;
    while (query->next())
        codes.append(query->value(0).toString());
    return codes;
}

} // namespace Spyline
