#include "CaseDialog.h"
#include "DialogWatch.h"
#include "FirstRunHint.h"
#include "HelpMenu.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "TestSupport.h"
#include "UserGuide.h"
#include "UserGuideWindow.h"
#include "WindowTestSupport.h"
#include "items/CaseTableModel.h"
#include "store/CaseRepository.h"
#include "store/CollectionFile.h"
#include "store/Store.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;
using Spyline::Fixtures::whenShown;

namespace {

TEST(UserGuide, FindsThePagesThatHoldEveryWord)
{
    EXPECT_EQ(UserGuide::pagesMatching(QStringLiteral("Admiralty reliability")),
              QStringList {QStringLiteral("entry.html")});
    EXPECT_TRUE(UserGuide::pagesMatching(QStringLiteral("lag")).contains(QStringLiteral("links.html")));
    EXPECT_TRUE(UserGuide::pagesMatching(QStringLiteral("DISCLOSED_ON")).contains(QStringLiteral("import.html")));
    EXPECT_TRUE(UserGuide::pagesMatching(QStringLiteral("handout xyzzy")).isEmpty());
    EXPECT_EQ(UserGuide::pagesMatching(QString()).size(), UserGuide::pages().size());
}

TEST(UserGuideWindow, GoesBackAndForwardAndSearchesAcrossPages)
{
    QSettings().clear();
    UserGuideWindow guide;
    guide.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&guide));
    auto* browser = guide.findChild<QTextBrowser*>(QStringLiteral("guideTextBrowser"));
    auto* contents = guide.findChild<QListWidget*>(QStringLiteral("guideContentsListWidget"));
    auto* back = guide.findChild<QAction*>(QStringLiteral("guideBackAction"));
    auto* forward = guide.findChild<QAction*>(QStringLiteral("guideForwardAction"));
    ASSERT_TRUE(browser && contents && back && forward);
    EXPECT_EQ(UserGuide::fileOf(browser->source()), QStringLiteral("index.html"));
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Spyline User Guide")));
    EXPECT_FALSE(back->isEnabled());

    guide.showPage(QStringLiteral("links.html"));
    EXPECT_EQ(contents->currentItem()->text(), QStringLiteral("Statements and announcements"));
    EXPECT_TRUE(back->isEnabled());
    back->trigger();
    EXPECT_EQ(UserGuide::fileOf(browser->source()), QStringLiteral("index.html"));
    EXPECT_TRUE(forward->isEnabled());
    forward->trigger();
    EXPECT_EQ(UserGuide::fileOf(browser->source()), QStringLiteral("links.html"));

    // A word that is only on other pages: the contents narrow to them, and Next goes there.
    auto* search = guide.findChild<QLineEdit*>(QStringLiteral("guideSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("Admiralty"));
    int shown = 0;
    for (int row = 0; row < contents->count(); ++row)
        shown += contents->item(row)->isHidden() ? 0 : 1;
    EXPECT_EQ(shown, UserGuide::pagesMatching(QStringLiteral("Admiralty")).size());
    EXPECT_FALSE(guide.findChild<QLabel*>(QStringLiteral("guideSearchResultLabel"))->text().isEmpty());
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(UserGuide::fileOf(browser->source()), UserGuide::pagesMatching(QStringLiteral("Admiralty")).first());
    EXPECT_EQ(browser->textCursor().selectedText().toLower(), QStringLiteral("admiralty"));
    EXPECT_FALSE(browser->extraSelections().isEmpty()) << "every place the word occurs is marked";

    search->clear();
    QTest::keyClicks(search, QStringLiteral("xyzzy"));
    EXPECT_EQ(guide.findChild<QLabel*>(QStringLiteral("guideSearchResultLabel"))->text(),
              QStringLiteral("Not in the guide"));
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        search->clear();
        guide.showPage(QStringLiteral("browsing.html"));
        guide.grab().save(folder + QStringLiteral("/user-guide.png"));
    }
}

// A window on an empty collection, as a person sees it after File → New Collection.
class HelpMenuTest : public Testing::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        QFile::remove(HelpMenu::samplePath());
        openWindow(false);
    }
    FirstRunHint* hint()
    {
        return window->findChild<FirstRunHint*>(QStringLiteral("firstRunHintFrame"));
    }
    QPushButton* hintButton(const char* name)
    {
        return hint()->findChild<QPushButton*>(QString::fromLatin1(name));
    }
};

TEST_F(HelpMenuTest, TheHintStripShowsUntilTheCollectionHasACase)
{
    ASSERT_TRUE(hint());
    EXPECT_TRUE(hint()->isVisible());
    EXPECT_EQ(hintButton("addCaseHintButton")->text(), QStringLiteral("Add a Case (Ctrl+N)"));
    EXPECT_TRUE(hintButton("importHintButton")->isEnabled());
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        window->grab().save(folder + QStringLiteral("/first-run.png"));

    whenShown<CaseDialog>([](CaseDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit")),
                         QStringLiteral("Wang: engineer said to have been recruited in Vienna"));
        dialog->findChild<QTableWidget*>(QStringLiteral("rolesTableWidget"))
            ->item(0, 0)
            ->setText(QStringLiteral("Wang"));
        auto* events = dialog->findChild<QTableWidget*>(QStringLiteral("eventsTableWidget"));
        events->item(0, 0)->setText(QStringLiteral("2024-03"));
        events->item(0, 2)->setText(QStringLiteral("MSS announces the Wang case"));
        dialog->accept();
    });
    QTest::mouseClick(hintButton("addCaseHintButton"), Qt::LeftButton);
    ASSERT_EQ(window->caseModel()->totalCount(), 1);
    EXPECT_FALSE(hint()->isVisible());

    action("undoAction")->trigger();
    EXPECT_EQ(window->caseModel()->totalCount(), 0);
    EXPECT_TRUE(hint()->isVisible()) << "empty again after the undo";
}

TEST_F(HelpMenuTest, OpenTheSampleMakesItOnceAndOpensIt)
{
    QTest::mouseClick(hintButton("openSampleHintButton"), Qt::LeftButton);
    EXPECT_EQ(window->store()->path(), HelpMenu::samplePath());
    EXPECT_EQ(window->caseModel()->totalCount(), 7);
    EXPECT_FALSE(hint()->isVisible());

    // Changed and opened again from the menu: it is the person's own now and stays as they left it.
    const Id first = window->caseModel()->caseIdAt(0);
    ASSERT_TRUE(window->openCollection(path));
    EXPECT_TRUE(hint()->isVisible());
    {
        Store sample;
        ASSERT_OK(sample.open(HelpMenu::samplePath()));
        ASSERT_OK(CaseRepository(sample).remove(first));
    }
    action("openSampleAction")->trigger();
    EXPECT_EQ(window->store()->path(), HelpMenu::samplePath());
    EXPECT_EQ(window->caseModel()->totalCount(), 6);
}

TEST_F(HelpMenuTest, UserGuideOpensWithF1)
{
    EXPECT_EQ(action("userGuideAction")->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action("userGuideAction")->trigger();
    auto* guide = window->findChild<UserGuideWindow*>(QStringLiteral("userGuideWindow"));
    ASSERT_TRUE(guide);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_TRUE(guide->isWindow());
    action("userGuideAction")->trigger();
    EXPECT_EQ(window->findChildren<UserGuideWindow*>().size(), 1) << "one guide window, raised again";
}

// The list is read from the actions: one added later, with a shortcut, is listed without more ado.
TEST_F(HelpMenuTest, KeyboardShortcutsListEveryActionWithAShortcut)
{
    const auto has = [](const QList<ShortcutsDialog::Entry>& entries, const QString& group, const QString& command,
                        const QKeySequence& keys) {
        return std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutsDialog::Entry& entry) {
            return entry.group == group && entry.command == command
                && entry.keys.contains(keys.toString(QKeySequence::NativeText));
        });
    };
    QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entriesOf(*window);
    EXPECT_TRUE(has(entries, QStringLiteral("File"), QStringLiteral("Open Collection"), QKeySequence::Open));
    EXPECT_TRUE(has(entries, QStringLiteral("Edit"), QStringLiteral("New Case"), QKeySequence::New));
    EXPECT_TRUE(has(entries, QStringLiteral("Edit"), QStringLiteral("Link to a Preceding Statement"),
                    QKeySequence(Qt::CTRL | Qt::Key_L)));
    EXPECT_TRUE(has(entries, QStringLiteral("Help"), QStringLiteral("User Guide"), QKeySequence::HelpContents));
    for (const ShortcutsDialog::Entry& entry : entries)
        EXPECT_FALSE(entry.command.contains(u'&') || entry.command.endsWith(u'\u2026')) << entry.command.toStdString();

    auto* later = new QAction(QStringLiteral("&Compare Two Cases\u2026"), window.get());
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    window->menuBar()->addMenu(QStringLiteral("&Tools"))->addAction(later);
    auto* elsewhere = new QAction(QStringLiteral("Zoom to Fit"), window.get());
    elsewhere->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    window->addAction(elsewhere);
    entries = ShortcutsDialog::entriesOf(*window);
    EXPECT_TRUE(has(entries, QStringLiteral("Tools"), QStringLiteral("Compare Two Cases"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K)));
    EXPECT_TRUE(has(entries, QStringLiteral("Elsewhere in the window"), QStringLiteral("Zoom to Fit"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0)));

    // The guide is a window of its own: its Back and Forward are not the main window's.
    action("userGuideAction")->trigger();
    entries = ShortcutsDialog::entriesOf(*window);
    EXPECT_FALSE(std::any_of(entries.cbegin(), entries.cend(), [](const ShortcutsDialog::Entry& entry) {
        return entry.command == QStringLiteral("Back");
    }));

    QStringList listed;
    int shownAfterFilter = -1;
    whenShown<ShortcutsDialog>([&](ShortcutsDialog* dialog) {
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTreeWidget"));
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            listed.append((*it)->text(0) + u'|' + (*it)->text(1));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("shortcutFilterLineEdit")),
                         QStringLiteral("compare"));
        shownAfterFilter = 0;
        for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::NotHidden); *it; ++it)
            shownAfterFilter += (*it)->childCount() == 0 ? 1 : 0;
        dialog->reject();
    });
    action("shortcutsAction")->trigger();
    EXPECT_TRUE(listed.contains(QStringLiteral("Compare Two Cases|")
                                + QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K).toString(QKeySequence::NativeText)))
        << listed.join(u'\n').toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral("Tools|")));
    EXPECT_EQ(shownAfterFilter, 1);
}

TEST_F(HelpMenuTest, AboutNamesTheLicencesOfWhatSpylineUsesAndBundles)
{
    QString text;
    whenShown<QMessageBox>([&](QMessageBox* box) {
        text = box->text();
        box->accept();
    });
    action("aboutAction")->trigger();
    EXPECT_TRUE(text.contains(QStringLiteral("Spyline " SPYLINE_VERSION))) << text.toStdString();
    for (const char* named : {"MIT", "Qt", "LGPL", "SQLite", "public domain", "Graphviz", "Eclipse Public License",
                              "Global Times", "DejaVu Sans"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(named))) << named;
    for (const char* notShipped : {"GoogleTest", "Benchmark"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(notShipped), Qt::CaseInsensitive)) << notShipped;
}

} // namespace
