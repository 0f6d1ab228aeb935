#include "ChartTheme.h"

#include "Palette.h"

#include <QGuiApplication>
#include <QPalette>

namespace Spyline {

ChartTheme ChartTheme::print()
{
    ChartTheme theme;
    theme.background = QColor(Qt::white);
    theme.text = QColor(0x20, 0x20, 0x20);
    theme.mutedText = QColor(0x60, 0x60, 0x60);
    theme.grid = QColor(0xC8, 0xC8, 0xC8);
    theme.laneShade = QColor(0xF4, 0xF4, 0xF4);
    theme.selection = QColor(0x00, 0x00, 0x00);
    theme.highlight = QColor(0xFF, 0xB0, 0x00);
    theme.link = QColor(0x55, 0x55, 0x55);
    // A font every machine has, so that exports measure and look the same everywhere.
    theme.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    theme.smallFont = QFont(QStringLiteral("DejaVu Sans"), 7);
    return theme;
}

ChartTheme ChartTheme::screen()
{
    return screen(QGuiApplication::palette());
}

ChartTheme ChartTheme::screen(const QPalette& palette)
{
    ChartTheme theme = print();
    const bool dark = Palette::isDark(palette);
    // The view's background, unless it contradicts the window (a light field in a dark window).
    theme.background = palette.color(QPalette::Base);
    if ((theme.background.lightnessF() < 0.5) != dark)
        theme.background = palette.color(QPalette::Window);
    theme.grid = dark ? theme.background.lighter(170) : theme.background.darker(125);
    theme.laneShade = dark ? theme.background.lighter(118) : theme.background.darker(104);
    if (dark && theme.laneShade.lightnessF() - theme.background.lightnessF() < 0.03)
        theme.laneShade = Palette::mix(Qt::white, theme.background, 0.05); // lighter() does little on black
    theme.selection = palette.color(QPalette::Highlight);
    // Text sits on the background, on shaded lanes and on lanes tinted by the selection.
    const QList<QColor> grounds {theme.background, theme.laneShade,
                                 Palette::mix(theme.selection, theme.background, 0.2),
                                 Palette::mix(theme.selection, theme.laneShade, 0.2)};
    theme.text = Palette::readable(palette.color(QPalette::Text), grounds);
    theme.mutedText = Palette::readable(Palette::mix(theme.text, theme.background, 0.6), grounds);
    theme.link = Palette::readable(dark ? QColor(0xB0, 0xB0, 0xB0) : QColor(0x55, 0x55, 0x55), {theme.background});
    theme.font = QGuiApplication::font();
    theme.smallFont = QGuiApplication::font();
    theme.smallFont.setPointSizeF(theme.font.pointSizeF() * 0.85);
    return theme;
}

} // namespace Spyline
