#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QPalette;

namespace Spyline {

// Every colour Spyline chooses itself, in one place: the countries' colours and the charts' data
// colours, and the colours of the window's signals (a wrong field, a notice) worked out from the
// desktop's palette, light or dark, so that text on them stays readable (WCAG AA, 4.5:1).
class Palette
{
public:
    // One stable colour per country from a palette that readers with colour-vision deficiencies
    // can tell apart (Okabe-Ito, then Paul Tol's muted set).
    static QColor countryColor(QStringView countryCode);
    // For marks with no country.
    static QColor neutral();
    // Text drawn on a filled shape of this colour: black or white, whichever reads better.
    static QColor textOn(const QColor& fill);

    // WCAG 2.x relative luminance (0 black to 1 white) and contrast ratio (1 to 21).
    static double luminance(const QColor& color);
    static double contrast(const QColor& a, const QColor& b);
    // `a` laid over `b` with `amount` of `a` (0 to 1), opaque, eight bits a channel.
    static QColor mix(const QColor& a, const QColor& b, double amount);
    // The colour, darkened or lightened as little as needed to reach `ratio` on every background.
    static QColor readable(const QColor& color, const QList<QColor>& backgrounds, double ratio = 4.5);

    // A dark window: its background darker than mid grey. Charts on screen follow it.
    static bool isDark(const QPalette& palette);
    // Secondary text on the window (what a date field says it stores), readable.
    static QColor mutedText(const QPalette& palette);
    // What a form says is wrong: red, readable on the window.
    static QColor problemText(const QPalette& palette);
    // The frame of a field whose content is wrong.
    static QColor problemBorder(const QPalette& palette);
    // Behind a table cell whose content is wrong, under the palette's text.
    static QColor problemBackground(const QPalette& palette);
    // A notice strip (a possible duplicate, what a file holds): a pale or deep amber and its text.
    static QColor noticeBackground(const QPalette& palette);
    static QColor noticeText(const QPalette& palette);
    // Style sheets for the above, for widgets that take one.
    static QString noticeStyleSheet(const QPalette& palette);
    static QString problemLabelStyleSheet(const QPalette& palette);
    static QString problemFieldStyleSheet(const QPalette& palette);

    // The window palettes Spyline offers besides the desktop's (SPYLINE_PALETTE=light|dark).
    static QPalette lightWindowPalette();
    static QPalette darkWindowPalette();

    // A source's reliability grade, A to F: from confident blue to grey, never alarm colours.
    static QColor gradeColor(char reliability);
    // Five steps of ColorBrewer's sequential Blues and Oranges, light to dark: told apart by
    // people with any common colour-vision deficiency, and in greyscale.
    static QColor blueStep(int step);
    static QColor orangeStep(int step);
    // Statistics: the bars, and the median's line.
    static QColor barColor();
    static QColor medianColor();
    // Map: the sea's and the arrows' tints, mixed into the theme's background and text.
    static QColor seaTint();
    static QColor arrowTint();
};

} // namespace Spyline
