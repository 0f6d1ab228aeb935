#pragma once

#include "records/Records.h"

#include <QCoreApplication>
#include <functional>

namespace Spyline {

class Store;

// A merged record's note of the collection it came from (see 006-merge-origins.sql): taken with the
// record when it is deleted, so that undo brings the note back with it.
struct OriginNote
{
    QString kind; // "actor", "source", "case", "event" or "link"
    Id recordId = 0;
    Id originId = 0;
    Id theirId = 0;
    bool added = true;

    bool operator==(const OriginNote& other) const = default;
};

// Records of every kind taken together: what one edit adds, removes or changes. A record whose id
// is negative is new; other records of the same set refer to it by that negative id until it is
// stored (a new case -1 and its new events with caseId -1).
struct RecordSet
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::RecordSet)

public:
    QList<Actor> actors;
    QList<Source> sources;
    QList<Case> cases;
    QList<Role> roles;
    QList<Event> events;
    QList<Citation> citations;
    QList<Link> links;
    QList<OriginNote> origins; // of stored records of the set only

    bool isEmpty() const;
    bool operator==(const RecordSet& other) const = default;
};

// Everything that goes with a record, as it is stored now: what deleting it removes, and the
// records whose ties to it deleting would cut (with those ties already cut in `after`).
struct Snapshot
{
    RecordSet before;
    RecordSet after;
};
// A case with its roles, events, their citations and the links of its events.
Result<Snapshot> snapshotCase(Store& store, Id caseId);
// An event with its citations and links.
Result<Snapshot> snapshotEvent(Store& store, Id eventId);
// An actor, with the events it acted in and the stations that are part of it (ties cut in `after`).
// Refused while the actor has a role in a case.
Result<Snapshot> snapshotActor(Store& store, Id actorId);
// A source with its citations, and the links it ties (ties cut in `after`).
Result<Snapshot> snapshotSource(Store& store, Id sourceId);
Result<Snapshot> snapshotLink(Store& store, Id linkId);

// Brings the collection from `from` to `to`, inside the caller's transaction: inserts what only
// `to` holds (new records get their ids, written back into `to` with every reference to them),
// updates what both hold but differs, deletes what only `from` holds. Records are matched by
// kind and id.
Status applyChange(Store& store, const RecordSet& from, RecordSet& to);

// What goes with a change besides records (graph positions, where merged records came from): run
// in the change's transaction after the records on redo (`after` holds their ids) and before them
// on undo.
using ChangeCompanion = std::function<Status(Store& store, const RecordSet& after, bool redo)>;

// Where an import begins: the highest id of every table, in the order undoing an import removes
// records (children before parents).
Result<QList<Id>> importMarks(Store& store);
// Removes, in one transaction, every record stored after `marks` (see importMarks).
Status removeRecordsAfter(Store& store, const QList<Id>& marks);

} // namespace Spyline
