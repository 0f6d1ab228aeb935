#pragma once

#include "records/Enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QStaticText>
#include <QString>

#include <vector>

class QPainter;
class QPointF;
class QRectF;

namespace Spyline {

class TimelineLayout;
struct ChartTheme;
struct MarkGeometry;

// Paints a TimelineLayout onto any QPainter: a widget, a QImage, an SVG or a PDF. On raster
// devices marks are stamped from cached images (thousands per frame stay cheap); on vector
// devices they are drawn as shapes, so exports stay sharp at any size. The legend of what a frame
// uses comes from TimelineLayout::legend() and is drawn by TimelineLegendPainter, here or anywhere
// an export puts it.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimelinePainter)

public:
    TimelinePainter();
    ~TimelinePainter();

    void paint(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme);

private:
    void paintLanes(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme);
    void paintContent(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme);
    void paintMark(QPainter& painter, const MarkGeometry& mark, const TimelineLayout& layout, const ChartTheme& theme,
                   bool raster);
    void paintHistogram(QPainter& painter, const std::vector<quint32>& counts, quint32 maxCount, const QRectF& rect,
                        qreal bucket, const QColor& color);
    void paintHeaders(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme);
    void paintAxis(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme);
    void paintOverview(QPainter& painter, const TimelineLayout& layout, const ChartTheme& theme);
    void glyph(QPainter& painter, EventKind kind, const QPointF& center, const QColor& color, bool hollow, bool faded,
               const QColor& background, bool raster);
    void pill(QPainter& painter, const QRectF& rect, const QColor& fill, bool raster);
    const QImage& sprite(EventKind kind, const QColor& color, bool hollow, bool faded, const QColor& background,
                         qreal pixelRatio);
    // Draws plain text in the painter's font, laid out once and reused while it stays the same.
    void drawText(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const QString& text);

    struct TextCache
    {
        QFont font;
        QHash<QString, QStaticText> texts;
    };

    QHash<quint64, QImage> m_sprites;
    QImage m_strip; // reused for density on raster devices
    std::vector<TextCache> m_texts; // one per font in use
};

} // namespace Spyline
