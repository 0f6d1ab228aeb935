#pragma once

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QList>

#include <vector>

class QPainter;

namespace Spyline {

// Many opaque one-pixel lines at once, for a graph zoomed far out: written straight into the
// pixels of a layer that is then laid over the picture in one copy. QPainter's line drawing
// blends pixel by pixel; with twenty thousand edges across a screen this is several times faster.
// Raster devices only.
class GraphHairlines
{
public:
    void add(const QLineF& line, QRgb color);
    void paint(QPainter& painter, const QRectF& target);
    void clear()
    {
        m_lines.clear();
    }
    qsizetype size() const
    {
        return m_lines.size();
    }

private:
    struct Line
    {
        QLineF line;
        QRgb color;
    };
    // A line clipped to the picture in device pixels, ready to step along its longer axis.
    struct Span
    {
        bool xMajor = true;
        int from = 0; // along the longer axis, from <= to
        int to = -1;
        qint64 start = 0; // the other coordinate at `from`, 16.16 fixed point
        qint64 step = 0;
        int left = 0; // columns it touches
        int right = -1;
        QRgb color = 0;
    };
    static Span span(const Line& line, qreal ratio, int width, int height);
    void rasterise(const Span& span, int bandLeft, int bandRight);

    QList<Line> m_lines;
    QImage m_layer;
};

} // namespace Spyline
