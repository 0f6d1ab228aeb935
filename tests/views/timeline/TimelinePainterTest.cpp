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

// The share of a picture's pixels that something was painted on.
double paintedShare(const QImage& image)
{
    qint64 painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(line[x]) > 0;
    }
    return double(painted) / std::max<qint64>(1, qint64(image.width()) * image.height());
}

// Each picture, kept when SPYLINE_SCREENSHOT_DIR is set, shows lanes and marks, and a zoom or a
// different window draws a different picture.
TEST(TimelinePainter, EveryWindowDrawsItsOwnPicture)
{
    QList<QImage> drawn;
    const auto keep = [&](const TimelineLayout& frame, const QString& name) {
        const QImage image = render(frame, ChartTheme::print());
        EXPECT_GT(paintedShare(image), 0.05) << name.toStdString();
        EXPECT_FALSE(frame.marks().empty()) << name.toStdString();
        for (const QImage& other : std::as_const(drawn))
            EXPECT_NE(image, other) << name.toStdString();
        drawn.append(image);
        saveScreenshot(image, name);
    };
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    keep(layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080}), QStringLiteral("timeline-sample-all"));
    keep(layout(lanes, {double(day(2023, 7, 10)), double(day(2023, 9, 25))}, {1920, 1080}),
         QStringLiteral("timeline-sample-zoomed"));
    const auto synthetic = syntheticData(3000);
    for (LaneKey key : {LaneKey::Case, LaneKey::DisclosingCountry}) {
        const auto grouped = TimelineLanes::build(synthetic, key);
        keep(layout(grouped, TimelineLayout::fitAll(*synthetic), {1920, 1080}),
             QStringLiteral("timeline-synthetic-whole-%1").arg(int(key)));
        // A month and a year from where the first lanes, those on screen, begin.
        const double start = grouped->lane(0).firstDay;
        keep(layout(grouped, {start, start + 31}, {1920, 1080}),
             QStringLiteral("timeline-synthetic-month-%1").arg(int(key)));
        keep(layout(grouped, {start, start + 365}, {1920, 1080}),
             QStringLiteral("timeline-synthetic-year-%1").arg(int(key)));
    }
}

} // namespace
