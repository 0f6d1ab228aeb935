#include "graph/GraphDerivation.h"

#include <algorithm>

namespace Spyline {

namespace {

enum Tag : quint64
{
    ActorTag = 1,
    CaseTag = 2,
    EventTag = 3,
    VenueTag = 4,
};

quint64 packKey(Tag tag, Id id)
{
    return (quint64(tag) << 56) | quint64(id);
}

quint64 pairKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

GraphNodeKind nodeKindOf(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Person:
        return GraphNodeKind::Person;
    case ActorKind::Agency:
        return GraphNodeKind::Agency;
    case ActorKind::Organisation:
        return GraphNodeKind::Organisation;
    case ActorKind::Government:
        return GraphNodeKind::Government;
    case ActorKind::Media:
        return GraphNodeKind::Media;
    }
    return GraphNodeKind::Person;
}

} // namespace

GraphDerivation::GraphDerivation(const GraphRows& rows)
    : m_rows(rows)
{
}

void GraphDerivation::run()
{
    // About two ties a role and an event, one a link: reserved, so that a million-event
    // collection is not copied over while the list grows.
    m_edges.reserve(2 * m_rows.roles.size() + 2 * m_rows.events.size() + m_rows.links.size() + m_rows.venues.size());
    deriveCases();
    for (Id actor : m_rows.keptActors) {
        if (m_rows.actors.contains(actor))
            actorNode(actor);
    }
    deriveEvents();
    deriveStations();
    mergeEdges();
}

QString GraphDerivation::key(int node) const
{
    if (m_kinds[node] == GraphNodeKind::Venue) {
        const GraphRows::Place& place = m_rows.places[size_t(m_ids[node])];
        return graphVenueKey(place.country, place.city);
    }
    return graphNodeKey(m_kinds[node], m_ids[node]);
}

int GraphDerivation::indexOfKey(const QString& key) const
{
    const qsizetype colon = key.indexOf(u':');
    if (colon < 0)
        return -1;
    const QStringView kind = QStringView(key).left(colon);
    if (kind == u"venue")
        return m_venueIndex.value(key, -1);
    bool ok = false;
    const Id id = QStringView(key).mid(colon + 1).toLongLong(&ok);
    if (!ok)
        return -1;
    if (kind == u"actor")
        return m_index.value(packKey(ActorTag, id), -1);
    if (kind == u"case")
        return m_index.value(packKey(CaseTag, id), -1);
    if (kind == u"event")
        return m_index.value(packKey(EventTag, id), -1);
    return -1;
}

int GraphDerivation::indexOfActor(Id id) const
{
    return m_index.value(packKey(ActorTag, id), -1);
}

int GraphDerivation::indexOfCase(Id id) const
{
    return m_index.value(packKey(CaseTag, id), -1);
}

int GraphDerivation::node(quint64 key, GraphNodeKind kind, Id id)
{
    auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return *it;
    const int index = static_cast<int>(m_kinds.size());
    m_keys.push_back(key);
    m_kinds.push_back(kind);
    m_ids.push_back(id);
    m_index.insert(key, index);
    return index;
}

int GraphDerivation::actorNode(Id id)
{
    const auto row = m_rows.actors.constFind(id);
    return node(packKey(ActorTag, id), row == m_rows.actors.cend() ? GraphNodeKind::Person : nodeKindOf(row->kind), id);
}

bool GraphDerivation::isPerson(Id actor) const
{
    return m_rows.actors.value(actor).kind == ActorKind::Person;
}

int GraphDerivation::countryOf(Id actor) const
{
    return m_rows.actors.value(actor).country;
}

void GraphDerivation::edge(int from, int to, GraphEdgeKind kind, GraphCertainty certainty, Id detail)
{
    if (from == to)
        return;
    m_edges.push_back({from, to, static_cast<quint16>(graphEdgeBit(kind)), certainty});
    if (detail != 0)
        m_details.emplace_back(pairKey(from, to), detail);
}

void GraphDerivation::deriveCases()
{
    std::vector<const GraphRows::VenueRow*> venueOf(m_rows.cases.size(), nullptr);
    for (const auto& venue : m_rows.venues)
        venueOf[venue.caseIndex] = &venue;
    size_t role = 0;
    for (int c = 0; c < static_cast<int>(m_rows.cases.size()); ++c) {
        const size_t first = role;
        while (role < m_rows.roles.size() && m_rows.roles[role].caseIndex == c)
            ++role;
        deriveCase(c, first, role, venueOf[c]);
    }
}

void GraphDerivation::deriveCase(int caseIndex, size_t first, size_t last, const GraphRows::VenueRow* venue)
{
    const auto& row = m_rows.cases[caseIndex];
    const int caseNode = node(packKey(CaseTag, row.id), GraphNodeKind::Case, row.id);
    const GraphCertainty certainty = graphCertaintyOf(row.status);

    QList<Id> byRole[7];
    for (size_t r = first; r < last; ++r) {
        QList<Id>& list = byRole[static_cast<int>(m_rows.roles[r].role)];
        if (!list.contains(m_rows.roles[r].actorId))
            list.append(m_rows.roles[r].actorId);
    }
    const QList<Id>& suspects = byRole[static_cast<int>(RoleKind::Suspect)];
    const QList<Id>& handlers = byRole[static_cast<int>(RoleKind::Handler)];
    const QList<Id>& recruiters = byRole[static_cast<int>(RoleKind::Recruiter)];
    const QList<Id>& intermediaries = byRole[static_cast<int>(RoleKind::Intermediary)];
    const QList<Id>& agencies = byRole[static_cast<int>(RoleKind::SponsoringAgency)];
    const QList<Id>& employers = byRole[static_cast<int>(RoleKind::Employer)];
    const QList<Id>& authorities = byRole[static_cast<int>(RoleKind::DisclosingAuthority)];
    const auto persons = [&](const QList<Id>& actors) {
        QList<Id> result;
        for (Id actor : actors) {
            if (isPerson(actor))
                result.append(actor);
        }
        return result;
    };

    for (Id suspect : suspects) {
        const int s = actorNode(suspect);
        edge(s, caseNode, GraphEdgeKind::SuspectIn, certainty);
        for (Id recruiter : recruiters)
            edge(s, actorNode(recruiter), GraphEdgeKind::RecruitedBy, certainty);
        for (Id handler : handlers)
            edge(s, actorNode(handler), GraphEdgeKind::HandledBy, certainty);
    }
    // The intermediary introduced the recruiters (or, with none named, the suspect) to each other.
    for (Id intermediary : intermediaries) {
        for (Id introduced : recruiters.isEmpty() ? suspects : recruiters)
            edge(actorNode(introduced), actorNode(intermediary), GraphEdgeKind::IntroducedBy, certainty);
    }
    // A station rather than the agency it is part of: the agency follows through "station of".
    QList<Id> specific;
    for (Id agency : agencies) {
        const bool parentOfAnother = std::any_of(agencies.cbegin(), agencies.cend(), [&](Id other) {
            return other != agency && m_rows.actors.value(other).partOf == agency;
        });
        if (!parentOfAnother)
            specific.append(agency);
    }
    const QList<Id> officers = persons(recruiters).isEmpty() ? persons(handlers) : persons(recruiters);
    for (Id agency : specific) {
        const int a = actorNode(agency);
        if (officers.isEmpty())
            edge(caseNode, a, GraphEdgeKind::AttributedTo, certainty);
        for (Id officer : officers)
            edge(actorNode(officer), a, GraphEdgeKind::MemberOf, certainty);
    }
    for (Id agency : agencies)
        actorNode(agency);
    // An employer of the suspect's country is the suspect's; one of the other side employs whoever
    // approached the suspect first: the intermediary, else the recruiter, else the handler.
    QList<Id> firstContacts = persons(intermediaries);
    if (firstContacts.isEmpty())
        firstContacts = persons(recruiters);
    if (firstContacts.isEmpty())
        firstContacts = persons(handlers);
    for (Id employer : employers) {
        const int e = actorNode(employer);
        const int country = countryOf(employer);
        QList<Id> employees;
        for (Id suspect : suspects) {
            if (country >= 0 && countryOf(suspect) == country)
                employees.append(suspect);
        }
        if (employees.isEmpty())
            employees = firstContacts.isEmpty() ? suspects : firstContacts;
        if (employees.isEmpty())
            edge(caseNode, e, GraphEdgeKind::EmployedBy, certainty);
        for (Id employee : employees)
            edge(actorNode(employee), e, GraphEdgeKind::EmployedBy, certainty);
    }
    for (Id authority : authorities) {
        const int a = actorNode(authority);
        m_authorities.emplace_back(caseNode, a);
        edge(caseNode, a, GraphEdgeKind::DisclosedBy, GraphCertainty::Record);
    }
    if (venue) {
        const GraphRows::Place& place = m_rows.places[size_t(venue->place)];
        const int v = node(packKey(VenueTag, Id(venue->place)), GraphNodeKind::Venue, Id(venue->place));
        m_venueIndex.insert(graphVenueKey(place.country, place.city), v);
        if (suspects.isEmpty())
            edge(caseNode, v, GraphEdgeKind::RecruitedAt, certainty, venue->eventId);
        for (Id suspect : suspects)
            edge(actorNode(suspect), v, GraphEdgeKind::RecruitedAt, certainty, venue->eventId);
    }
}

void GraphDerivation::deriveEvents()
{
    std::sort(m_authorities.begin(), m_authorities.end());
    QHash<Id, int> eventNodes;
    for (const auto& event : m_rows.events) {
        const int e = node(packKey(EventTag, event.id),
                           event.announcement ? GraphNodeKind::Announcement : GraphNodeKind::Statement, event.id);
        eventNodes.insert(event.id, e);
        const int caseNode = event.caseId != 0 ? m_index.value(packKey(CaseTag, event.caseId), -1) : -1;
        if (caseNode >= 0) {
            edge(e, caseNode, event.announcement ? GraphEdgeKind::Announces : GraphEdgeKind::About,
                 GraphCertainty::Record);
        }
        if (event.actorId == 0)
            continue;
        // An announcement's author is usually the case's disclosing authority, tied to the case already.
        const int actor = actorNode(event.actorId);
        const bool authority = event.announcement && caseNode >= 0
            && std::binary_search(m_authorities.cbegin(), m_authorities.cend(), std::pair {caseNode, actor});
        if (!authority)
            edge(e, actor, GraphEdgeKind::StatementBy, GraphCertainty::Record);
    }
    for (const auto& link : m_rows.links) {
        const int from = eventNodes.value(link.from, -1);
        const int to = eventNodes.value(link.to, -1);
        if (from < 0 || to < 0)
            continue;
        const GraphEdgeKind kind = link.relation == LinkRelation::RespondsTo ? GraphEdgeKind::RespondsTo
            : link.relation == LinkRelation::References                      ? GraphEdgeKind::References
                                                                             : GraphEdgeKind::Follows;
        edge(from, to, kind, GraphCertainty::Record, link.id);
    }
}

void GraphDerivation::deriveStations()
{
    // Walks the nodes as they grow: an agency added here may itself be part of another.
    for (size_t n = 0; n < m_keys.size(); ++n) {
        if ((m_keys[n] >> 56) != ActorTag)
            continue;
        const Id partOf = m_rows.actors.value(m_ids[n]).partOf;
        if (partOf != 0 && m_rows.actors.contains(partOf))
            edge(static_cast<int>(n), actorNode(partOf), GraphEdgeKind::StationOf, GraphCertainty::Record);
    }
}

void GraphDerivation::mergeEdges()
{
    std::sort(m_edges.begin(), m_edges.end(),
              [](const Edge& a, const Edge& b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
    size_t out = 0;
    for (size_t i = 0; i < m_edges.size(); ++i) {
        if (out > 0 && m_edges[out - 1].from == m_edges[i].from && m_edges[out - 1].to == m_edges[i].to) {
            Edge& merged = m_edges[out - 1];
            merged.kinds |= m_edges[i].kinds;
            // Tied by a court's finding in one case and a claim in another: the finding stands.
            merged.certainty = std::min(merged.certainty, m_edges[i].certainty);
        } else {
            m_edges[out++] = m_edges[i];
        }
    }
    m_edges.resize(out);
    // The first detail of a pair is kept, as the first tie was.
    std::stable_sort(m_details.begin(), m_details.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    m_details.erase(std::unique(m_details.begin(), m_details.end(),
                                [](const auto& a, const auto& b) { return a.first == b.first; }),
                    m_details.end());
}

Id GraphDerivation::detail(const Edge& edge) const
{
    const quint64 key = pairKey(edge.from, edge.to);
    const auto it = std::lower_bound(m_details.cbegin(), m_details.cend(), key,
                                     [](const auto& entry, quint64 value) { return entry.first < value; });
    return it != m_details.cend() && it->first == key ? it->second : 0;
}

} // namespace Spyline
