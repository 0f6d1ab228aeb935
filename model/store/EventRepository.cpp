#include "store/EventRepository.h"

#include "records/Validation.h"
#include "store/RecordById.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

// Earliest day, then latest day; undated events last.
const QString dateOrder = QStringLiteral(" ORDER BY date_from IS NULL, date_from, date_to, id");

} // namespace

EventRepository::EventRepository(Store& store)
    : m_store(store)
{
}

Result<Id> EventRepository::insert(const Event& event)
{
    return insertOne(m_store, Change::Events | Change::Cases,
                     [&](RecordWriter& writer) { return writer.insertEvent(event); });
}

Status EventRepository::update(const Event& event)
{
    if (Status s = validateEvent(event); !s)
        return s;
    return updateById(
        m_store, event, Change::Events | Change::Cases | Change::Links,
        {[&](const QString& reason) { return tr("the event \"%1\" could not be saved: %2").arg(event.title, reason); },
         [&] { return tr("the event %1 no longer exists").arg(event.id); }});
}

Status EventRepository::remove(Id id)
{
    return removeById(m_store, tableOf<Event>(), id, Change::Events | Change::Cases | Change::Links | Change::Sources,
                      {[](const QString& reason) { return tr("the event could not be deleted: %1").arg(reason); },
                       [&] { return tr("the event %1 no longer exists").arg(id); }});
}

Result<Event> EventRepository::get(Id id) const
{
    return getById<Event>(m_store, id, [](Id missing) { return tr("there is no event %1").arg(missing); });
}

Result<QList<Event>> EventRepository::eventsOfCase(Id caseId) const
{
    return readRecords<Event>(
        runQuery(m_store, tableOf<Event>().selectSql() + QStringLiteral("WHERE case_id = ?") + dateOrder, {caseId}));
}

Result<QList<Event>> EventRepository::standaloneEvents() const
{
    return readRecords<Event>(
        runQuery(m_store, tableOf<Event>().selectSql() + QStringLiteral("WHERE case_id IS NULL") + dateOrder));
}

Result<int> EventRepository::count() const
{
    auto query = runQuery(m_store, QStringLiteral("SELECT count(*) FROM events"));
    if (!query)
        return fail(query.error());
    query->next();
    return query->value(0).toInt();
}

Result<Id> EventRepository::highestId() const
{
    auto query = runQuery(m_store, QStringLiteral("SELECT max(id) FROM events"));
    if (!query)
        return fail(query.error());
    if (!query->next())
        return Id(0);
    return idFrom(query->value(0));
}

} // namespace Spyline
