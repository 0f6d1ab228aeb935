#include "store/ActorMerge.h"

#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/RecordById.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct ActorMerge
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ActorMerge)
};

QString nodeOf(Id actorId)
{
    return QStringLiteral("actor:%1").arg(actorId);
}

void addAlias(QStringList& aliases, const QString& name, const QString& keptName)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(keptName, Qt::CaseInsensitive) == 0)
        return;
    for (const QString& alias : std::as_const(aliases)) {
        if (alias.compare(trimmed, Qt::CaseInsensitive) == 0)
            return;
    }
    aliases.append(trimmed);
}

Status putPositions(Store& store, const QList<ActorMergePlan::Position>& positions)
{
    for (const auto& position : positions) {
        auto query = runQuery(store,
                              QStringLiteral("INSERT INTO node_positions (layout, node, x, y) VALUES (?, ?, ?, ?) "
                                             "ON CONFLICT (layout, node) DO UPDATE SET x = excluded.x, y = excluded.y"),
                              {position.layout, position.node, position.point.x(), position.point.y()});
        if (!query)
            return fail(
                ActorMerge::tr("the graph position of %1 could not be saved: %2").arg(position.node, query.error()));
    }
    return {};
}

Status forgetPositions(Store& store, const QStringList& nodes)
{
    for (const QString& node : nodes) {
        auto query = runQuery(store, QStringLiteral("DELETE FROM node_positions WHERE node = ?"), {node});
        if (!query)
            return fail(ActorMerge::tr("the graph position of %1 could not be removed: %2").arg(node, query.error()));
    }
    return {};
}

} // namespace

Actor mergedActor(const Actor& keep, const Actor& other)
{
    Actor merged = keep;
    addAlias(merged.aliases, other.name, merged.name);
    if (merged.nativeName.isEmpty())
        merged.nativeName = other.nativeName;
    else
        addAlias(merged.aliases, other.nativeName, merged.nativeName);
    for (const QString& alias : other.aliases)
        addAlias(merged.aliases, alias, merged.name);
    if (merged.country.isEmpty())
        merged.country = other.country;
    if (merged.born.isNull())
        merged.born = other.born;
    if (merged.notes.trimmed().isEmpty())
        merged.notes = other.notes;
    else if (!other.notes.trimmed().isEmpty() && other.notes.trimmed() != merged.notes.trimmed())
        merged.notes = merged.notes.trimmed() + QStringLiteral("\n\n") + other.notes.trimmed();
    if (merged.partOf == other.id)
        merged.partOf = other.partOf == keep.id ? 0 : other.partOf;
    else if (merged.partOf == 0 && other.partOf != keep.id)
        merged.partOf = other.partOf;
    return merged;
}

Result<ActorMergePlan> planActorMerge(Store& store, Id keep, Id other)
{
    if (keep == other)
        return fail(ActorMerge::tr("an actor cannot be merged into itself; choose two different ones"));
    ActorRepository actors(store);
    auto kept = actors.get(keep);
    if (!kept)
        return fail(kept.error());
    auto gone = actors.get(other);
    if (!gone)
        return fail(gone.error());

    ActorMergePlan plan;
    plan.keep = keep;
    plan.other = other;
    plan.keptName = kept->name;
    plan.otherName = gone->name;
    plan.before.actors = {*kept, *gone};
    plan.after.actors = {mergedActor(*kept, *gone)};

    // Stations of the other become stations of the kept actor.
    auto stations =
        runQuery(store, QStringLiteral("SELECT id FROM actors WHERE part_of = ? AND id <> ?"), {other, keep});
    if (!stations)
        return fail(stations.error());
    QList<Id> stationIds;
    while (stations->next())
        stationIds.append(stations->value(0).toLongLong());
    for (Id id : std::as_const(stationIds)) {
        auto station = actors.get(id);
        if (!station)
            return fail(station.error());
        plan.before.actors.append(*station);
        station->partOf = keep;
        plan.after.actors.append(*station);
    }

    // Roles: moved, unless the kept actor has the same role in the same case already.
    auto roles = readRecords<Role>(runQuery(
        store, tableOf<Role>().selectSql() + QStringLiteral("WHERE actor_id IN (?, ?) ORDER BY id"), {keep, other}));
    if (!roles)
        return fail(roles.error());
    QList<Role> keptRoles;
    QList<Role> otherRoles;
    for (const Role& role : std::as_const(*roles))
        (role.actorId == keep ? keptRoles : otherRoles).append(role);
    for (const Role& role : std::as_const(otherRoles)) {
        plan.before.roles.append(role);
        auto same = std::find_if(keptRoles.begin(), keptRoles.end(), [&](const Role& mine) {
            return mine.caseId == role.caseId && mine.role == role.role;
        });
        if (same == keptRoles.end()) {
            Role moved = role;
            moved.actorId = keep;
            plan.after.roles.append(moved);
        } else if (same->note.isEmpty() && !role.note.isEmpty()) {
            // The kept role takes the note only the other's had.
            plan.before.roles.append(*same);
            same->note = role.note;
            plan.after.roles.append(*same);
        }
    }

    // Events the other acted in.
    auto acted = runQuery(store, QStringLiteral("SELECT id FROM events WHERE actor_id = ? ORDER BY id"), {other});
    if (!acted)
        return fail(acted.error());
    QList<Id> eventIds;
    while (acted->next())
        eventIds.append(acted->value(0).toLongLong());
    EventRepository events(store);
    for (Id id : std::as_const(eventIds)) {
        auto event = events.get(id);
        if (!event)
            return fail(event.error());
        plan.before.events.append(*event);
        event->actorId = keep;
        plan.after.events.append(*event);
    }

    auto positions =
        runQuery(store, QStringLiteral("SELECT layout, node, x, y FROM node_positions WHERE node IN (?, ?)"),
                 {nodeOf(keep), nodeOf(other)});
    if (!positions)
        return fail(positions.error());
    while (positions->next()) {
        plan.positionsBefore.append({positions->value(0).toString(), positions->value(1).toString(),
                                     QPointF(positions->value(2).toDouble(), positions->value(3).toDouble())});
    }
    return plan;
}

ChangeCompanion ActorMergePlan::companion() const
{
    const QList<Position> was = positionsBefore;
    const QString keptNode = nodeOf(keep);
    const QString otherNode = nodeOf(other);
    // Where the kept actor is drawn afterwards: where it was dragged to, else where the other was.
    QList<Position> becomes;
    for (const Position& position : was) {
        if (position.node == keptNode)
            becomes.append(position);
    }
    for (const Position& position : was) {
        if (position.node != otherNode)
            continue;
        const bool placed = std::any_of(becomes.cbegin(), becomes.cend(),
                                        [&](const Position& kept) { return kept.layout == position.layout; });
        if (!placed)
            becomes.append({position.layout, keptNode, position.point});
    }
    return [was, becomes, keptNode, otherNode](Store& store, const RecordSet&, bool redo) -> Status {
        if (Status s = forgetPositions(store, {keptNode, otherNode}); !s)
            return s;
        if (Status s = putPositions(store, redo ? becomes : was); !s)
            return s;
        store.noteChange(Change::Layout);
        return {};
    };
}

} // namespace Spyline
