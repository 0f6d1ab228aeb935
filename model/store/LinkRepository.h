#pragma once

#include "records/Records.h"

#include <QCoreApplication>

namespace Spyline {

class Store;

// A link with both of its events and the lag between them, computed from their dates.
struct LinkDetail
{
    Link link;
    Event from; // the later event, such as an announcement
    Event to; // the earlier one, such as the statement it responds to
    Lag lag;
};

// Directed ties between events: an announcement responds to, references or follows a statement.
class LinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::LinkRepository)

public:
    explicit LinkRepository(Store& store);

    // Stores a new link; refused when the earlier event is wholly after the later one.
    Result<Id> insert(const Link& link);
    Status update(const Link& link);
    Status remove(Id id);

    Result<Link> get(Id id) const;
    Result<LinkDetail> detail(Id id) const;
    // Links where either event belongs to the case.
    Result<QList<LinkDetail>> linksOfCase(Id caseId) const;
    Result<QList<LinkDetail>> linksOfEvent(Id eventId) const;
    Result<QList<LinkDetail>> all() const;

private:
    Status checkOrder(const Link& link) const;
    Result<QList<LinkDetail>> details(const QString& where, const QVariantList& values) const;

    Store& m_store;
};

} // namespace Spyline
