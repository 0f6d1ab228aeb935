#pragma once

#include "records/Records.h"

#include <QHash>
#include <QTableWidget>

namespace Spyline {

class Store;
class TypingDelegate;

// Resolves the actor names typed in a form to stored actors, or to new actors (negative ids)
// shared by every row that names them. Same name and country: the same actor.
class ActorResolver
{
public:
    explicit ActorResolver(Store& store);
    Result<Id> resolve(const QString& name, const QString& countryCode, ActorKind kindForNew);
    const QList<Actor>& newActors() const
    {
        return m_newActors;
    }

private:
    Store& m_store;
    QList<Actor> m_newActors;
    QHash<QString, Id> m_byKey;
};

// An editable table of a case's records. Cells are checked as they are typed: the editor and then
// the cell turn red with the reason as their tooltip, and problemNoticed() says it for the form's
// message line. problems() names every one by table, row and field; collect() refuses the first.
class RecordTable : public QTableWidget
{
    Q_OBJECT
public:
    struct Problem
    {
        int row = -1;
        int column = -1;
        QString message; // "Events, row 2, date: ..."
    };

    RecordTable(const QString& what, const QStringList& headers, QWidget* parent);

    int addRow();
    void removeSelectedRows();
    // The first problem in the table ("Events, row 2, date: ..."), or empty.
    QString firstProblem() const;
    QList<Problem> problems() const;
    // Why this text would be wrong in the cell, or empty; used while it is typed.
    virtual QString cellProblem(int row, int column, const QString& text) const;
    // An editor of the cell holds `text` now: marks the editor and says what is wrong with it.
    void checkTyping(QWidget* editor, int row, int column, const QString& text);

Q_SIGNALS:
    // The problem of the cell being typed or just changed ("Events, row 2, date: ..."); empty
    // when it is right.
    void problemNoticed(const QString& problem);

protected:
    QString text(int row, int column) const;
    QString key(int row, int column) const;
    Id rowId(int row) const;
    void setCell(int row, int column, const QString& text, const QString& key = {});
    void setRowId(int row, Id id);
    // Marks a cell wrong (or right, with an empty reason).
    void markCell(int row, int column, const QString& reason);
    virtual void checkRow(int row) = 0;
    Failure problemAt(int row, int column, const QString& reason) const;
    // Checks these columns as they are typed.
    void checkWhileTyping(const QList<std::pair<int, TypingDelegate*>>& delegates);

private:
    QString m_what;
};

class RolesTable : public RecordTable
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        KindColumn,
        CountryColumn,
        NoteColumn,
    };
    RolesTable(const QStringList& actorNames, QWidget* parent);
    void load(const QList<Role>& roles, const QHash<Id, Actor>& actors);
    Result<QList<Role>> collect(Id caseId, ActorResolver& actors) const;
    // The names of the suspects typed so far, for the duplicate check.
    QStringList suspectNames() const;
    QString cellProblem(int row, int column, const QString& text) const override;

protected:
    void checkRow(int row) override;
};

class EventsTable : public RecordTable
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        KindColumn,
        TitleColumn,
        CountryColumn,
        CityColumn,
        VenueColumn,
        ActorColumn,
        DescriptionColumn,
    };
    EventsTable(const QStringList& actorNames, QWidget* parent);
    void load(const QList<Event>& events, const QHash<Id, Actor>& actors);
    Result<QList<Event>> collect(Id caseId, ActorResolver& actors) const;
    // The date of the first announcement typed so far, for the duplicate check.
    PartialDate disclosureDate() const;
    QString cellProblem(int row, int column, const QString& text) const override;

protected:
    void checkRow(int row) override;

private:
    // Every problem of a row with `text` in `column`, by column: the event as the model checks it.
    QHash<int, QString> rowProblems(int row, int column, const QString& text) const;
};

class SourcesTable : public RecordTable
{
    Q_OBJECT
public:
    enum Column
    {
        UrlColumn,
        PublisherColumn,
        TitleColumn,
        PublishedColumn,
        GradeColumn,
        QuoteColumn,
    };
    SourcesTable(const QStringList& publishers, QWidget* parent);
    void load(const QList<Citation>& citations, const QHash<Id, Source>& sources);
    // Citations of the case; a source not yet in the collection comes back in newSources.
    Result<QList<Citation>> collect(Id caseId, Store& store, QList<Source>* newSources) const;
    QString cellProblem(int row, int column, const QString& text) const override;

protected:
    void checkRow(int row) override;
};

} // namespace Spyline
