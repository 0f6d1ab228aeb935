#pragma once

#include "TimeAxis.h"
#include "records/Enums.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace Spyline {

// Everything a frame of the timeline draws, in chart pixels: what TimelineLayout computes and
// TimelinePainter paints. Plain values, so exports and tests read them as they are.

struct LaneGeometry
{
    int lane = -1;
    QRectF row; // the whole row, header included
    QRectF header;
    QRectF body; // the row over the time area
    qreal markY = 0; // centre line of the marks
    QStringList titleLines; // elided to fit the header
    QString subtitle;
    QString caption; // on density lanes: how many events the shading stands for
    bool collapsed = false;
    bool density = false;
    bool shaded = false; // every other lane
    bool selected = false;
    qsizetype eventsInWindow = 0; // by anchor day, whatever the lane shows
    int firstMark = 0; // its marks: [firstMark, markEnd), points and clusters first, by x
    int pointMarkEnd = 0;
    int markEnd = 0;
};

struct MarkGeometry
{
    enum class Style : quint8
    {
        Point, // an exact day
        Range, // a month, year or decade narrower than a few marks: a hollow mark
        Bracket, // a month, year or decade wide enough to show its bracket
        Duration, // an event that lasted
        Cluster, // marks too close to tell apart, with their count
    };
    Style style = Style::Point;
    int lane = -1;
    int event = -1; // the event of a single mark; -1 for a group
    int firstMember = 0; // a group's events: TimelineLayout::members()[first, first + count)
    int memberCount = 1;
    QPointF center;
    QRectF rect; // what it covers, for hit tests and label collisions
    qreal x0 = 0; // the extent of a range, bracket or duration
    qreal x1 = 0;
    EventKind kind = EventKind::Other;
    QColor color;
    quint16 country = 0;
    bool approximate = false; // approximate or uncertain: faded
    bool openStart = false; // the range has no known start: its whisker fades toward x0
    bool openEnd = false; // ... no known end: fades toward x1
    bool selected = false;
    bool current = false;
    bool carriedIn = false; // begins before the window: drawn, but counted in an earlier one
    bool context = false; // of no case, shown only because a shown case is linked to it: drawn grey

    // A cluster, or a bracket standing for several events of the very same range: it has members.
    bool isGroup() const
    {
        return event < 0;
    }
};

struct SpanGeometry
{
    int lane = -1;
    int caseIndex = -1;
    QRectF rect;
    bool disclosed = true; // false: runs to the last known event, with no disclosure recorded
    bool selected = false;
    bool thin = false; // one of several cases in a lane, drawn as a line under the marks
};

struct DensityGeometry
{
    int lane = -1;
    QRectF rect;
    double firstDay = 0; // bucket k covers [firstDay + k * daysPerBucket, ...)
    double daysPerBucket = 1;
    qreal bucketWidth = 2;
    std::vector<quint32> counts;
    quint32 maxCount = 0;
    qsizetype total = 0;
};

struct LabelGeometry
{
    enum class Kind : quint8
    {
        Event,
        Span,
        Arc,
    };
    Kind kind = Kind::Event;
    int ref = -1; // mark, span or arc index
    QString text;
    QRectF rect;
    bool small = false;
    bool selected = false;
};

struct ArcGeometry
{
    int link = -1;
    QPointF from; // the earlier event (a statement)
    QPointF control;
    QPointF to; // the later event (an announcement), where the arrow points
    QString lag; // "22 d"
    int label = -1; // index into labels, -1 when its label did not fit
    bool selected = false;
    std::vector<qint32> bundled; // with bundleArcs: every link the arc stands for, when more than one
};

struct OverviewGeometry
{
    QRectF rect;
    QRectF track; // the histogram area
    double firstDay = 0; // the whole collection
    double lastDay = 1;
    std::vector<quint32> counts;
    quint32 maxCount = 0;
    QRectF window; // the visible window on the track
    QRectF brushed; // the brushed date range, empty when none
};

// The shapes and colours a frame actually uses, for the legend on screen and in exports.
struct TimelineLegend
{
    QList<EventKind> kinds;
    QList<quint16> countries; // most marks first
    QStringList countryCodes;
    bool ranges = false;
    bool approximate = false;
    bool openEnds = false;
    bool clusters = false;
    bool density = false;
    bool spans = false;
    bool arcs = false;
    bool context = false;
};

} // namespace Spyline
