// The window on a team collection: the connect dialog, and a collection on the private server opened
// in the window through a working copy kept in step both ways, under its banner: read-only for a role
// that may only read, live for everyone, conflicts shown with both versions.
#include "CaseDialog.h"
#include "DialogWatch.h"
#include "EditingController.h"
#include "FileOperations.h"
#include "ImportAssistant.h"
#include "MainWindow.h"
#include "MergeReviewDialog.h"
#include "ServerConflictDialog.h"
#include "TeamCollectionBanner.h"
#include "TeamCollectionDialog.h"
#include "TeamCollectionOpener.h"
#include "TeamSession.h"
#include "TestServer.h"
#include "TestSupport.h"
#include "TimelineView.h"
#include "editing/CollectionEditor.h"
#include "items/CaseTableModel.h"
#include "records/ViewState.h"
#include "store/CaseRepository.h"
#include "store/CollectionCopy.h"
#include "store/CollectionFile.h"
#include "store/RecordSet.h"
#include "store/ServerAddress.h"
#include "store/ServerCollection.h"
#include "store/Store.h"
#include "store/WorkingCopy.h"
#include "timeline/TimelineData.h"
#include "transfer/SyntheticCollection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

#include <gtest/gtest.h>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

class TeamCollectionDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
    }
    static QLabel* problemOf(TeamCollectionDialog& dialog)
    {
        return dialog.findChild<QLabel*>("problemLabel"_s);
    }
};

} // namespace

TEST_F(TeamCollectionDialogTest, AcceptsOnlyAServerAddressWithoutAPassword)
{
    TeamCollectionDialog dialog;
    dialog.show();
    for (const auto& [address, says] : {std::pair {""_s, "Give the address"_s},
                                        std::pair {"~/cases/cold-war.spyline"_s, "not the address of a PostgreSQL"_s},
                                        std::pair {"postgresql://teacher:s3cret@db.example/class"_s, "PGPASSWORD"_s},
                                        std::pair {"postgresql://db.example/class?password=s3cret"_s, "PGPASSWORD"_s},
                                        std::pair {"postgresql://db.example/class?colour=blue"_s, "colour"_s}}) {
        dialog.setAddress(address);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Rejected) << address.toStdString();
        EXPECT_FALSE(problemOf(dialog)->isHidden()) << address.toStdString();
        EXPECT_TRUE(problemOf(dialog)->text().contains(says))
            << address.toStdString() << ": " << problemOf(dialog)->text().toStdString();
        EXPECT_FALSE(QSettings().contains(TeamCollectionDialog::lastAddressKey()));
    }
    // A Unix socket by ?host=, as libpq reads it.
    const QString socket = "postgresql:///class?host=/run/postgresql"_s;
    dialog.setAddress(socket);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << problemOf(dialog)->text().toStdString();
    // Remembered for next time.
    EXPECT_EQ(QSettings().value(TeamCollectionDialog::lastAddressKey()).toString(), socket);
    TeamCollectionDialog next;
    EXPECT_EQ(next.address(), socket);
}

TEST_F(TeamCollectionDialogTest, APasswordIsHandedOverOnceAndNeverSaved)
{
    const QString secret = "Plum-Orchard-7431"_s;
    TeamCollectionDialog dialog;
    dialog.show();
    auto* password = dialog.findChild<QLineEdit*>("passwordLineEdit"_s);
    ASSERT_TRUE(password);
    // Shown only once the server asks for one, and never as plain text.
    EXPECT_TRUE(password->isHidden());
    dialog.setAddress("postgresql://teacher@db.example/class"_s);
    dialog.askForPassword("The server asks for a password."_s);
    EXPECT_FALSE(password->isHidden());
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, secret);
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        dialog.grab().save(folder + "/team-collection-dialog.png"_s);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.takePassword(), secret.toUtf8());
    EXPECT_TRUE(password->text().isEmpty());
    EXPECT_TRUE(dialog.takePassword().isEmpty());
    // The settings file holds the address, and not the password.
    QSettings settings;
    settings.sync();
    const QByteArray saved = readAll(settings.fileName());
    EXPECT_TRUE(saved.contains("db.example")) << settings.fileName().toStdString();
    EXPECT_FALSE(saved.contains(secret.toUtf8()));
    for (const QString& key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(secret)) << key.toStdString();
}

namespace {

class TeamCollectionWindowTest : public ::testing::Test
{
protected:
    ScratchFolder scratch;
    QString address;
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        QSettings().clear();
        const QString file = scratch.path("class.spyline"_s);
        ASSERT_OK(createCollectionFile(file, true));
        address = freshServerDatabase();
        ASSERT_OK(copyCollection(file, address));
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    QAction* action(const char* name)
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    TimelineView* timeline()
    {
        return window->findChild<TimelineView*>("timelineView"_s);
    }
    bool openedOnServer()
    {
        return QTest::qWaitFor([this] { return window->teamAddress() == address && timeline()->data(); }, 30000);
    }
};

} // namespace

TEST_F(TeamCollectionWindowTest, ARoleThatMayOnlyReadSeesItReadOnlyAndOthersChangesAsTheyAreMade)
{
    {
        ServerCollection owner;
        ASSERT_OK(owner.open(address));
        ASSERT_OK(owner.connection().runScript(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'student') THEN CREATE ROLE student "
            "LOGIN; END IF; END $$; GRANT SELECT ON ALL TABLES IN SCHEMA public TO student"_s));
    }
    const QString teachers = address;
    address.replace("postgresql:///"_s, "postgresql://student@/"_s);
    ASSERT_TRUE(window->openCollection(address));
    ASSERT_TRUE(openedOnServer());
    // Every case and event of the server, in the case list and on the timeline.
    EXPECT_EQ(window->caseModel()->rowCount(), 7);
    Store sample;
    ASSERT_OK(sample.open(scratch.path("class.spyline"_s), Store::Access::Read));
    auto onFile = TimelineData::load(sample);
    ASSERT_OK(onFile);
    ASSERT_GT((*onFile)->events().size(), size_t(20));
    EXPECT_EQ(timeline()->data()->events().size(), (*onFile)->events().size());
    // The banner names the server and says that the role may only read it.
    auto* banner = window->findChild<TeamCollectionBanner*>();
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(serverCollectionName(address))) << banner->text().toStdString();
    const auto* bannerLabel = banner->findChild<QLabel*>("teamCollectionBannerLabel"_s);
    ASSERT_TRUE(bannerLabel);
    EXPECT_TRUE(bannerLabel->toolTip().contains(address.toHtmlEscaped())) << bannerLabel->toolTip().toStdString();
    EXPECT_TRUE(banner->text().contains("read-only"_s)) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains("student"_s)) << banner->text().toStdString();
    EXPECT_TRUE(window->windowTitle().contains("read-only"_s)) << window->windowTitle().toStdString();
    // Nothing can be changed in the window; everything can be looked at and exported.
    for (const char* editing : {"newCaseAction", "newStatementAction", "newActorAction", "newSourceAction",
                                "importAction", "mergeCollectionAction", "peopleAction"})
        EXPECT_FALSE(action(editing)->isEnabled()) << editing;
    window->viewState()->selectCases({3});
    EXPECT_FALSE(action("editAction")->isEnabled());
    EXPECT_FALSE(action("deleteAction")->isEnabled());
    for (const char* reading : {"exportChartAction", "exportDataAction", "exportHandoutAction", "refreshAction"})
        EXPECT_TRUE(action(reading)->isEnabled()) << reading;
    // The recent list names the server, which reopens from there.
    auto* recent = window->findChild<QMenu*>("recentMenu"_s);
    ASSERT_TRUE(recent);
    ASSERT_FALSE(recent->actions().isEmpty());
    EXPECT_EQ(recent->actions().first()->text(), QString(address).replace(u'&', "&&"_s));

    // The teacher changes a case on the server: the window shows it by itself, the selection kept.
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->text().contains("appear here"_s); }, 10000))
        << banner->text().toStdString();
    ServerCollection teacher;
    ASSERT_OK(teacher.open(teachers));
    commit(teacher, "UPDATE cases SET title = 'Retitled by the teacher' WHERE id = 3"_s);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            auto shown = CaseRepository(*window->store()).get(3);
            return shown && shown->title == "Retitled by the teacher"_s;
        },
        10000));
    EXPECT_EQ(window->viewState()->currentCase(), 3);
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        window->grab().save(folder + "/team-collection-window.png"_s);
}

TEST_F(TeamCollectionWindowTest, ChangesMadeInTheWindowGoToTheServerAndUndoBringsThemBack)
{
    ASSERT_TRUE(window->openCollection(address));
    ASSERT_TRUE(openedOnServer());
    auto* banner = window->findChild<TeamCollectionBanner*>();
    EXPECT_TRUE(banner->text().contains("your changes go to the server"_s)) << banner->text().toStdString();
    EXPECT_FALSE(window->windowTitle().contains("read-only"_s)) << window->windowTitle().toStdString();
    for (const char* editing :
         {"newCaseAction", "newStatementAction", "newActorAction", "newSourceAction", "peopleAction"})
        EXPECT_TRUE(action(editing)->isEnabled()) << editing;
    EXPECT_TRUE(action("importAction")->isEnabled());
    EXPECT_TRUE(action("mergeCollectionAction")->isEnabled());

    ServerCollection server;
    ASSERT_OK(server.open(address));
    const auto titleOnServer = [&] {
        return rowsOf(onServer(server.connection()), "SELECT title FROM cases WHERE id = 2"_s)
            .value(0)
            .value(0)
            .toString();
    };
    const QString original = titleOnServer();
    auto stored = CaseRepository(*window->store()).get(2);
    ASSERT_OK(stored);
    RecordSet before;
    before.cases.append(*stored);
    RecordSet after = before;
    after.cases.first().title = "Retitled in the window"_s;
    ASSERT_OK(window->editor()->change("Edit case"_s, before, after));
    EXPECT_EQ(titleOnServer(), "Retitled in the window"_s);
    action("undoAction")->trigger();
    EXPECT_EQ(titleOnServer(), original);
    action("redoAction")->trigger();
    EXPECT_EQ(titleOnServer(), "Retitled in the window"_s);
}

TEST_F(TeamCollectionWindowTest, SavingACaseSomeoneElseChangedShowsBothVersionsAndKeepsTheirsUnlessAsked)
{
    ASSERT_TRUE(window->openCollection(address));
    ASSERT_TRUE(openedOnServer());
    ServerCollection colleague;
    ASSERT_OK(colleague.open(address));
    const auto titleOnServer = [&] {
        return rowsOf(onServer(colleague.connection()), "SELECT title FROM cases WHERE id = 1"_s)
            .value(0)
            .value(0)
            .toString();
    };
    window->viewState()->selectCases({1});
    QStringList shownInConflict;
    for (const bool keepMine : {false, true}) {
        const QString theirs = keepMine ? "Second colleague's title"_s : "Colleague's title"_s;
        whenShown<CaseDialog>([&](CaseDialog* form) {
            // While the form is open, a colleague changes the same case, and the window takes it in.
            commit(colleague, "UPDATE cases SET title = ? WHERE id = 1"_s, {theirs});
            EXPECT_TRUE(QTest::qWaitFor(
                [&] {
                    auto shown = CaseRepository(*window->store()).get(1);
                    return shown && shown->title == theirs;
                },
                10000));
            whenShown<ServerConflictDialog>([&](ServerConflictDialog* conflict) {
                auto* tree = conflict->findChild<QTreeWidget*>("conflictTree"_s);
                if (tree) {
                    for (QTreeWidgetItemIterator item(tree); *item; ++item)
                        shownInConflict.append((*item)->text(0) + u'|' + (*item)->text(1) + u'|' + (*item)->text(2));
                }
                if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
                    conflict->grab().save(folder + "/team-collection-conflict.png"_s);
                keepMine ? conflict->accept() : conflict->reject();
            });
            form->findChild<QLineEdit*>("titleLineEdit"_s)->setText("My title"_s);
            form->accept();
            if (form->isVisible())
                form->reject();
        });
        window->editing()->editCurrent();
        EXPECT_TRUE(shownInConflict.contains("title|%1|My title"_s.arg(theirs)))
            << shownInConflict.join(u'\n').toStdString();
        EXPECT_EQ(titleOnServer(), keepMine ? "My title"_s : theirs);
        shownInConflict.clear();
    }
}

TEST_F(TeamCollectionWindowTest, RefreshShowsOthersChangesAndKeepsTheSelectionAndFilter)
{
    ASSERT_TRUE(window->openCollection(address));
    ASSERT_TRUE(openedOnServer());
    const QString firstFile = window->store()->path();
    CaseFilter filter;
    filter.text = "espionage"_s;
    window->viewState()->setFilter(filter);
    window->viewState()->selectCases({3});
    const size_t before = timeline()->data()->events().size();
    // Someone else puts a larger collection in its place on the server.
    const QString more = scratch.path("more.spyline"_s);
    ASSERT_OK(buildCollectionFile(more, [](Store& store) -> Status {
        SyntheticOptions options;
        options.cases = 60;
        auto generated = generateSyntheticCollection(store, options);
        return generated ? Status() : generated.status();
    }));
    ASSERT_OK(copyCollection(more, address, ExistingCollection::Replace));
    action("refreshAction")->trigger();
    // The new snapshot's events on the timeline: more of them than before.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return window->store() && window->store()->path() != firstFile && timeline()->data()
                && timeline()->data()->events().size() > before;
        },
        30000));
    // A new snapshot in a new private file (the kept copy was still in use); the kept copy stays for
    // the next opening.
    EXPECT_TRUE(QFile::exists(firstFile));
    EXPECT_EQ(window->viewState()->currentCase(), 3);
    EXPECT_EQ(window->viewState()->filter().text, "espionage"_s);
    EXPECT_EQ(window->teamAddress(), address);
}

TEST_F(TeamCollectionWindowTest, OpeningAFileAfterwardsLetsGoOfTheKeptCopyForTheNextOpening)
{
    ASSERT_TRUE(window->openCollection(address));
    ASSERT_TRUE(openedOnServer());
    const QString workingCopy = window->store()->path();
    EXPECT_TRUE(QFile::exists(workingCopy));
    const QString file = scratch.path("own.spyline"_s);
    ASSERT_OK(createCollectionFile(file, true));
    QString error;
    ASSERT_TRUE(window->openCollection(file, &error)) << error.toStdString();
    // Let go of, and kept: the next opening takes it up again rather than reading the server anew.
    EXPECT_TRUE(QFile::exists(workingCopy));
    WorkingCopy::Request request;
    request.address = address;
    request.keep = true;
    WorkingCopy::Problem problem;
    auto again = WorkingCopy::take(request, &problem);
    ASSERT_TRUE(again) << problem.message.toStdString();
    EXPECT_TRUE(again->wasKept());
    EXPECT_EQ(again->path(), workingCopy);
    EXPECT_TRUE(window->teamAddress().isEmpty());
    EXPECT_FALSE(window->findChild<TeamCollectionBanner*>()->isVisible());
    EXPECT_TRUE(action("newCaseAction")->isEnabled());
    EXPECT_FALSE(action("refreshAction")->isEnabled());
}

namespace {

// A collection large enough that its copy takes a while (about 15,000 events), on a server database
// of its own; `file` receives the file it was copied from.
QString largerCollectionOnServer(const ScratchFolder& scratch, QString* file)
{
    *file = scratch.path("larger.spyline"_s);
    EXPECT_OK(buildCollectionFile(*file, [](Store& store) -> Status {
        auto generated = generateSyntheticCollection(store, {3000, 7});
        return generated ? Status() : generated.status();
    }));
    const QString larger = freshServerDatabase();
    EXPECT_OK(copyCollection(*file, larger));
    return larger;
}

} // namespace

TEST_F(TeamCollectionWindowTest, TheTimelineShowsBeforeTheCopyIsWholeAndThenTheRestFollows)
{
    QString generatedFile;
    const QString larger = largerCollectionOnServer(scratch, &generatedFile);
    Store generated;
    ASSERT_OK(generated.open(generatedFile, Store::Access::Read));
    auto expected = TimelineData::load(generated);
    ASSERT_OK(expected);
    // A file was open; the team collection takes its place.
    const QString own = scratch.path("own.spyline"_s);
    ASSERT_OK(createCollectionFile(own, true));
    ASSERT_TRUE(window->openCollection(own));
    ASSERT_TRUE(window->openCollection(larger));
    auto* banner = window->findChild<TeamCollectionBanner*>();
    auto* cancel = banner->findChild<QPushButton*>("cancelTeamCopyButton"_s);
    ASSERT_TRUE(cancel);
    // The timeline, whole, while the copy goes on behind it: nothing else to read or change yet.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->store() && timeline()->data(); }, 30000));
    EXPECT_EQ(timeline()->data()->events().size(), (*expected)->events().size());
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_TRUE(banner->findChild<QProgressBar*>("teamCopyProgress"_s)->isVisible());
    EXPECT_TRUE(banner->text().contains("timeline is here already"_s)) << banner->text().toStdString();
    EXPECT_TRUE(window->windowTitle().contains("copying"_s)) << window->windowTitle().toStdString();
    EXPECT_FALSE(window->findChild<QProgressDialog*>()) << "the copy's progress is in the banner";
    for (const char* editing : {"newCaseAction", "editAction", "exportDataAction", "refreshAction"})
        EXPECT_FALSE(action(editing)->isEnabled()) << editing;
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        window->grab().save(folder + "/team-collection-timeline-first.png"_s);
    // It can be browsed meanwhile: a click and a double click on it pick nothing there is not yet.
    const QPoint middle(timeline()->width() * 2 / 3, timeline()->height() / 3);
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, middle);
    QTest::mouseDClick(timeline(), Qt::LeftButton, {}, middle);
    QTest::keyClick(timeline(), Qt::Key_Right);
    EXPECT_FALSE(QApplication::activeModalWidget());
    // Where the person looks while the copy goes on stays where it is once the rest comes.
    const TimeWindow looked {timeline()->window().first + 1000, timeline()->window().first + 3000};
    timeline()->setWindow(looked);
    address = larger;
    ASSERT_TRUE(openedOnServer());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !timeline()->isLoading(); }, 30000));
    EXPECT_EQ(timeline()->store(), window->store());
    EXPECT_EQ(timeline()->data()->events().size(), (*expected)->events().size());
    EXPECT_EQ(timeline()->window().first, looked.first);
    EXPECT_EQ(timeline()->window().last, looked.last);
    EXPECT_EQ(window->caseModel()->rowCount(), 3000);
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_TRUE(action("newCaseAction")->isEnabled());
    EXPECT_FALSE(window->windowTitle().contains("copying"_s));
}

TEST_F(TeamCollectionWindowTest, CancellingTheCopyBehindTheTimelineGoesBackToWhatWasOpen)
{
    QString generatedFile;
    const QString larger = largerCollectionOnServer(scratch, &generatedFile);
    const QString own = scratch.path("own.spyline"_s);
    ASSERT_OK(createCollectionFile(own, true));
    ASSERT_TRUE(window->openCollection(own));
    const size_t ownEvents = timeline()->data()->events().size();
    ASSERT_TRUE(window->openCollection(larger));
    auto* banner = window->findChild<TeamCollectionBanner*>();
    auto* cancel = banner->findChild<QPushButton*>("cancelTeamCopyButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->store() && timeline()->data(); }, 30000));
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->store() != nullptr; }, 30000));
    EXPECT_FALSE(window->teamCollections()->isWorking());
    EXPECT_EQ(QFileInfo(window->store()->path()).canonicalFilePath(), QFileInfo(own).canonicalFilePath());
    EXPECT_TRUE(window->teamAddress().isEmpty());
    EXPECT_FALSE(banner->isVisible());
    ASSERT_TRUE(timeline()->data());
    EXPECT_EQ(timeline()->data()->events().size(), ownEvents);
    EXPECT_FALSE(window->findChild<TeamCollectionDialog*>()) << "a cancel is no failure to report";
}

TEST_F(TeamCollectionWindowTest, ASheetImportedInTheWindowGoesToTheServerAsOneStepThatUndoTakesBack)
{
    ASSERT_TRUE(window->openCollection(address));
    ASSERT_TRUE(openedOnServer());
    auto* banner = window->findChild<TeamCollectionBanner*>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->text().contains("appear here"_s); }, 10000));
    QSignalSpy others(window->teamSession(), &TeamSession::othersChanged);
    ServerCollection server;
    ASSERT_OK(server.open(address));
    const auto casesOnServer = [&] {
        return rowsOf(onServer(server.connection()), "SELECT count(*) FROM cases"_s).value(0).value(0).toInt();
    };
    ASSERT_EQ(casesOnServer(), 7);
    // A sheet as a person keeps it: one row a person, their own column names, a ring of two.
    const QString sheet = QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/data/rings.csv");
    bool previewed = false;
    whenShown<ImportAssistant>([&](ImportAssistant* assistant) {
        assistant->next();
        assistant->next();
        assistant->findChild<QCheckBox*>("skipBadValuesCheckBox"_s)->setChecked(true);
        previewed = QTest::qWaitFor([&] { return assistant->button(QWizard::FinishButton)->isEnabled(); }, 20000);
        assistant->accept();
    });
    window->importFile(sheet);
    EXPECT_TRUE(previewed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->caseModel()->rowCount() == 9; }, 20000))
        << window->caseModel()->rowCount();
    // On the server as it is in the window; the server's notice of it brings nothing new.
    EXPECT_EQ(casesOnServer(), 9);
    QTest::qWait(1500);
    EXPECT_EQ(others.size(), 0);
    EXPECT_EQ(window->caseModel()->rowCount(), 9);
    // One undo step, taken back on the server too, and made again.
    action("undoAction")->trigger();
    EXPECT_EQ(casesOnServer(), 7);
    EXPECT_EQ(window->caseModel()->rowCount(), 7);
    action("redoAction")->trigger();
    EXPECT_EQ(casesOnServer(), 9);
    EXPECT_EQ(others.size(), 0);
}

TEST_F(TeamCollectionWindowTest, ACollectionMergedInTheWindowGoesToTheServerAsOneStepThatUndoTakesBack)
{
    // Theirs: the same cases and one more.
    const QString theirs = scratch.path("theirs.spyline"_s);
    ASSERT_OK(createCollectionFile(theirs, true));
    {
        Store store;
        ASSERT_OK(store.open(theirs));
        Case added;
        added.title = "Brought in by the merge"_s;
        ASSERT_OK(CaseRepository(store).insert(added));
    }
    ASSERT_TRUE(window->openCollection(address));
    ASSERT_TRUE(openedOnServer());
    ServerCollection server;
    ASSERT_OK(server.open(address));
    const auto casesOnServer = [&] {
        return rowsOf(onServer(server.connection()), "SELECT count(*) FROM cases"_s).value(0).value(0).toInt();
    };
    ASSERT_EQ(casesOnServer(), 7);
    bool reviewed = false;
    whenShown<MergeReviewDialog>([&](MergeReviewDialog* review) {
        reviewed = true;
        review->accept();
    });
    window->findChild<FileOperations*>()->mergeCollectionFile(theirs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->caseModel()->rowCount() == 8; }, 20000))
        << window->caseModel()->rowCount();
    EXPECT_TRUE(reviewed);
    EXPECT_EQ(casesOnServer(), 8);
    action("undoAction")->trigger();
    EXPECT_EQ(casesOnServer(), 7);
    EXPECT_EQ(window->caseModel()->rowCount(), 7);
}
