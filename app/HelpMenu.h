#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace Spyline {

class MainWindow;
class UserGuideWindow;

// The Help menu: the user guide (F1), the keyboard shortcuts, the sample collection and About.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    explicit HelpMenu(MainWindow& window);

    void fill(QMenu* menu) const;
    QAction* openSampleAction() const
    {
        return m_openSampleAction;
    }
    // The About box's text: Spyline's licence, and those of what it uses and bundles.
    static QString aboutText();
    // The sample collection, made in the application data folder from the bundled sample the
    // first time and opened as it is after that.
    static QString samplePath();

public Q_SLOTS:
    void showUserGuide();
    void showShortcuts();
    void openSample();
    void showAbout();

private:
    MainWindow& m_window;
    QPointer<UserGuideWindow> m_guide;
    QAction* m_userGuideAction;
    QAction* m_shortcutsAction;
    QAction* m_openSampleAction;
    QAction* m_aboutAction;
};

} // namespace Spyline
