#include "Palette.h"

#include <QHash>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace Spyline {

namespace {

// Countries that recur in espionage cases get fixed colours, so the main actors never share one.
struct Fixed
{
    const char* code;
    QRgb color;
};
constexpr Fixed fixedColors[] = {
    {"US", 0x0072B2}, // blue
    {"CN", 0xD55E00}, // vermillion
    {"RU", 0xCC79A7}, // reddish purple
    {"SUHH", 0xCC79A7}, {"GB", 0x009E73}, // bluish green
    {"JP", 0xE69F00}, // orange
    {"IT", 0x56B4E9}, // sky blue
    {"DE", 0x332288}, // indigo
    {"DDDE", 0xAA4499}, {"DEDE", 0x332288}, {"FR", 0x117733}, // green
    {"IR", 0x999933}, // olive
    {"IL", 0x88CCEE}, // cyan
    {"HK", 0xCC6677}, // rose
    {"TW", 0x44AA99}, // teal
    {"KP", 0x882255}, // wine
    {"KR", 0xDDCC77}, // sand
    {"IN", 0xF0A000},
};

constexpr std::array<QRgb, 9> sharedColors = {0x332288, 0x88CCEE, 0x44AA99, 0x117733, 0x999933,
                                              0xDDCC77, 0xCC6677, 0x882255, 0xAA4499};

constexpr std::array<QRgb, 5> blues = {0xc6dbef, 0x9ecae1, 0x6baed6, 0x3182bd, 0x08519c};
constexpr std::array<QRgb, 5> oranges = {0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xe6550d, 0xa63603};

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double lowestContrast(const QColor& color, const QList<QColor>& backgrounds)
{
    double lowest = 21;
    for (const QColor& background : backgrounds)
        lowest = std::min(lowest, Palette::contrast(color, background));
    return lowest;
}

} // namespace

QColor Palette::countryColor(QStringView countryCode)
{
    if (countryCode.isEmpty())
        return neutral();
    for (const Fixed& fixed : fixedColors) {
        if (countryCode == QLatin1StringView(fixed.code))
            return QColor::fromRgb(fixed.color);
    }
    // Stable across runs and machines: a hash of the code, not QHash's seeded one.
    quint32 hash = 2166136261u;
    for (QChar c : countryCode)
        hash = (hash ^ c.unicode()) * 16777619u;
    return QColor::fromRgb(sharedColors[hash % sharedColors.size()]);
}

QColor Palette::neutral()
{
    return QColor::fromRgb(0x8C8C8C);
}

QColor Palette::textOn(const QColor& fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

double Palette::luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double Palette::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Palette::mix(const QColor& a, const QColor& b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    // Eight bits a channel, as style sheets and pictures keep them.
    const auto blend = [amount](int p, int q) { return qRound(p * amount + q * (1 - amount)); };
    return QColor(blend(x.red(), y.red()), blend(x.green(), y.green()), blend(x.blue(), y.blue()));
}

QColor Palette::readable(const QColor& color, const QList<QColor>& backgrounds, double ratio)
{
    if (backgrounds.isEmpty() || lowestContrast(color, backgrounds) >= ratio)
        return color;
    // Away from the backgrounds: toward white on dark ones, toward black on light ones.
    double average = 0;
    for (const QColor& background : backgrounds)
        average += luminance(background);
    average /= double(backgrounds.size());
    const QColor extreme = average < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(extreme, color, step / 20.0);
        if (lowestContrast(candidate, backgrounds) >= ratio)
            return candidate;
    }
    const QColor other = average < 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    return lowestContrast(extreme, backgrounds) >= lowestContrast(other, backgrounds) ? extreme : other;
}

bool Palette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Palette::mutedText(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    return readable(mix(palette.color(QPalette::WindowText), window, 0.6), {window});
}

QColor Palette::problemText(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    return readable(isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x00), {window});
}

QColor Palette::problemBorder(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x60) : QColor(0xc0, 0x00, 0x00);
}

QColor Palette::problemBackground(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    return mix(isDark(palette) ? QColor(0xd0, 0x30, 0x30) : QColor(0xff, 0x60, 0x60), base,
               isDark(palette) ? 0.3 : 0.25);
}

QColor Palette::noticeBackground(const QPalette& palette)
{
    return isDark(palette) ? mix(QColor(0xc8, 0x9b, 0x00), palette.color(QPalette::Window), 0.3)
                           : QColor(0xff, 0xf4, 0xc2);
}

QColor Palette::noticeText(const QPalette& palette)
{
    return readable(isDark(palette) ? QColor(0xff, 0xe6, 0x99) : QColor(0x5a, 0x45, 0x00), {noticeBackground(palette)});
}

QString Palette::noticeStyleSheet(const QPalette& palette)
{
    return QStringLiteral("QLabel { background: %1; color: %2; padding: 4px; }")
        .arg(noticeBackground(palette).name(), noticeText(palette).name());
}

QString Palette::problemLabelStyleSheet(const QPalette& palette)
{
    return QStringLiteral("QLabel { color: %1; }").arg(problemText(palette).name());
}

QString Palette::problemFieldStyleSheet(const QPalette& palette)
{
    return QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(problemBorder(palette).name());
}

QPalette Palette::lightWindowPalette()
{
    // Qt's own light palette, as the Fusion style draws it.
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::ButtonText, Qt::black);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x78, 0x78, 0x78));
    return palette;
}

QPalette Palette::darkWindowPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor text(0xe8, 0xe8, 0xe8);
    QPalette palette(window, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x29, 0x29, 0x2c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    palette.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    palette.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x4a));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa0, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, QColor(0xf2, 0xf2, 0xf2));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x84));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x54));
    return palette;
}

QColor Palette::gradeColor(char reliability)
{
    switch (reliability) {
    case 'A':
        return QColor(0x08, 0x45, 0x94);
    case 'B':
        return QColor(0x21, 0x71, 0xB5);
    case 'C':
        return QColor(0x42, 0x92, 0xC6);
    case 'D':
        return QColor(0x6B, 0xAE, 0xD6);
    case 'E':
        return QColor(0x9E, 0xCA, 0xE1);
    default:
        return QColor(0xBD, 0xBD, 0xBD);
    }
}

QColor Palette::blueStep(int step)
{
    return QColor::fromRgb(blues[size_t(std::clamp(step, 0, int(blues.size()) - 1))]);
}

QColor Palette::orangeStep(int step)
{
    return QColor::fromRgb(oranges[size_t(std::clamp(step, 0, int(oranges.size()) - 1))]);
}

QColor Palette::barColor()
{
    return QColor::fromRgb(0x4477aa);
}

QColor Palette::medianColor()
{
    return QColor::fromRgb(0xee6677);
}

QColor Palette::seaTint()
{
    return QColor(70, 130, 180);
}

QColor Palette::arrowTint()
{
    return QColor(40, 40, 60);
}

} // namespace Spyline
