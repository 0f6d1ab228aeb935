#include "ChartExporter.h"
#include "MapChart.h"
#include "StackedChart.h"
#include "StatisticsChart.h"
#include "TestSupport.h"

#include <QBuffer>

using namespace Spyline;

namespace {

QByteArray svgOf(ExportableChart& chart, Store& store, const CaseFilter& filter = {})
{
    ExportOptions options;
    options.format = ExportOptions::Format::Svg;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ChartExporter exporter(
        chart, [&](const ExportableChart& shown) { return ChartContext::describe(store, shown, filter); }, options);
    EXPECT_OK(exporter.writeSvg(buffer));
    return buffer.data();
}

QStringList legendLabels(const ExportableChart& chart)
{
    QStringList labels;
    for (const LegendEntry& entry : chart.legend())
        labels.append(entry.group + u'/' + entry.label);
    return labels;
}

TEST(MapChart, PutsTheMapOnAPageWithItsLegendAndWhatItCannotPlace)
{
    auto store = Fixtures::sampleStore();
    auto chart = MapChart::build(*store, {});
    ASSERT_OK(chart);
    const QByteArray svg = svgOf(**chart, *store);
    EXPECT_TRUE(svg.contains("Where people were recruited"));
    EXPECT_TRUE(svg.contains("China 6"));
    EXPECT_TRUE(svg.contains("5 cases have no recruitment venue"));
    EXPECT_EQ((*chart)->shownCases().size(), 7);
    const QStringList labels = legendLabels(**chart);
    EXPECT_TRUE(labels.contains(QStringLiteral("Cases targeting the country/6 cases")))
        << labels.join(u';').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Cases targeting the country/no case")));
    // The same input gives the same SVG.
    auto again = MapChart::build(*store, {});
    ASSERT_OK(again);
    EXPECT_EQ(svgOf(**again, *store), svg);
}

TEST(StatisticsChart, ExportsTheLagHistogramWithItsRangesAndSources)
{
    auto store = Fixtures::sampleStore();
    auto chart = StatisticsChart::build(*store, {}, StatisticsChartKind::Lags);
    ASSERT_OK(chart);
    const QByteArray svg = svgOf(**chart, *store);
    EXPECT_TRUE(svg.contains("Days from a statement to the announcement that followed"));
    EXPECT_TRUE(svg.contains("8 links"));
    EXPECT_TRUE(svg.contains("drawn as that range"));
    // The statements' and announcements' sources are listed.
    EXPECT_FALSE((*chart)->shownEvents().isEmpty());
    EXPECT_TRUE(svg.contains("https://www.globaltimes.cn/page/202308/1296686.shtml"));
    const QStringList labels = legendLabels(**chart);
    EXPECT_TRUE(labels.contains(QStringLiteral("Lags/uncertain lag, as its range")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Lags/median 0\u201314 d")));

    auto years = StatisticsChart::build(*store, {}, StatisticsChartKind::DisclosuresPerYear);
    ASSERT_OK(years);
    svgOf(**years, *store);
    EXPECT_TRUE(legendLabels(**years).contains(QStringLiteral("Disclosing country/China")));
    EXPECT_TRUE((*years)->omissions().contains(QStringLiteral("2 cases with no dated announcement")));
}

TEST(StackedChart, PutsTheMapAboveTheLagsOnOnePage)
{
    auto store = Fixtures::sampleStore();
    auto map = MapChart::build(*store, {});
    auto lags = StatisticsChart::build(*store, {}, StatisticsChartKind::Lags);
    ASSERT_OK(map);
    ASSERT_OK(lags);
    std::vector<StackedChart::Part> parts;
    parts.push_back({std::move(*map), 0.6});
    parts.push_back({std::move(*lags), 0.4});
    StackedChart page(std::move(parts), QStringLiteral("Where and when"));
    const QByteArray svg = svgOf(page, *store);
    EXPECT_TRUE(svg.contains("Where and when"));
    EXPECT_TRUE(svg.contains("China 6"));
    EXPECT_TRUE(svg.contains("8 links"));
    EXPECT_EQ(page.shownCases().size(), 7);
    const QStringList labels = legendLabels(page);
    EXPECT_TRUE(labels.contains(QStringLiteral("Cases targeting the country/no case")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Lags/links, by lag")));
}

} // namespace
