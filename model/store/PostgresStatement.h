#pragma once

// A statement on a PostgreSQL connection, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "PostgresStatement.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "store/SqlStatement.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct pg_result;

namespace Spyline {

class PostgresConnection;

// A statement written as for SQLite, with `?` placeholders, run on the server with PQexecParams:
// the placeholders are numbered $1, $2… (never inside quotes or comments) and the values always
// travel apart from the SQL. A result is read whole from the server; values come back as
// SqliteStatement gives them (whole numbers as qint64, reals as double, text as QString, NULL as
// a QString-typed variant without a value).
class PostgresStatement final : public SqlStatement
{
public:
    PostgresStatement(PostgresConnection& connection, const QString& sql);
    ~PostgresStatement() override;

    Status exec(const QVariantList& values = {}) override;
    bool next() override;
    QVariant value(int column) const override;
    int columnCount() const override;
    int numRowsAffected() const override
    {
        return m_rowsAffected;
    }
    bool failed() const override
    {
        return m_failed;
    }
    QString error() const override
    {
        return m_error;
    }
    int rowCount() const;

    // `sql` with each `?` outside quotes and comments numbered for the server ($1, $2…); `count`
    // receives how many there are.
    static QByteArray numberPlaceholders(const QString& sql, int* count);

private:
    struct ResultDeleter
    {
        void operator()(pg_result* result) const;
    };

    PostgresConnection* m_connection;
    QByteArray m_sql;
    int m_parameters = 0;
    std::unique_ptr<pg_result, ResultDeleter> m_result;
    int m_row = -1;
    int m_rowsAffected = 0;
    bool m_failed = false;
    QString m_error;
};

} // namespace Spyline
