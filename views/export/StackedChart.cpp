#include "StackedChart.h"

#include "MapChart.h"
#include "StatisticsChart.h"

#include "items/FilterDescription.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSet>

namespace Spyline {

namespace {

constexpr qreal Gap = 10;

} // namespace

StackedChart::StackedChart(std::vector<Part> parts, QString name)
    : m_parts(std::move(parts))
    , m_name(std::move(name))
{
}

QList<QRectF> StackedChart::areas(const QRectF& whole) const
{
    qreal shares = 0;
    for (const Part& part : m_parts)
        shares += part.share;
    QList<QRectF> rects;
    const qreal room = whole.height() - Gap * (qreal(m_parts.size()) - 1);
    qreal top = whole.top();
    for (const Part& part : m_parts) {
        const qreal height = shares > 0 ? room * part.share / shares : 0;
        rects.append(QRectF(whole.left(), top, whole.width(), height));
        top += height + Gap;
    }
    return rects;
}

void StackedChart::prepare(const QSizeF& size, const ChartTheme& theme)
{
    const QList<QRectF> rects = areas(QRectF(QPointF(0, 0), size));
    for (size_t i = 0; i < m_parts.size(); ++i)
        m_parts[i].chart->prepare(rects.at(qsizetype(i)).size(), theme);
}

void StackedChart::paint(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    const QList<QRectF> rects = areas(area);
    for (size_t i = 0; i < m_parts.size(); ++i) {
        painter.save();
        painter.setClipRect(rects.at(qsizetype(i)), Qt::IntersectClip);
        m_parts[i].chart->paint(painter, rects.at(qsizetype(i)), theme);
        painter.restore();
    }
}

QList<LegendEntry> StackedChart::legend() const
{
    QList<LegendEntry> entries;
    for (const Part& part : m_parts)
        entries += part.chart->legend();
    return entries;
}

QList<Id> StackedChart::shownCases() const
{
    QList<Id> cases;
    QSet<Id> seen;
    for (const Part& part : m_parts) {
        for (Id id : part.chart->shownCases()) {
            if (!seen.contains(id)) {
                seen.insert(id);
                cases.append(id);
            }
        }
    }
    return cases;
}

QList<Id> StackedChart::shownEvents() const
{
    QList<Id> events;
    for (const Part& part : m_parts)
        events += part.chart->shownEvents();
    return events;
}

std::optional<DayRange> StackedChart::shownRange() const
{
    for (const Part& part : m_parts) {
        if (auto range = part.chart->shownRange())
            return range;
    }
    return std::nullopt;
}

QString StackedChart::kindName() const
{
    return m_name;
}

QString StackedChart::omissions() const
{
    QString notes;
    for (const Part& part : m_parts) {
        const QString omitted = part.chart->omissions();
        if (!omitted.isEmpty()) {
            notes = joinSentences(notes,
                                  QCoreApplication::translate("Spyline::StackedChart", "%1: %2",
                                                              "a chart's name, then what it leaves out")
                                      .arg(part.chart->kindName(), omitted));
        }
    }
    return notes;
}

Result<std::unique_ptr<StackedChart>> StackedChart::mapAndLags(Store& store, const CaseFilter& filter,
                                                               MapShading shading, const StatisticsOptions& options)
{
    auto map = MapChart::build(store, filter, shading);
    if (!map)
        return fail(map.error());
    auto lags = StatisticsChart::build(store, filter, StatisticsChartKind::Lags, options);
    if (!lags)
        return fail(lags.error());
    std::vector<Part> parts;
    parts.push_back({std::move(*map), 0.62});
    parts.push_back({std::move(*lags), 0.38});
    return std::make_unique<StackedChart>(std::move(parts), tr("Where and when"));
}

} // namespace Spyline
