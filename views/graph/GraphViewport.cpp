#include "GraphViewport.h"

#include <algorithm>

namespace Spyline {

GraphViewport GraphViewport::fit(const QRectF& layout, const QRectF& device, qreal maxScale)
{
    GraphViewport viewport;
    if (layout.isEmpty() || device.isEmpty()) {
        viewport.offset = device.center() - layout.center();
        return viewport;
    }
    viewport.scale = std::min({device.width() / layout.width(), device.height() / layout.height(), maxScale});
    viewport.offset = device.center() - layout.center() * viewport.scale;
    return viewport;
}

void GraphViewport::zoomAround(const QPointF& device, qreal factor, qreal minScale, qreal maxScale)
{
    const QPointF anchor = toLayout(device);
    scale = std::clamp(scale * factor, minScale, maxScale);
    offset = device - anchor * scale;
}

} // namespace Spyline
