#include "store/LinkRepository.h"

#include "records/Validation.h"
#include "store/EventRepository.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace Spyline {

namespace {

const QString selectColumns = QStringLiteral("SELECT id, from_event, to_event, relation, note, source_id FROM links ");

Link linkFrom(const SqliteStatement& query)
{
    Link link;
    link.id = query.value(0).toLongLong();
    link.fromEvent = query.value(1).toLongLong();
    link.toEvent = query.value(2).toLongLong();
    link.relation = fromKey<LinkRelation>(query.value(3).toString()).value_or(LinkRelation::References);
    link.note = query.value(4).toString();
    link.sourceId = idFrom(query.value(5));
    return link;
}

} // namespace

LinkRepository::LinkRepository(Store& store)
    : m_store(store)
{
}

Status LinkRepository::checkOrder(const Link& link) const
{
    EventRepository events(m_store);
    auto later = events.get(link.fromEvent);
    if (!later)
        return fail(tr("from_event: %1").arg(later.error()));
    auto earlier = events.get(link.toEvent);
    if (!earlier)
        return fail(tr("to_event: %1").arg(earlier.error()));
    // Only dates known on both sides can contradict the direction.
    const Lag lag = lagBetween(earlier->date, later->date);
    if (lag.hasMax && lag.maxDays < 0) {
        return fail(tr("to_event: \"%1\" (%2) comes after \"%3\" (%4); a link points back to an earlier event")
                        .arg(earlier->title, earlier->date.displayText(), later->title, later->date.displayText()));
    }
    return {};
}

Result<Id> LinkRepository::insert(const Link& link)
{
    if (Status s = checkOrder(link); !s)
        return fail(s.error());
    return insertOne(m_store, Change::Links, [&](RecordWriter& writer) { return writer.insertLink(link); });
}

Status LinkRepository::update(const Link& link)
{
    if (Status s = validateLink(link); !s)
        return s;
    if (Status s = checkOrder(link); !s)
        return s;
    return m_store.transact([&]() -> Status {
        auto query = runQuery(
            m_store,
            QStringLiteral("UPDATE links SET from_event = ?, to_event = ?, relation = ?, note = ?, "
                           "source_id = ? WHERE id = ?"),
            {link.fromEvent, link.toEvent, toKey(link.relation), link.note, nullableId(link.sourceId), link.id});
        if (!query)
            return fail(tr("the link could not be saved: %1").arg(query.error()));
        if (query->numRowsAffected() != 1)
            return fail(tr("the link %1 no longer exists").arg(link.id));
        m_store.noteChange(Change::Links);
        return {};
    });
}

Status LinkRepository::remove(Id id)
{
    return m_store.transact([&]() -> Status {
        auto query = runQuery(m_store, QStringLiteral("DELETE FROM links WHERE id = ?"), {id});
        if (!query)
            return fail(tr("the link could not be deleted: %1").arg(query.error()));
        m_store.noteChange(Change::Links);
        return {};
    });
}

Result<Link> LinkRepository::get(Id id) const
{
    auto query = runQuery(m_store, selectColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(tr("there is no link %1").arg(id));
    return linkFrom(*query);
}

Result<QList<LinkDetail>> LinkRepository::details(const QString& where, const QVariantList& values) const
{
    auto query = runQuery(m_store, selectColumns + where + QStringLiteral(" ORDER BY id"), values);
    if (!query)
        return fail(query.error());
    QList<Link> links;
    while (query->next())
        links.append(linkFrom(*query));
    query->finish();
    EventRepository events(m_store);
    QList<LinkDetail> result;
    for (const Link& link : links) {
        auto from = events.get(link.fromEvent);
        auto to = events.get(link.toEvent);
        if (!from || !to)
            return fail(from ? to.error() : from.error());
        result.append(LinkDetail {link, *from, *to, linkLag(to->date, from->date)});
    }
    return result;
}

Result<LinkDetail> LinkRepository::detail(Id id) const
{
    auto found = details(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(tr("there is no link %1").arg(id));
    return found->first();
}

Result<QList<LinkDetail>> LinkRepository::linksOfCase(Id caseId) const
{
    return details(QStringLiteral("WHERE from_event IN (SELECT id FROM events WHERE case_id = ?) "
                                  "OR to_event IN (SELECT id FROM events WHERE case_id = ?)"),
                   {caseId, caseId});
}

Result<QList<LinkDetail>> LinkRepository::linksOfEvent(Id eventId) const
{
    return details(QStringLiteral("WHERE from_event = ? OR to_event = ?"), {eventId, eventId});
}

Result<QList<LinkDetail>> LinkRepository::all() const
{
    return details(QString(), {});
}

} // namespace Spyline
