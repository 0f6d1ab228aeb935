#pragma once

// What the role a server collection is opened as may do there, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "ServerPrivileges.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Result.h"

#include <QString>
#include <QStringList>

namespace Spyline {

class PostgresConnection;

// Every table of a collection that holds records, as the copy moves them.
QStringList serverRecordTables();

// The rights of the connection's role on the collection in its current schema, as PostgreSQL grants
// them (asked of the server, never found out by trying a write).
struct CollectionRights
{
    QString role;
    bool mayWrite = false;
    // Whether the role owns the collection's tables, and so may bring its schema up to date.
    bool ownsCollection = false;
    // Why the role may not write, in words naming it; empty when it may.
    QString readOnlyReason;
};

// Fails, naming the role and the table, when the role may not even read every record table.
Result<CollectionRights> collectionRights(PostgresConnection& connection);

// Whether the connection's role may make a new collection in the (empty) current schema; the reason
// in words, naming the role, when not.
Status checkMayCreateCollection(PostgresConnection& connection);

} // namespace Spyline
