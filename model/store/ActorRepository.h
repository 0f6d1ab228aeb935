#pragma once

#include "records/Records.h"

#include <QCoreApplication>
#include <QHash>

namespace Spyline {

class Store;

// Persons and organisations, agencies and their stations included.
class ActorRepository
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ActorRepository)

public:
    explicit ActorRepository(Store& store);

    // Stores a new actor and returns its id; an actor with an id set is restored under that id.
    Result<Id> insert(const Actor& actor);
    Status update(const Actor& actor);
    // Refused while the actor has a role in a case.
    Status remove(Id id);

    Result<Actor> get(Id id) const;
    Result<QList<Actor>> all() const;
    // The actor with this name (case-insensitive) and country, or 0. Same name and country: same actor.
    Result<Id> find(const QString& name, const QString& country) const;
    // How many roles each actor with any has in cases.
    Result<QHash<Id, int>> roleCounts() const;
    // The cases where this actor plays any part, each once, by id.
    Result<QList<Id>> casesOf(Id actorId) const;
    // Agencies that play a part in a case or have stations of their own, by name (at most `limit`):
    // the agencies worth filtering by.
    Result<QList<Actor>> agenciesWithRoles(int limit) const;
    // Names for completion, most used first.
    Result<QStringList> names(std::optional<ActorKind> kind = std::nullopt) const;

private:
    Store& m_store;
};

} // namespace Spyline
