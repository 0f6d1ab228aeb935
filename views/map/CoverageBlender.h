#pragma once

#include <QImage>
#include <QPainter>
#include <QPointF>
#include <QTransform>

class QColor;
class QPainterPath;
class QRectF;

namespace Spyline {

// Fills translucent shapes on a premultiplied ARGB32 image as QPainter does, antialiased and
// blended source over, but in the calling thread. Qt's raster engine hands every batch of a
// translucent fill to its thread pool and waits for it: for long thin shapes such as the map's
// arrows the hand-offs cost ten times the blend, more on a busy machine. Here a shape is drawn
// opaque into a mask, which QPainter does in place, and blended from it row by row with the
// raster engine's own arithmetic.
class CoverageBlender
{
public:
    // `mask` is reused from fill to fill and left clear: a transparent image of the target's size
    // and format, or null to be made so. `origin`: where the target's top left lies in the
    // coordinates of the shapes.
    CoverageBlender(QImage& target, QImage& mask, const QPointF& origin = {});

    // `shape` and `clip` in the target's logical coordinates, offset by the origin.
    void fill(const QPainterPath& shape, const QColor& color, const QRectF& clip);

private:
    QImage& m_target;
    QImage& m_mask;
    QTransform m_toPixels;
    QPainter m_painter; // on the mask, in the shapes' coordinates
};

} // namespace Spyline
