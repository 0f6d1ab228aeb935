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

GraphHairlines::Span GraphHairlines::span(const Line& line, qreal ratio, int width, int height)
{
    qreal x0 = line.line.x1() * ratio;
    qreal y0 = line.line.y1() * ratio;
    qreal x1 = line.line.x2() * ratio;
    qreal y1 = line.line.y2() * ratio;
    Span span;
    if (!clip(x0, y0, x1, y1, width - 1, height - 1))
        return span;
    int ax = static_cast<int>(std::lround(x0));
    int ay = static_cast<int>(std::lround(y0));
    int bx = static_cast<int>(std::lround(x1));
    int by = static_cast<int>(std::lround(y1));
    span.color = qPremultiply(line.color);
    span.xMajor = std::abs(bx - ax) >= std::abs(by - ay);
    // Steps along the longer axis, the other coordinate in 16.16 fixed point: one add a pixel.
    if (span.xMajor ? ax > bx : ay > by) {
        std::swap(ax, bx);
        std::swap(ay, by);
    }
    span.from = span.xMajor ? ax : ay;
    span.to = span.xMajor ? bx : by;
    span.start = (qint64(span.xMajor ? ay : ax) << 16) + 0x8000;
    span.step =
        span.xMajor ? (qint64(by - ay) << 16) / std::max(1, bx - ax) : (qint64(bx - ax) << 16) / std::max(1, by - ay);
    span.left = std::min(ax, bx);
    span.right = std::max(ax, bx);
    return span;
}

void GraphHairlines::rasterise(const Span& span, int bandLeft, int bandRight)
{
    const qsizetype stride = m_layer.bytesPerLine() / 4;
    auto* pixels = reinterpret_cast<QRgb*>(m_layer.bits());
    if (span.xMajor) {
        const int first = std::max(span.from, bandLeft);
        const int last = std::min(span.to, bandRight - 1);
        qint64 y = span.start + span.step * (first - span.from);
        for (int x = first; x <= last; ++x, y += span.step)
            pixels[(y >> 16) * stride + (x - bandLeft)] = span.color;
    } else {
        qint64 x = span.start;
        QRgb* row = pixels + qsizetype(span.from) * stride;
        for (int y = span.from; y <= span.to; ++y, x += span.step, row += stride) {
            const int column = int(x >> 16) - bandLeft;
            if (column >= 0 && column < bandRight - bandLeft)
                row[column] = span.color;
        }
    }
}

void GraphHairlines::paint(QPainter& painter, const QRectF& target)
{
    if (m_lines.isEmpty())
        return;
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int width = static_cast<int>(std::ceil(target.width() * ratio));
    const int height = static_cast<int>(std::ceil(target.height() * ratio));
    if (width <= 0 || height <= 0)
        return;
    std::vector<Span> spans;
    spans.reserve(size_t(m_lines.size()));
    for (Line line : std::as_const(m_lines)) {
        line.line.translate(-target.topLeft());
        if (const Span s = span(line, ratio, width, height); s.from <= s.to)
            spans.push_back(s);
    }
    // The layer is a vertical band of the picture at a time: a steep line then steps through rows
    // a kilobyte apart rather than a screen's width apart, and its pixels stay in the cache.
    constexpr int BandWidth = 256;
    const QSize bandSize(std::min(BandWidth, width), height);
    if (m_layer.size() != bandSize)
        m_layer = QImage(bandSize, QImage::Format_ARGB32_Premultiplied);
    m_layer.setDevicePixelRatio(1.0);
    for (int left = 0; left < width; left += BandWidth) {
        const int right = std::min(width, left + BandWidth);
        m_layer.fill(Qt::transparent);
        bool drawn = false;
        for (const Span& s : spans) {
            if (s.right < left || s.left >= right)
                continue;
            rasterise(s, left, right);
            drawn = true;
        }
        if (drawn) {
            painter.drawImage(
                QRectF(target.left() + left / ratio, target.top(), (right - left) / ratio, height / ratio), m_layer,
                QRectF(0, 0, right - left, height));
        }
    }
}

} // namespace Spyline
