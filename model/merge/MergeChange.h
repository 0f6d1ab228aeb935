#pragma once

#include "merge/CollectionMerge.h"
#include "store/RecordSet.h"

namespace Spyline {

// What a merge plan, with its choices, does to this collection, as one change of records:
// `before` holds the records here that it changes, `after` the same as they become plus every
// record it adds (new ids negative, tied together as RecordSet describes).
struct MergeChange
{
    RecordSet before;
    RecordSet after;
    // Where each record of `after` came from: its kind, its place in after's list of that kind,
    // its id in the other collection, and whether it was added or updated.
    struct Origin
    {
        MergeItem::Kind kind = MergeItem::Kind::Case;
        int index = 0;
        Id theirs = 0;
        bool added = true;
    };
    QList<Origin> origins;
    QString theirName;
    QString theirPath;
    // Roles and citations added to records that are here already.
    int newTies = 0;

    // Writes where the merged records came from once they are stored (redo), and takes it away
    // again (undo): for CollectionEditor::change.
    ChangeCompanion companion() const;
};

Result<MergeChange> mergeChange(const MergePlan& plan);

// Applies the plan in one transaction (all or nothing), recording where each record came from.
// Returns the change as stored.
Result<MergeChange> applyMerge(Store& store, const MergePlan& plan);

} // namespace Spyline
