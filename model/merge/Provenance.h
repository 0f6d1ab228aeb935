#pragma once

#include "merge/CollectionMerge.h"

#include <QDateTime>

namespace Spyline {

class Store;

// Where a merged record came from: the collection it was merged from, when, and its id there.
struct RecordOrigin
{
    QString collection; // the other collection's file name
    QString path;
    QDateTime mergedAt;
    Id theirId = 0;
    bool added = true; // false: a record here that took the other's values
};

// "actor", "source", "case", "event", "link": the kind as the collection stores it.
QString originKindKey(MergeItem::Kind kind);

// The collections a record was merged from, oldest first.
Result<QList<RecordOrigin>> originsOf(Store& store, MergeItem::Kind kind, Id id);
// Notes a merge from `collection`; a wanted id > 0 restores the same row on redo.
Result<Id> addMergeOrigin(Store& store, const QString& collection, const QString& path, const QDateTime& when,
                          Id wanted = 0);
Status noteRecordOrigin(Store& store, Id origin, MergeItem::Kind kind, Id record, Id theirId, bool added);
// Forgets a merge and every record's note of it.
Status removeMergeOrigin(Store& store, Id origin);

} // namespace Spyline
