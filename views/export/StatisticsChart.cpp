#include "StatisticsChart.h"

#include "StatisticsCanvas.h"
#include "StatisticsPainter.h"
#include "StatisticsView.h"
#include "store/CaseSearch.h"

#include <QCoreApplication>
#include <QPainter>

namespace Spyline {

namespace {

constexpr qreal PixelsPerPoint = 96.0 / 72.0;

StatisticsParts partsFor(StatisticsChartKind kind)
{
    switch (kind) {
    case StatisticsChartKind::Lags:
        return StatisticsParts(StatisticsPart::Lags);
    case StatisticsChartKind::DisclosuresPerYear:
        return StatisticsParts(StatisticsPart::Years);
    case StatisticsChartKind::Venues:
        return StatisticsParts(StatisticsPart::Venues);
    case StatisticsChartKind::Statuses:
        return StatisticsParts(StatisticsPart::Statuses);
    case StatisticsChartKind::Agencies:
        return StatisticsParts(StatisticsPart::Agencies);
    }
    return AllStatisticsParts;
}

} // namespace

StatisticsChart::StatisticsChart(StatisticsChartKind kind, std::shared_ptr<const StatisticsSnapshot> snapshot,
                                 const StatisticsOptions& options, QList<Id> cases, std::optional<DayRange> range)
    : m_kind(kind)
    , m_snapshot(snapshot ? std::move(snapshot) : std::make_shared<const StatisticsSnapshot>())
    , m_options(options)
    , m_cases(std::move(cases))
    , m_range(range)
{
}

std::unique_ptr<StatisticsChart> StatisticsChart::fromView(const StatisticsView& view, QList<Id> cases)
{
    const StatisticsCanvas* canvas = view.canvas();
    std::optional<DayRange> range;
    const CaseFilter& filter = canvas->snapshot()->filter;
    if (filter.fromDay && filter.toDay)
        range = DayRange {*filter.fromDay, *filter.toDay};
    return std::make_unique<StatisticsChart>(view.kind(), canvas->snapshot(), view.options(), std::move(cases), range);
}

Result<std::unique_ptr<StatisticsChart>> StatisticsChart::build(Store& store, const CaseFilter& filter,
                                                                StatisticsChartKind kind,
                                                                const StatisticsOptions& options)
{
    auto snapshot = StatisticsSnapshot::compute(store, filter, {}, partsFor(kind));
    if (!snapshot)
        return fail(snapshot.error());
    auto cases = CaseSearch(store).caseIds(filter, CaseSortKey::Created);
    if (!cases)
        return fail(cases.error());
    std::optional<DayRange> range;
    if (filter.fromDay && filter.toDay)
        range = DayRange {*filter.fromDay, *filter.toDay};
    return std::make_unique<StatisticsChart>(kind, std::make_shared<const StatisticsSnapshot>(std::move(*snapshot)),
                                             options, std::move(*cases), range);
}

void StatisticsChart::prepare(const QSizeF& size, const ChartTheme& theme)
{
    m_layout.emplace(m_kind, m_snapshot, m_options, size * PixelsPerPoint, theme.font);
}

void StatisticsChart::paint(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    if (!m_layout || m_layout->size() != area.size() * PixelsPerPoint)
        prepare(area.size(), theme);
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(1 / PixelsPerPoint, 1 / PixelsPerPoint);
    StatisticsPainter(theme).paint(painter, *m_layout);
    painter.restore();
}

QList<LegendEntry> StatisticsChart::legend() const
{
    QList<LegendEntry> entries;
    if (!m_layout)
        return entries;
    if (m_kind == StatisticsChartKind::Lags) {
        const QString group = tr("Lags");
        entries.append({group, tr("links, by lag"), [](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                            StatisticsPainter::paintBarSymbol(painter, box, StatisticsLayout::barColor(), theme);
                        }});
        if (!m_layout->ranges().isEmpty()) {
            entries.append({group, tr("uncertain lag, as its range"),
                            [](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                                StatisticsPainter::paintRangeSymbol(painter, box, theme);
                            }});
        }
        if (!m_layout->coverage().isEmpty()) {
            entries.append({group, tr("uncertain lags that may fall in the bin"),
                            [](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                                StatisticsPainter::paintBarSymbol(painter, box,
                                                                  StatisticsLayout::barColor().lighter(160), theme);
                            }});
        }
        if (m_layout->median()) {
            entries.append(
                {group, m_layout->medianText(), [](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                     StatisticsPainter::paintMedianSymbol(painter, box, theme);
                 }});
        }
    }
    for (const StatisticsLayout::Series& series : m_layout->series()) {
        const QColor color = series.color;
        entries.append({tr("Disclosing country"), series.label,
                        [color](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                            StatisticsPainter::paintBarSymbol(painter, box, color, theme);
                        }});
    }
    return entries;
}

QList<Id> StatisticsChart::shownCases() const
{
    return m_cases;
}

QList<Id> StatisticsChart::shownEvents() const
{
    // The statements and announcements the lags are measured between, for their sources.
    QList<Id> events;
    if (m_kind != StatisticsChartKind::Lags)
        return events;
    for (const LinkLag& link : m_snapshot->all.lags.lags)
        events << link.laterEvent << link.earlierEvent;
    return events;
}

std::optional<DayRange> StatisticsChart::shownRange() const
{
    return m_range;
}

QString StatisticsChart::kindName() const
{
    return StatisticsLayout::title(m_kind);
}

QString StatisticsChart::omissions() const
{
    return m_layout ? m_layout->notPlaced() : QString();
}

} // namespace Spyline
