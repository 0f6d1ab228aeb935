#pragma once

// A statement on a collection file as the backend-neutral interface, private to the store.
#ifndef SPYLINE_STORE_INTERNALS
#error "SqliteSqlStatement.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "store/SqlStatement.h"
#include "store/SqliteStatement.h"

struct sqlite3;

namespace Spyline {

// SqliteStatement seen through SqlStatement, so that code written once (the copy of a collection)
// runs on a file as on a server. It passes every call on unchanged.
class SqliteSqlStatement final : public SqlStatement
{
public:
    Status prepare(sqlite3* db, const QString& sql)
    {
        return m_statement.prepare(db, sql);
    }
    Status exec(const QVariantList& values = {}) override
    {
        return m_statement.exec(values);
    }
    bool next() override
    {
        return m_statement.next();
    }
    QVariant value(int column) const override
    {
        return m_statement.value(column);
    }
    int columnCount() const override
    {
        return m_statement.columnCount();
    }
    int numRowsAffected() const override
    {
        return m_statement.numRowsAffected();
    }
    bool failed() const override
    {
        return m_statement.failed();
    }
    QString error() const override
    {
        return m_statement.error();
    }

private:
    SqliteStatement m_statement;
};

} // namespace Spyline
