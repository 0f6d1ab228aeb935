#pragma once

#include "records/Records.h"

#include <QCoreApplication>

namespace Spyline {

class Store;

// Dated happenings: recruitments, arrests, announcements, statements, laws ...
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::EventRepository)

public:
    explicit EventRepository(Store& store);

    // Stores a new event and returns its id; an event with an id set is restored under that id.
    Result<Id> insert(const Event& event);
    Status update(const Event& event);
    // Removes the event with its citations and links.
    Status remove(Id id);

    Result<Event> get(Id id) const;
    // The case's events in date order (earliest day, then latest day).
    Result<QList<Event>> eventsOfCase(Id caseId) const;
    // Events of these kinds that belong to no case, in date order: statements, laws.
    Result<QList<Event>> standaloneEvents() const;
    Result<int> count() const;
    // The highest event id, 0 when there is none: a bound on the count that costs no table scan.
    Result<Id> highestId() const;

private:
    Store& m_store;
};

} // namespace Spyline
