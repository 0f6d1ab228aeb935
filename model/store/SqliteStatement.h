#pragma once

// The store's statement wrapper, private to the store: views and app ask the repositories and the
// model's functions instead (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "SqliteStatement.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Records.h"
#include "records/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Spyline {

class Store;

// A prepared statement on the store's connection: the one way model/ runs SQL. Two ways to use it:
// typed binds and columns (bind, step, columnInt, columnBytes) for the bulk paths (import,
// generation, loading a million events) where a QVariant per value costs more than the work
// itself; and values as QVariants (runQuery, next, value) for the many small queries.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    ~SqliteStatement();

    // For a statement run many times (kept prepared by SQLite as such).
    Status prepare(sqlite3* db, const char* sql);
    // For a statement run once or a few times; one statement only.
    Status prepare(sqlite3* db, const QString& sql);
    bool isPrepared() const
    {
        return m_statement != nullptr;
    }

    // Parameters count from 1, as in SQLite.
    void bind(int index, const QString& text);
    void bind(int index, qint64 value);
    void bind(int index, int value)
    {
        bind(index, static_cast<qint64>(value));
    }
    void bindNull(int index);
    // Text exactly as given, not cleaned as record text is: a file name.
    void bindVerbatim(int index, const QString& text);
    // UTF-8 bytes exactly as given (the caller knows them clean), copied by SQLite: for bulk copies.
    void bindUtf8(int index, QByteArrayView utf8);
    void bindReal(int index, double value);
    // NULL for an empty text or a zero id.
    void bindOptional(int index, const QString& text);
    void bindOptional(int index, qint64 id);
    // A value as Qt SQL would bind it: a variant without a value (nullableId, nullableText) as NULL,
    // a text as text ('' for a null QString), numbers as numbers, bytes as a blob.
    void bindValue(int index, const QVariant& value);

    // Runs to the next row: true with a row, false when done or failed (see failed(), error()).
    bool step();
    // Runs a statement that returns no rows and makes it ready for new values.
    Status run();
    // Binds `values` from 1 and runs to the first row (if any): a statement that returns no rows is
    // done, one that does waits for next(). Run again with new values as often as needed.
    Status exec(const QVariantList& values = {});
    // After exec(): moves to the next row (the first, the first time); false when there is none.
    bool next();
    // Ends a statement before its last row, so that it holds no read lock.
    void finish();
    void reset();
    bool failed() const
    {
        return m_failed;
    }
    QString error() const;
    // The connection's extended result code for the last failure.
    int errorCode() const;

    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    // The column's UTF-8 bytes, valid until the next step(): for passes that look values up
    // without making a string of each.
    QByteArrayView columnBytes(int column) const;
    // A column as Qt SQL gives it: a whole number as qint64, a real as double, text as QString,
    // a blob as QByteArray, NULL as a QString-typed variant without a value.
    QVariant value(int column) const;
    int columnCount() const;

    qint64 lastInsertId() const;
    int changes() const;
    // How many rows the last exec() changed.
    int numRowsAffected() const
    {
        return m_rowsAffected;
    }

private:
    enum class State
    {
        Ready,
        RowWaiting, // exec() stepped onto the first row; next() hands it out
        OnRow,
        Done,
    };

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_failed = false;
    State m_state = State::Ready;
    int m_rowsAffected = 0;
};

// Prepares `sql` on the store's connection, binds `values` in order and runs it to its first row:
// SQL never holds text from a record. The failure is in words for people.
Result<SqliteStatement> runQuery(const Store& store, const QString& sql, const QVariantList& values = {});
// Runs a statement again with new values.
Status rerun(SqliteStatement& statement, const QVariantList& values);

// NULL for "none": id 0, an empty country code, a null date.
QVariant nullableId(Id id);
QVariant nullableText(const QString& text);
Id idFrom(const QVariant& value);

// A store failure in words for people: constraint failures are explained, not quoted.
QString describeSqlError(const QString& databaseText);
// A failure in words for people from SQLite's result code: the cause first (a full disk is not a
// damaged collection), SQLite's message where it helps.
QString describeSqliteFailure(int code, const QString& message);
// Runs a script of statements without values (schema changes, pragmas, transactions).
Status runScript(sqlite3* db, const QString& script);

} // namespace Spyline
