#include "WindowPalette.h"

#include "Palette.h"

#include <QApplication>
#include <QPalette>
#include <QTextStream>
#include <QToolTip>

namespace Spyline {

bool WindowPalette::apply(const QString& choice, QString* error)
{
    const QString name = choice.trimmed().toLower();
    if (name.isEmpty() || name == QStringLiteral("system"))
        return true;
    QPalette palette;
    if (name == QStringLiteral("dark")) {
        palette = Palette::darkWindowPalette();
    } else if (name == QStringLiteral("light")) {
        palette = Palette::lightWindowPalette();
    } else {
        if (error) {
            *error = QApplication::translate("Spyline::WindowPalette",
                                             "SPYLINE_PALETTE is “%1”: it takes light, dark or system")
                         .arg(choice);
        }
        return false;
    }
    QApplication::setPalette(palette);
    // Tooltips keep a palette of their own, from the desktop's theme.
    QToolTip::setPalette(palette);
    return true;
}

void WindowPalette::applyFromEnvironment()
{
    QString error;
    if (!apply(qEnvironmentVariable("SPYLINE_PALETTE"), &error))
        QTextStream(stderr) << QStringLiteral("spyline: ") << error << Qt::endl;
}

} // namespace Spyline
