#include "SqlQuery.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Spyline {

namespace {
// tr() for the functions here, which belong to no class.
struct SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SqlQuery)
};

// Qt SQL binds a null QString as SQL NULL. Text columns say "nothing" with '', and NULL is asked
// for explicitly (nullableText), so a null QString that is not itself a NULL marker binds as ''.
QVariant bindable(const QVariant& value)
{
    if (value.isNull() || value.metaType() != QMetaType::fromType<QString>())
        return value;
    const QString text = value.toString();
    if (text.isNull())
        return QVariant(QStringLiteral(""));
    return QVariant(normaliseText(text));
}

} // namespace

QString describeSqlError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QStringLiteral("database is locked")) || text.contains(QStringLiteral("database is busy")))
        return SqlQuery::tr("the collection is busy: another program is writing to it; try again");
    if (text.contains(QStringLiteral("FOREIGN KEY constraint failed")))
        return SqlQuery::tr("it refers to a record that does not exist, or it is still used by other records");
    if (text.contains(QStringLiteral("readonly database")))
        return SqlQuery::tr("the collection is read-only");
    return text;
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(describeSqlError(query));
    for (const auto& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return fail(describeSqlError(query));
    return query;
}

Status rerun(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
    if (!query.exec())
        return fail(describeSqlError(query));
    return {};
}

QVariant nullableId(Id id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Id idFrom(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace Spyline
