#pragma once

#include "records/Result.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <memory>

namespace Spyline {

class ServerSync;
class WorkingCopy;

// The collection a command works on: a file, or a collection on a PostgreSQL server reached through a
// working copy (WorkingCopy.h) whose every transaction is committed on the server first (ServerSync.h).
// The command's code is the same for both: it reads and writes store().
class CommandCollection
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CommandCollection)

public:
    CommandCollection();
    CommandCollection(const CommandCollection&) = delete;
    CommandCollection& operator=(const CommandCollection&) = delete;
    ~CommandCollection();

    // Opens the file or the server collection at `db`; a file that does not exist is refused with
    // the command that makes one.
    Status open(const QString& db, Store::Access access = Store::Access::ReadWrite);
    Store& store()
    {
        return m_store;
    }
    bool onServer() const
    {
        return m_copy != nullptr;
    }
    // After the last change: the file made whole by itself (see Store::checkpoint); a server's
    // changes are committed already.
    Status finish();

private:
    QString m_db;
    std::shared_ptr<WorkingCopy> m_copy;
    Store m_store;
    // Declared last: it lets go of the store before the store closes, as the store does of the copy.
    std::unique_ptr<ServerSync> m_sync;
};

} // namespace Spyline
