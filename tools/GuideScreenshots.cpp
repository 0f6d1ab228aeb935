// Takes the pictures of the user guide (resources/help/en/images) and of the README
// (docs/images/user-guide.png, import-assistant.png) from the real window on the sample collection, offscreen.
// Usage: QT_QPA_PLATFORM=offscreen spyline_guide_screenshots GUIDE_IMAGES_DIR README_IMAGES_DIR
//        QT_QPA_PLATFORM=offscreen spyline_guide_screenshots --window DB[,DB2…] OUT.png [WIDTHxHEIGHT] [TAB] [DAY]
// Either form may start with --language zh_CN (docs/images/window-zh_CN.png: the sample, 1200x740, 0);
// the pictures are in English otherwise, whatever the system speaks. The first form in Chinese takes
// the Chinese guide's pictures (resources/help/zh_CN/images) and the README's user-guide-zh_CN.png;
// the merge review's picture comes from spyline_collection_screenshots.
// The second form grabs the window on any collection at any size, each tab (0 timeline, 1 graph…)
// as a person would see it, to look at a change with real material; with a DAY typed into the
// filter bar's "As known on" (docs/images/window-known-on.png: the sample, 1200x740, 0, 2023-08-12).
// SPYLINE_PALETTE=dark takes them in Spyline's dark palette (docs/images/window-dark.png: the sample
// with the realistic sheet imported, 1200x740, 0), as the application does.

#include "GraphGeometry.h"
#include "GraphView.h"
#include "ImportAssistant.h"
#include "MainWindow.h"
#include "PartialDateEdit.h"
#include "TeamCollectionOpener.h"
#include "TimelineView.h"
#include "UserGuideWindow.h"
#include "WindowPalette.h"
#include "items/CaseTableModel.h"
#include "records/Language.h"
#include "records/ViewState.h"
#include "store/CollectionFile.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <functional>

using namespace Spyline;

namespace {

QString g_guideFolder;
QString g_readmeFolder;
bool g_ok = true;

void settle(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Scaled to the width the guide shows it at, smoothly, so that the browser draws it pixel for pixel.
void save(const QImage& image, const QString& path, int width)
{
    const QImage scaled = image.width() > width ? image.scaledToWidth(width, Qt::SmoothTransformation) : image;
    if (!scaled.save(path)) {
        QTextStream(stderr) << path << ": cannot be written" << Qt::endl;
        g_ok = false;
    }
}

void saveGuideImage(QWidget* widget, const QString& name, int width = 720)
{
    save(widget->grab().toImage(), g_guideFolder + u'/' + name, width);
}

// Grabs the modal dialog an action opens, at the width the guide shows it, then closes it.
void grabDialogOf(QAction* action, const QString& name, int width, int waitMs = 300)
{
    QTimer::singleShot(waitMs, qApp, [name, width, waitMs] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            dialog->resize(width, dialog->sizeHint().height());
            settle(waitMs);
            saveGuideImage(dialog, name, width);
            dialog->reject();
        } else {
            QTextStream(stderr) << name << ": no dialog opened" << Qt::endl;
            g_ok = false;
        }
    });
    action->trigger();
}

// The window on `db` at `size`, showing tab `tab`, once what it lays out in the background is done.
int grabWindow(const QString& db, const QString& out, const QSize& size, int tab, const QString& knownOn)
{
    MainWindow window;
    window.resize(size);
    window.show();
    // Several collections, comma-separated, are opened one after the other, as a person switches.
    for (const QString& path : db.split(u',')) {
        QString error;
        if (!window.openCollection(path, &error)) {
            QTextStream(stderr) << path << ": " << error << Qt::endl;
            return 1;
        }
        // A team collection is read in the background: its timeline shows first, the rest follows.
        auto* timeline = window.findChild<TimelineView*>(QStringLiteral("timelineView"));
        for (int waited = 0; waited < 120000 && window.teamCollections()->isWorking() && !timeline->data();
             waited += 50)
            settle(50);
        settle(500);
    }
    if (!knownOn.isEmpty()) {
        auto* day = window.findChild<PartialDateEdit*>(QStringLiteral("knownOnDateEdit"));
        if (!day) {
            QTextStream(stderr) << "no \"As known on\" day in the filter bar" << Qt::endl;
            return 1;
        }
        day->lineEdit()->setText(knownOn);
        settle(500);
    }
    window.findChild<QTabWidget*>(QStringLiteral("centralTabWidget"))->setCurrentIndex(tab);
    settle(300);
    if (auto* graph = window.findChild<GraphView*>(); graph && tab == 1) {
        for (int waited = 0; waited < 60000 && graph->isLayoutRunning(); waited += 100)
            settle(100);
    }
    settle(500);
    save(window.grab().toImage(), out, size.width());
    return g_ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SpylineScreenshots"));
    QApplication::setApplicationName(QStringLiteral("SpylineScreenshots"));
    QStandardPaths::setTestModeEnabled(true);
    WindowPalette::applyFromEnvironment();
    QStringList arguments = QApplication::arguments();
    QString language = Language::english();
    if (arguments.size() >= 3 && arguments.at(1) == QStringLiteral("--language")) {
        language = Language::fromCode(arguments.at(2));
        arguments.remove(1, 2);
    }
    if (!Language::apply(language)) {
        QTextStream(stderr) << "--language: Spyline speaks " << Language::codes().join(QStringLiteral(", "))
                            << Qt::endl;
        return 1;
    }
    if (arguments.size() >= 4 && arguments.at(1) == QStringLiteral("--window")) {
        QSize size(1400, 900);
        if (arguments.size() > 4) {
            const QStringList parts = arguments.at(4).split(u'x');
            if (parts.size() == 2)
                size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
        }
        const int tab = arguments.size() > 5 ? arguments.at(5).toInt() : 0;
        const QString knownOn = arguments.size() > 6 ? arguments.at(6) : QString();
        return grabWindow(arguments.at(2), arguments.at(3), size.expandedTo(QSize(400, 300)), tab, knownOn);
    }
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: spyline_guide_screenshots GUIDE_IMAGES_DIR README_IMAGES_DIR" << Qt::endl;
        return 1;
    }
    g_guideFolder = arguments.at(1);
    g_readmeFolder = arguments.at(2);
    QTemporaryDir scratch;
    const QString sample = scratch.filePath(QStringLiteral("cases.spyline"));
    const QString empty = scratch.filePath(QStringLiteral("new.spyline"));
    if (!createCollectionFile(sample, true) || !createCollectionFile(empty, false))
        return 1;

    MainWindow window;
    QString error;
    if (!window.openCollection(empty, &error))
        return 1;
    window.resize(1280, 640);
    window.show();
    settle(300);
    // The strip and the top of the views under it, as large as on screen.
    auto* hint = window.findChild<QWidget*>(QStringLiteral("firstRunHintFrame"));
    const QRect strip(hint->mapTo(&window, QPoint(0, 0)), hint->size());
    save(window.grab(strip.adjusted(-6, -6, 6, 70)).toImage(), g_guideFolder + QStringLiteral("/first-run.png"), 720);

    if (!window.openCollection(sample, &error))
        return 1;
    window.resize(1280, 800);
    settle(300);
    CaseTableModel* cases = window.caseModel();
    for (int row = 0; row < cases->rowCount(); ++row) {
        if (cases->index(row, CaseTableModel::TitleColumn).data().toString().startsWith(QStringLiteral("Zeng")))
            window.viewState()->selectCases({cases->caseIdAt(row)});
    }
    settle(500);
    saveGuideImage(&window, QStringLiteral("window.png"));

    auto* graph = window.findChild<GraphView*>();
    window.findChild<QTabWidget*>(QStringLiteral("centralTabWidget"))->setCurrentWidget(graph);
    for (int waited = 0; waited < 30000 && (graph->geometry().isEmpty() || graph->isLayoutRunning()); waited += 100)
        settle(100);
    settle(300);
    saveGuideImage(&window, QStringLiteral("graph.png"));
    window.findChild<QTabWidget*>(QStringLiteral("centralTabWidget"))->setCurrentIndex(0);
    settle(300);

    grabDialogOf(window.findChild<QAction*>(QStringLiteral("editAction")), QStringLiteral("case-dialog.png"), 640);
    grabDialogOf(window.findChild<QAction*>(QStringLiteral("linkAction")), QStringLiteral("link-dialog.png"), 640);
    grabDialogOf(window.findChild<QAction*>(QStringLiteral("exportChartAction")), QStringLiteral("export-dialog.png"),
                 720, 1500);

    // The import assistant on the realistic sheet kept one row per person, its columns guessed.
    ImportAssistant assistant;
    const QString sheet =
        QDir(g_guideFolder).absoluteFilePath(QStringLiteral("../../../../tests/data/realistic/cases-by-person.csv"));
    if (Status s = assistant.openFile(sheet); !s) {
        QTextStream(stderr) << sheet << ": " << s.error() << Qt::endl;
        return 1;
    }
    assistant.resize(1000, 700);
    assistant.show();
    assistant.next();
    settle(500);
    const QImage assistantImage = assistant.grab().toImage();
    save(assistantImage, g_guideFolder + QStringLiteral("/import-assistant.png"), 720);
    const bool english = Language::current() == Language::english();
    if (english)
        save(assistantImage, g_readmeFolder + QStringLiteral("/import-assistant.png"), 1000);
    assistant.hide();

    UserGuideWindow guide;
    guide.resize(1100, 760);
    guide.show();
    // A search under way: the contents narrowed to the pages that hold the word, the word marked.
    guide.showPage(QStringLiteral("links.html"));
    guide.findChild<QLineEdit*>(QStringLiteral("guideSearchLineEdit"))
        ->setText(english ? QStringLiteral("lag") : QStringLiteral("间隔"));
    guide.findNext();
    settle(500);
    const QString name = english ? QStringLiteral("/user-guide.png")
                                 : QStringLiteral("/user-guide-") + Language::current() + QStringLiteral(".png");
    save(guide.grab().toImage(), g_readmeFolder + name, 1100);
    return g_ok ? 0 : 1;
}
