#pragma once

#include "graph/GraphData.h"

#include <QList>
#include <QSizeF>
#include <QStaticText>

class QPainter;
class QPaintDevice;

namespace Spyline {

struct ChartTheme;

// A node's label, wrapped and measured once for a kind of device: an event's date in bold over
// its title, a case's title over its status, an actor's name; long text is cut with an ellipsis.
// The text is plain text whatever it holds.
class GraphNodeLabel
{
public:
    GraphNodeLabel() = default;
    // Measured with the device's resolution (null: the screen's), so a PDF gets the same layout.
    static GraphNodeLabel make(const GraphNode& node, GraphLayoutKind layout, const ChartTheme& theme,
                               const QPaintDevice* device);

    QSizeF size() const
    {
        return m_size;
    }
    bool isEmpty() const
    {
        return m_lines.isEmpty();
    }
    // Draws the lines centred in `box`, from its top.
    void draw(QPainter& painter, const QRectF& box, const ChartTheme& theme) const;

private:
    enum class Style : quint8
    {
        Regular,
        Emphasis, // an event's date
        Muted, // a case's status
    };
    struct Line
    {
        QString text;
        QStaticText prepared;
        qreal width = 0;
        qreal height = 0;
        Style style = Style::Regular;
    };
    void append(const QString& text, Style style, const QFont& font, const QPaintDevice* device, qreal width,
                int maxLines);

    QList<Line> m_lines;
    QSizeF m_size;
};

} // namespace Spyline
