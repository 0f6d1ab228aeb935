#include "store/LinkRepository.h"

#include "records/Validation.h"
#include "store/EventRepository.h"
#include "store/RecordById.h"
#include "store/RecordWriter.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace Spyline {

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
    return updateById(m_store, link, Change::Links,
                      {[](const QString& reason) { return tr("the link could not be saved: %1").arg(reason); },
                       [&] { return tr("the link %1 no longer exists").arg(link.id); }});
}

Status LinkRepository::remove(Id id)
{
    // A link already gone is none to remove: deleting either of its events takes it along.
    return removeById(m_store, tableOf<Link>(), id, Change::Links,
                      {[](const QString& reason) { return tr("the link could not be deleted: %1").arg(reason); }, {}});
}

Result<Link> LinkRepository::get(Id id) const
{
    return getById<Link>(m_store, id, [](Id missing) { return tr("there is no link %1").arg(missing); });
}

Result<QList<LinkDetail>> LinkRepository::details(const QString& where, const QVariantList& values) const
{
    auto links = readRecords<Link>(
        runQuery(m_store, tableOf<Link>().selectSql() + where + QStringLiteral(" ORDER BY id"), values));
    if (!links)
        return fail(links.error());
    EventRepository events(m_store);
    QList<LinkDetail> result;
    for (const Link& link : *links) {
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
