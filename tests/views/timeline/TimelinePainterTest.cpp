#include "TimelinePainter.h"

#include "TimelineFixtures.h"
#include "TimelineLegendPainter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <gtest/gtest.h>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

QImage render(const TimelineLayout& layout, const ChartTheme& theme)
{
    QImage image(layout.bounds().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    TimelinePainter timelinePainter;
    timelinePainter.paint(painter, layout, theme);
    return image;
}

TEST(TimelinePainter, SampleMarksAppearWhereTheLayoutPutThem)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    // The first view of the sample, as a slide would show it.
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitCases(*data), {1920, 1080});
    const QImage image = render(frame, ChartTheme::print());
    saveScreenshot(image, QStringLiteral("timeline-sample-print"));

    const QColor background = ChartTheme::print().background;
    int checked = 0;
    for (const MarkGeometry& mark : frame.marks()) {
        if (mark.style != MarkGeometry::Style::Point || mark.approximate)
            continue;
        const QColor pixel = image.pixelColor(mark.center.toPoint());
        // A filled mark is painted in its country's colour (edges darker), never left as background.
        EXPECT_NE(pixel.rgb(), background.rgb()) << "mark of event " << mark.event;
        EXPECT_LT(std::abs(pixel.red() - mark.color.red()) + std::abs(pixel.green() - mark.color.green())
                      + std::abs(pixel.blue() - mark.color.blue()),
                  60)
            << "mark of event " << mark.event;
        ++checked;
    }
    EXPECT_GE(checked, 5);
}

TEST(TimelinePainter, VectorDevicesGetShapesAndDensityNotImages)
{
    const auto data = syntheticData(3000);
    const auto lanes = TimelineLanes::build(data, LaneKey::DisclosingCountry);
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitAll(*data), {1600, 1000});
    ASSERT_FALSE(frame.densities().empty());
    ASSERT_FALSE(frame.marks().empty());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1600, 1000));
    svg.setViewBox(QRectF(0, 0, 1600, 1000));
    {
        QPainter painter(&svg);
        TimelinePainter timelinePainter;
        timelinePainter.paint(painter, frame, ChartTheme::print());
    }
    const QByteArray out = buffer.data();
    // Sharp at any size: no raster stamps on a vector device, and density keeps it small.
    EXPECT_FALSE(out.contains("<image"));
    EXPECT_GT(out.count("<path"), qsizetype(frame.marks().size()) / 2);
    EXPECT_LT(out.size(), 4 * 1024 * 1024);
}

TEST(TimelinePainter, LegendNamesTheShapesAndColoursInUse)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080});
    QStringList texts;
    for (const auto& entry : TimelineLegendPainter::entries(frame.legend()))
        texts.append(entry.text);
    EXPECT_TRUE(texts.contains(QStringLiteral("announcement")));
    EXPECT_TRUE(texts.contains(QStringLiteral("statement")));
    EXPECT_TRUE(texts.contains(QStringLiteral("China")));
    EXPECT_TRUE(texts.contains(QStringLiteral("month, year or range only")));
    EXPECT_TRUE(texts.contains(QStringLiteral("link, with lag in days")));
    EXPECT_FALSE(texts.contains(QStringLiteral("payment")));

    QImage image(900, 60, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const int drawn =
        TimelineLegendPainter::paint(painter, QRectF(0, 0, 900, 60), TimelineLegendPainter::entries(frame.legend()),
                                     ChartTheme::print(), frame.smallFont());
    EXPECT_GT(drawn, 5);
}

TEST(TimelinePainter, Screenshots)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    saveScreenshot(render(layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080}), ChartTheme::print()),
                   QStringLiteral("timeline-sample-all"));
    const TimelineLayout zoomed = layout(lanes, {double(day(2023, 7, 10)), double(day(2023, 9, 25))}, {1920, 1080});
    saveScreenshot(render(zoomed, ChartTheme::print()), QStringLiteral("timeline-sample-zoomed"));
    const auto synthetic = syntheticData(3000);
    for (LaneKey key : {LaneKey::Case, LaneKey::DisclosingCountry}) {
        const auto grouped = TimelineLanes::build(synthetic, key);
        const TimelineLayout whole = layout(grouped, TimelineLayout::fitAll(*synthetic), {1920, 1080});
        saveScreenshot(render(whole, ChartTheme::print()), QStringLiteral("timeline-synthetic-whole-%1").arg(int(key)));
        const TimelineLayout month = layout(grouped, {double(day(2001, 3, 1)), double(day(2001, 4, 1))}, {1920, 1080});
        saveScreenshot(render(month, ChartTheme::print()), QStringLiteral("timeline-synthetic-month-%1").arg(int(key)));
        const TimelineLayout year = layout(grouped, {double(day(2001, 1, 1)), double(day(2002, 1, 1))}, {1920, 1080});
        saveScreenshot(render(year, ChartTheme::print()), QStringLiteral("timeline-synthetic-year-%1").arg(int(key)));
    }
}

} // namespace
