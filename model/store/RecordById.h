#pragma once

// Reading, rewriting and deleting one record by its id, the same way for every kind; private to the
// store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "RecordById.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Changes.h"
#include "store/RecordColumns.h"
#include "store/SqliteStatement.h"

#include <functional>

namespace Spyline {

class Store;

// What a repository says when writing one of its records fails, in its own words (its own tr()).
struct WriteMessages
{
    // Given the store's reason: "the actor Seth could not be saved: REASON". The reason alone when empty.
    std::function<QString(const QString& reason)> notWritten;
    // "the actor 5 no longer exists". When empty, a record already gone is no failure.
    std::function<QString()> gone;
};

// The stored record with this id; `missing` says so when there is none.
template<typename Record>
Result<Record> getById(const Store& store, Id id, QString (*missing)(Id id))
{
    auto query = runQuery(store, tableOf<Record>().selectByIdSql(), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(missing(id));
    return readRecord<Record>(*query);
}

// The records a query of their table's read columns gives, in its order.
template<typename Record>
Result<QList<Record>> readRecords(Result<SqliteStatement> query)
{
    if (!query)
        return fail(query.error());
    QList<Record> records;
    while (query->next())
        records.append(readRecord<Record>(*query));
    return records;
}

// Binds the written columns of a record from the first parameter; returns the parameter after them.
using ColumnBinder = std::function<int(SqliteStatement& statement)>;
// Writes the columns over the stored record with this id, in a transaction that announces `changes`.
Status updateRow(Store& store, const RecordColumns& table, Id id, const ColumnBinder& bindColumns, Changes changes,
                 const WriteMessages& messages);

template<typename Record>
Status updateById(Store& store, const Record& record, Changes changes, const WriteMessages& messages)
{
    return updateRow(
        store, tableOf<Record>(), record.id,
        [&](SqliteStatement& statement) { return bindRecord(statement, 1, record); }, changes, messages);
}

// Deletes the record with this id (and what the schema deletes or cuts with it), in a transaction
// that announces `changes`. `mayRemove`, when given, runs first in the transaction and may refuse.
Status removeById(Store& store, const RecordColumns& table, Id id, Changes changes, const WriteMessages& messages,
                  const std::function<Status()>& mayRemove = {});

} // namespace Spyline
