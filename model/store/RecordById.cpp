#include "store/RecordById.h"

#include "store/Store.h"
#include "store/StoreAccess.h"

namespace Spyline {

namespace {

// Runs a change of one row: prepared, bound by `bind`, run; the failure in the repository's words.
Status changeRow(Store& store, const QByteArray& sql, const std::function<void(SqliteStatement&)>& bind,
                 Changes changes, const WriteMessages& messages)
{
    SqliteStatement statement;
    Status s = statement.prepare(connectionOf(store), sql.constData());
    if (s) {
        bind(statement);
        s = statement.run();
    }
    if (!s) {
        const QString reason = describeSqlError(s.error());
        return fail(messages.notWritten ? messages.notWritten(reason) : reason);
    }
    // Rows the statement itself changed, not those its triggers and foreign keys did.
    if (statement.changes() != 1 && messages.gone)
        return fail(messages.gone());
    store.noteChange(changes);
    return {};
}

} // namespace

Status updateRow(Store& store, const RecordColumns& table, Id id, const ColumnBinder& bindColumns, Changes changes,
                 const WriteMessages& messages)
{
    return store.transact([&]() -> Status {
        return changeRow(
            store, table.updateSql(), [&](SqliteStatement& statement) { statement.bind(bindColumns(statement), id); },
            changes, messages);
    });
}

Status removeById(Store& store, const RecordColumns& table, Id id, Changes changes, const WriteMessages& messages,
                  const std::function<Status()>& mayRemove)
{
    return store.transact([&]() -> Status {
        if (mayRemove) {
            if (Status s = mayRemove(); !s)
                return s;
        }
        return changeRow(
            store, table.removeSql(), [&](SqliteStatement& statement) { statement.bind(1, id); }, changes, messages);
    });
}

} // namespace Spyline
