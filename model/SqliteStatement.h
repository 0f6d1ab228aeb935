#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Spyline {

// A prepared statement on the store's own connection, for the bulk paths (import, generation,
// loading a million events) where Qt SQL's per-value QVariant costs more than the work itself.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    ~SqliteStatement();

    Status prepare(sqlite3* db, const char* sql);
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
    // NULL for an empty text or a zero id.
    void bindOptional(int index, const QString& text);
    void bindOptional(int index, qint64 id);

    // Runs to the next row: true with a row, false when done or failed (see error()).
    bool step();
    // Runs a statement that returns no rows and makes it ready for new values.
    Status run();
    void reset();
    bool failed() const
    {
        return m_failed;
    }
    QString error() const;

    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    // The column's UTF-8 bytes, valid until the next step(): for passes that look values up
    // without making a string of each.
    QByteArrayView columnBytes(int column) const;
    qint64 lastInsertId() const;
    int changes() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_failed = false;
};

} // namespace Spyline
