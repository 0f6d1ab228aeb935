#include "EditingController.h"

#include "ActorDialog.h"
#include "CaseDialog.h"
#include "EventDialog.h"
#include "LinkDialog.h"
#include "ModalDialog.h"
#include "PeopleDialog.h"
#include "ServerConflictDialog.h"
#include "SourceDialog.h"
#include "TeamSession.h"
#include "editing/CollectionEditor.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/RecordSet.h"
#include "store/ServerSync.h"
#include "store/SourceRepository.h"
#include "store/Store.h"

#include <QMessageBox>

#include <algorithm>

namespace Spyline {

EditingController::EditingController(ViewState* viewState, QWidget* window)
    : QObject(window)
    , m_viewState(viewState)
    , m_window(window)
{
}

void EditingController::setCollection(Store* store, CollectionEditor* editor)
{
    // The list belongs to the collection it shows.
    delete m_people;
    m_store = store;
    m_editor = editor;
}

void EditingController::setTeam(TeamSession* team)
{
    m_team = team;
}

namespace {

void warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    runModal(box);
}

} // namespace

std::function<Result<RecordSet>(const RecordSet&, const RecordSet&)>
EditingController::saver(const QString& description)
{
    CollectionEditor* editor = m_editor;
    QWidget* window = m_window;
    QPointer<TeamSession> team = m_team;
    // What the form shows dates from now.
    const qint64 seenAt = team ? team->syncedTo() : 0;
    return [editor, description, window, team, seenAt](const RecordSet& before,
                                                       const RecordSet& after) -> Result<RecordSet> {
        ServerSync* sync = team ? team->sync() : nullptr;
        if (sync)
            sync->setNextChangeSeenAt(seenAt);
        auto saved = editor->change(description, before, after);
        if (saved || !sync || sync->lastConflicts().isEmpty())
            return saved;
        const QList<SyncConflict> conflicts = sync->lastConflicts();
        // Someone else took the numbers this change gave its new records: once their changes are in,
        // the change takes new ones.
        if (std::all_of(conflicts.cbegin(), conflicts.cend(), [](const SyncConflict& c) { return c.sameNumber; })) {
            team->pull();
            sync->setNextChangeSeenAt(seenAt);
            return editor->change(description, before, after);
        }
        ServerConflictDialog dialog(saved.error(), conflicts, window);
        if (runModal(dialog) != ServerConflictDialog::KeepMine) {
            team->pull();
            return fail(EditingController::tr("Not saved: the server keeps the other version, which the window shows "
                                              "now. Cancel closes the form."));
        }
        QList<RecordKey> records;
        for (const SyncConflict& conflict : conflicts)
            records.append(conflict.record);
        sync->overwriteOnNextChange(records);
        sync->setNextChangeSeenAt(seenAt);
        return editor->change(description, before, after);
    };
}

void EditingController::newCase()
{
    if (!m_editor)
        return;
    CaseDialog dialog(*m_store, saver(tr("New case")), m_window);
    if (runModal(dialog) == QDialog::Accepted) {
        m_viewState->selectCases({dialog.savedCaseId()});
        Q_EMIT message(tr("Case added. Undo with Ctrl+Z."));
    }
}

void EditingController::newStatement()
{
    if (!m_editor)
        return;
    EventDialog dialog(*m_store, saver(tr("New statement")), m_window);
    dialog.prepare(EventKind::Statement, 0);
    if (runModal(dialog) == QDialog::Accepted && !dialog.saved().events.isEmpty())
        m_viewState->pick(RecordRef {RecordRef::Kind::Event, dialog.saved().events.first().id});
}

void EditingController::newActor()
{
    if (!m_editor)
        return;
    ActorDialog dialog(*m_store, saver(tr("New person or organisation")), m_window);
    runModal(dialog);
}

void EditingController::newSource()
{
    if (!m_editor)
        return;
    SourceDialog dialog(*m_store, saver(tr("New source")), m_window);
    runModal(dialog);
}

void EditingController::showPeople()
{
    if (!m_editor)
        return;
    if (!m_people) {
        m_people = new PeopleDialog(*m_store, *m_editor, m_window);
        m_people->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_people->show();
    m_people->raise();
    m_people->activateWindow();
}

RecordRef EditingController::currentOrCase() const
{
    if (!m_viewState->current().isNull())
        return m_viewState->current();
    if (m_viewState->currentCase() != 0)
        return RecordRef {RecordRef::Kind::Case, m_viewState->currentCase()};
    return {};
}

void EditingController::editCurrent()
{
    edit(currentOrCase());
}

void EditingController::edit(const RecordRef& record)
{
    if (!m_editor || record.isNull())
        return;
    Status loaded;
    switch (record.kind) {
    case RecordRef::Kind::Case: {
        CaseDialog dialog(*m_store, saver(tr("Edit case")), m_window);
        loaded = dialog.loadCase(record.id);
        if (loaded)
            runModal(dialog);
        break;
    }
    case RecordRef::Kind::Event: {
        EventDialog dialog(*m_store, saver(tr("Edit event")), m_window);
        loaded = dialog.loadEvent(record.id);
        if (loaded)
            runModal(dialog);
        break;
    }
    case RecordRef::Kind::Actor: {
        ActorDialog dialog(*m_store, saver(tr("Edit person or organisation")), m_window);
        loaded = dialog.loadActor(record.id);
        if (loaded)
            runModal(dialog);
        break;
    }
    case RecordRef::Kind::Source: {
        SourceDialog dialog(*m_store, saver(tr("Edit source")), m_window);
        loaded = dialog.loadSource(record.id);
        if (loaded)
            runModal(dialog);
        break;
    }
    case RecordRef::Kind::None:
        break;
    }
    if (!loaded)
        warn(m_window, tr("Cannot Edit"), loaded.error());
}

void EditingController::removeCurrent()
{
    remove(currentOrCase());
}

bool EditingController::confirmRemoval(const RecordRef& record)
{
    QString question;
    switch (record.kind) {
    case RecordRef::Kind::Case: {
        auto snapshot = snapshotCase(*m_store, record.id);
        if (!snapshot)
            return false;
        question = tr("Delete the case \"%1\" with its %2 event(s), %3 role(s), %4 citation(s) and %5 link(s)?")
                       .arg(snapshot->before.cases.first().title)
                       .arg(snapshot->before.events.size())
                       .arg(snapshot->before.roles.size())
                       .arg(snapshot->before.citations.size())
                       .arg(snapshot->before.links.size());
        break;
    }
    case RecordRef::Kind::Event: {
        auto event = EventRepository(*m_store).get(record.id);
        question = tr("Delete the event \"%1\" with its citations and links?").arg(event ? event->title : QString());
        break;
    }
    case RecordRef::Kind::Actor: {
        auto actor = ActorRepository(*m_store).get(record.id);
        question = tr("Delete \"%1\"?").arg(actor ? actor->name : QString());
        break;
    }
    case RecordRef::Kind::Source: {
        auto source = SourceRepository(*m_store).get(record.id);
        question = tr("Delete the source %1 with its citations?").arg(source ? source->url : QString());
        break;
    }
    case RecordRef::Kind::None:
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete"), question + u'\n' + tr("You can undo this."),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("confirmDeleteMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    runModal(box);
    return box.buttonRole(box.clickedButton()) == QMessageBox::DestructiveRole;
}

void EditingController::remove(const RecordRef& record)
{
    if (!m_editor || record.isNull() || !confirmRemoval(record))
        return;
    Status removed;
    switch (record.kind) {
    case RecordRef::Kind::Case:
        removed = m_editor->removeCase(record.id);
        break;
    case RecordRef::Kind::Event:
        removed = m_editor->removeEvent(record.id);
        break;
    case RecordRef::Kind::Actor:
        removed = m_editor->removeActor(record.id);
        break;
    case RecordRef::Kind::Source:
        removed = m_editor->removeSource(record.id);
        break;
    case RecordRef::Kind::None:
        return;
    }
    if (!removed) {
        warn(m_window, tr("Cannot Delete"), removed.error());
        return;
    }
    if (record.kind == RecordRef::Kind::Case)
        m_viewState->clearSelection();
    Q_EMIT message(tr("Deleted. Undo with Ctrl+Z."));
}

void EditingController::linkCurrent()
{
    if (!m_store)
        return;
    const RecordRef current = m_viewState->current();
    if (current.kind == RecordRef::Kind::Event) {
        auto event = EventRepository(*m_store).get(current.id);
        if (event && event->kind == EventKind::Announcement) {
            link(current.id);
            return;
        }
    }
    if (const Id caseId = m_viewState->currentCase(); caseId != 0) {
        for (const Event& event : EventRepository(*m_store).eventsOfCase(caseId).value_or({})) {
            if (event.kind == EventKind::Announcement) {
                link(event.id);
                return;
            }
        }
    }
    warn(m_window, tr("Link to a Preceding Statement"),
         tr("Select a case with an announcement, or the announcement itself, to link it to the statement it "
            "followed."));
}

void EditingController::link(Id announcementId)
{
    if (!m_editor)
        return;
    LinkDialog dialog(*m_store, saver(tr("Link to statement")), m_statementWindowDays, m_window);
    if (Status loaded = dialog.loadAnnouncement(announcementId); !loaded) {
        warn(m_window, tr("Cannot Link"), loaded.error());
        return;
    }
    if (runModal(dialog) == QDialog::Accepted)
        Q_EMIT message(tr("Linked. Undo with Ctrl+Z."));
}

} // namespace Spyline
