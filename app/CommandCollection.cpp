#include "CommandCollection.h"

#include "store/ServerAddress.h"
#include "store/ServerSync.h"
#include "store/WorkingCopy.h"

#include <QFileInfo>

namespace Spyline {

CommandCollection::CommandCollection() = default;

CommandCollection::~CommandCollection() = default;

Status CommandCollection::open(const QString& db, Store::Access access)
{
    m_db = db;
    if (!isServerAddress(db)) {
        if (!QFileInfo::exists(db))
            return fail(tr("%1 does not exist; create it first with: spyline init --db %1").arg(db));
        return m_store.open(db, access);
    }
    WorkingCopy::Request request;
    request.address = db;
    WorkingCopy::Problem problem;
    m_copy = WorkingCopy::take(request, &problem);
    if (!m_copy)
        return fail(problem.message);
    const bool writes = access == Store::Access::ReadWrite;
    if (Status s = m_store.open(m_copy->path(), writes ? Store::Access::ReadWrite : Store::Access::Read); !s)
        return s;
    if (!writes)
        return {};
    m_sync = std::make_unique<ServerSync>(m_copy->path(), m_copy->changeSequence());
    if (Status s = m_sync->connect(db); !s)
        return s;
    if (m_sync->isReadOnly())
        return fail(tr("%1 may only be read: %2").arg(serverAddressForDisplay(db), m_sync->readOnlyReason()));
    return m_sync->track(m_store);
}

Status CommandCollection::finish()
{
    return m_copy ? Status() : m_store.checkpoint();
}

} // namespace Spyline
