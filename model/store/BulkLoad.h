#pragma once

#include "records/Result.h"

#include <QList>
#include <QString>

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
    explicit BulkLoad(Store& store);
    // Call inside the transaction, before the rows go in.
    Status begin();
    // Call inside the same transaction, after the rows went in.
    Status finish();
    // Whether the collection held no record when the load began: then nothing but the load's own
    // rows can match a lookup.
    bool startedEmpty() const
    {
        return m_startedEmpty;
    }

private:
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
