#include "graph/GraphData.h"

#include <atomic>

#include <QCoreApplication>

namespace Spyline {

quint64 GraphData::newGeneration()
{
    static std::atomic<quint64> last {0};
    return ++last;
}

void GraphData::reindex()
{
    m_index.clear();
    m_index.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_index.insert(nodes.at(i).key, i);
}

QString graphNodeKey(GraphNodeKind kind, Id id)
{
    switch (kind) {
    case GraphNodeKind::Case:
        return QStringLiteral("case:%1").arg(id);
    case GraphNodeKind::Statement:
    case GraphNodeKind::Announcement:
        return QStringLiteral("event:%1").arg(id);
    case GraphNodeKind::Venue:
        return {};
    default:
        return QStringLiteral("actor:%1").arg(id);
    }
}

QString graphVenueKey(const QString& country, const QString& city)
{
    return city.isEmpty() ? QStringLiteral("venue:") + country : QStringLiteral("venue:%1:%2").arg(country, city);
}

QString graphNodeKindLabel(GraphNodeKind kind)
{
    switch (kind) {
    case GraphNodeKind::Person:
        return GraphData::tr("person");
    case GraphNodeKind::Agency:
        return GraphData::tr("agency or station");
    case GraphNodeKind::Organisation:
        return GraphData::tr("organisation");
    case GraphNodeKind::Government:
        return GraphData::tr("government body");
    case GraphNodeKind::Media:
        return GraphData::tr("media");
    case GraphNodeKind::Case:
        return GraphData::tr("case");
    case GraphNodeKind::Venue:
        return GraphData::tr("recruitment venue");
    case GraphNodeKind::Statement:
        return GraphData::tr("statement");
    case GraphNodeKind::Announcement:
        return GraphData::tr("announcement");
    }
    return {};
}

QString graphEdgeKindLabel(GraphEdgeKind kind)
{
    switch (kind) {
    case GraphEdgeKind::SuspectIn:
        return GraphData::tr("suspect in");
    case GraphEdgeKind::RecruitedBy:
        return GraphData::tr("recruited by");
    case GraphEdgeKind::HandledBy:
        return GraphData::tr("handled by");
    case GraphEdgeKind::IntroducedBy:
        return GraphData::tr("introduced by");
    case GraphEdgeKind::MemberOf:
        return GraphData::tr("member of");
    case GraphEdgeKind::StationOf:
        return GraphData::tr("station of");
    case GraphEdgeKind::EmployedBy:
        return GraphData::tr("employed by");
    case GraphEdgeKind::RecruitedAt:
        return GraphData::tr("recruited at");
    case GraphEdgeKind::DisclosedBy:
        return GraphData::tr("disclosed by");
    case GraphEdgeKind::AttributedTo:
        return GraphData::tr("attributed to");
    case GraphEdgeKind::Announces:
        return GraphData::tr("announces");
    case GraphEdgeKind::StatementBy:
        return GraphData::tr("by");
    case GraphEdgeKind::About:
        return GraphData::tr("about");
    case GraphEdgeKind::RespondsTo:
        return GraphData::tr("responds to");
    case GraphEdgeKind::References:
        return GraphData::tr("references");
    case GraphEdgeKind::Follows:
        return GraphData::tr("follows");
    }
    return {};
}

QString graphEdgeLabel(const GraphEdge& edge)
{
    if (edge.has(GraphEdgeKind::RecruitedBy) && edge.has(GraphEdgeKind::HandledBy)
        && (edge.kinds & ~(graphEdgeBit(GraphEdgeKind::RecruitedBy) | graphEdgeBit(GraphEdgeKind::HandledBy))) == 0) {
        return GraphData::tr("recruited and handled by");
    }
    QStringList parts;
    for (int k = 0; k < graphEdgeKindCount; ++k) {
        if (edge.kinds & (1u << k))
            parts.append(graphEdgeKindLabel(static_cast<GraphEdgeKind>(k)));
    }
    QString label = parts.join(QStringLiteral(", "));
    if (edge.lag)
        label += QStringLiteral(" · ") + edge.lag->text();
    return label;
}

QString graphCertaintyLabel(GraphCertainty certainty)
{
    switch (certainty) {
    case GraphCertainty::Record:
        return GraphData::tr("on record");
    case GraphCertainty::Finding:
        return GraphData::tr("court finding (convicted, sentenced)");
    case GraphCertainty::Claim:
        return GraphData::tr("claim (alleged, under investigation, charged)");
    case GraphCertainty::Disputed:
        return GraphData::tr("disputed claim (denied, acquitted, dismissed)");
    }
    return {};
}

GraphCertainty graphCertaintyOf(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Convicted:
    case CaseStatus::Sentenced:
        return GraphCertainty::Finding;
    case CaseStatus::Denied:
    case CaseStatus::Acquitted:
    case CaseStatus::Dismissed:
        return GraphCertainty::Disputed;
    case CaseStatus::Alleged:
    case CaseStatus::UnderInvestigation:
    case CaseStatus::Charged:
    case CaseStatus::Unknown:
        break;
    }
    return GraphCertainty::Claim;
}

QString graphLayoutKey(GraphLayoutKind layout)
{
    return layout == GraphLayoutKind::Chronology ? QStringLiteral("chronology") : QStringLiteral("relations");
}

} // namespace Spyline
