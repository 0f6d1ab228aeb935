#include "ChartTheme.h"

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
    ChartTheme theme = print();
    const QPalette palette = QGuiApplication::palette();
    theme.background = palette.color(QPalette::Base);
    theme.text = palette.color(QPalette::Text);
    theme.mutedText = palette.color(QPalette::PlaceholderText);
    const bool dark = theme.background.lightnessF() < 0.5;
    theme.grid = dark ? theme.background.lighter(170) : theme.background.darker(125);
    theme.laneShade = dark ? theme.background.lighter(115) : theme.background.darker(104);
    theme.selection = palette.color(QPalette::Highlight);
    theme.link = dark ? QColor(0xB0, 0xB0, 0xB0) : QColor(0x55, 0x55, 0x55);
    theme.font = QGuiApplication::font();
    theme.smallFont = QGuiApplication::font();
    theme.smallFont.setPointSizeF(theme.font.pointSizeF() * 0.85);
    return theme;
}

} // namespace Spyline
