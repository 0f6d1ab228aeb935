#pragma once

#include "store/RecordSet.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace Spyline {

class Store;

// Every change a person makes goes through here: one transaction and one undo step each, deletes
// included. Undo and redo put back exactly what was there, under the same ids.
class CollectionEditor : public QObject
{
    Q_OBJECT
public:
    explicit CollectionEditor(Store& store, QObject* parent = nullptr);
    ~CollectionEditor() override;

    QUndoStack* undoStack() const
    {
        return m_undoStack;
    }
    Store& store() const
    {
        return m_store;
    }

    // Adds new records (negative ids tie them together); returns them with their stored ids.
    Result<RecordSet> add(const QString& description, const RecordSet& records);
    // Replaces what `before` holds with `after` (records matched by kind and id).
    Result<RecordSet> change(const QString& description, const RecordSet& before, const RecordSet& after);
    // Deletes what the snapshot holds, cutting the ties it lists.
    Status remove(const QString& description, const Snapshot& snapshot);

    // What goes with a change besides records (see ChangeCompanion).
    using Companion = ChangeCompanion;
    Result<RecordSet> change(const QString& description, const RecordSet& before, const RecordSet& after,
                             Companion companion);

    // Merges actor `other` into `keep` as one undo step: the other's names become aliases and
    // every role, act, station and graph position of it moves to `keep` (see ActorMerge.h).
    Status mergeActors(Id keep, Id other);

    // Records an import another connection has made as one undo step: undo removes every record
    // stored after `before` (see idMarks), redo runs `reimport` on this collection.
    void recordImport(const QString& description, const QList<Id>& before, std::function<Status(Store&)> reimport);
    // The same for an import that also changed stored records (a sheet imported again): undo
    // also brings those back from `changedAfter` to `changedBefore`.
    void recordImport(const QString& description, const QList<Id>& before, const RecordSet& changedBefore,
                      const RecordSet& changedAfter, std::function<Status(Store&)> reimport);
    // The highest id of every table, in the order undoing an import removes them (importMarks).
    static Result<QList<Id>> idMarks(Store& store)
    {
        return importMarks(store);
    }

    // Called just before an undo or a redo changes the collection (a collection kept in step with a
    // server treats those differently from new changes: see ServerSync::setNextChangeIsUndo).
    void setBeforeReplay(std::function<void()> call)
    {
        m_beforeReplay = std::move(call);
    }

    Status removeCase(Id caseId);
    Status removeEvent(Id eventId);
    Status removeActor(Id actorId);
    Status removeSource(Id sourceId);
    Status removeLink(Id linkId);

Q_SIGNALS:
    // An undo or redo could not be carried out (another program holds the collection, someone on the
    // server built on the change): the collection is as it was before that step, and the step stays
    // where it was in the undo history.
    void failed(const QString& message);

private:
    friend class EditorCommand;
    friend class ChangeRecordsCommand;
    friend class ImportCommand;
    void reportFailure(const QString& message, bool undoing, bool& stepBack);
    void aboutToReplay() const
    {
        if (m_beforeReplay)
            m_beforeReplay();
    }

    Store& m_store;
    QUndoStack* m_undoStack;
    Result<RecordSet> m_pushed = RecordSet();
    std::function<void()> m_beforeReplay;
};

} // namespace Spyline
