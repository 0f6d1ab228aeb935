#pragma once

#include "transfer/sheet/SheetImport.h"

#include "store/RecordWriter.h"

#include <QCoreApplication>
#include <QSet>

namespace Spyline {

// What the writers of case, statement and link sheets share: finding what the collection holds
// already (actors by name and country, sources by address, records by reference) so that
// nothing is stored twice, and filling in or updating it with what the sheet adds. Changes to
// stored records are kept in the report, as they were and as they became, for undo.
class SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SheetWriter)

public:
    SheetWriter(Store& store, const ImportMap& map, SheetImportReport& report);
    virtual ~SheetWriter();

protected:
    enum class Outcome
    {
        Added,
        Updated,
        Unchanged,
    };

    void problem(ImportProblem::Kind kind, int line, const QString& message, const QString& column = {});
    // The sheet's column a field comes from, as problems name it: "Outcome (status)".
    QString columnOf(const QString& field) const;
    void error(int line, const QString& message)
    {
        problem(ImportProblem::Kind::Error, line, message);
    }
    void warning(int line, const QString& message)
    {
        problem(ImportProblem::Kind::Warning, line, message);
    }

    // The stored actor with this name and country, or a new one; what the collection lacks about
    // it (native name, birth date, part of) is filled in, and what it says otherwise is kept.
    Result<Id> actor(int line, const QString& name, const QString& country, ActorKind kind,
                     const QString& nativeName = {}, const PartialDate& born = {}, Id partOf = 0);
    // The stored source at this address, or a new one; 0 when no address is given.
    Result<Id> source(const SourceValues& values);
    // Cites the source for the case or the event, unless it is cited already.
    Status cite(Id sourceId, Id caseId, Id eventId);
    // Gives the actor the role in the case unless it has it; a note the sheet gives is kept.
    Result<Outcome> role(Id caseId, Id actorId, RoleKind kind, const QString& note);

    Result<std::optional<Case>> caseWithReference(const QString& reference);
    Result<std::optional<Event>> eventWithReference(const QString& reference);
    struct Put
    {
        Id id = 0;
        Outcome outcome = Outcome::Added;
        QStringList changed; // the fields an update changed
    };
    // Adds the event, or, when one with its reference is stored, sets what the sheet gives.
    Result<Put> putEvent(const Event& event);
    Result<Outcome> putCase(const Case& sheet, const std::optional<Case>& stored, Id* id, QStringList* changed);

    Store& m_store;
    const ImportMap& m_map;
    RecordWriter m_writer;
    SheetImportReport& m_report;

private:
    QHash<QString, Id> m_actors; // case-folded name + country -> id
    QHash<QString, Id> m_sources; // url -> id
    // Written by this import already: a later row of the sheet adds to them but does not overwrite.
    QHash<QString, Id> m_eventsWritten; // reference -> id
    QSet<QString> m_rolesWritten;
};

// Sets in `stored` every field `sheet` gives and names the fields that changed.
QStringList mergeCase(Case& stored, const Case& sheet);
QStringList mergeEvent(Event& stored, const Event& sheet);

} // namespace Spyline
