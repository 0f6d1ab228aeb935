#include "GraphChart.h"

#include "ChartExporter.h"
#include "ChartTheme.h"
#include "TestSupport.h"
#include "graph/GraphData.h"
#include "store/CaseSearch.h"
#include "store/Store.h"

#include <QXmlStreamReader>

using namespace Spyline;

namespace {

class GraphChartTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();

    std::unique_ptr<GraphChart> sampleChart(int maxNodes = 400)
    {
        auto chart = GraphChart::build(*store, {}, GraphLayoutKind::Relations, maxNodes);
        EXPECT_OK(chart);
        return chart ? std::move(*chart) : nullptr;
    }
    Id caseTitled(const QString& words)
    {
        CaseFilter filter;
        filter.text = words;
        auto ids = CaseSearch(*store).caseIds(filter);
        EXPECT_OK(ids);
        return ids && ids->size() == 1 ? ids->first() : 0;
    }
};

TEST_F(GraphChartTest, LegendListsTheShapesColoursAndTiesOnThePage)
{
    auto chart = sampleChart();
    ASSERT_TRUE(chart);
    chart->prepare(QSizeF(800, 500), ChartTheme::print());
    QStringList labels;
    QStringList groups;
    for (const LegendEntry& entry : chart->legend()) {
        labels.append(entry.label);
        if (!groups.contains(entry.group))
            groups.append(entry.group);
        EXPECT_TRUE(entry.paintSymbol) << entry.label.toStdString();
    }
    EXPECT_EQ(groups, (QStringList {"Shape"_s, "Country"_s, "Tie"_s}));
    for (const QString& expected : {"person"_s, "case"_s, "announcement"_s, "China"_s, "United States"_s,
                                    "claim: alleged, charged, investigated"_s})
        EXPECT_TRUE(labels.contains(expected)) << expected.toStdString() << " in " << labels.join(u'|').toStdString();
    // Nothing in the sample is a court's finding: the legend does not offer one.
    EXPECT_FALSE(labels.contains("court finding"_s));
}

TEST_F(GraphChartTest, ShowsTheCasesAndStatementsItDraws)
{
    auto chart = sampleChart();
    ASSERT_TRUE(chart);
    chart->prepare(QSizeF(800, 500), ChartTheme::print());
    const Id zeng = caseTitled("Zeng"_s);
    ASSERT_NE(zeng, 0);
    EXPECT_TRUE(chart->shownCases().contains(zeng));
    EXPECT_FALSE(chart->shownEvents().isEmpty());
    const auto range = chart->shownRange();
    ASSERT_TRUE(range.has_value());
    EXPECT_LE(range->first, PartialDate::parse("2023-08-11"_s)->earliestDay());
    EXPECT_TRUE(chart->omissions().isEmpty()) << chart->omissions().toStdString();
}

TEST_F(GraphChartTest, CaptionSaysHowManyNodesAreLeftOut)
{
    auto chart = sampleChart(6);
    ASSERT_TRUE(chart);
    chart->prepare(QSizeF(800, 500), ChartTheme::print());
    const QString omitted = chart->omissions();
    EXPECT_TRUE(omitted.startsWith("6 of "_s)) << omitted.toStdString();
    EXPECT_TRUE(omitted.contains("the most connected"_s)) << omitted.toStdString();
}

TEST_F(GraphChartTest, ExportsAsValidSvgWithItsTextAndTheSameBytesTwice)
{
    Fixtures::ScratchFolder scratch;
    const auto svg = [&] {
        auto chart = sampleChart();
        ExportOptions options;
        options.format = ExportOptions::Format::Svg;
        options.title = "Ties in the sample"_s;
        const ChartExporter::Describe describe = [&](const ExportableChart& shown) {
            return ChartContext::describe(*store, shown, {});
        };
        const QString path = scratch.path("graph.svg"_s);
        EXPECT_OK(ChartExporter(*chart, describe, options).write(path));
        return Fixtures::readAll(path);
    };
    const QByteArray first = svg();
    QXmlStreamReader reader(first);
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters)
            text += reader.text();
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    for (const QString& expected : {"Ties in the sample"_s, "Seth"_s, "Zeng case"_s, "station of"_s, "22 d"_s,
                                    "person"_s, "https://www.globaltimes.cn/page/202308/1296686.shtml"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_EQ(svg(), first) << "the same collection gives the same SVG";
}

} // namespace
