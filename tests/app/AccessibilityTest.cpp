// The window for people who do not see it or use no mouse: every control says what it is to a
// screen reader, and Tab reaches the charts.
#include "MainWindow.h"

#include "CaseDialog.h"
#include "EventDialog.h"
#include "GraphCanvas.h"
#include "GraphView.h"
#include "MapCanvas.h"
#include "TestSupport.h"
#include "TimelineView.h"
#include "WindowTestSupport.h"
#include "editing/CollectionEditor.h"
#include "records/Records.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Spyline;

namespace {

// A control a person works: anything that takes the keyboard, every button, slider and panel, in
// sight. Scroll bars belong to what they scroll, and the line edit inside a spin or combo box to
// its box, which assistive technology names instead.
bool isInteractive(const QWidget* widget, const QWidget* root)
{
    // What is hidden is out of reach (a control shown only with text, like the chart filter's).
    if (qobject_cast<const QScrollBar*>(widget) || !widget->isVisibleTo(root))
        return false;
    for (const QWidget* up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(up) || qobject_cast<const QComboBox*>(up))
            return false;
    }
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton*>(widget)
        || qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QDockWidget*>(widget);
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// "noteLabel (QLabel) under graphView": every interactive widget a screen reader could not name.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    int checked = 0;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isInteractive(widget, root))
            continue;
        ++checked;
        if (!accessibleName(widget).isEmpty())
            continue;
        QString path = widget->objectName().isEmpty() ? QStringLiteral("(no object name)") : widget->objectName();
        path += QStringLiteral(" (%1)").arg(QString::fromLatin1(widget->metaObject()->className()));
        for (QWidget* up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
            if (!up->objectName().isEmpty() && !up->objectName().startsWith(u"qt_")) {
                path += QStringLiteral(" under ") + up->objectName();
                break;
            }
        }
        unnamed.append(path);
    }
    EXPECT_GT(checked, 10) << "the walk found too few controls to mean anything";
    return unnamed;
}

class AccessibilityTest : public Testing::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openWindow(true, QSize(1400, 900));
        QApplication::setActiveWindow(window.get());
    }
    QTabWidget* tabs()
    {
        return window->findChild<QTabWidget*>(QStringLiteral("centralTabWidget"));
    }
    // Tab, from the filter bar's search field, until the widget has the focus; false after a lap.
    bool tabReaches(QWidget* target)
    {
        window->findChild<QWidget*>(QStringLiteral("searchLineEdit"))->setFocus(Qt::OtherFocusReason);
        for (int presses = 0; presses < 80; ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == target)
                return true;
        }
        return false;
    }
};

TEST_F(AccessibilityTest, EveryControlOfTheWindowHasAName)
{
    // Each tab shown once, so that what is made when first shown is there.
    for (int tab = 0; tab < tabs()->count(); ++tab) {
        tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
    }
    if (auto* graph = window->findChild<GraphView*>()) {
        for (int waited = 0; waited < 30000 && graph->isLayoutRunning(); waited += 50)
            QTest::qWait(50);
    }
    const QStringList unnamed = unnamedControls(window.get());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}

TEST_F(AccessibilityTest, CanvasesAreNamedCharts)
{
    for (const char* name : {"timelineView", "graphCanvas", "mapCanvas", "statisticsCanvas"}) {
        auto* canvas = window->findChild<QWidget*>(QString::fromLatin1(name));
        ASSERT_NE(canvas, nullptr) << name;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(canvas);
        EXPECT_FALSE(accessible->text(QAccessible::Name).isEmpty()) << name;
        EXPECT_EQ(accessible->role(), QAccessible::Chart) << name;
    }
}

TEST_F(AccessibilityTest, TabReachesTheTimelineTheGraphAndTheMap)
{
    tabs()->setCurrentIndex(0);
    EXPECT_TRUE(tabReaches(window->findChild<TimelineView*>()));
    tabs()->setCurrentIndex(1);
    EXPECT_TRUE(tabReaches(window->findChild<GraphCanvas*>()));
    tabs()->setCurrentIndex(2);
    EXPECT_TRUE(tabReaches(window->findChild<MapCanvas*>()));
}

TEST_F(AccessibilityTest, EveryControlOfTheCaseAndEventDialogsHasAName)
{
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor editor {*store};
    const auto save = [&editor](const RecordSet& before, const RecordSet& after) {
        return editor.change(QStringLiteral("record"), before, after);
    };
    const Id zeng = Fixtures::caseTitled(*store, QStringLiteral("Zeng:"));
    ASSERT_NE(zeng, 0);

    CaseDialog cases(*store, save);
    ASSERT_OK(cases.loadCase(zeng));
    cases.show();
    QStringList unnamed = unnamedControls(&cases);
    EXPECT_TRUE(unnamed.isEmpty()) << "case dialog:\n" << unnamed.join(u'\n').toStdString();

    EventDialog events(*store, save);
    events.prepare(EventKind::Recruitment, zeng);
    events.show();
    unnamed = unnamedControls(&events);
    EXPECT_TRUE(unnamed.isEmpty()) << "event dialog:\n" << unnamed.join(u'\n').toStdString();
}

} // namespace
