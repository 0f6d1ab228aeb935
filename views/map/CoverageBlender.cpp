#include "CoverageBlender.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QVarLengthArray>

#include <climits>
#include <cmath>

namespace Spyline {

namespace {

// Each channel of a premultiplied pixel times a / 255, rounded as the raster engine does.
uint byteMul(uint pixel, uint a)
{
    uint low = (pixel & 0xff00ff) * a;
    low = (low + ((low >> 8) & 0xff00ff) + 0x800080) >> 8;
    low &= 0xff00ff;
    uint high = ((pixel >> 8) & 0xff00ff) * a;
    high = high + ((high >> 8) & 0xff00ff) + 0x800080;
    high &= 0xff00ff00;
    return high | low;
}

// A premultiplied colour over `destination` where it covers coverage / 255 of the pixel.
uint sourceOver(uint destination, uint color, uint coverage)
{
    if ((coverage & qAlpha(color)) == 255)
        return color;
    const uint source = coverage == 255 ? color : byteMul(color, coverage);
    return source + byteMul(destination, qAlpha(~source));
}

} // namespace

CoverageBlender::CoverageBlender(QImage& target, QImage& mask, const QPointF& origin)
    : m_target(target)
    , m_mask(mask)
    , m_toPixels(QTransform::fromScale(target.devicePixelRatio(), target.devicePixelRatio())
                     .translate(-origin.x(), -origin.y()))
{
    if (m_mask.size() != m_target.size() || m_mask.format() != QImage::Format_ARGB32_Premultiplied) {
        m_mask = QImage(m_target.size(), QImage::Format_ARGB32_Premultiplied);
        m_mask.fill(Qt::transparent);
    }
    m_painter.begin(&m_mask);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(Qt::NoPen);
    // Opaque: the raster engine writes it in place.
    m_painter.setBrush(Qt::white);
    m_painter.setTransform(m_toPixels);
}

void CoverageBlender::fill(const QPainterPath& shape, const QColor& color, const QRectF& clip)
{
    const QRect within = m_toPixels.mapRect(clip).toAlignedRect().intersected(m_target.rect());
    const QRect box =
        m_toPixels.mapRect(shape.controlPointRect()).toAlignedRect().adjusted(-1, -1, 1, 1).intersected(within);
    if (box.isEmpty())
        return;
    m_painter.setClipRect(clip);
    m_painter.drawPath(shape);

    // A row holds coverage only between the shape's leftmost and rightmost points in it.
    const int rows = box.height();
    QVarLengthArray<int, 1024> first(rows);
    QVarLengthArray<int, 1024> last(rows);
    std::fill(first.begin(), first.end(), INT_MAX);
    std::fill(last.begin(), last.end(), INT_MIN);
    for (const QPolygonF& outline : shape.toSubpathPolygons(m_toPixels)) {
        for (qsizetype i = 0; i < outline.size(); ++i) {
            const QPointF& p = outline.at(i);
            const QPointF& q = outline.at((i + 1) % outline.size());
            const qreal top = std::min(p.y(), q.y());
            const qreal bottom = std::max(p.y(), q.y());
            const int from = std::max(int(std::floor(top)), box.top());
            const int to = std::min(int(std::floor(bottom)), box.bottom());
            for (int row = from; row <= to; ++row) {
                qreal left = std::min(p.x(), q.x());
                qreal right = std::max(p.x(), q.x());
                if (q.y() != p.y()) {
                    const qreal slope = (q.x() - p.x()) / (q.y() - p.y());
                    const qreal a = p.x() + (std::max<qreal>(top, row) - p.y()) * slope;
                    const qreal b = p.x() + (std::min<qreal>(bottom, row + 1) - p.y()) * slope;
                    left = std::min(a, b);
                    right = std::max(a, b);
                }
                first[row - box.top()] = std::min(first[row - box.top()], int(std::floor(left)) - 1);
                last[row - box.top()] = std::max(last[row - box.top()], int(std::floor(right)) + 1);
            }
        }
    }
    const uint source = qPremultiply(color.rgba());
    for (int i = 0; i < rows; ++i) {
        const int from = std::max(first[i], box.left());
        const int to = std::min(last[i], box.right());
        if (from > to)
            continue;
        auto* target = reinterpret_cast<uint*>(m_target.scanLine(box.top() + i));
        auto* coverage = reinterpret_cast<uint*>(m_mask.scanLine(box.top() + i));
        for (int x = from; x <= to; ++x) {
            const uint covered = qAlpha(coverage[x]);
            if (covered == 0)
                continue;
            coverage[x] = 0;
            target[x] = sourceOver(target[x], source, covered);
        }
    }
}

} // namespace Spyline
