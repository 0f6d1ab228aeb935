#pragma once

// A collection on a PostgreSQL server, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "ServerCollection.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Result.h"
#include "store/PostgresConnection.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Spyline {

// One collection in a PostgreSQL database: its schema made, checked and brought up to date from
// the same migrations as a file's (SchemaMigrations.h), its version kept in the table
// spyline_collection (PostgreSQL has no user_version), a newer schema refused as a newer file is.
class ServerCollection
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ServerCollection)

public:
    enum class Access
    {
        ReadWrite,
        // For commands that only read (dump, copy from): nothing is written, not even an upgrade.
        Read,
    };

    // Makes a new, empty collection in the database at `address`, which must hold no tables yet.
    Status create(const QString& address);
    // Opens the collection in the database at `address`; anything that is not one is refused.
    Status open(const QString& address, Access access = Access::ReadWrite);
    // Opens the collection at `address`, or makes one where the database is still empty.
    Status openOrCreate(const QString& address);
    void close();
    bool isOpen() const
    {
        return m_connection.isOpen();
    }
    // Read-only when opened with Access::Read, or when the role it was opened as may only read (a
    // standby server, or no right to change the records: see ServerPrivileges.h).
    bool isReadOnly() const
    {
        return m_readOnly;
    }
    // Why it is read-only, in words naming the role; empty when it is not.
    QString readOnlyReason() const
    {
        return m_readOnlyReason;
    }
    // The server additions (SchemaMigrations.h) this build knows and the collection lacks, in words
    // (what works without them, and who can add them); empty when it has them all.
    QString missingAdditions() const;
    bool hasChangeLog() const
    {
        return m_additions >= 1;
    }
    // Checks, without writing anything, that the role `address` logs in as may write a collection
    // there: change the one it holds, or make one in an empty database. The reason in words when not.
    Status checkWritable(const QString& address);
    QString address() const
    {
        return m_connection.address();
    }
    PostgresConnection& connection()
    {
        return m_connection;
    }

    // Runs `work` in one transaction and commits when it succeeds; rolls everything back when not.
    Status transact(const std::function<Status()>& work);
    // Runs `work` on one consistent view of the collection (a read-only, repeatable-read transaction),
    // whatever others commit meanwhile.
    Status readSnapshot(const std::function<Status()>& work);

    // The schema version the open collection is at.
    int schemaVersion() const
    {
        return m_version;
    }

private:
    enum class Found
    {
        NoTables,
        Collection,
        OtherTables,
    };
    Result<Found> lookAround(QStringList* otherTables);
    Status migrate(int fromVersion);
    Status makeAdditions(int schema);
    Result<int> readAdditions();
    Status syncCountries();

    PostgresConnection m_connection;
    bool m_readOnly = false;
    int m_version = 0;
    int m_additions = 0;
    QString m_readOnlyReason;
    bool m_ownsCollection = false;
};

} // namespace Spyline
