#include "TimelineAccessible.h"

#include "TimelineNavigation.h"
#include "TimelineView.h"
#include "records/ViewState.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

// Links listed by name at most; a screen reader reads every word.
constexpr int MaxLinksNamed = 3;

QAccessibleInterface* factory(const QString&, QObject* object)
{
    auto* view = qobject_cast<TimelineView*>(object);
    if (!view)
        return nullptr;
    return new CanvasAccessible(view, [](const QWidget& canvas) {
        return TimelineAccessible::focusedItem(static_cast<const TimelineView&>(canvas));
    });
}

} // namespace

void TimelineAccessible::install()
{
    CanvasAccessible::installFactory(&factory);
}

QString TimelineAccessible::eventName(const TimelineData& data, int index)
{
    if (index < 0 || size_t(index) >= data.events().size())
        return {};
    const TimelineEvent& event = data.events()[size_t(index)];
    QStringList parts {data.eventTitle(index), data.eventDate(index).displayText(), toLabel(event.kind)};
    if (event.caseIndex >= 0)
        parts.append(TimelineAccessible::tr("case: %1").arg(data.caseLabel(event.caseIndex)));
    // The pattern the timeline exists to show: how long after a statement an announcement came.
    QStringList after;
    QStringList before;
    for (const TimelineLink& link : data.links()) {
        if (link.earlier < 0 || link.later < 0)
            continue;
        if (link.later == index && after.size() < MaxLinksNamed) {
            const TimelineEvent& earlier = data.events()[size_t(link.earlier)];
            const QString lag = linkLag(data.eventDate(link.earlier), data.eventDate(index)).text();
            after.append(TimelineAccessible::tr("%1 after %2: %3")
                             .arg(lag, toLabel(earlier.kind), data.eventTitle(link.earlier)));
        } else if (link.earlier == index && before.size() < MaxLinksNamed) {
            const TimelineEvent& later = data.events()[size_t(link.later)];
            const QString lag = linkLag(data.eventDate(index), data.eventDate(link.later)).text();
            before.append(TimelineAccessible::tr("followed %1 later by %2: %3")
                              .arg(lag, toLabel(later.kind), data.eventTitle(link.later)));
        }
    }
    parts += after;
    parts += before;
    return parts.join(QStringLiteral(", "));
}

std::optional<CanvasItem> TimelineAccessible::focusedItem(const TimelineView& view)
{
    const int event = view.focusedEvent();
    const TimelineLanes* lanes = view.lanes();
    if (event < 0 || !lanes)
        return std::nullopt;
    const TimelineData& data = lanes->data();
    const TimelineEvent& record = data.events()[size_t(event)];
    const int lane = lanes->laneOfEvent(event);
    CanvasItem item;
    item.key = QString::number(record.id);
    item.name = eventName(data, event);
    const auto count = int(lanes->events(lane).size());
    item.description = TimelineAccessible::tr("Event %1 of %2 in the lane %3")
                           .arg(TimelineNavigation::positionInLane(*lanes, event) + 1)
                           .arg(count)
                           .arg(lanes->title(lane));
    item.rect = view.focusedEventRect().toAlignedRect();
    const ViewState* state = view.viewState();
    item.selected = state && state->current().kind == RecordRef::Kind::Event && state->current().id == record.id;
    return item;
}

} // namespace Spyline
