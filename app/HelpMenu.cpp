#include "HelpMenu.h"

#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "UserGuideWindow.h"
#include "store/CollectionFile.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace Spyline {

HelpMenu::HelpMenu(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_userGuideAction(new QAction(tr("&User Guide"), &window))
    , m_shortcutsAction(new QAction(tr("&Keyboard Shortcuts"), &window))
    , m_openSampleAction(new QAction(tr("Open the &Sample Collection"), &window))
    , m_aboutAction(new QAction(tr("&About Spyline"), &window))
{
    m_userGuideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    m_userGuideAction->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_openSampleAction->setObjectName(QStringLiteral("openSampleAction"));
    m_openSampleAction->setToolTip(tr("Seven cases of 2023 with the statements before them, to try Spyline on"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_userGuideAction, &QAction::triggered, this, &HelpMenu::showUserGuide);
    connect(m_shortcutsAction, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_openSampleAction, &QAction::triggered, this, &HelpMenu::openSample);
    connect(m_aboutAction, &QAction::triggered, this, &HelpMenu::showAbout);
}

void HelpMenu::fill(QMenu* menu) const
{
    menu->addAction(m_userGuideAction);
    menu->addAction(m_shortcutsAction);
    menu->addSeparator();
    menu->addAction(m_openSampleAction);
    menu->addSeparator();
    menu->addAction(m_aboutAction);
}

void HelpMenu::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(&m_window);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog dialog(m_window, &m_window);
    dialog.exec();
}

QString HelpMenu::samplePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample.spyline"));
}

void HelpMenu::openSample()
{
    const QString path = samplePath();
    if (!QFileInfo::exists(path)) {
        if (Status s = createCollectionFile(path, true); !s) {
            m_window.showError(tr("Open the Sample Collection"), s.error());
            return;
        }
    }
    QString error;
    if (!m_window.openCollection(path, &error))
        m_window.showError(tr("Open the Sample Collection"), error);
}

QString HelpMenu::aboutText()
{
    return tr("<h3>Spyline %1</h3>"
              "<p>Publicly disclosed espionage cases as a timeline and a relationship graph, every fact with its "
              "source and grade. Spyline records claims as claims and takes no side.</p>"
              "<p>Spyline is free software under the MIT licence.</p>"
              "<p><b>Built on</b></p>"
              "<ul>"
              "<li>Qt %2, under the GNU Lesser General Public License, version 3 (LGPL)</li>"
              "<li>SQLite %3, in the public domain</li>"
              "<li>Graphviz, under the Eclipse Public License (EPL)</li>"
              "</ul>"
              "<p><b>Bundled data</b></p>"
              "<p>The sample collection summarises reports that the Global Times (globaltimes.cn) published in "
              "August and September 2023, each record citing the report it comes from. The summaries are "
              "Spyline's own, under its licence; the reports belong to their publisher.</p>"
              "<p><b>Fonts</b></p>"
              "<p>Spyline bundles no font: the window uses the system's, and charts are drawn in DejaVu Sans "
              "(a free licence, from Bitstream Vera) where it is installed.</p>")
        .arg(QStringLiteral(SPYLINE_VERSION), QString::fromLatin1(qVersion()), Store::sqliteVersion());
}

void HelpMenu::showAbout()
{
    QMessageBox::about(&m_window, tr("About Spyline"), aboutText());
}

} // namespace Spyline
