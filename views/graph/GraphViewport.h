#pragma once

#include <QPointF>
#include <QRectF>

namespace Spyline {

// Which part of the layout is seen and how large: device = layout * scale + offset.
// Pure arithmetic, shared by the view (zoom, pan) and the exporter (fit to the page).
struct GraphViewport
{
    qreal scale = 1.0;
    QPointF offset;

    QPointF toDevice(const QPointF& layout) const
    {
        return layout * scale + offset;
    }
    QPointF toLayout(const QPointF& device) const
    {
        return (device - offset) / scale;
    }
    QRectF toDevice(const QRectF& layout) const
    {
        return {toDevice(layout.topLeft()), layout.size() * scale};
    }
    QRectF toLayout(const QRectF& device) const
    {
        return {toLayout(device.topLeft()), device.size() / scale};
    }

    // The whole of `layout` centred in `device`, never larger than `maxScale`.
    static GraphViewport fit(const QRectF& layout, const QRectF& device, qreal maxScale = 1.5);
    // Zooms by `factor` keeping the layout point under `device` where it is.
    void zoomAround(const QPointF& device, qreal factor, qreal minScale = 0.002, qreal maxScale = 8.0);
    bool operator==(const GraphViewport& other) const = default;
};

} // namespace Spyline
