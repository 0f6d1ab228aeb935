#include "TimelinePainter.h"

#include "ChartTheme.h"
#include "Palette.h"
#include "TimelineLayout.h"
#include "TimelineLegendPainter.h"
#include "TimelineShapes.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

constexpr qreal FadedAlpha = TimelineShapes::FadedAlpha;
constexpr qreal SpriteSide = 16;

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(color.alphaF() * alpha));
    return color;
}

// The extent of a range open at one end: a line that fades toward the open side, since the date
// may lie anywhere beyond the known end; a fill, so every device draws its gradient alike.
void openWhisker(QPainter& painter, qreal x0, qreal x1, qreal y, const QColor& color, bool openStart, bool openEnd,
                 qreal height)
{
    if (x1 <= x0)
        return;
    QLinearGradient gradient(x0, y, x1, y);
    gradient.setColorAt(0, openStart ? withAlpha(color, 0.0) : color);
    gradient.setColorAt(openStart ? 0.8 : 0.2, withAlpha(color, 0.85));
    gradient.setColorAt(1, openEnd ? withAlpha(color, 0.0) : color);
    painter.fillRect(QRectF(x0, y - height / 2, x1 - x0, height), QBrush(gradient));
}

// A histogram as one outline: heights on whole pixels (sqrt scale, one pixel at least for any
// event), runs of equal height merged, and never past the right edge, so it fills fast.
QPolygonF histogram(const std::vector<quint32>& counts, quint32 maxCount, const QRectF& rect, qreal bucket)
{
    QPolygonF outline;
    const qreal base = rect.bottom();
    outline << QPointF(rect.left(), base);
    qreal previous = -1;
    for (size_t k = 0; k < counts.size(); ++k) {
        const qreal height =
            counts[k] ? std::max<qreal>(1, std::round(std::sqrt(qreal(counts[k]) / maxCount) * rect.height())) : 0;
        if (height == previous)
            continue;
        const qreal x = std::min(rect.left() + qreal(k) * bucket, rect.right());
        outline << QPointF(x, base - std::max<qreal>(previous, 0)) << QPointF(x, base - height);
        previous = height;
    }
    outline << QPointF(rect.right(), base - std::max<qreal>(previous, 0)) << QPointF(rect.right(), base);
    return outline;
}

// Fills in bands of a few dozen rows. Qt's raster engine hands fills taller than about a hundred
// rows to its thread pool; on a busy two-core machine waiting for those threads costs more than
// the fill itself, and a frame has dozens of tall one-pixel grid rules.
void fillInBands(QPainter& painter, const QRectF& rect, const QColor& color)
{
    constexpr qreal Band = 64;
    for (qreal top = rect.top(); top < rect.bottom(); top += Band)
        painter.fillRect(QRectF(rect.left(), top, rect.width(), std::min(Band, rect.bottom() - top)), color);
}

void fillInBands(QPainter& painter, const QRect& rect, const QColor& color)
{
    constexpr int Band = 64;
    for (int top = rect.top(); top <= rect.bottom(); top += Band)
        painter.fillRect(QRect(rect.left(), top, rect.width(), std::min(Band, rect.bottom() - top + 1)), color);
}

bool isRaster(const QPainter& painter)
{
    const QPaintEngine* engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster && painter.transform().isAffine()
        && painter.transform().m11() == 1 && painter.transform().m22() == 1 && painter.transform().m12() == 0;
}

} // namespace

TimelinePainter::TimelinePainter() = default;
TimelinePainter::~TimelinePainter() = default;

const QImage& TimelinePainter::sprite(EventKind kind, const QColor& color, bool hollow, bool faded,
                                      const QColor& background, qreal pixelRatio)
{
    const quint64 ratio = quint64(std::clamp(qRound(pixelRatio * 4), 1, 15));
    const quint64 key = quint64(kind) | quint64(hollow) << 4 | quint64(faded) << 5 | ratio << 6
        | quint64(color.rgb() & 0xFFFFFF) << 10 | quint64(hollow ? background.rgb() & 0xFFFFFF : 0) << 34;
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return *it;
    if (m_sprites.size() > 4096)
        m_sprites.clear();
    const int side = int(std::ceil(SpriteSide * pixelRatio));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        TimelineShapes::paint(p, kind, QPointF(SpriteSide / 2, SpriteSide / 2), color, hollow, faded, background);
    }
    return *m_sprites.insert(key, image);
}

void TimelinePainter::drawText(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const QString& text)
{
    if (text.isEmpty())
        return;
    const QFont& font = painter.font();
    auto cache = std::find_if(m_texts.begin(), m_texts.end(), [&](const TextCache& c) { return c.font == font; });
    if (cache == m_texts.end()) {
        if (m_texts.size() >= 8)
            m_texts.clear();
        m_texts.push_back({font, {}});
        cache = m_texts.end() - 1;
    }
    if (cache->texts.size() > 20000)
        cache->texts.clear();
    QStaticText& staticText = cache->texts[text];
    if (staticText.text().isEmpty()) {
        staticText.setText(text);
        // Plain text, always: titles come from the collection and are never read as markup.
        staticText.setTextFormat(Qt::PlainText);
        staticText.setPerformanceHint(QStaticText::AggressiveCaching);
        staticText.prepare(QTransform(), painter.font());
    }
    const QSizeF size = staticText.size();
    qreal x = rect.left();
    if (alignment & Qt::AlignHCenter)
        x = rect.center().x() - size.width() / 2;
    else if (alignment & Qt::AlignRight)
        x = rect.right() - size.width();
    qreal y = rect.top();
    if (alignment & Qt::AlignVCenter)
        y = rect.center().y() - size.height() / 2;
    else if (alignment & Qt::AlignBottom)
        y = rect.bottom() - size.height();
    painter.drawStaticText(QPointF(x, y), staticText);
}

void TimelinePainter::paint(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme)
{
    painter.save();
    if (!theme.transparentBackground)
        fillInBands(painter, layout.bounds(), theme.background);
    paintLanes(painter, layout, theme);
    paintContent(painter, layout, theme);
    paintHeaders(painter, layout, theme);
    paintAxis(painter, layout, theme);
    if (layout.options().showLegend && !layout.legendRect().isEmpty()) {
        painter.setPen(QPen(theme.grid, 1));
        painter.drawLine(layout.legendRect().topLeft(), layout.legendRect().topRight());
        const QRectF rect = layout.legendRect().adjusted(8, 0, -8, 0);
        TimelineLegendPainter::paint(painter, rect, TimelineLegendPainter::entries(layout.legend()), theme,
                                     layout.smallFont());
    }
    if (layout.options().showOverview)
        paintOverview(painter, layout, theme);
    painter.restore();
}

void TimelinePainter::paintLanes(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme)
{
    painter.save();
    painter.setClipRect(layout.lanesRect());
    for (const LaneGeometry& lane : layout.lanes()) {
        if (lane.shaded)
            painter.fillRect(lane.row, theme.laneShade);
        if (lane.selected)
            painter.fillRect(lane.row, withAlpha(theme.selection, 0.12));
    }
    // Grid: every tick faintly, the larger unit's boundaries a little stronger; crisp one-pixel rules.
    const QRectF area = layout.timeArea();
    const int top = int(std::floor(area.top()));
    const int height = int(std::ceil(area.height()));
    const QColor faint = withAlpha(theme.grid, 0.5);
    for (qreal x : layout.axis().ticks)
        fillInBands(painter, QRect(int(std::floor(x)), top, 1, height), faint);
    for (qreal x : layout.axis().contextTicks)
        fillInBands(painter, QRect(int(std::floor(x)), top, 1, height), theme.grid);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(theme.grid, 0));
    for (const LaneGeometry& lane : layout.lanes())
        painter.drawLine(QPointF(0, lane.row.bottom()), QPointF(lane.row.right(), lane.row.bottom()));
    painter.restore();
}

void TimelinePainter::paintContent(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme)
{
    const QRectF area = layout.timeArea();
    painter.save();
    painter.setClipRect(area);

    if (const auto& range = layout.state().brushedRange) {
        // An open end reaches the calendar's edge: kept just outside the area.
        const qreal x0 = std::clamp(layout.xOf(range->first), area.left() - 2, area.right() + 2);
        const qreal x1 = std::clamp(layout.xOf(range->last + 1.0), area.left() - 2, area.right() + 2);
        const QRectF band(QPointF(x0, area.top()), QPointF(x1, area.bottom()));
        fillInBands(painter, band, withAlpha(theme.highlight, 0.14));
        painter.setPen(QPen(withAlpha(theme.highlight, 0.9), 1, Qt::DashLine));
        painter.drawLine(band.topLeft(), band.bottomLeft());
        painter.drawLine(band.topRight(), band.bottomRight());
    }

    // Density: bars per bucket, on one scale for every lane in view so lanes compare.
    quint32 maxCount = 1;
    for (const DensityGeometry& density : layout.densities())
        maxCount = std::max(maxCount, density.maxCount);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor densityColor = withAlpha(theme.text, 0.45);
    for (const DensityGeometry& density : layout.densities()) {
        paintHistogram(painter, density.counts, maxCount, density.rect, density.bucketWidth, densityColor);
    }
    painter.setFont(layout.smallFont());
    painter.setPen(theme.mutedText);
    for (const LaneGeometry& lane : layout.lanes()) {
        if (!lane.caption.isEmpty())
            drawText(painter, lane.body.adjusted(6, 1, -6, 0), Qt::AlignLeft | Qt::AlignTop, lane.caption);
    }

    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const SpanGeometry& span : layout.spans()) {
        QColor fill = span.selected ? withAlpha(theme.selection, 0.35) : withAlpha(theme.mutedText, 0.22);
        if (span.thin) {
            painter.fillRect(span.rect, span.selected ? theme.selection : withAlpha(theme.mutedText, 0.55));
            continue;
        }
        painter.setPen(span.disclosed ? Qt::NoPen : QPen(withAlpha(theme.mutedText, 0.7), 1, Qt::DashLine));
        painter.setBrush(span.disclosed ? fill : withAlpha(fill, 0.5));
        painter.drawRoundedRect(span.rect, 4, 4);
    }

    // Brackets first, so that marks and clusters stay on top of the ranges around them.
    const bool raster = isRaster(painter);
    for (const LaneGeometry& lane : layout.lanes()) {
        for (int m = lane.pointMarkEnd; m < lane.markEnd; ++m)
            paintMark(painter, layout.marks()[size_t(m)], layout, theme, raster);
        for (int m = lane.firstMark; m < lane.pointMarkEnd; ++m)
            paintMark(painter, layout.marks()[size_t(m)], layout, theme, raster);
    }

    for (const ArcGeometry& arc : layout.arcs()) {
        QPainterPath path(arc.from);
        path.quadTo(arc.control, arc.to);
        const QColor color = arc.selected ? theme.selection : theme.link;
        painter.setPen(QPen(color, arc.selected ? 2.0 : 1.3));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        // The arrow points at the later event, along the curve's last direction.
        QPointF direction = arc.to - arc.control;
        const qreal length = std::hypot(direction.x(), direction.y());
        if (length > 0.01) {
            direction /= length;
            const QPointF normal(-direction.y(), direction.x());
            const QPointF back = arc.to - direction * 7;
            QPolygonF head;
            head << arc.to << back + normal * 3.5 << back - normal * 3.5;
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawPolygon(head);
        }
    }

    for (const LabelGeometry& label : layout.labels()) {
        if (label.kind == LabelGeometry::Kind::Arc) {
            const bool selected = label.selected;
            painter.setPen(QPen(selected ? theme.selection : theme.link, selected ? 1.5 : 1));
            painter.setBrush(withAlpha(theme.background, 0.92));
            painter.drawRoundedRect(label.rect, 3, 3);
            painter.setFont(layout.smallFont());
            painter.setPen(theme.text);
            drawText(painter, label.rect, Qt::AlignCenter, label.text);
            continue;
        }
        QFont font = label.small ? layout.smallFont() : layout.font();
        if (label.selected)
            font.setWeight(QFont::DemiBold);
        painter.setFont(font);
        painter.setPen(label.small ? theme.mutedText : theme.text);
        drawText(painter, label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
    painter.restore();
}

void TimelinePainter::paintHistogram(QPainter& painter, const std::vector<quint32>& counts, quint32 maxCount,
                                     const QRectF& rect, qreal bucket, const QColor& color)
{
    if (counts.empty() || maxCount == 0)
        return;
    if (!isRaster(painter)) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(histogram(counts, maxCount, rect, bucket));
        return;
    }
    // On raster devices the bars are written straight into an image strip: a few memory writes
    // per pixel column instead of rasterising an outline with a thousand edges.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int width = int(std::ceil(rect.width() * ratio));
    const int height = int(std::ceil(rect.height() * ratio));
    if (width <= 0 || height <= 0)
        return;
    if (m_strip.width() < width || m_strip.height() < height)
        m_strip = QImage(std::max(width, m_strip.width()), std::max(height, m_strip.height()),
                         QImage::Format_ARGB32_Premultiplied);
    m_strip.fill(Qt::transparent);
    const QRgb ink = qPremultiply(color.rgba());
    for (size_t k = 0; k < counts.size(); ++k) {
        if (!counts[k])
            continue;
        const int bar = std::max(1, int(std::round(std::sqrt(qreal(counts[k]) / maxCount) * height)));
        const int x0 = std::min(width, int(std::round(qreal(k) * bucket * ratio)));
        const int x1 = std::min(width, int(std::round(qreal(k + 1) * bucket * ratio)));
        for (int y = height - bar; y < height; ++y) {
            QRgb* line = reinterpret_cast<QRgb*>(m_strip.scanLine(y));
            std::fill(line + x0, line + x1, ink);
        }
    }
    m_strip.setDevicePixelRatio(ratio);
    painter.drawImage(rect.topLeft(), m_strip, QRectF(0, 0, width, height));
    m_strip.setDevicePixelRatio(1);
}

void TimelinePainter::glyph(QPainter& painter, EventKind kind, const QPointF& center, const QColor& color, bool hollow,
                            bool faded, const QColor& background, bool raster)
{
    if (!raster) {
        TimelineShapes::paint(painter, kind, center, color, hollow, faded, background);
        return;
    }
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QImage& image = sprite(kind, color, hollow, faded, background, ratio);
    painter.drawImage(QPointF(center.x() - SpriteSide / 2, center.y() - SpriteSide / 2), image);
}

void TimelinePainter::pill(QPainter& painter, const QRectF& rect, const QColor& fill, bool raster)
{
    if (!raster) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
        return;
    }
    // Two cached half discs and a plain fill between them: no curve to rasterise per pill.
    const QRect box = rect.toAlignedRect();
    const int side = box.height();
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const quint64 key = quint64(1) << 62 | quint64(side) << 40 | quint64(std::clamp(qRound(ratio * 4), 1, 15)) << 32
        | quint64(fill.rgba());
    auto it = m_sprites.constFind(key);
    if (it == m_sprites.constEnd()) {
        QImage disc(int(std::ceil(side * ratio)), int(std::ceil(side * ratio)), QImage::Format_ARGB32_Premultiplied);
        disc.setDevicePixelRatio(ratio);
        disc.fill(Qt::transparent);
        QPainter p(&disc);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawEllipse(QRectF(0, 0, side, side));
        p.end();
        it = m_sprites.insert(key, disc);
    }
    const int cap = side / 2;
    const int width = std::max(box.width(), side);
    painter.drawImage(QRectF(box.left(), box.top(), cap, side), *it, QRectF(0, 0, cap * ratio, side * ratio));
    painter.drawImage(QRectF(box.left() + width - (side - cap), box.top(), side - cap, side), *it,
                      QRectF(cap * ratio, 0, (side - cap) * ratio, side * ratio));
    if (width > side)
        painter.fillRect(QRect(box.left() + cap, box.top(), width - side, side), fill);
}

void TimelinePainter::paintMark(QPainter& painter, const MarkGeometry& mark, const TimelineLayout& layout,
                                const ChartTheme& theme, bool raster)
{
    const qreal alpha = mark.approximate ? FadedAlpha : 1.0;
    const QColor color = mark.color;
    const QPointF c = mark.center;
    // Straight rules are drawn crisp, without antialiasing; shapes come from cached images.
    const auto straight = [&](const QPen& pen, const QLineF& line) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(pen);
        painter.drawLine(line);
        painter.setRenderHint(QPainter::Antialiasing, true);
    };
    switch (mark.style) {
    case MarkGeometry::Style::Cluster:
        pill(painter, mark.rect, withAlpha(color, 0.85), raster);
        painter.setFont(layout.smallFont());
        painter.setPen(Palette::textOn(color));
        drawText(painter, mark.rect, Qt::AlignCenter, QString::number(mark.memberCount));
        break;
    case MarkGeometry::Style::Bracket: {
        // [----<>----]: the whole month or year the date can mean, never a false point. An open or
        // unknown end has no tick: the line fades toward it.
        const qreal y = c.y();
        QPen pen(withAlpha(color, alpha), 1);
        if (mark.openStart || mark.openEnd) {
            // Only the known end is a day: the whisker fades out a fixed length from it, whatever the zoom.
            const qreal x0 = mark.openStart ? std::max(mark.x0, mark.x1 - TimelineShapes::OpenWhisker) : mark.x0;
            const qreal x1 = mark.openEnd ? std::min(mark.x1, mark.x0 + TimelineShapes::OpenWhisker) : mark.x1;
            openWhisker(painter, x0, x1, y, withAlpha(color, alpha), mark.openStart, mark.openEnd, 1.6);
        } else {
            if (mark.approximate)
                pen.setStyle(Qt::DashLine);
            straight(pen, QLineF(mark.x0, y, mark.x1, y));
            pen.setStyle(Qt::SolidLine);
        }
        if (!mark.openStart)
            straight(pen, QLineF(mark.x0, y - 5, mark.x0, y + 5));
        if (!mark.openEnd)
            straight(pen, QLineF(mark.x1, y - 5, mark.x1, y + 5));
        glyph(painter, mark.kind, c, color, true, mark.approximate, theme.background, raster);
        if (mark.isGroup()) {
            // Several events of this very range: their count beside the glyph.
            const QString count = QString::number(mark.memberCount);
            const qreal width = QFontMetricsF(layout.smallFont()).horizontalAdvance(count) + 8;
            const QRectF badge(c.x() + 7, y - 6, std::max<qreal>(width, 12), 12);
            pill(painter, badge, withAlpha(color, 0.85 * alpha), raster);
            painter.setFont(layout.smallFont());
            painter.setPen(Palette::textOn(color));
            drawText(painter, badge, Qt::AlignCenter, count);
        }
        break;
    }
    case MarkGeometry::Style::Duration: {
        const qreal y = c.y();
        pill(painter, QRectF(QPointF(mark.x0, y - 3), QPointF(mark.x1, y + 3)), withAlpha(color, 0.7 * alpha), raster);
        glyph(painter, mark.kind, QPointF(mark.x0, y), color, false, mark.approximate, theme.background, raster);
        break;
    }
    case MarkGeometry::Style::Range:
        // A narrow range: its extent as a thin line with end ticks, under a hollow mark; an open
        // range fades toward its open side, beyond the mark at its known end.
        if (mark.openStart || mark.openEnd) {
            const qreal reach = std::max<qreal>(mark.x1 - mark.x0, 14);
            const qreal from = mark.openStart ? c.x() - reach : c.x();
            openWhisker(painter, from, from + reach, c.y(), withAlpha(color, 0.8 * alpha), mark.openStart, mark.openEnd,
                        1.2);
        } else if (mark.x1 - mark.x0 >= 3) {
            const QPen pen(withAlpha(color, 0.8 * alpha), 1);
            straight(pen, QLineF(mark.x0, c.y(), mark.x1, c.y()));
            straight(pen, QLineF(mark.x0, c.y() - 3, mark.x0, c.y() + 3));
            straight(pen, QLineF(mark.x1, c.y() - 3, mark.x1, c.y() + 3));
        }
        [[fallthrough]];
    case MarkGeometry::Style::Point:
        if (mark.approximate) {
            // Whiskers: the date is about here, give or take.
            straight(QPen(withAlpha(color, 0.7), 1, Qt::DotLine), QLineF(c.x() - 11, c.y(), c.x() + 11, c.y()));
        }
        glyph(painter, mark.kind, c, color, mark.style == MarkGeometry::Style::Range, mark.approximate,
              theme.background, raster);
        break;
    }
    if (mark.selected) {
        painter.setPen(QPen(theme.selection, mark.current ? 2.4 : 1.4));
        painter.setBrush(Qt::NoBrush);
        const QRectF ring = mark.style == MarkGeometry::Style::Bracket || mark.style == MarkGeometry::Style::Duration
            ? QRectF(c.x() - 8, c.y() - 8, 16, 16)
            : mark.rect.adjusted(-3, -3, 3, 3);
        painter.drawRoundedRect(ring, 4, 4);
    }
}

void TimelinePainter::paintHeaders(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme)
{
    const QRectF lanes = layout.lanesRect();
    const qreal width = layout.timeArea().left();
    if (width <= 0)
        return;
    painter.save();
    painter.setClipRect(QRectF(lanes.left(), lanes.top(), width, lanes.height()));
    const QFontMetricsF titleMetrics(layout.titleFont());
    const QFontMetricsF smallMetrics(layout.smallFont());
    for (const LaneGeometry& lane : layout.lanes()) {
        painter.fillRect(lane.header, lane.shaded ? theme.laneShade : theme.background);
        if (lane.selected)
            painter.fillRect(lane.header, withAlpha(theme.selection, 0.18));
        // The collapse toggle: a triangle pointing right when collapsed, down when open.
        const QPointF t(lane.header.left() + 9, lane.collapsed ? lane.row.center().y() : lane.header.top() + 12);
        QPolygonF triangle;
        if (lane.collapsed)
            triangle << t + QPointF(-2.5, -4) << t + QPointF(3, 0) << t + QPointF(-2.5, 4);
        else
            triangle << t + QPointF(-4, -2.5) << t + QPointF(4, -2.5) << t + QPointF(0, 3);
        if (layout.options().showToggles) {
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme.mutedText);
            painter.drawPolygon(triangle);
        }

        const qreal left = lane.header.left() + 18;
        const qreal textWidth = lane.header.width() - 18 - 6;
        qreal y = lane.collapsed ? lane.row.center().y() - titleMetrics.height() / 2 : lane.header.top() + 4;
        painter.setFont(layout.titleFont());
        painter.setPen(theme.text);
        for (const QString& line : lane.titleLines) {
            drawText(painter, QRectF(left, y, textWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     line);
            y += titleMetrics.height();
        }
        if (!lane.subtitle.isEmpty()) {
            painter.setFont(layout.smallFont());
            painter.setPen(theme.mutedText);
            drawText(painter, QRectF(left, y, textWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     lane.subtitle);
        }
    }
    painter.setPen(QPen(theme.grid, 0));
    painter.drawLine(QPointF(width, lanes.top()), QPointF(width, lanes.bottom()));
    painter.restore();
}

void TimelinePainter::paintAxis(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme)
{
    const TimeAxisGeometry& axis = layout.axis();
    const QRectF band(0, axis.rect.top(), layout.bounds().width(), axis.rect.height());
    painter.save();
    painter.fillRect(band, theme.background);
    painter.setPen(QPen(theme.grid, 0));
    painter.drawLine(band.bottomLeft(), band.bottomRight());
    const qreal middle = axis.rect.top() + axis.rect.height() / 2;
    for (qreal x : axis.ticks)
        painter.drawLine(QPointF(x, axis.rect.bottom() - 6), QPointF(x, axis.rect.bottom()));
    for (qreal x : axis.contextTicks)
        painter.drawLine(QPointF(x, middle - 4), QPointF(x, axis.rect.bottom()));
    painter.setFont(layout.font());
    painter.setPen(theme.text);
    for (const AxisLabel& label : axis.contextLabels)
        drawText(painter, label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    painter.setFont(layout.smallFont());
    painter.setPen(theme.mutedText);
    for (const AxisLabel& label : axis.labels)
        drawText(painter, label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    if (const TimelineLanes* lanes = layout.laneData(); lanes && layout.timeArea().left() > 40) {
        const QRectF corner(8, axis.rect.top(), layout.timeArea().left() - 16, axis.rect.height());
        const QString text =
            tr("Lanes by %1 · %L2").arg(TimelineLanes::keyLabel(lanes->key()).toLower()).arg(lanes->count());
        drawText(painter, corner, Qt::AlignLeft | Qt::AlignVCenter,
                 QFontMetricsF(layout.smallFont()).elidedText(text, Qt::ElideRight, corner.width()));
    }
    painter.restore();
}

void TimelinePainter::paintOverview(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme)
{
    const OverviewGeometry& o = layout.overview();
    if (o.rect.isEmpty())
        return;
    painter.save();
    painter.fillRect(o.rect, theme.laneShade);
    painter.setPen(QPen(theme.grid, 0));
    painter.drawLine(o.rect.topLeft(), o.rect.topRight());
    paintHistogram(painter, o.counts, o.maxCount, o.track,
                   o.track.width() / qreal(std::max<size_t>(o.counts.size(), 1)), withAlpha(theme.mutedText, 0.6));
    if (!o.brushed.isEmpty())
        painter.fillRect(o.brushed, withAlpha(theme.highlight, 0.35));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(theme.selection, 1.5));
    painter.setBrush(withAlpha(theme.selection, 0.15));
    painter.drawRoundedRect(o.window, 2, 2);
    if (const TimelineLanes* lanes = layout.laneData(); lanes && !lanes->data().isEmpty() && o.track.left() > 40) {
        const auto year = [](double day) { return QDate::fromJulianDay(qint64(day)).year(); };
        const QString text = tr("Whole collection: %1–%2 · %L3 events")
                                 .arg(year(o.firstDay))
                                 .arg(year(o.lastDay - 1))
                                 .arg(qsizetype(lanes->data().events().size()));
        const QRectF corner(8, o.rect.top(), o.track.left() - 16, o.rect.height());
        const QFontMetricsF metrics(layout.smallFont());
        painter.setFont(layout.smallFont());
        painter.setPen(theme.mutedText);
        // Under it, what the axis cannot show: events of the lanes with no known date.
        const qsizetype undated = lanes->undatedEventCount();
        if (undated > 0 && corner.height() >= 2 * metrics.height()) {
            const QString note = tr("%Ln undated event(s), not drawn", nullptr, int(undated));
            const qreal line = metrics.height();
            const QRectF first(corner.left(), corner.center().y() - line, corner.width(), line);
            drawText(painter, first, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(text, Qt::ElideRight, corner.width()));
            drawText(painter, first.translated(0, line), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(note, Qt::ElideRight, corner.width()));
        } else {
            drawText(painter, corner, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(text, Qt::ElideRight, corner.width()));
        }
    }
    painter.restore();
}

} // namespace Spyline
