#pragma once

// The statement interface both backends implement, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "SqlStatement.h is private to the store (model/): ask a repository or a model function instead"
#endif

#include "records/Result.h"

#include <QVariant>

namespace Spyline {

// A prepared statement on either backend, as the repositories' small queries use it: SQL with `?`
// placeholders, values bound in order as QVariants (whole numbers as qint64, reals as double, text
// as QString, a variant without a value as NULL), rows read back as QVariants of the same types.
// SqliteStatement and PostgresStatement implement it; code written against it runs on both.
class SqlStatement
{
public:
    virtual ~SqlStatement() = default;

    // Binds `values` to the placeholders in order and runs the statement to its first row (if any).
    // Run again with new values as often as needed.
    virtual Status exec(const QVariantList& values = {}) = 0;
    // Moves to the next row (the first, the first time); false when there is none.
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    virtual int columnCount() const = 0;
    // How many rows the last exec() changed.
    virtual int numRowsAffected() const = 0;
    virtual bool failed() const = 0;
    virtual QString error() const = 0;

protected:
    SqlStatement() = default;
    SqlStatement(const SqlStatement&) = default;
    SqlStatement& operator=(const SqlStatement&) = default;
    SqlStatement(SqlStatement&&) = default;
    SqlStatement& operator=(SqlStatement&&) = default;
};

} // namespace Spyline
