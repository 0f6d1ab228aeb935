#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace Spyline {

// How a chart looks, apart from its data: the screen follows the desktop's palette, exports use
// the light print style whatever the screen theme. Painters take a theme and never ask the
// widget or the application what colours to use, so a chart paints the same onto any device.
struct ChartTheme
{
    QColor background;
    QColor text;
    QColor mutedText; // secondary labels, axis context
    QColor grid; // axis ticks and lane separators
    QColor laneShade; // every other lane
    QColor selection; // outline of selected marks and nodes
    QColor highlight; // hover
    QColor link; // statement -> announcement arcs and responds-to edges
    QFont font; // labels
    QFont smallFont; // axis and lag labels
    qreal lineWidth = 1.0;
    bool transparentBackground = false;

    // Light print style for PNG, SVG and PDF: black text on white, thin grey rules.
    static ChartTheme print();
    // Follows a palette (dark windows get dark charts; Palette::isDark), with text and secondary
    // text made readable on the background, the shaded lanes and the selection (WCAG AA, 4.5:1).
    static ChartTheme screen(const QPalette& palette);
    // ... the application's palette.
    static ChartTheme screen();
};

} // namespace Spyline
