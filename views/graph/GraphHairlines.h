#pragma once

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QList>

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
    void rasterise(const Line& line, qreal ratio);

    QList<Line> m_lines;
    QImage m_layer;
};

} // namespace Spyline
