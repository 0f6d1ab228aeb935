#include "merge/Provenance.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct Provenance
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::Provenance)
};

} // namespace

QString originKindKey(MergeItem::Kind kind)
{
    switch (kind) {
    case MergeItem::Kind::Actor:
        return QStringLiteral("actor");
    case MergeItem::Kind::Source:
        return QStringLiteral("source");
    case MergeItem::Kind::Case:
        return QStringLiteral("case");
    case MergeItem::Kind::Event:
        return QStringLiteral("event");
    case MergeItem::Kind::Link:
        return QStringLiteral("link");
    }
    return {};
}

Result<QList<RecordOrigin>> originsOf(Store& store, MergeItem::Kind kind, Id id)
{
    auto query = runQuery(store,
                          QStringLiteral("SELECT o.collection, o.path, o.merged_at, r.their_id, r.action "
                                         "FROM merged_records r JOIN merge_origins o ON o.id = r.origin_id "
                                         "WHERE r.kind = ? AND r.record_id = ? ORDER BY o.id"),
                          {originKindKey(kind), id});
    if (!query)
        return fail(Provenance::tr("where the record came from could not be read: %1").arg(query.error()));
    QList<RecordOrigin> origins;
    while (query->next()) {
        origins.append(RecordOrigin {query->value(0).toString(), query->value(1).toString(),
                                     QDateTime::fromString(query->value(2).toString(), Qt::ISODate),
                                     query->value(3).toLongLong(), query->value(4).toString() == u"added"});
    }
    return origins;
}

Result<Id> addMergeOrigin(Store& store, const QString& collection, const QString& path, const QDateTime& when,
                          Id wanted)
{
    auto query = runQuery(
        store, QStringLiteral("INSERT INTO merge_origins (id, collection, path, merged_at) VALUES (?, ?, ?, ?)"),
        {wanted > 0 ? QVariant(wanted) : QVariant(QMetaType(QMetaType::LongLong)), collection, path,
         when.toUTC().toString(Qt::ISODate)});
    if (!query)
        return fail(Provenance::tr("the merge from %1 could not be noted: %2").arg(collection, query.error()));
    return query->lastInsertId();
}

Status noteRecordOrigin(Store& store, Id origin, MergeItem::Kind kind, Id record, Id theirId, bool added)
{
    auto query = runQuery(
        store,
        QStringLiteral("INSERT OR REPLACE INTO merged_records (kind, record_id, origin_id, their_id, "
                       "action) VALUES (?, ?, ?, ?, ?)"),
        {originKindKey(kind), record, origin, theirId, added ? QStringLiteral("added") : QStringLiteral("updated")});
    if (!query)
        return fail(Provenance::tr("where %1 %2 came from could not be noted: %3")
                        .arg(originKindKey(kind))
                        .arg(record)
                        .arg(query.error()));
    return {};
}

Status removeMergeOrigin(Store& store, Id origin)
{
    for (const QString& sql : {QStringLiteral("DELETE FROM merged_records WHERE origin_id = ?"),
                               QStringLiteral("DELETE FROM merge_origins WHERE id = ?")}) {
        auto query = runQuery(store, sql, {origin});
        if (!query)
            return fail(Provenance::tr("the merge could not be taken back: %1").arg(query.error()));
    }
    return {};
}

} // namespace Spyline
