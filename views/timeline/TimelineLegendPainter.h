#pragma once

#include "records/Enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QFont;
class QPainter;
class QPointF;
class QRectF;

namespace Spyline {

struct ChartTheme;
struct TimelineLegend;

// The legend of a timeline frame: the shapes of the event kinds it shows, the notations it uses
// (month or year brackets, approximate dates, clusters, density, spans, links) and the colours of
// its countries. The screen draws it under the lanes; an export can put it wherever it likes.
class TimelineLegendPainter
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimelineLegendPainter)

public:
    struct Entry
    {
        enum class Symbol : quint8
        {
            Kind,
            Country,
            Range,
            OpenRange,
            Approximate,
            Cluster,
            Density,
            Span,
            Arc,
        };
        Symbol symbol = Symbol::Kind;
        EventKind kind = EventKind::Other;
        QColor color;
        QString text;
    };

    // What the legend says for a frame, in reading order.
    static QList<Entry> entries(const TimelineLegend& legend);
    // One entry's symbol, centred on `center`, about 18 by 12 chart pixels.
    static void paintSymbol(QPainter& painter, const Entry& entry, const QPointF& center, const ChartTheme& theme);
    // The height the entries take flowed into rows of `width`: what the screen gives the legend, so
    // that it wraps instead of cutting entries off.
    static qreal heightFor(const QList<Entry>& entries, qreal width, const QFont& font);
    // Flows the entries left to right in rows inside `rect`; returns how many fitted (the rest are
    // summed up as "+N more").
    static int paint(QPainter& painter, const QRectF& rect, const QList<Entry>& entries, const ChartTheme& theme,
                     const QFont& font);
};

} // namespace Spyline
