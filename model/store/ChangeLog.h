#pragma once

// The change log of a collection on a server, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "ChangeLog.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Result.h"
#include "store/RecordChange.h"

#include <QStringList>

#include <optional>

struct pg_conn;

namespace Spyline {

class ServerCollection;

// The changes committed after `since`, oldest first, at most `limit` of them.
Result<RecordChanges> readChanges(pg_conn* connection, qint64 since, int limit);

// The first change of the collection's log, as text: it tells this collection's log from that of
// any collection made at the same address before or after it. Empty while the log is empty.
Result<QString> changeLogIdentity(ServerCollection& collection);

// Waits until no other transaction is writing records and keeps every other writer waiting until the
// caller's transaction (ServerCollection::transact) ends: every change committed before is in the log
// from the next statement on, and no other is committed before the caller's own.
Status holdChangeLog(ServerCollection& collection);

// The sequence number of the last change committed to the collection; 0 when there is none yet. A
// form reads it on the same snapshot as the record it shows (ServerCollection::readSnapshot): its
// copy of the record dates from there.
Result<qint64> lastChangeSequence(ServerCollection& collection);

// Someone else's changes to a record since a form read it.
struct RecordConflict
{
    // The last of them; latest.removes() when the record is gone.
    RecordChange latest;
    // Everyone who changed it since, in the order they first did.
    QStringList changedBy;
    int changes = 0;
};

// Whether the record `key` of `table` was changed or deleted in a transaction committed after `since`
// (lastChangeSequence when the form read it), and by whom and when; nothing when it was not.
// Call it inside ServerCollection::transact before writing the record: it waits for the change-log
// lock first, which no other writer gets before this transaction ends, so nobody can commit a change
// to the record between this answer and the caller's own write.
Result<std::optional<RecordConflict>> conflictSince(ServerCollection& collection, const QString& table,
                                                    const QString& key, qint64 since);

} // namespace Spyline
