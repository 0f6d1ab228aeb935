#include "merge/MergeChange.h"

#include "merge/Provenance.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <memory>

namespace Spyline {

namespace {

template<typename Record>
QHash<Id, const Record*> byId(const QList<Record>& records)
{
    QHash<Id, const Record*> index;
    for (const Record& record : records)
        index.insert(record.id, &record);
    return index;
}

class ChangeBuilder
{
public:
    ChangeBuilder(const MergePlan& plan, MergeChange& change)
        : m_plan(plan)
        , m_change(change)
        , m_mineActors(byId(plan.mine.actors))
        , m_mineSources(byId(plan.mine.sources))
        , m_mineCases(byId(plan.mine.cases))
        , m_mineEvents(byId(plan.mine.events))
        , m_mineLinks(byId(plan.mine.links))
        , m_theirActors(byId(plan.theirs.actors))
    {
        for (const MergeItem& item : plan.items)
            m_items[int(item.kind)].insert(item.theirs, &item);
        for (const Role& role : plan.mine.roles)
            m_roles.insert(roleKey(role.caseId, role.actorId, role.role));
        for (const Citation& citation : plan.mine.citations)
            m_citations.insert(citationKey(citation.sourceId, citation.caseId, citation.eventId));
        for (const Link& link : plan.mine.links)
            m_links.insert(linkKey(link.fromEvent, link.toEvent, link.relation));
    }

    void run()
    {
        actors();
        sources();
        cases();
        events();
        roles();
        citations();
        links();
    }

private:
    static QString roleKey(Id caseId, Id actorId, RoleKind role)
    {
        return QStringLiteral("%1:%2:%3").arg(caseId).arg(actorId).arg(toKey(role));
    }
    static QString citationKey(Id source, Id caseId, Id eventId)
    {
        return QStringLiteral("%1:%2:%3").arg(source).arg(caseId).arg(eventId);
    }
    static QString linkKey(Id from, Id to, LinkRelation relation)
    {
        return QStringLiteral("%1>%2:%3").arg(from).arg(to).arg(toKey(relation));
    }

    const MergeItem* item(MergeItem::Kind kind, Id theirs) const
    {
        return m_items[int(kind)].value(theirs);
    }

    // Whether their record goes in as a record of its own, else which record here stands for it.
    static bool adds(const MergeItem* item)
    {
        return !item || item->match == MergeItem::Match::New || item->choice == MergeItem::Choice::KeepBoth;
    }

    void origin(MergeItem::Kind kind, int index, Id theirs, bool added)
    {
        m_change.origins.append({kind, index, theirs, added});
    }

    void actors()
    {
        for (const Actor& actor : m_plan.theirs.actors) {
            const MergeItem* it = item(MergeItem::Kind::Actor, actor.id);
            if (adds(it)) {
                Actor added = actor;
                added.id = m_next--;
                m_actorIds.insert(actor.id, added.id);
                m_theirActorOfNew.insert(added.id, actor.id);
                origin(MergeItem::Kind::Actor, int(m_change.after.actors.size()), actor.id, true);
                m_change.after.actors.append(added);
                continue;
            }
            m_actorIds.insert(actor.id, it->mine);
            if (it->choice == MergeItem::Choice::TakeTheirs && it->match != MergeItem::Match::Same) {
                const Actor& mine = *m_mineActors.value(it->mine);
                Actor taken = actor;
                taken.id = mine.id;
                taken.partOf = mine.partOf;
                m_change.before.actors.append(mine);
                origin(MergeItem::Kind::Actor, int(m_change.after.actors.size()), actor.id, false);
                m_change.after.actors.append(taken);
            }
        }
        // Stations added with their agency, or tied to the agency here that stands for it.
        for (Actor& actor : m_change.after.actors) {
            if (actor.id < 0) {
                const Actor* theirs = m_theirActors.value(m_theirActorOfNew.value(actor.id));
                actor.partOf = theirs ? m_actorIds.value(theirs->partOf, 0) : 0;
            }
        }
    }

    void sources()
    {
        for (const Source& source : m_plan.theirs.sources) {
            const MergeItem* it = item(MergeItem::Kind::Source, source.id);
            // One address is one source: the same address is never added twice.
            const bool sameAddress = it && it->mine && m_mineSources.value(it->mine)->url == source.url;
            if (adds(it) && !sameAddress) {
                Source added = source;
                added.id = m_next--;
                m_sourceIds.insert(source.id, added.id);
                origin(MergeItem::Kind::Source, int(m_change.after.sources.size()), source.id, true);
                m_change.after.sources.append(added);
                continue;
            }
            m_sourceIds.insert(source.id, it->mine);
            if (it->choice == MergeItem::Choice::TakeTheirs && it->match != MergeItem::Match::Same) {
                Source taken = source;
                taken.id = it->mine;
                m_change.before.sources.append(*m_mineSources.value(it->mine));
                origin(MergeItem::Kind::Source, int(m_change.after.sources.size()), source.id, false);
                m_change.after.sources.append(taken);
            }
        }
    }

    void cases()
    {
        for (const Case& record : m_plan.theirs.cases) {
            const MergeItem* it = item(MergeItem::Kind::Case, record.id);
            if (adds(it)) {
                Case added = record;
                added.id = m_next--;
                // The reference stays with the case here; the one beside it would make it ambiguous.
                if (it && it->mine && m_mineCases.value(it->mine)->reference == record.reference)
                    added.reference.clear();
                m_caseIds.insert(record.id, added.id);
                origin(MergeItem::Kind::Case, int(m_change.after.cases.size()), record.id, true);
                m_change.after.cases.append(added);
                continue;
            }
            m_caseIds.insert(record.id, it->mine);
            if (it->choice == MergeItem::Choice::TakeTheirs && it->match != MergeItem::Match::Same) {
                Case taken = record;
                taken.id = it->mine;
                m_change.before.cases.append(*m_mineCases.value(it->mine));
                origin(MergeItem::Kind::Case, int(m_change.after.cases.size()), record.id, false);
                m_change.after.cases.append(taken);
            }
        }
    }

    void events()
    {
        for (const Event& event : m_plan.theirs.events) {
            const MergeItem* it = item(MergeItem::Kind::Event, event.id);
            const Id caseId = event.caseId ? m_caseIds.value(event.caseId, 0) : 0;
            // An event of a case that goes in as a case of its own goes in with it.
            if (adds(it) || caseId < 0) {
                Event added = event;
                added.id = m_next--;
                added.caseId = caseId;
                added.actorId = m_actorIds.value(event.actorId, 0);
                if (it && it->mine && m_mineEvents.value(it->mine)->reference == event.reference)
                    added.reference.clear();
                m_eventIds.insert(event.id, added.id);
                origin(MergeItem::Kind::Event, int(m_change.after.events.size()), event.id, true);
                m_change.after.events.append(added);
                continue;
            }
            m_eventIds.insert(event.id, it->mine);
            if (it->choice == MergeItem::Choice::TakeTheirs && it->match != MergeItem::Match::Same) {
                const Event& mine = *m_mineEvents.value(it->mine);
                Event taken = event;
                taken.id = mine.id;
                taken.caseId = mine.caseId;
                taken.actorId = m_actorIds.value(event.actorId, 0);
                m_change.before.events.append(mine);
                origin(MergeItem::Kind::Event, int(m_change.after.events.size()), event.id, false);
                m_change.after.events.append(taken);
            }
        }
    }

    void roles()
    {
        for (const Role& role : m_plan.theirs.roles) {
            const Id caseId = m_caseIds.value(role.caseId, 0);
            const Id actorId = m_actorIds.value(role.actorId, 0);
            if (!caseId || !actorId)
                continue;
            const QString key = roleKey(caseId, actorId, role.role);
            if (m_roles.contains(key))
                continue;
            m_roles.insert(key);
            m_change.after.roles.append(Role {0, caseId, actorId, role.role, role.note});
            if (caseId > 0)
                ++m_change.newTies;
        }
    }

    void citations()
    {
        for (const Citation& citation : m_plan.theirs.citations) {
            const Id sourceId = m_sourceIds.value(citation.sourceId, 0);
            const Id caseId = citation.caseId ? m_caseIds.value(citation.caseId, 0) : 0;
            const Id eventId = citation.eventId ? m_eventIds.value(citation.eventId, 0) : 0;
            if (!sourceId || (!caseId && !eventId))
                continue;
            const QString key = citationKey(sourceId, caseId, eventId);
            if (m_citations.contains(key))
                continue;
            m_citations.insert(key);
            m_change.after.citations.append(Citation {0, sourceId, caseId, eventId, citation.quote});
            if (caseId > 0 || eventId > 0)
                ++m_change.newTies;
        }
    }

    void links()
    {
        for (const Link& link : m_plan.theirs.links) {
            const MergeItem* it = item(MergeItem::Kind::Link, link.id);
            const Id from = m_eventIds.value(link.fromEvent, 0);
            const Id to = m_eventIds.value(link.toEvent, 0);
            const Id sourceId = link.sourceId ? m_sourceIds.value(link.sourceId, 0) : 0;
            if (!from || !to || from == to)
                continue;
            // A link between events added beside theirs here is added with them.
            if (it && it->mine && !adds(it) && from > 0 && to > 0) {
                if (it->choice == MergeItem::Choice::TakeTheirs && it->match != MergeItem::Match::Same) {
                    const Link& mine = *m_mineLinks.value(it->mine);
                    Link taken = mine;
                    taken.note = link.note;
                    taken.sourceId = sourceId ? sourceId : mine.sourceId;
                    m_change.before.links.append(mine);
                    origin(MergeItem::Kind::Link, int(m_change.after.links.size()), link.id, false);
                    m_change.after.links.append(taken);
                }
                continue;
            }
            const QString key = linkKey(from, to, link.relation);
            if (m_links.contains(key))
                continue;
            m_links.insert(key);
            origin(MergeItem::Kind::Link, int(m_change.after.links.size()), link.id, true);
            m_change.after.links.append(Link {0, from, to, link.relation, link.note, sourceId});
        }
    }

    const MergePlan& m_plan;
    MergeChange& m_change;
    Id m_next = -1;
    QHash<Id, const MergeItem*> m_items[5];
    QHash<Id, const Actor*> m_mineActors;
    QHash<Id, const Source*> m_mineSources;
    QHash<Id, const Case*> m_mineCases;
    QHash<Id, const Event*> m_mineEvents;
    QHash<Id, const Link*> m_mineLinks;
    QHash<Id, const Actor*> m_theirActors;
    // Their ids -> ids here (negative: added by this change).
    QHash<Id, Id> m_actorIds, m_sourceIds, m_caseIds, m_eventIds;
    QHash<Id, Id> m_theirActorOfNew;
    QSet<QString> m_roles, m_citations, m_links;
};

Id storedId(const RecordSet& after, const MergeChange::Origin& origin)
{
    switch (origin.kind) {
    case MergeItem::Kind::Actor:
        return after.actors.at(origin.index).id;
    case MergeItem::Kind::Source:
        return after.sources.at(origin.index).id;
    case MergeItem::Kind::Case:
        return after.cases.at(origin.index).id;
    case MergeItem::Kind::Event:
        return after.events.at(origin.index).id;
    case MergeItem::Kind::Link:
        return after.links.at(origin.index).id;
    }
    return 0;
}

Status noteOrigins(Store& store, const MergeChange& change, const RecordSet& after, const QDateTime& when, Id* origin)
{
    auto added = addMergeOrigin(store, change.theirName, change.theirPath, when, *origin);
    if (!added)
        return added.status();
    *origin = *added;
    for (const MergeChange::Origin& o : change.origins) {
        if (Status s = noteRecordOrigin(store, *origin, o.kind, storedId(after, o), o.theirs, o.added); !s)
            return s;
    }
    return {};
}

} // namespace

Result<MergeChange> mergeChange(const MergePlan& plan)
{
    MergeChange change;
    change.theirName = plan.theirName;
    change.theirPath = plan.theirPath;
    ChangeBuilder(plan, change).run();
    return change;
}

ChangeCompanion MergeChange::companion() const
{
    // The same origin row on every redo, so that the notes stay those of one merge.
    auto origin = std::make_shared<Id>(0);
    const QDateTime when = QDateTime::currentDateTimeUtc();
    const MergeChange change = *this;
    return [origin, when, change](Store& store, const RecordSet& stored, bool redo) -> Status {
        if (redo)
            return noteOrigins(store, change, stored, when, origin.get());
        return removeMergeOrigin(store, *origin);
    };
}

Result<MergeChange> applyMerge(Store& store, const MergePlan& plan)
{
    auto change = mergeChange(plan);
    if (!change)
        return change;
    Status s = store.transact([&]() -> Status {
        RecordSet after = change->after;
        if (Status applied = applyChange(store, change->before, after); !applied)
            return applied;
        Id origin = 0;
        if (Status noted = noteOrigins(store, *change, after, QDateTime::currentDateTimeUtc(), &origin); !noted)
            return noted;
        change->after = after;
        return {};
    });
    if (!s)
        return fail(s.error());
    return change;
}

} // namespace Spyline
