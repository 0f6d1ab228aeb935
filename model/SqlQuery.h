#pragma once

#include "Records.h"
#include "Result.h"

#include <QSqlQuery>
#include <QVariant>

namespace Spyline {

// Prepares `sql`, binds `values` in order and runs it: SQL never holds text from a record.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// Runs a prepared query with new values.
Status rerun(QSqlQuery& query, const QVariantList& values);

// NULL for "none": id 0, an empty country code, a null date.
QVariant nullableId(Id id);
QVariant nullableText(const QString& text);
Id idFrom(const QVariant& value);

// A store failure in words for people: constraint failures are explained, not quoted.
QString describeSqlError(const QSqlQuery& query);

} // namespace Spyline
