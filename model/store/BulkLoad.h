#pragma once

#include "records/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace Spyline {

class Store;

// For bulk writes inside one transaction (import, generation): the triggers that keep derived
// data in step row by row (the full-text index, the cases' date spans) are taken away while the
// rows go in; then the new rows are indexed and the spans computed in one statement each, and
// the triggers put back exactly as they were. Into an empty collection the secondary indexes
// are dropped too and built once at the end. Row by row, a trigger writing to an FTS5 table
// makes every INSERT flush the index, which for a million rows is most of the time. If the
// transaction rolls back, the dropped triggers come back with it.
class BulkLoad
{
public:
    // Writes the rows; told whether the collection held no record when the load began (then nothing
    // but the load's own rows can match a lookup).
    using Load = std::function<Status(bool startedEmpty)>;
    // Runs `load` as one bulk write in one transaction of `store`: all of it or none. Once it is
    // done every view hears that everything changed.
    static Status run(Store& store, const Load& load);

private:
    explicit BulkLoad(Store& store);
    // Inside the transaction, before the rows go in.
    Status begin();
    // Inside the same transaction, after the rows went in.
    Status finish();
    struct SchemaObject
    {
        QString name;
        QString sql;
    };
    struct Indexed
    {
        QString table;
        QString columns;
        qint64 lastId = 0;
    };
    Store& m_store;
    QList<Indexed> m_indexed;
    Result<bool> isEmpty() const;
    Status dropSecondaryIndexes();

    QList<SchemaObject> m_triggers;
    QList<SchemaObject> m_indexes;
    qint64 m_lastEvent = 0;
    bool m_active = false;
    bool m_startedEmpty = false;
};

} // namespace Spyline
