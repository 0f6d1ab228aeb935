#include "GraphHairlines.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace Spyline;

namespace {

constexpr QRgb Ink = 0xff204080;

QImage drawn(const QList<QLineF>& lines, QSize size = QSize(800, 600))
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    GraphHairlines hairlines;
    for (const QLineF& line : lines)
        hairlines.add(line, Ink);
    QPainter painter(&image);
    hairlines.paint(painter, QRectF(QPointF(0, 0), size));
    return image;
}

int inkedInRow(const QImage& image, int y)
{
    int count = 0;
    for (int x = 0; x < image.width(); ++x)
        count += image.pixel(x, y) == Ink;
    return count;
}

int inkedInColumn(const QImage& image, int x)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        count += image.pixel(x, y) == Ink;
    return count;
}

// The lines are drawn a band of columns at a time: a line that crosses from one band to the next
// has no gap and no doubled pixel at the seam.
TEST(GraphHairlines, DrawsUnbrokenLinesAcrossTheBands)
{
    const QImage shallow = drawn({QLineF(10, 50, 700, 80)});
    for (int x = 10; x <= 700; ++x)
        ASSERT_EQ(inkedInColumn(shallow, x), 1) << "column " << x;
    EXPECT_EQ(inkedInColumn(shallow, 9), 0);
    EXPECT_EQ(inkedInColumn(shallow, 701), 0);

    const QImage steep = drawn({QLineF(240, 0, 280, 599)});
    for (int y = 0; y < 600; ++y)
        ASSERT_EQ(inkedInRow(steep, y), 1) << "row " << y;
    EXPECT_EQ(steep.pixel(240, 0), Ink);
    EXPECT_EQ(steep.pixel(280, 599), Ink);
}

TEST(GraphHairlines, ClipsLinesToThePicture)
{
    const QImage image = drawn({QLineF(-500, 300, 1500, 300), QLineF(400, -100, 400, 10000)}, QSize(600, 400));
    EXPECT_EQ(inkedInRow(image, 300), 600);
    EXPECT_EQ(inkedInColumn(image, 400), 400);
    EXPECT_EQ(inkedInRow(image, 299), 1);
}

} // namespace
