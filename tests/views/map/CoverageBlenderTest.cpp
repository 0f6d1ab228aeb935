#include "CoverageBlender.h"

#include <QPainter>
#include <QPainterPath>

#include <gtest/gtest.h>

using namespace Spyline;

namespace {

// Stripes of colour, some translucent, for the shapes to be blended over.
QImage background(qreal ratio)
{
    QImage image(QSize(320, 200) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (int x = 0; x < 320; x += 20)
        painter.fillRect(QRectF(x, 0, 12, 200), QColor::fromHsv(x % 360, 160, 220, 120 + x % 136));
    return image;
}

QPainterPath arrow()
{
    QPainterPath shape;
    shape.setFillRule(Qt::WindingFill);
    shape.addPolygon(
        QPolygonF({{10.3, 180.2}, {150.7, 40.1}, {290.2, 60.9}, {290.6, 66.4}, {151.1, 46.2}, {13.9, 183.5}}));
    return shape;
}

QPainterPath ring()
{
    QPainterPath shape;
    shape.setFillRule(Qt::OddEvenFill);
    shape.addEllipse(QPointF(200.4, 120.6), 11.9, 11.9);
    shape.addEllipse(QPointF(200.4, 120.6), 10.1, 10.1);
    return shape;
}

int largestDifference(const QImage& a, const QImage& b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
}

TEST(CoverageBlender, BlendsAsQPainterDoes)
{
    for (qreal ratio : {1.0, 2.0}) {
        const struct
        {
            QPainterPath shape;
            QColor color;
            QRectF clip;
        } fills[] = {
            {arrow(), QColor(40, 40, 60, 184), QRectF(0, 0, 320, 200)},
            {ring(), QColor(40, 40, 60, 184), QRectF(0, 0, 320, 200)},
            // Opaque, over the first: what a selected arrow is.
            {arrow(), QColor(200, 30, 30), QRectF(0, 0, 320, 200)},
            // Cut by the clip, as in a strip the canvas paints.
            {ring(), QColor(0, 90, 200, 90), QRectF(195, 0, 40, 117)},
        };
        QImage expected = background(ratio);
        QImage blended = background(ratio);
        QImage mask;
        {
            QPainter painter(&expected);
            painter.setRenderHint(QPainter::Antialiasing);
            CoverageBlender blender(blended, mask);
            for (const auto& fill : fills) {
                painter.save();
                painter.setClipRect(fill.clip);
                painter.fillPath(fill.shape, fill.color);
                painter.restore();
                blender.fill(fill.shape, fill.color, fill.clip);
            }
        }
        EXPECT_NE(blended, background(ratio));
        // Pixel for pixel: the same coverage, the same arithmetic.
        EXPECT_EQ(largestDifference(blended, expected), 0) << ratio;
        // The mask is left clear for the next shape.
        QImage clear(mask.size(), mask.format());
        clear.fill(Qt::transparent);
        EXPECT_EQ(mask, clear) << ratio;
    }
}

} // namespace
