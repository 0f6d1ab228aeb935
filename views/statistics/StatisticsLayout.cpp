#include "StatisticsLayout.h"

#include "Palette.h"
#include "records/CountryCatalog.h"
#include "statistics/LagHistogram.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

// A chart's headline: its parts in one sentence, as the language punctuates one.
QString headlineOf(const QStringList& parts)
{
    return parts.join(StatisticsLayout::tr("; ", "between the parts of a chart's headline"))
        + StatisticsLayout::tr(".", "the end of a chart's headline");
}

QString countryName(QStringView code)
{
    if (code.isEmpty())
        return StatisticsLayout::tr("unknown country");
    const QString name = CountryCatalog::name(code);
    return name.isEmpty() ? code.toString() : name;
}

// 1, 2 or 5 times a power of ten, so that about `count` steps reach `most`.
int niceStep(int most, int count)
{
    const double raw = std::max(1.0, double(most) / std::max(1, count));
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return std::max(1, int(factor * power));
    }
    return std::max(1, int(10 * power));
}

constexpr qreal Gap = 6;

} // namespace

StatisticsLayout::StatisticsLayout(StatisticsChartKind kind, std::shared_ptr<const StatisticsSnapshot> snapshot,
                                   const StatisticsOptions& options, const QSizeF& size, const QFont& font)
    : m_kind(kind)
    , m_snapshot(snapshot ? std::move(snapshot) : std::make_shared<const StatisticsSnapshot>())
    , m_options(options)
    , m_size(size)
    , m_font(font)
{
    switch (kind) {
    case StatisticsChartKind::Lags:
        layOutLags();
        break;
    case StatisticsChartKind::DisclosuresPerYear:
        layOutYears();
        break;
    case StatisticsChartKind::Venues:
    case StatisticsChartKind::Statuses:
    case StatisticsChartKind::Agencies:
        m_horizontal = true;
        layOutCategories();
        break;
    }
}

QString StatisticsLayout::title(StatisticsChartKind kind)
{
    switch (kind) {
    case StatisticsChartKind::Lags:
        return tr("Days from a statement to the announcement that followed");
    case StatisticsChartKind::DisclosuresPerYear:
        return tr("Disclosures per year, by disclosing country");
    case StatisticsChartKind::Venues:
        return tr("Recruitment venues by country");
    case StatisticsChartKind::Statuses:
        return tr("Cases by status");
    case StatisticsChartKind::Agencies:
        return tr("Cases by accused agency");
    }
    return {};
}

QColor StatisticsLayout::barColor()
{
    return Palette::barColor();
}

QList<StatisticsLayout::Tick> StatisticsLayout::valueAxis(int most, qreal from, qreal to) const
{
    // `from` holds 0, `to` holds the axis's top value.
    QList<Tick> ticks;
    const int step = niceStep(most, 5);
    const int top = std::max(step, ((most + step - 1) / step) * step);
    for (int value = 0; value <= top; value += step)
        ticks.append({from + (to - from) * value / top, QLocale().toString(value)});
    return ticks;
}

void StatisticsLayout::layOutLags()
{
    const QFontMetricsF metrics(m_font);
    const LagHistogram histogram = LagHistogram::build(m_snapshot->all.lags, m_options.binDays, m_options.maxDays);
    const LinkLags& selectedLags = m_snapshot->selected.lags;
    QSet<Id> selectedLinks;
    for (const LinkLag& link : selectedLags.lags)
        selectedLinks.insert(link.link);
    const QLocale locale;
    const int exactInBins = histogram.links() - int(histogram.ranges().size()) - histogram.beyond();
    const Lag& median = histogram.median();
    m_medianText = median.isExact() ? tr("median %1 d").arg(median.minDays)
                                    : tr("median %1\u2013%2 d").arg(median.minDays).arg(median.maxDays);
    QStringList headline {
        tr("%Ln link(s) between a statement and what followed", nullptr, m_snapshot->all.lags.links())};
    headline.append(tr("%Ln in a bin", nullptr, exactInBins));
    if (!histogram.ranges().isEmpty())
        headline.append(tr("%n uncertain across bins, drawn as ranges", nullptr, int(histogram.ranges().size())));
    if (histogram.beyond() > 0)
        headline.append(tr("%n from %1 days on, not drawn", nullptr, histogram.beyond()).arg(histogram.spanDays()));
    headline.append(tr("%Ln undated, not drawn", nullptr, histogram.undated()));
    if (histogram.links() > 0)
        headline.append(m_medianText);
    m_headline = headlineOf(headline);
    QStringList notPlaced;
    if (histogram.undated() > 0)
        notPlaced.append(
            tr("%Ln link(s) with an undated statement or announcement are not drawn.", nullptr, histogram.undated()));
    if (histogram.beyond() > 0)
        notPlaced.append(
            tr("%Ln link(s) of %1 days or more are not drawn.", nullptr, histogram.beyond()).arg(histogram.spanDays()));
    if (!histogram.ranges().isEmpty())
        notPlaced.append(tr("Lags known only as a range that crosses a bin are drawn as that range, not counted in "
                            "a bin."));
    m_notPlaced = notPlaced.join(u' ');
    m_valueTitle = tr("links");
    m_categoryTitle = tr("days after the statement (bins of %Ln day(s))", nullptr, histogram.binDays());

    const qreal line = metrics.height();
    const qreal left =
        metrics.horizontalAdvance(locale.toString(std::max(10, histogram.maxBinCount()) * 10)) + line + 2 * Gap;
    m_plot = plotUnderHeadline(left, 0, line);
    if (m_plot.width() < 20 || m_plot.height() < 20)
        return;
    // Ranges take the lower part of the plot when there are any.
    const bool withRanges = !histogram.ranges().isEmpty();
    QRectF bars = m_plot;
    if (withRanges) {
        const qreal band = std::clamp(m_plot.height() * 0.3, line * 2, m_plot.height() * 0.45);
        bars.setBottom(m_plot.bottom() - band - Gap);
        m_rangeBand = QRectF(m_plot.left(), bars.bottom() + Gap, m_plot.width(), band);
    }
    const int span = std::max(1, histogram.spanDays());
    const auto x = [&](double day) { return m_plot.left() + m_plot.width() * day / span; };
    const int most = std::max(1, histogram.maxBinCount());
    m_valueTicks = valueAxis(most, bars.bottom(), bars.top());
    const qreal top = m_valueTicks.isEmpty() ? most : QLocale().toInt(m_valueTicks.last().text);
    const LagHistogram selected = LagHistogram::build(selectedLags, histogram.binDays(), span);
    for (int i = 0; i < histogram.bins().size(); ++i) {
        const LagHistogram::Bin& bin = histogram.bins().at(i);
        if (bin.links == 0)
            continue;
        const qreal height = bars.height() * bin.links / std::max<qreal>(1, top);
        Bar bar;
        bar.rect =
            QRectF(x(bin.firstDay) + 0.5, bars.bottom() - height, x(bin.lastDay + 1) - x(bin.firstDay) - 1, height);
        bar.label = tr("%1\u2013%2 days").arg(bin.firstDay).arg(bin.lastDay);
        bar.value = bin.links;
        bar.color = barColor();
        bar.selected = i < selected.bins().size() && selected.bins().at(i).links > 0;
        bar.hit = {StatisticsHit::Kind::LagBin, QString::number(i), bin.cases, i};
        m_bars.append(bar);
    }
    if (withRanges) {
        // Rows packed left to right; too many to draw one by one become a count per bin.
        QList<int> rowEnds;
        QList<int> rowOf;
        for (const LinkLag& link : histogram.ranges()) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.at(row) >= link.lag.minDays)
                ++row;
            if (row == rowEnds.size())
                rowEnds.append(0);
            rowEnds[row] = link.lag.maxDays + 1;
            rowOf.append(row);
        }
        const qreal rowHeight = std::min<qreal>(8, m_rangeBand.height() / std::max<qsizetype>(1, rowEnds.size()));
        if (rowHeight >= 2) {
            for (int i = 0; i < histogram.ranges().size(); ++i) {
                const LinkLag& link = histogram.ranges().at(i);
                const qreal from = x(link.lag.minDays);
                const qreal to = x(std::min(span, link.lag.maxDays + 1));
                Range range;
                range.rect = QRectF(from, m_rangeBand.top() + rowOf.at(i) * rowHeight + rowHeight * 0.15,
                                    std::max<qreal>(2, to - from), rowHeight * 0.7);
                range.lag = link;
                range.openEnd = link.lag.maxDays + 1 > span;
                range.selected = selectedLinks.contains(link.link);
                range.hit = {StatisticsHit::Kind::LagRange, link.lag.text(), {link.caseId}, i};
                if (link.caseId == 0)
                    range.hit.cases.clear();
                m_ranges.append(range);
            }
        } else {
            QList<int> covering(histogram.bins().size(), 0);
            QList<QList<Id>> cases(histogram.bins().size());
            for (const LinkLag& link : histogram.ranges()) {
                for (int b = link.lag.minDays / histogram.binDays();
                     b <= std::min<int>(int(covering.size()) - 1, link.lag.maxDays / histogram.binDays()); ++b) {
                    ++covering[b];
                    if (link.caseId != 0 && cases[b].size() < 5000 && !cases[b].contains(link.caseId))
                        cases[b].append(link.caseId);
                }
            }
            const int mostCovering = std::max(1, *std::max_element(covering.cbegin(), covering.cend()));
            for (int b = 0; b < covering.size(); ++b) {
                if (covering.at(b) == 0)
                    continue;
                const LagHistogram::Bin& bin = histogram.bins().at(b);
                const qreal height = m_rangeBand.height() * covering.at(b) / mostCovering;
                Bar bar;
                bar.rect =
                    QRectF(x(bin.firstDay) + 0.5, m_rangeBand.top(), x(bin.lastDay + 1) - x(bin.firstDay) - 1, height);
                bar.label = tr("%1\u2013%2 days").arg(bin.firstDay).arg(bin.lastDay);
                bar.value = covering.at(b);
                bar.color = barColor().lighter(160);
                bar.hit = {StatisticsHit::Kind::LagRange, bar.label, cases.at(b), -1 - b};
                m_coverage.append(bar);
            }
        }
    }
    if (histogram.links() > 0 && median.minDays < span) {
        m_median = median.isExact() ? std::pair {x(median.minDays + 0.5), x(median.minDays + 0.5)}
                                    : std::pair {x(median.minDays), x(std::min(span, median.maxDays + 1))};
    }
    // Day labels at bin edges, as many as fit.
    const int bins = int(histogram.bins().size());
    const qreal labelWidth = metrics.horizontalAdvance(QString::number(span)) + Gap * 2;
    int every = 1;
    for (int candidate : {1, 2, 4, 8, 13, 26, 52, 104, 260, 520}) {
        every = candidate;
        if (m_plot.width() * candidate / bins >= labelWidth)
            break;
    }
    for (int b = 0; b <= bins; b += every)
        m_categoryTicks.append({x(b * histogram.binDays()), QString::number(b * histogram.binDays())});
}

void StatisticsLayout::layOutYears()
{
    const QFontMetricsF metrics(m_font);
    const DisclosuresPerYear& years = m_snapshot->all.years;
    const QLocale locale;
    const int disclosed = years.cases - years.undated;
    m_headline = headlineOf({tr("%Ln disclosure(s)", nullptr, disclosed),
                             tr("%Ln case(s) with no dated announcement, not drawn", nullptr, years.undated)});
    if (years.undated > 0)
        m_notPlaced = tr("%Ln case(s) with no dated announcement are not drawn.", nullptr, years.undated);
    m_valueTitle = tr("cases disclosed");
    m_categoryTitle = tr("year of the first announcement");
    if (years.tallies.isEmpty())
        return;
    // The countries that disclose most get colours; the rest are "others".
    QHash<QString, int> totals;
    for (const YearTally& tally : years.tallies)
        totals[tally.country] += tally.cases;
    QList<std::pair<QString, int>> ranked;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (!it.key().isEmpty())
            ranked.append({it.key(), it.value()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList named;
    for (int i = 0; i < ranked.size() && i < m_options.yearSeries; ++i)
        named.append(ranked.at(i).first);
    const bool others = ranked.size() > named.size();
    for (const QString& code : std::as_const(named))
        m_series.append({countryName(code), Palette::countryColor(code)});
    if (others)
        m_series.append({tr("other countries"), Palette::neutral()});
    if (totals.contains(QString()))
        m_series.append({tr("disclosing country unknown"), Palette::neutral().lighter(130)});
    const auto seriesOf = [&](const QString& code) {
        if (code.isEmpty())
            return QStringLiteral("?");
        return named.contains(code) ? code : QStringLiteral("*");
    };
    const auto colorOf = [&](const QString& series) {
        if (series == u"?")
            return Palette::neutral().lighter(130);
        if (series == u"*")
            return Palette::neutral();
        return Palette::countryColor(series);
    };

    const int first = years.firstYear();
    const int last = years.lastYear();
    int most = 1;
    for (int year = first; year <= last; ++year)
        most = std::max(most, years.casesIn(year));
    const qreal line = metrics.height();
    const qreal left = metrics.horizontalAdvance(locale.toString(most * 10)) + line + 2 * Gap;
    m_plot = plotUnderHeadline(left, 0, line);
    if (m_plot.width() < 20 || m_plot.height() < 20)
        return;
    m_valueTicks = valueAxis(most, m_plot.bottom(), m_plot.top());
    const qreal top = QLocale().toInt(m_valueTicks.last().text);
    const int count = last - first + 1;
    const qreal slot = m_plot.width() / count;
    QSet<std::pair<int, QString>> selected;
    for (const YearTally& tally : m_snapshot->selected.years.tallies)
        selected.insert({tally.year, tally.country});
    // Segments in series order from the bottom: named countries, others, unknown.
    QHash<int, qreal> stacked;
    QStringList order = named;
    order << QStringLiteral("*") << QStringLiteral("?");
    for (const QString& series : std::as_const(order)) {
        for (const YearTally& tally : years.tallies) {
            if (seriesOf(tally.country) != series)
                continue;
            const qreal base = stacked.value(tally.year, 0);
            const qreal height = m_plot.height() * tally.cases / top;
            const qreal x = m_plot.left() + (tally.year - first) * slot;
            Bar bar;
            const qreal width = std::min(slot * 0.8, 48.0);
            bar.rect = QRectF(x + (slot - width) / 2, m_plot.bottom() - base - height, width, height);
            bar.label = QString::number(tally.year);
            bar.series = series == u"*" ? tr("other countries") : countryName(tally.country);
            bar.value = tally.cases;
            bar.color = colorOf(series);
            bar.selected = selected.contains({tally.year, tally.country});
            bar.hit = {StatisticsHit::Kind::Year, QString::number(tally.year), {}, tally.year};
            stacked[tally.year] = base + height;
            m_bars.append(bar);
        }
    }
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + Gap;
    int every = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50, 100}) {
        every = candidate;
        if (slot * candidate >= labelWidth)
            break;
    }
    for (int year = first; year <= last; ++year) {
        if (year % every == 0)
            m_categoryTicks.append({m_plot.left() + (year - first + 0.5) * slot, QString::number(year)});
    }
}

void StatisticsLayout::layOutCategories()
{
    const QFontMetricsF metrics(m_font);
    struct Row
    {
        QString label;
        int value = 0;
        bool selected = false;
        StatisticsHit hit;
    };
    QList<Row> rows;
    int othersValue = 0;
    int othersCount = 0;
    const StatisticsSnapshot::Figures& all = m_snapshot->all;
    const StatisticsSnapshot::Figures& selected = m_snapshot->selected;
    switch (m_kind) {
    case StatisticsChartKind::Venues: {
        const auto venues = all.venues.byVenueCountry();
        QSet<QString> chosen;
        for (const auto& [code, cases] : selected.venues.byVenueCountry())
            chosen.insert(code);
        for (const auto& [code, cases] : venues) {
            if (rows.size() >= m_options.topVenues) {
                othersValue += cases;
                ++othersCount;
                continue;
            }
            rows.append({countryName(code), cases, chosen.contains(code), {StatisticsHit::Kind::Venue, code, {}, -1}});
        }
        m_headline = headlineOf({tr("%Ln case(s) with a recruitment venue", nullptr, all.venues.withVenue()),
                                 tr("%Ln with none recorded, not drawn", nullptr, all.venues.withoutVenue)});
        if (all.venues.withoutVenue > 0)
            m_notPlaced = tr("%Ln case(s) with no recruitment venue in a known country are not drawn.", nullptr,
                             all.venues.withoutVenue);
        m_valueTitle = tr("cases recruited there");
        break;
    }
    case StatisticsChartKind::Statuses: {
        QSet<int> chosen;
        for (const StatusTally& tally : selected.statuses.tallies)
            chosen.insert(int(tally.status));
        for (const StatusTally& tally : all.statuses.tallies) {
            rows.append({toLabel(tally.status),
                         tally.cases,
                         chosen.contains(int(tally.status)),
                         {StatisticsHit::Kind::Status, toKey(tally.status), {}, -1}});
        }
        m_headline = headlineOf({tr("%Ln case(s), by the status their record gives", nullptr, all.statuses.cases)});
        m_valueTitle = tr("cases");
        break;
    }
    case StatisticsChartKind::Agencies: {
        QSet<Id> chosen;
        for (const AgencyTally& tally : selected.agencies.tallies)
            chosen.insert(tally.agency);
        for (const AgencyTally& tally : all.agencies.tallies) {
            if (rows.size() >= m_options.topAgencies) {
                othersValue += tally.cases;
                ++othersCount;
                continue;
            }
            const QString label =
                tally.country.isEmpty() ? tally.name : tr("%1 (%2)").arg(tally.name, countryName(tally.country));
            rows.append({label,
                         tally.cases,
                         chosen.contains(tally.agency),
                         {StatisticsHit::Kind::Agency, QString::number(tally.agency), {}, -1}});
        }
        m_headline = headlineOf({tr("%Ln case(s)", nullptr, all.agencies.cases),
                                 tr("%Ln name no accused agency, not drawn", nullptr, all.agencies.withoutAgency),
                                 tr("a case counts once for each agency it names")});
        if (all.agencies.withoutAgency > 0)
            m_notPlaced =
                tr("%Ln case(s) that name no accused agency are not drawn.", nullptr, all.agencies.withoutAgency);
        m_valueTitle = tr("cases naming the agency");
        break;
    }
    case StatisticsChartKind::Lags:
    case StatisticsChartKind::DisclosuresPerYear:
        return;
    }
    if (othersCount > 0) {
        rows.append(
            {tr("%Ln other(s)", nullptr, othersCount), othersValue, false, {StatisticsHit::Kind::Others, {}, {}, -1}});
        const QString others = tr("The other %Ln are one bar.", nullptr, othersCount);
        m_notPlaced = m_notPlaced.isEmpty() ? others : m_notPlaced + u' ' + others;
    }
    if (rows.isEmpty())
        return;
    int most = 1;
    qreal widest = 0;
    for (const Row& row : std::as_const(rows)) {
        most = std::max(most, row.value);
        widest = std::max(widest, metrics.horizontalAdvance(row.label));
    }
    const qreal line = metrics.height();
    const qreal left = std::min(widest + 2 * Gap, m_size.width() * 0.4);
    m_plot = plotUnderHeadline(left, metrics.horizontalAdvance(QLocale().toString(most)) + Gap, line);
    if (m_plot.width() < 20 || m_plot.height() < 20)
        return;
    m_valueTicks = valueAxis(most, m_plot.left(), m_plot.right());
    const qreal top = QLocale().toInt(m_valueTicks.last().text);
    const qreal slot = std::min(m_plot.height() / rows.size(), line * 2.2);
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        Bar bar;
        const qreal y = m_plot.top() + i * slot;
        bar.rect = QRectF(m_plot.left(), y + slot * 0.15, m_plot.width() * row.value / top, slot * 0.7);
        bar.label = row.label;
        bar.value = row.value;
        bar.color = row.hit.kind == StatisticsHit::Kind::Others ? Palette::neutral() : barColor();
        bar.selected = row.selected;
        bar.hit = row.hit;
        m_bars.append(bar);
        m_categoryTicks.append({y + slot / 2, metrics.elidedText(row.label, Qt::ElideRight, left - Gap * 1.5)});
    }
}

QList<StatisticsHit> StatisticsLayout::hitsInOrder() const
{
    QList<StatisticsHit> hits;
    const auto add = [&hits](const StatisticsHit& hit) {
        if (hit.kind != StatisticsHit::Kind::None && hit.kind != StatisticsHit::Kind::Others && !hits.contains(hit))
            hits.append(hit);
    };
    for (const Bar& bar : m_bars)
        add(bar.hit);
    for (const Range& range : m_ranges)
        add(range.hit);
    return hits;
}

QRectF StatisticsLayout::rectOf(const StatisticsHit& hit) const
{
    QRectF rect;
    for (const Bar& bar : m_bars) {
        if (bar.hit == hit)
            rect = rect.united(bar.rect);
    }
    for (const Range& range : m_ranges) {
        if (range.hit == hit)
            rect = rect.united(range.rect);
    }
    return rect;
}

StatisticsHit StatisticsLayout::hitTest(const QPointF& point) const
{
    for (const Bar& bar : m_bars) {
        QRectF area = bar.rect.adjusted(-1, -2, 1, 2);
        // A short bar is easy to hit: its whole row or column counts.
        if (m_horizontal)
            area = QRectF(0, bar.rect.top(), m_plot.right() + 1, bar.rect.height());
        else if (m_kind == StatisticsChartKind::Lags)
            area.setTop(std::min(area.top(), m_plot.top()));
        if (area.contains(point))
            return bar.hit;
    }
    if (m_kind == StatisticsChartKind::DisclosuresPerYear) {
        for (const Bar& bar : m_bars) {
            if (point.x() >= bar.rect.left() && point.x() <= bar.rect.right() && point.y() >= m_plot.top()
                && point.y() <= m_plot.bottom())
                return bar.hit;
        }
    }
    for (const Range& range : m_ranges) {
        if (range.rect.adjusted(-2, -2, 2, 2).contains(point))
            return range.hit;
    }
    for (const Bar& bar : m_coverage) {
        if (bar.rect.adjusted(-1, 0, 1, 0).contains(point))
            return bar.hit;
    }
    return {};
}

QString StatisticsLayout::describe(const StatisticsHit& hit) const
{
    const auto barsOf = [&](const StatisticsHit& wanted) {
        QList<const Bar*> found;
        for (const Bar& bar : m_bars) {
            if (bar.hit == wanted)
                found.append(&bar);
        }
        return found;
    };
    switch (hit.kind) {
    case StatisticsHit::Kind::None:
        return {};
    case StatisticsHit::Kind::LagBin: {
        const auto found = barsOf(hit);
        if (found.isEmpty())
            return {};
        return found.first()->label + u'\n' + tr("%Ln link(s)", nullptr, found.first()->value) + u'\n'
            + tr("Click to show only their cases.");
    }
    case StatisticsHit::Kind::LagRange:
        if (hit.index >= 0 && hit.index < m_ranges.size()) {
            const Range& range = m_ranges.at(hit.index);
            return tr("Lag %1: the dates allow any of these days").arg(range.lag.lag.text()) + u'\n'
                + tr("Click to show only its case.");
        }
        for (const Bar& bar : m_coverage) {
            if (bar.hit == hit)
                return tr("%1: %n uncertain lag(s) may fall here", nullptr, bar.value).arg(bar.label);
        }
        return {};
    case StatisticsHit::Kind::Year: {
        QStringList lines {hit.key};
        int total = 0;
        for (const Bar* bar : barsOf(hit)) {
            lines.append(tr("%1: %2").arg(bar->series).arg(bar->value));
            total += bar->value;
        }
        lines.insert(1, tr("%Ln disclosure(s)", nullptr, total));
        lines.append(tr("Click to show only this year."));
        return lines.join(u'\n');
    }
    case StatisticsHit::Kind::Venue:
    case StatisticsHit::Kind::Status:
    case StatisticsHit::Kind::Agency:
    case StatisticsHit::Kind::Others: {
        const auto found = barsOf(hit);
        if (found.isEmpty())
            return {};
        QString text = found.first()->label + u'\n' + tr("%Ln case(s)", nullptr, found.first()->value);
        if (hit.kind != StatisticsHit::Kind::Others)
            text += u'\n' + tr("Click to show only these cases.");
        return text;
    }
    }
    return {};
}

qreal StatisticsLayout::headlineHeight() const
{
    // The headline wraps on a narrow chart; the plot starts under its last line. Measured once
    // per headline and width, not at every frame the painter draws.
    const qreal width = std::max<qreal>(1, m_size.width() - 12);
    if (m_measuredHeadline != m_headline || m_measuredWidth != width || m_headlineHeight <= 0) {
        const QFontMetricsF metrics(m_font);
        const qreal wrapped = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, m_headline).height();
        m_headlineHeight = std::max(metrics.height() * 1.6, wrapped + metrics.height() * 0.4);
        m_measuredHeadline = m_headline;
        m_measuredWidth = width;
    }
    return m_headlineHeight;
}

QRectF StatisticsLayout::plotUnderHeadline(qreal left, qreal rightReserve, qreal line) const
{
    // Under the headline, above two and a half lines of axis labels and title.
    const qreal head = headlineHeight();
    return {left, head + Gap, m_size.width() - left - Gap * 2 - rightReserve,
            m_size.height() - head - Gap - 2.6 * line - Gap};
}

} // namespace Spyline
