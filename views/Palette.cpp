#include "Palette.h"

#include <QHash>

#include <array>

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

} // namespace Spyline
