#include "store/EventRepository.h"

#include "records/Validation.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

const QString selectColumns = QStringLiteral("SELECT id, case_id, kind, title, description, date, end_date, country, "
                                             "city, venue_context, actor_id, reference FROM events ");
// Earliest day, then latest day; undated events last.
const QString dateOrder = QStringLiteral(" ORDER BY date_from IS NULL, date_from, date_to, id");

Event eventFrom(const SqliteStatement& query)
{
    Event event;
    event.id = query.value(0).toLongLong();
    event.caseId = idFrom(query.value(1));
    event.kind = fromKey<EventKind>(query.value(2).toString()).value_or(EventKind::Other);
    event.title = query.value(3).toString();
    event.description = query.value(4).toString();
    const QString date = query.value(5).toString();
    event.date = date.isEmpty() ? PartialDate() : PartialDate::parse(date).value_or(PartialDate());
    const QString end = query.value(6).toString();
    event.endDate = end.isEmpty() ? PartialDate() : PartialDate::parse(end).value_or(PartialDate());
    event.country = query.value(7).toString();
    event.city = query.value(8).toString();
    event.venueContext = query.value(9).toString();
    event.actorId = idFrom(query.value(10));
    event.reference = query.value(11).toString();
    return event;
}

QVariantList values(const Event& event)
{
    const QVariant none(QMetaType::fromType<int>());
    const bool dated = !event.date.isNull();
    return {nullableId(event.caseId),
            toKey(event.kind),
            event.title.trimmed(),
            event.description,
            nullableText(event.date.text()),
            dated ? QVariant(event.date.earliestDay()) : none,
            dated ? QVariant(event.date.latestDay()) : none,
            event.endDate.text(),
            event.endDate.isNull() ? none : QVariant(event.endDate.latestDay()),
            nullableText(event.country),
            event.city.trimmed(),
            event.venueContext,
            nullableId(event.actorId),
            event.reference.trimmed()};
}

Result<QList<Event>> eventsFrom(Result<SqliteStatement> query)
{
    if (!query)
        return fail(query.error());
    QList<Event> events;
    while (query->next())
        events.append(eventFrom(*query));
    return events;
}

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
    return m_store.transact([&]() -> Status {
        auto query = runQuery(
            m_store,
            QStringLiteral("UPDATE events SET case_id = ?, kind = ?, title = ?, description = ?, "
                           "date = ?, date_from = ?, date_to = ?, end_date = ?, end_to = ?, "
                           "country = ?, city = ?, venue_context = ?, actor_id = ?, reference = ? WHERE id = ?"),
            values(event) + QVariantList {event.id});
        if (!query)
            return fail(tr("the event \"%1\" could not be saved: %2").arg(event.title, query.error()));
        if (query->numRowsAffected() != 1)
            return fail(tr("the event %1 no longer exists").arg(event.id));
        m_store.noteChange(Change::Events | Change::Cases | Change::Links);
        return {};
    });
}

Status EventRepository::remove(Id id)
{
    return m_store.transact([&]() -> Status {
        auto query = runQuery(m_store, QStringLiteral("DELETE FROM events WHERE id = ?"), {id});
        if (!query)
            return fail(tr("the event could not be deleted: %1").arg(query.error()));
        if (query->numRowsAffected() != 1)
            return fail(tr("the event %1 no longer exists").arg(id));
        m_store.noteChange(Change::Events | Change::Cases | Change::Links | Change::Sources);
        return {};
    });
}

Result<Event> EventRepository::get(Id id) const
{
    auto query = runQuery(m_store, selectColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(tr("there is no event %1").arg(id));
    return eventFrom(*query);
}

Result<QList<Event>> EventRepository::eventsOfCase(Id caseId) const
{
    return eventsFrom(runQuery(m_store, selectColumns + QStringLiteral("WHERE case_id = ?") + dateOrder, {caseId}));
}

Result<QList<Event>> EventRepository::standaloneEvents() const
{
    return eventsFrom(runQuery(m_store, selectColumns + QStringLiteral("WHERE case_id IS NULL") + dateOrder));
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
