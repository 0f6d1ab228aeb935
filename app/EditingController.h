#pragma once

#include "records/Result.h"
#include "records/ViewState.h"
#include "store/RecordSet.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Spyline {

class CollectionEditor;
class PeopleDialog;
class Store;
class TeamSession;

// Opens the right form for what is picked and saves through the editor: new, edit, delete and
// link, each one undoable step. Deletes ask first and say what goes with the record.
class EditingController : public QObject
{
    Q_OBJECT
public:
    EditingController(ViewState* viewState, QWidget* window);

    void setCollection(Store* store, CollectionEditor* editor);
    // The team collection the window shows, or null for a file: forms saved there see others' changes.
    void setTeam(TeamSession* team);
    void setStatementWindowDays(int days)
    {
        m_statementWindowDays = days;
    }
    int statementWindowDays() const
    {
        return m_statementWindowDays;
    }

public Q_SLOTS:
    void newCase();
    void newStatement();
    void newActor();
    void newSource();
    // Opens (or brings to the front) the list of people and organisations.
    void showPeople();
    void edit(const Spyline::RecordRef& record);
    void editCurrent();
    void removeCurrent();
    void remove(const Spyline::RecordRef& record);
    void linkCurrent();
    void link(Spyline::Id announcementId);

public:
    // The record picked last in any view, else the selected case.
    RecordRef currentOrCase() const;

Q_SIGNALS:
    void message(const QString& text);

private:
    bool confirmRemoval(const RecordRef& record);
    // The save function every form gets: one undoable step named after what it does. On a team
    // collection, a change to records others changed since the form opened shows both versions and
    // lets the person choose.
    std::function<Result<RecordSet>(const RecordSet&, const RecordSet&)> saver(const QString& description);

    ViewState* m_viewState;
    QWidget* m_window;
    Store* m_store = nullptr;
    CollectionEditor* m_editor = nullptr;
    QPointer<TeamSession> m_team;
    int m_statementWindowDays = 60;
    QPointer<PeopleDialog> m_people;
};

} // namespace Spyline
