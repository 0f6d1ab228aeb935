#include "TimelinePainter.h"

#include "TimelineFixtures.h"

#include <QImage>
#include <QPainter>

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
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080});
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

TEST(TimelinePainter, Screenshots)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
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
