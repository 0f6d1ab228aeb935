#include "GraphHairlines.h"

#include <QPaintDevice>
#include <QPainter>

#include <cmath>
#include <cstdlib>
#include <utility>

namespace Spyline {

namespace {

// Cohen-Sutherland: clips the line to [0, w) x [0, h); false when nothing is left.
bool clip(qreal& x0, qreal& y0, qreal& x1, qreal& y1, qreal w, qreal h)
{
    const auto code = [&](qreal x, qreal y) { return (x < 0 ? 1 : x > w ? 2 : 0) | (y < 0 ? 4 : y > h ? 8 : 0); };
    int c0 = code(x0, y0);
    int c1 = code(x1, y1);
    for (int round = 0; round < 8; ++round) {
        if (!(c0 | c1))
            return true;
        if (c0 & c1)
            return false;
        const int out = c0 ? c0 : c1;
        qreal x = 0;
        qreal y = 0;
        if (out & 8) {
            x = x0 + (x1 - x0) * (h - y0) / (y1 - y0);
            y = h;
        } else if (out & 4) {
            x = x0 + (x1 - x0) * (0 - y0) / (y1 - y0);
            y = 0;
        } else if (out & 2) {
            y = y0 + (y1 - y0) * (w - x0) / (x1 - x0);
            x = w;
        } else {
            y = y0 + (y1 - y0) * (0 - x0) / (x1 - x0);
            x = 0;
        }
        if (out == c0) {
            x0 = x;
            y0 = y;
            c0 = code(x0, y0);
        } else {
            x1 = x;
            y1 = y;
            c1 = code(x1, y1);
        }
    }
    return false;
}

} // namespace

void GraphHairlines::add(const QLineF& line, QRgb color)
{
    m_lines.append({line, color});
}

void GraphHairlines::rasterise(const Line& line, qreal ratio)
{
    qreal x0 = line.line.x1() * ratio;
    qreal y0 = line.line.y1() * ratio;
    qreal x1 = line.line.x2() * ratio;
    qreal y1 = line.line.y2() * ratio;
    const int width = m_layer.width();
    const int height = m_layer.height();
    if (!clip(x0, y0, x1, y1, width - 1, height - 1))
        return;
    int ax = static_cast<int>(std::lround(x0));
    int ay = static_cast<int>(std::lround(y0));
    int bx = static_cast<int>(std::lround(x1));
    int by = static_cast<int>(std::lround(y1));
    const qsizetype stride = m_layer.bytesPerLine() / 4;
    auto* pixels = reinterpret_cast<QRgb*>(m_layer.bits());
    const QRgb color = qPremultiply(line.color);
    // Steps along the longer axis, the other coordinate in 16.16 fixed point: one add a pixel.
    if (std::abs(bx - ax) >= std::abs(by - ay)) {
        if (ax > bx) {
            std::swap(ax, bx);
            std::swap(ay, by);
        }
        const qint64 step = (qint64(by - ay) << 16) / std::max(1, bx - ax);
        qint64 y = (qint64(ay) << 16) + 0x8000;
        for (int x = ax; x <= bx; ++x, y += step)
            pixels[(y >> 16) * stride + x] = color;
    } else {
        if (ay > by) {
            std::swap(ax, bx);
            std::swap(ay, by);
        }
        const qint64 step = (qint64(bx - ax) << 16) / std::max(1, by - ay);
        qint64 x = (qint64(ax) << 16) + 0x8000;
        QRgb* row = pixels + ay * stride;
        for (int y = ay; y <= by; ++y, x += step, row += stride)
            row[x >> 16] = color;
    }
}

void GraphHairlines::paint(QPainter& painter, const QRectF& target)
{
    if (m_lines.isEmpty())
        return;
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QSize size(static_cast<int>(std::ceil(target.width() * ratio)),
                     static_cast<int>(std::ceil(target.height() * ratio)));
    if (m_layer.size() != size)
        m_layer = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_layer.fill(Qt::transparent);
    for (Line line : std::as_const(m_lines)) {
        line.line.translate(-target.topLeft());
        rasterise(line, ratio);
    }
    m_layer.setDevicePixelRatio(ratio);
    painter.drawImage(target.topLeft(), m_layer);
}

} // namespace Spyline
