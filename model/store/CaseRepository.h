#pragma once

#include "records/Records.h"

#include <QCoreApplication>

namespace Spyline {

class Store;

// A case's dates as its events give them (Julian days; 0 when the case has no such event).
struct CaseSpan
{
    DayNumber firstDay = 0;
    DayNumber lastDay = 0;
    DayNumber disclosedDay = 0; // the first day its first announcement can mean
    DayNumber disclosedTo = 0; // ... and the last
};

// Cases and the roles actors play in them.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CaseRepository)

public:
    explicit CaseRepository(Store& store);

    // Stores a new case and returns its id; a case with an id set is restored under that id.
    Result<Id> insert(const Case& record);
    Status update(const Case& record);
    // Removes the case with its roles, events, citations and the links of its events.
    Status remove(Id id);

    Result<Case> get(Id id) const;
    // The case's title alone, for a label.
    Result<QString> title(Id id) const;
    Result<CaseSpan> span(Id id) const;
    Result<int> count() const;

    Result<Id> addRole(const Role& role);
    Status removeRole(Id roleId);
    // The case's roles, suspects first.
    Result<QList<Role>> roles(Id caseId) const;
    // The ids of cases where this actor has this role, such as the suspect's cases.
    Result<QList<Id>> casesWithRole(Id actorId, RoleKind role) const;

    // The sectors cases name, each once and in alphabetical order: for completion.
    Result<QStringList> sectorsInUse() const;
    // The countries cases name as target or accused, each once (codes, in no particular order).
    Result<QStringList> countriesInUse() const;

private:
    Store& m_store;
};

} // namespace Spyline
