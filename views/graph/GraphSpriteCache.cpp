#include "GraphSpriteCache.h"

#include "GraphStyle.h"

#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace Spyline {

void GraphSpriteCache::draw(QPainter& painter, GraphNodeKind kind, const QRectF& box, const QColor& fill,
                            const QColor& outline, qreal outlineWidth)
{
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int width = std::max(1, static_cast<int>(std::lround(box.width() * ratio)));
    const int height = std::max(1, static_cast<int>(std::lround(box.height() * ratio)));
    const Key key {static_cast<quint8>(kind),
                   fill.rgba(),
                   outline.rgba(),
                   static_cast<quint16>(width),
                   static_cast<quint16>(height),
                   static_cast<quint16>(std::lround(outlineWidth * ratio * 10))};
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        const int margin = static_cast<int>(std::ceil(outlineWidth * ratio)) + 1;
        QImage sprite(width + 2 * margin, height + 2 * margin, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(outlineWidth > 0 ? QPen(outline, outlineWidth * ratio) : QPen(Qt::NoPen));
        p.setBrush(fill);
        p.drawPath(GraphStyle::shape(kind, QRectF(margin, margin, width, height)));
        p.end();
        sprite.setDevicePixelRatio(ratio);
        it = m_sprites.insert(key, sprite);
    }
    const qreal margin = (it->width() / ratio - width / ratio) / 2;
    // Whole device pixels: a copy, never a resampling.
    const QPointF at(std::round((box.center().x() - width / ratio / 2 - margin) * ratio) / ratio,
                     std::round((box.center().y() - height / ratio / 2 - margin) * ratio) / ratio);
    painter.drawImage(at, *it);
}

} // namespace Spyline
