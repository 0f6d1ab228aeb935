#include "WindowPalette.h"

#include "Palette.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QTextStream>
#include <QToolTip>

namespace Spyline {

namespace {

const QString settingsKey = QStringLiteral("preferences/palette");
const QString systemChoice = QStringLiteral("system");

// The desktop's palettes as they were before Spyline set one of its own, to go back to.
struct DesktopPalettes
{
    QPalette window = QApplication::palette();
    QPalette toolTip = QToolTip::palette();
};

const DesktopPalettes& desktopPalettes()
{
    static const DesktopPalettes palettes;
    return palettes;
}

// Until Spyline sets a palette of its own, the application keeps following the desktop's theme.
bool ownPaletteSet = false;

} // namespace

QStringList WindowPalette::choices()
{
    return {systemChoice, QStringLiteral("light"), QStringLiteral("dark")};
}

bool WindowPalette::apply(const QString& choice, QString* error)
{
    const DesktopPalettes& desktop = desktopPalettes();
    const QString name = choice.trimmed().toLower();
    if (name.isEmpty() || name == systemChoice) {
        if (ownPaletteSet) {
            QApplication::setPalette(desktop.window);
            QToolTip::setPalette(desktop.toolTip);
            ownPaletteSet = false;
        }
        return true;
    }
    QPalette palette;
    if (name == QStringLiteral("dark")) {
        palette = Palette::darkWindowPalette();
    } else if (name == QStringLiteral("light")) {
        palette = Palette::lightWindowPalette();
    } else {
        if (error)
            *error = tr("SPYLINE_PALETTE is “%1”: it takes light, dark or system").arg(choice);
        return false;
    }
    QApplication::setPalette(palette);
    // Tooltips keep a palette of their own, from the desktop's theme.
    QToolTip::setPalette(palette);
    ownPaletteSet = true;
    return true;
}

void WindowPalette::applyFromEnvironment()
{
    QString error;
    if (!apply(qEnvironmentVariable("SPYLINE_PALETTE"), &error))
        QTextStream(stderr) << QStringLiteral("spyline: ") << error << Qt::endl;
}

QString WindowPalette::chosen()
{
    // A settings file edited by hand may hold any text: only a choice Spyline offers counts.
    const QString stored = QSettings().value(settingsKey).toString();
    return choices().contains(stored) ? stored : systemChoice;
}

void WindowPalette::choose(const QString& choice)
{
    if (!choices().contains(choice) || choice == systemChoice)
        QSettings().remove(settingsKey);
    else
        QSettings().setValue(settingsKey, choice);
}

void WindowPalette::applyAtStart()
{
    if (qEnvironmentVariableIsSet("SPYLINE_PALETTE"))
        applyFromEnvironment();
    else
        apply(chosen());
}

} // namespace Spyline
