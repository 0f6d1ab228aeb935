#include "editing/CollectionEditor.h"

#include "store/ActorMerge.h"
#include "store/Store.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace Spyline {

// A step of the editor's history. An undo or redo of it that fails changes nothing (its transaction
// rolls back); the step then stays where it was in the history (CollectionEditor::reportFailure),
// and the stack's move back over it runs nothing.
class EditorCommand : public QUndoCommand
{
protected:
    EditorCommand(CollectionEditor& editor, const QString& text)
        : QUndoCommand(text)
        , m_editor(editor)
    {
    }
    // Whether this undo or redo is the stack moving back over a step that failed.
    bool isStepBack()
    {
        return std::exchange(m_stepBack, false);
    }
    void replayFailed(const QString& message, bool undoing)
    {
        m_editor.reportFailure(message, undoing, m_stepBack);
    }

    CollectionEditor& m_editor;

private:
    bool m_stepBack = false;
};

// One undo step: the collection goes from `before` to `after` on redo and back on undo.
class ChangeRecordsCommand : public EditorCommand
{
public:
    ChangeRecordsCommand(CollectionEditor& editor, const QString& text, RecordSet before, RecordSet after,
                         CollectionEditor::Companion companion)
        : EditorCommand(editor, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_companion(std::move(companion))
    {
    }

    void redo() override
    {
        if (isStepBack())
            return;
        // The first redo stores new records; `after` then holds their ids, so later redos put
        // them back under the same ids and later steps that refer to them stay valid.
        if (!m_first)
            m_editor.aboutToReplay();
        Store& store = m_editor.store();
        m_status = store.transact([&]() -> Status {
            RecordSet after = m_after;
            if (Status s = applyChange(store, m_before, after); !s)
                return s;
            if (m_companion) {
                if (Status s = m_companion(store, after, true); !s)
                    return s;
            }
            m_after = std::move(after);
            return {};
        });
        if (m_first) {
            m_first = false;
            // A change that fails when made never enters the history; push() drops it.
            setObsolete(!m_status);
            m_editor.m_pushed = m_status ? Result<RecordSet>(m_after) : Result<RecordSet>(fail(m_status.error()));
        } else if (!m_status) {
            replayFailed(m_status.error(), false);
        }
    }

    void undo() override
    {
        if (isStepBack())
            return;
        m_editor.aboutToReplay();
        Store& store = m_editor.store();
        m_status = store.transact([&]() -> Status {
            if (m_companion) {
                if (Status s = m_companion(store, m_after, false); !s)
                    return s;
            }
            RecordSet before = m_before;
            return applyChange(store, m_after, before);
        });
        if (!m_status)
            replayFailed(m_status.error(), true);
    }

private:
    RecordSet m_before;
    RecordSet m_after;
    CollectionEditor::Companion m_companion;
    Status m_status;
    bool m_first = true;
};

// An import, made before the step was recorded: undo removes what it stored, redo imports again.
class ImportCommand : public EditorCommand
{
public:
    ImportCommand(CollectionEditor& editor, const QString& text, QList<Id> before, RecordSet changedBefore,
                  RecordSet changedAfter, std::function<Status(Store&)> reimport)
        : EditorCommand(editor, text)
        , m_before(std::move(before))
        , m_changedBefore(std::move(changedBefore))
        , m_changedAfter(std::move(changedAfter))
        , m_reimport(std::move(reimport))
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (isStepBack())
            return;
        m_editor.aboutToReplay();
        if (Status s = m_reimport(m_editor.store()); !s)
            replayFailed(s.error(), false);
    }

    void undo() override
    {
        if (isStepBack())
            return;
        m_editor.aboutToReplay();
        Store& store = m_editor.store();
        Status s = store.transact([&]() -> Status {
            if (Status removed = removeRecordsAfter(store, m_before); !removed)
                return removed;
            if (m_changedBefore.isEmpty())
                return {};
            RecordSet before = m_changedBefore;
            return applyChange(store, m_changedAfter, before);
        });
        if (!s)
            replayFailed(s.error(), true);
    }

private:
    QList<Id> m_before;
    RecordSet m_changedBefore;
    RecordSet m_changedAfter;
    std::function<Status(Store&)> m_reimport;
    bool m_first = true;
};

CollectionEditor::CollectionEditor(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
{
}

CollectionEditor::~CollectionEditor() = default;

void CollectionEditor::reportFailure(const QString& message, bool undoing, bool& stepBack)
{
    // The step's transaction rolled back, so the collection is as it was, but the stack has moved
    // past the step all the same. It is moved back once this step has returned (the stack cannot be
    // changed from inside one of its own commands), without running the step again: the history
    // stays whole and true. Should the stack have moved on meanwhile, it can no longer be trusted.
    stepBack = true;
    const int stepped = m_undoStack->index() + (undoing ? -1 : 1);
    QTimer::singleShot(0, m_undoStack, [stack = m_undoStack, undoing, stepped] {
        if (stack->index() != stepped)
            stack->clear();
        else if (undoing)
            stack->redo();
        else
            stack->undo();
    });
    Q_EMIT failed(tr("%1. Nothing was changed.").arg(message));
}

Result<RecordSet> CollectionEditor::change(const QString& description, const RecordSet& before, const RecordSet& after)
{
    return change(description, before, after, {});
}

Result<RecordSet> CollectionEditor::change(const QString& description, const RecordSet& before, const RecordSet& after,
                                           Companion companion)
{
    m_pushed = fail(tr("the change was not made"));
    m_undoStack->push(new ChangeRecordsCommand(*this, description, before, after, std::move(companion)));
    return m_pushed;
}

Status CollectionEditor::mergeActors(Id keep, Id other)
{
    auto plan = planActorMerge(m_store, keep, other);
    if (!plan)
        return plan.status();
    auto merged = change(tr("Merge \"%1\" into \"%2\"").arg(plan->otherName, plan->keptName), plan->before, plan->after,
                         plan->companion());
    return merged ? Status() : Status(fail(merged.error()));
}

void CollectionEditor::recordImport(const QString& description, const QList<Id>& before,
                                    std::function<Status(Store&)> reimport)
{
    m_undoStack->push(new ImportCommand(*this, description, before, {}, {}, std::move(reimport)));
}

void CollectionEditor::recordImport(const QString& description, const QList<Id>& before, const RecordSet& changedBefore,
                                    const RecordSet& changedAfter, std::function<Status(Store&)> reimport)
{
    m_undoStack->push(new ImportCommand(*this, description, before, changedBefore, changedAfter, std::move(reimport)));
}

Result<RecordSet> CollectionEditor::add(const QString& description, const RecordSet& records)
{
    return change(description, {}, records);
}

Status CollectionEditor::remove(const QString& description, const Snapshot& snapshot)
{
    auto result = change(description, snapshot.before, snapshot.after);
    return result ? Status() : Status(fail(result.error()));
}

Status CollectionEditor::removeCase(Id caseId)
{
    auto snapshot = snapshotCase(m_store, caseId);
    if (!snapshot)
        return snapshot.status();
    return remove(tr("Delete case \"%1\"").arg(snapshot->before.cases.first().title), *snapshot);
}

Status CollectionEditor::removeEvent(Id eventId)
{
    auto snapshot = snapshotEvent(m_store, eventId);
    if (!snapshot)
        return snapshot.status();
    return remove(tr("Delete event \"%1\"").arg(snapshot->before.events.first().title), *snapshot);
}

Status CollectionEditor::removeActor(Id actorId)
{
    auto snapshot = snapshotActor(m_store, actorId);
    if (!snapshot)
        return snapshot.status();
    return remove(tr("Delete actor \"%1\"").arg(snapshot->before.actors.first().name), *snapshot);
}

Status CollectionEditor::removeSource(Id sourceId)
{
    auto snapshot = snapshotSource(m_store, sourceId);
    if (!snapshot)
        return snapshot.status();
    return remove(tr("Delete source \"%1\"").arg(snapshot->before.sources.first().url), *snapshot);
}

Status CollectionEditor::removeLink(Id linkId)
{
    auto snapshot = snapshotLink(m_store, linkId);
    if (!snapshot)
        return snapshot.status();
    return remove(tr("Delete link"), *snapshot);
}

} // namespace Spyline
