#include "store/ChangeLog.h"

#include "store/PostgresConnection.h"
#include "store/ServerCollection.h"

#include <QByteArray>
#include <QCoreApplication>

#include <libpq-fe.h>

#include <memory>

namespace Spyline {

namespace {

struct ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ChangeLog)
};

struct ResultDeleter
{
    void operator()(pg_result* result) const
    {
        PQclear(result);
    }
};
using ResultPointer = std::unique_ptr<pg_result, ResultDeleter>;

constexpr const char* ChangeColumns =
    "sequence, record_table, record_key, operation, changed_by, (extract(epoch FROM changed_at) * 1000)::bigint";

// Runs `sql` with its values as text, the result whole.
Result<ResultPointer> query(pg_conn* connection, const QByteArray& sql, const QList<QByteArray>& values)
{
    if (!connection)
        return fail(ChangeLog::tr("no collection is open"));
    std::vector<const char*> pointers;
    for (const QByteArray& value : values)
        pointers.push_back(value.constData());
    ResultPointer result(
        PQexecParams(connection, sql.constData(), int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr, 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QByteArray state = result ? QByteArray(PQresultErrorField(result.get(), PG_DIAG_SQLSTATE)) : QByteArray();
        // undefined_table or undefined_function: a collection made before the change log
        if (state == "42P01" || state == "42883")
            return fail(ChangeLog::tr("the collection has no change log yet; it is added when the collection's owner "
                                      "opens it once with this version of Spyline"));
        return fail(PostgresConnection::describeFailure(connection, result.get()));
    }
    return result;
}

QString text(const pg_result* result, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

qint64 number(const pg_result* result, int row, int column)
{
    return QByteArray(PQgetvalue(result, row, column), PQgetlength(result, row, column)).toLongLong();
}

RecordChange::Operation operationOf(const QString& name)
{
    if (name == QStringLiteral("insert"))
        return RecordChange::Operation::Insert;
    if (name == QStringLiteral("delete"))
        return RecordChange::Operation::Delete;
    if (name == QStringLiteral("truncate"))
        return RecordChange::Operation::Truncate;
    return RecordChange::Operation::Update;
}

// The rows of a query that selected ChangeColumns.
RecordChanges changesOf(const pg_result* result)
{
    RecordChanges changes;
    const int rows = PQntuples(result);
    changes.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        RecordChange change;
        change.sequence = number(result, row, 0);
        change.table = text(result, row, 1);
        change.key = text(result, row, 2);
        change.operation = operationOf(text(result, row, 3));
        change.changedBy = text(result, row, 4);
        change.changedAt = QDateTime::fromMSecsSinceEpoch(number(result, row, 5), Qt::UTC);
        changes.append(change);
    }
    return changes;
}

} // namespace

Result<RecordChanges> readChanges(pg_conn* connection, qint64 since, int limit)
{
    auto result = query(connection,
                        QByteArray("SELECT ") + ChangeColumns
                            + " FROM spyline_changes WHERE sequence > $1 ORDER BY sequence LIMIT $2",
                        {QByteArray::number(since), QByteArray::number(limit)});
    if (!result)
        return fail(result.error());
    return changesOf(result->get());
}

Result<qint64> lastChangeSequence(ServerCollection& collection)
{
    auto result = query(collection.connection().handle(), "SELECT coalesce(max(sequence), 0) FROM spyline_changes", {});
    if (!result)
        return fail(result.error());
    return PQntuples(result->get()) > 0 ? number(result->get(), 0, 0) : qint64(0);
}

Result<QString> changeLogIdentity(ServerCollection& collection)
{
    auto result =
        query(collection.connection().handle(),
              "SELECT sequence::text || '@' || changed_at::text FROM spyline_changes ORDER BY sequence LIMIT 1", {});
    if (!result)
        return fail(result.error());
    return PQntuples(result->get()) > 0 ? text(result->get(), 0, 0) : QString();
}

Status holdChangeLog(ServerCollection& collection)
{
    auto held = query(collection.connection().handle(), "SELECT spyline_hold_change_log()", {});
    return held ? Status() : held.status();
}

Result<std::optional<RecordConflict>> conflictSince(ServerCollection& collection, const QString& table,
                                                    const QString& key, qint64 since)
{
    pg_conn* connection = collection.connection().handle();
    // Everyone who writes records waits for this lock; once it is ours, every earlier writer has
    // committed (and this statement's successor sees it), and no later one can before we end.
    if (Status held = holdChangeLog(collection); !held)
        return fail(held.error());
    auto result = query(connection,
                        QByteArray("SELECT ") + ChangeColumns
                            + " FROM spyline_changes WHERE sequence > $1 AND record_table = $2 "
                              "AND (record_key = $3 OR operation = 'truncate') ORDER BY sequence",
                        {QByteArray::number(since), table.toUtf8(), key.toUtf8()});
    if (!result)
        return fail(result.error());
    const RecordChanges changes = changesOf(result->get());
    if (changes.isEmpty())
        return std::optional<RecordConflict>();
    RecordConflict conflict;
    conflict.latest = changes.last();
    conflict.changes = int(changes.size());
    for (const RecordChange& change : changes) {
        if (!conflict.changedBy.contains(change.changedBy))
            conflict.changedBy.append(change.changedBy);
    }
    return std::optional<RecordConflict>(conflict);
}

} // namespace Spyline
