#include "GraphData.h"

#include <atomic>

#include <QCoreApplication>

namespace Spyline {

quint64 GraphData::newGeneration()
{
    static std::atomic<quint64> last {0};
    return ++last;
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::GraphData", text);
}

} // namespace

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
        return tr("person");
    case GraphNodeKind::Agency:
        return tr("agency or station");
    case GraphNodeKind::Organisation:
        return tr("organisation");
    case GraphNodeKind::Government:
        return tr("government body");
    case GraphNodeKind::Media:
        return tr("media");
    case GraphNodeKind::Case:
        return tr("case");
    case GraphNodeKind::Venue:
        return tr("recruitment venue");
    case GraphNodeKind::Statement:
        return tr("statement");
    case GraphNodeKind::Announcement:
        return tr("announcement");
    }
    return {};
}

QString graphEdgeKindLabel(GraphEdgeKind kind)
{
    switch (kind) {
    case GraphEdgeKind::SuspectIn:
        return tr("suspect in");
    case GraphEdgeKind::RecruitedBy:
        return tr("recruited by");
    case GraphEdgeKind::HandledBy:
        return tr("handled by");
    case GraphEdgeKind::IntroducedBy:
        return tr("introduced by");
    case GraphEdgeKind::MemberOf:
        return tr("member of");
    case GraphEdgeKind::StationOf:
        return tr("station of");
    case GraphEdgeKind::EmployedBy:
        return tr("employed by");
    case GraphEdgeKind::RecruitedAt:
        return tr("recruited at");
    case GraphEdgeKind::DisclosedBy:
        return tr("disclosed by");
    case GraphEdgeKind::AttributedTo:
        return tr("attributed to");
    case GraphEdgeKind::Announces:
        return tr("announces");
    case GraphEdgeKind::StatementBy:
        return tr("by");
    case GraphEdgeKind::About:
        return tr("about");
    case GraphEdgeKind::RespondsTo:
        return tr("responds to");
    case GraphEdgeKind::References:
        return tr("references");
    case GraphEdgeKind::Follows:
        return tr("follows");
    }
    return {};
}

QString graphEdgeLabel(const GraphEdge& edge)
{
    if (edge.has(GraphEdgeKind::RecruitedBy) && edge.has(GraphEdgeKind::HandledBy)
        && (edge.kinds & ~(graphEdgeBit(GraphEdgeKind::RecruitedBy) | graphEdgeBit(GraphEdgeKind::HandledBy))) == 0) {
        return tr("recruited and handled by");
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
        return tr("on record");
    case GraphCertainty::Finding:
        return tr("court finding (convicted, sentenced)");
    case GraphCertainty::Claim:
        return tr("claim (alleged, under investigation, charged)");
    case GraphCertainty::Disputed:
        return tr("disputed claim (denied, acquitted, dismissed)");
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
