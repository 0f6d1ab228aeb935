#pragma once

#include "store/RecordSet.h"

namespace Spyline {

class Store;

// One record of the other collection and what merging does with it.
struct MergeItem
{
    enum class Kind : quint8
    {
        Actor,
        Source,
        Case,
        Event,
        Link,
    };
    enum class Match : quint8
    {
        New, // nothing like it here: added
        Same, // the same record, nothing differs
        Differs, // the same record, some fields differ
        Close, // perhaps the same record: listed for review
    };
    enum class Choice : quint8
    {
        KeepMine, // the record here stays as it is (a close match: taken as the same record)
        TakeTheirs, // the record here takes the other's fields
        KeepBoth, // the other's record is added beside it
    };
    struct Field
    {
        QString name; // "status"
        QString mine;
        QString theirs;
    };

    Kind kind = Kind::Case;
    Match match = Match::New;
    Choice choice = Choice::KeepBoth;
    Id theirs = 0; // the record's id in the other collection
    Id mine = 0; // the record here it matches, 0 when new
    QString label; // "case \"Zeng: ...\""
    QString reason; // why it matches: "same reference \"Z-1\""
    QList<Field> fields; // what differs (Differs), or what tells it apart (Close)
    Id caseOf = 0; // for an event: its case in the other collection

    bool needsReview() const
    {
        return match == Match::Differs || match == Match::Close;
    }
    // "add", "same", "differs", "close match"
    QString matchText() const;
    QString choiceText() const;
};

// What merging the other collection would do, record by record; choices can be changed before it
// is applied. Roles and citations go with their case or event; a tie that is there already is not
// added again.
struct MergePlan
{
    QString theirName; // the other collection's file name
    QString theirPath;
    RecordSet mine; // what the collection held when the plan was made
    RecordSet theirs; // the other collection, whole
    QList<MergeItem> items;

    struct Counts
    {
        int added = 0;
        int same = 0;
        int differs = 0;
        int close = 0;
    };
    Counts counts(MergeItem::Kind kind) const;
    Counts counts() const;
    // Roles and citations of the other collection that would be added to records here.
    int newTies = 0;
    // "adds 3 cases, 12 events ...; 104 cases the same; 6 differ; 2 close matches"
    QString summary() const;
    // One line per record that would be added, differs or matches closely, with its fields.
    QStringList lines() const;
    // Whether merging would change nothing.
    bool changesNothing() const;
};

// Reads both collections and matches the other's records against this one's: the same reference,
// source address, case title and disclosure date, or actor name and country make the same record;
// close matches (the same title disclosed on another date, the same name in another country or
// under an alias, an address that differs only in its scheme or a final slash) are listed for
// review and, unless chosen otherwise, added beside. Differences keep this collection's values
// unless chosen otherwise. Neither collection is changed.
Result<MergePlan> planMerge(Store& mine, Store& theirs);

// Everything of a collection as records, in id order.
Result<RecordSet> readCollection(Store& store);

// Whether two paths name the same file (after links, and hard links on systems that have them).
bool isSameFile(const QString& a, const QString& b);

} // namespace Spyline
