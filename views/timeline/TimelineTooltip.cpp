#include "TimelineTooltip.h"

#include "TimelineLayout.h"
#include "store/SourceRepository.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

constexpr int MaxListed = 5;

QString dateText(const TimelineData& data, qsizetype event)
{
    const PartialDate date = data.eventDate(event);
    return TimelineTooltip::tr("%1 (recorded as %2)").arg(date.displayText(), date.text());
}

QString dayText(qint64 day)
{
    return PartialDate::fromDay(DayNumber(day)).displayText();
}

// "C3 Global Times; B2 Reuters": the grades of the sources cited for an event or, failing that, its case.
QString grades(Store* store, Id eventId, Id caseId)
{
    if (!store || !store->isOpen())
        return {};
    const SourceRepository sources(*store);
    const auto entries = [](const Result<QList<CitedGrade>>& grades) {
        QStringList found;
        for (const CitedGrade& cited : grades.value_or(QList<CitedGrade>())) {
            const QString grade = cited.grade.text();
            found.append(cited.publisher.isEmpty() ? grade : grade + u' ' + cited.publisher);
        }
        return found;
    };
    QStringList found = entries(sources.gradesCitedByEvent(eventId, 3));
    if (!found.isEmpty())
        return TimelineTooltip::tr("Source grade: %1").arg(found.join(QStringLiteral("; ")));
    if (caseId != 0) {
        found = entries(sources.gradesCitedByCase(caseId, 3));
        if (!found.isEmpty())
            return TimelineTooltip::tr("Source grade (cited for the case): %1").arg(found.join(QStringLiteral("; ")));
    }
    return TimelineTooltip::tr("Source grade: no source cited");
}

QString eventText(const TimelineData& data, qsizetype index, Store* store)
{
    const TimelineEvent& event = data.events()[size_t(index)];
    QStringList lines {data.eventTitle(index), TimelineTooltip::tr("Date: %1").arg(dateText(data, index)),
                       TimelineTooltip::tr("Kind: %1").arg(toLabel(event.kind))};
    if (event.lastDay() > event.latest)
        lines.append(TimelineTooltip::tr("Lasted until: %1").arg(dayText(event.lastDay())));
    const Id caseId = event.caseIndex >= 0 ? data.cases()[size_t(event.caseIndex)].id : 0;
    if (event.caseIndex >= 0)
        lines.append(TimelineTooltip::tr("Case: %1").arg(data.caseLabel(event.caseIndex)));
    if (const QString grade = grades(store, event.id, caseId); !grade.isEmpty())
        lines.append(grade);
    return lines.join(u'\n');
}

} // namespace

QString TimelineTooltip::text(const TimelineLayout& layout, const TimelineHit& hit, Store* store)
{
    const TimelineLanes* lanes = layout.laneData();
    if (!lanes)
        return {};
    const TimelineData& data = lanes->data();
    switch (hit.kind) {
    case TimelineHit::Kind::Event:
        return eventText(data, hit.event, store);
    case TimelineHit::Kind::Cluster: {
        const MarkGeometry& mark = layout.marks()[size_t(hit.mark)];
        DayNumber first = std::numeric_limits<DayNumber>::max();
        DayNumber last = 0;
        QStringList titles;
        for (int k = 0; k < mark.memberCount; ++k) {
            const qint32 e = layout.members()[size_t(mark.firstMember + k)];
            first = std::min(first, data.events()[size_t(e)].earliest);
            last = std::max(last, data.events()[size_t(e)].lastDay());
            if (k < MaxListed)
                titles.append(QStringLiteral("• ") + data.eventTitle(e));
        }
        QStringList lines {tr("%L1 events, %2 – %3").arg(mark.memberCount).arg(dayText(first), dayText(last))};
        lines += titles;
        if (mark.memberCount > MaxListed)
            lines.append(tr("… and %L1 more; click to zoom in").arg(mark.memberCount - MaxListed));
        return lines.join(u'\n');
    }
    case TimelineHit::Kind::Span: {
        const TimelineCase& record = data.cases()[size_t(hit.caseIndex)];
        QStringList lines {data.caseLabel(hit.caseIndex), tr("Status: %1").arg(toLabel(record.status)),
                           tr("First known event: %1").arg(dayText(record.firstDay))};
        lines.append(record.disclosedDay
                         ? tr("Disclosed: %1").arg(dayText(record.disclosedDay))
                         : tr("No disclosure recorded; last known event %1").arg(dayText(record.lastDay)));
        return lines.join(u'\n');
    }
    case TimelineHit::Kind::Density:
        return tr("%L1 events, %2 – %3").arg(hit.count).arg(dayText(hit.range.first), dayText(hit.range.last));
    case TimelineHit::Kind::Arc: {
        const ArcGeometry& arc = layout.arcs()[size_t(hit.arc)];
        const TimelineLink& link = data.links()[size_t(arc.link)];
        return QStringList {data.eventTitle(link.later), toLabel(link.relation), data.eventTitle(link.earlier),
                            tr("Lag: %1").arg(arc.lag)}
            .join(u'\n');
    }
    case TimelineHit::Kind::LaneHeader:
    case TimelineHit::Kind::LaneToggle:
        return lanes->title(hit.lane) + u'\n' + lanes->subtitle(hit.lane);
    case TimelineHit::Kind::None:
    case TimelineHit::Kind::Axis:
    case TimelineHit::Kind::Overview:
    case TimelineHit::Kind::TimeArea:
        break;
    }
    return {};
}

} // namespace Spyline
