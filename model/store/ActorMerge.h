#pragma once

#include "store/RecordSet.h"

#include <QPointF>

namespace Spyline {

class Store;

// Two records of one person or organisation ("KGB" and "NKVD / KGB") made one: the kept actor
// takes the other's name, native name and aliases as aliases and fills what it lacks from it;
// every role, act (events.actor_id), station (part_of) and dragged graph position of the other
// moves to the kept one, and the other is removed. A role the kept actor already has in the same
// case is not doubled. Citations belong to cases and events, which keep theirs.
struct ActorMergePlan
{
    QString keptName;
    QString otherName;
    RecordSet before;
    RecordSet after;
    // Dragged positions of both nodes per layout key ("relations"), before the merge.
    struct Position
    {
        QString layout;
        QString node;
        QPointF point;
    };
    QList<Position> positionsBefore;
    Id keep = 0;
    Id other = 0;

    // Moves the other's graph positions to the kept actor on redo and puts both back on undo.
    ChangeCompanion companion() const;
};

Result<ActorMergePlan> planActorMerge(Store& store, Id keep, Id other);

// The kept actor as it becomes: the other's names as aliases, its empty fields filled.
Actor mergedActor(const Actor& keep, const Actor& other);

} // namespace Spyline
