#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace Spyline {

class Store;

// For bulk writes inside one transaction (import, generation): the triggers that keep derived
// data in step row by row (the full-text index, the cases' date spans) are taken away while the
// rows go in; then the new rows are indexed and the spans computed in one statement each, and
// the triggers put back exactly as they were. Row by row, a trigger writing to an FTS5 table
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

private:
    struct Trigger
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
    QList<Trigger> m_triggers;
    qint64 m_lastEvent = 0;
    bool m_active = false;
};

} // namespace Spyline
