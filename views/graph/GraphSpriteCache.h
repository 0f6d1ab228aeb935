#pragma once

#include "graph/GraphData.h"

#include <QColor>
#include <QHash>
#include <QImage>

class QPainter;

namespace Spyline {

// Node shapes rendered once per kind, colour and pixel size, then copied: ten thousand small
// antialiased paths per frame cost ten times more than ten thousand copies. Only for raster
// devices (the screen, PNG); vector exports draw the shapes themselves.
class GraphSpriteCache
{
public:
    // Draws the shape of `kind` filling `box` (device pixels) with a fill and outline pen.
    void draw(QPainter& painter, GraphNodeKind kind, const QRectF& box, const QColor& fill, const QColor& outline,
              qreal outlineWidth);
    void clear()
    {
        m_sprites.clear();
    }
    // Larger shapes are drawn as paths: there are few of them on screen.
    static constexpr qreal maxSize = 48;

private:
    struct Key
    {
        quint8 kind;
        QRgb fill;
        QRgb outline;
        quint16 width; // device pixels
        quint16 height;
        quint16 pen; // outline width in tenths of a pixel
        bool operator==(const Key& other) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed)
    {
        return qHashMulti(seed, key.kind, key.fill, key.outline, key.width, key.height, key.pen);
    }
    QHash<Key, QImage> m_sprites;
};

} // namespace Spyline
