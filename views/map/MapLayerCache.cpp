#include "MapLayerCache.h"

#include "ChartTheme.h"
#include "CoverageBlender.h"
#include "MapPainter.h"
#include "WorldMap.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSemaphore>
#include <QThreadPool>

#include <cmath>
#include <cstring>

namespace Spyline {

namespace {

bool showsInOverlay(const MapLayout::Hit& hit)
{
    return hit.kind == MapLayout::Hit::Kind::Arrow || hit.kind == MapLayout::Hit::Kind::Point
        || hit.kind == MapLayout::Hit::Kind::Ring;
}

// Moves an image's pixels by `by`, in place; what is uncovered keeps its old pixels.
void scroll(QImage& image, const QPoint& by)
{
    const int width = image.width() - std::abs(by.x());
    const int rows = image.height() - std::abs(by.y());
    const qsizetype line = image.bytesPerLine();
    const int pixel = image.depth() / 8;
    uchar* bits = image.bits();
    const auto move = [&](int row) {
        const int from = row - by.y();
        std::memmove(bits + row * line + std::max(by.x(), 0) * pixel, bits + from * line + std::max(-by.x(), 0) * pixel,
                     size_t(width) * pixel);
    };
    // Rows are moved in the order that reads each before it is overwritten.
    if (by.y() > 0) {
        for (int row = image.height() - 1; row >= by.y(); --row)
            move(row);
    } else {
        for (int row = 0; row < rows; ++row)
            move(row);
    }
}

// The strips of `frame` that a move by `by` uncovers.
QList<QRect> uncovered(const QRect& frame, const QPoint& by)
{
    QList<QRect> strips;
    if (by.x() > 0)
        strips.append(QRect(0, 0, by.x(), frame.height()));
    else if (by.x() < 0)
        strips.append(QRect(frame.width() + by.x(), 0, -by.x(), frame.height()));
    if (by.y() > 0)
        strips.append(QRect(0, 0, frame.width(), by.y()));
    else if (by.y() < 0)
        strips.append(QRect(0, frame.height() + by.y(), frame.width(), -by.y()));
    return strips;
}

// The second thread that paints the map's layers.
QThreadPool& painterThread()
{
    static QThreadPool* pool = [] {
        auto* threads = new QThreadPool(QCoreApplication::instance());
        threads->setMaxThreadCount(1);
        threads->setObjectName(QStringLiteral("spyline-map-painter"));
        return threads;
    }();
    return *pool;
}

// An image over some rows of `image`, sharing its pixels.
QImage rowsOf(QImage& image, const QRect& rows)
{
    QImage part(image.scanLine(rows.top()), image.width(), rows.height(), image.bytesPerLine(), image.format());
    part.setDevicePixelRatio(image.devicePixelRatio());
    return part;
}

// A QPainterPath builds what it hands the paint engine, and its bounds, when first drawn. The
// map's outlines are drawn on two threads at once: each is drawn once here before.
void prepareForThreads(const WorldMap& map)
{
    QImage pixel(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&pixel);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(100, 100);
    QPen pen(Qt::black, 0.6);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(Qt::black);
    const auto prepare = [&](const QPainterPath& path) {
        path.controlPointRect();
        path.boundingRect();
        painter.drawPath(path);
    };
    prepare(map.sphere());
    prepare(map.graticule());
    for (const WorldMap::Country& country : map.countries())
        prepare(country.outline);
}

QRectF logical(const QRect& pixels, qreal ratio)
{
    return {QPointF(pixels.topLeft()) / ratio, QSizeF(pixels.size()) / ratio};
}

} // namespace

void MapLayerCache::clear()
{
    m_base = QImage();
    m_overlay = QImage();
    m_mask = QImage();
    m_overlayCurrent = false;
}

void MapLayerCache::paint(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered,
                          const ChartTheme& theme)
{
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QSize pixels = (layout.size() * ratio).toSize();
    const GraphViewport& viewport = layout.viewport();
    const QPointF moved = (viewport.offset - m_viewport.offset) * ratio;
    const QPoint by = moved.toPoint();
    // Only a move by whole pixels keeps the pixels a fresh paint would give.
    const bool keep = !m_base.isNull() && m_base.size() == pixels && m_base.devicePixelRatio() == ratio
        && ratio == std::round(ratio) && viewport.scale == m_viewport.scale && std::abs(moved.x() - by.x()) < 1e-6
        && std::abs(moved.y() - by.y()) < 1e-6 && std::abs(by.x()) < pixels.width()
        && std::abs(by.y()) < pixels.height();
    const MapLayout::Hit overlayHover = showsInOverlay(hovered) ? hovered : MapLayout::Hit {};
    m_viewport = viewport;
    QList<QRect> baseParts;
    QList<QRect> overlayParts;
    if (!keep) {
        if (m_base.size() != pixels || m_base.devicePixelRatio() != ratio) {
            for (QImage* image : {&m_base, &m_overlay}) {
                *image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
                image->setDevicePixelRatio(ratio);
            }
            // In device pixels: CoverageBlender maps what it fills itself.
            m_mask = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            m_mask.fill(Qt::transparent);
        }
        baseParts = {m_base.rect()};
        m_overlayCurrent = false;
        m_lastWork = Work::Painted;
    } else if (!by.isNull()) {
        scroll(m_base, by);
        baseParts = uncovered(m_base.rect(), by);
        if (m_overlayCurrent && overlayHover == m_overlayHover) {
            scroll(m_overlay, by);
            overlayParts = uncovered(m_overlay.rect(), by);
        }
        m_lastWork = Work::Shifted;
    } else {
        m_lastWork = Work::Repainted;
    }
    if (!m_overlayCurrent || overlayHover != m_overlayHover)
        overlayParts = {m_overlay.rect()};
    paintLayers(layout, overlayHover, theme, baseParts, overlayParts);
    m_overlayCurrent = true;
    m_overlayHover = overlayHover;

    const MapPainter map(theme);
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), layout.size()), Qt::IntersectClip);
    // The base is opaque over the whole frame: copied, not blended.
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(QPointF(0, 0), m_base);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    map.paintHoverOutline(painter, layout, hovered);
    painter.drawImage(QPointF(0, 0), m_overlay);
    map.paintLabels(painter, layout);
    painter.restore();
}

void MapLayerCache::paintLayers(const MapLayout& layout, const MapLayout::Hit& overlayHover, const ChartTheme& theme,
                                const QList<QRect>& baseParts, const QList<QRect>& overlayParts)
{
    // Stripes of rows, alternately painted here and on a second thread: each stripe has images of
    // its own over the layers' rows, so no two painters share one, and the layout is only read.
    // Alternate stripes share out the work of a map whose arrows crowd in a few rows.
    const int height = m_base.height();
    const int count = std::clamp(height / 64, 1, 8);
    QList<Stripe> stripes;
    for (int i = 0; i < count; ++i) {
        const QRect rows(0, height * i / count, m_base.width(), height * (i + 1) / count - height * i / count);
        Stripe stripe {rows, {}, {}, {}, {}, {}};
        for (const QRect& part : baseParts) {
            if (const QRect here = part.intersected(rows); !here.isEmpty())
                stripe.baseParts.append(here);
        }
        for (const QRect& part : overlayParts) {
            if (const QRect here = part.intersected(rows); !here.isEmpty())
                stripe.overlayParts.append(here);
        }
        if (stripe.baseParts.isEmpty() && stripe.overlayParts.isEmpty())
            continue;
        stripe.base = rowsOf(m_base, rows);
        stripe.overlay = rowsOf(m_overlay, rows);
        stripe.mask = rowsOf(m_mask, rows);
        stripes.append(std::move(stripe));
    }
    const auto paintEvery = [&](qsizetype first) {
        for (qsizetype i = first; i < stripes.size(); i += 2)
            paintStripe(layout, overlayHover, theme, stripes[i]);
    };
    if (m_preparedMap != &layout.map()) {
        prepareForThreads(layout.map());
        m_preparedMap = &layout.map();
    }
    QSemaphore done;
    const bool shared = stripes.size() > 1 && painterThread().tryStart([&] {
        paintEvery(1);
        done.release();
    });
    paintEvery(0);
    if (shared)
        done.acquire();
    else
        paintEvery(1);
}

void MapLayerCache::paintStripe(const MapLayout& layout, const MapLayout::Hit& overlayHover, const ChartTheme& theme,
                                Stripe& stripe)
{
    const qreal ratio = m_base.devicePixelRatio();
    // The map's coordinates at the stripe's top left.
    const QPointF origin(0, stripe.rows.top() / ratio);
    const MapPainter map(theme);
    if (!stripe.baseParts.isEmpty()) {
        QPainter painter(&stripe.base);
        painter.translate(-origin);
        for (const QRect& part : std::as_const(stripe.baseParts)) {
            const QRectF area = logical(part, ratio);
            painter.save();
            painter.setClipRect(area);
            painter.fillRect(area, theme.background);
            map.paintBase(painter, layout, area);
            painter.restore();
        }
    }
    if (!stripe.overlayParts.isEmpty()) {
        QPainter painter(&stripe.overlay);
        painter.translate(-origin);
        // Rings and arrows, translucent, are blended here rather than by Qt's thread pool.
        CoverageBlender blender(stripe.overlay, stripe.mask, origin);
        for (const QRect& part : std::as_const(stripe.overlayParts)) {
            const QRectF area = logical(part, ratio);
            painter.save();
            painter.setClipRect(area);
            painter.setCompositionMode(QPainter::CompositionMode_Source);
            painter.fillRect(area, Qt::transparent);
            painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
            map.paintOverlay(painter, layout, overlayHover, area,
                             [&](const QPainterPath& shape, const QColor& color) { blender.fill(shape, color, area); });
            painter.restore();
        }
    }
}

} // namespace Spyline
