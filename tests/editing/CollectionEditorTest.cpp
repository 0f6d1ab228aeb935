#include "editing/CollectionEditor.h"
#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SourceRepository.h"
#include "transfer/DataTransfer.h"
#include "transfer/sheet/SheetImport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QUndoStack>

#include <utility>

using namespace Spyline;

namespace {

PartialDate date(const char* text)
{
    return *PartialDate::parse(QString::fromLatin1(text));
}

QByteArray dump(Store& store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_OK(writeJson(store, buffer));
    return buffer.data();
}

// A new case the way the case form describes it: new records tied together by negative ids.
RecordSet newCase()
{
    RecordSet set;
    set.cases.append(Case {-1,
                           QStringLiteral("Wang: engineer said to have been recruited in Vienna"),
                           QStringLiteral("According to ..."),
                           CaseStatus::Alleged,
                           QStringLiteral("aerospace"),
                           QStringLiteral("CN"),
                           QStringLiteral("US"),
                           {}});
    set.actors.append(Actor {-2, ActorKind::Person, QStringLiteral("Wang"), {}, {}, QStringLiteral("CN"), {}, {}, 0});
    set.roles.append(Role {0, -1, -2, RoleKind::Suspect, {}});
    Event announcement;
    announcement.id = -3;
    announcement.caseId = -1;
    announcement.kind = EventKind::Announcement;
    announcement.title = QStringLiteral("MSS announces the case");
    announcement.date = date("2024-03");
    set.events.append(announcement);
    set.sources.append(Source {-4, QStringLiteral("https://news.example/wang"), QStringLiteral("Example News"),
                               QStringLiteral("Engineer held"), date("2024-03-05"), Grade {'B', 2}});
    set.citations.append(Citation {0, -4, -1, 0, {}});
    set.citations.append(Citation {0, -4, 0, -3, QStringLiteral("said to")});
    return set;
}

class CollectionEditorTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor editor {*store};
    QUndoStack& stack = *editor.undoStack();
};

TEST_F(CollectionEditorTest, AddingIsOneStepThatUndoAndRedoKeepExact)
{
    const QByteArray before = dump(*store);
    auto added = editor.add(QStringLiteral("New case"), newCase());
    ASSERT_OK(added);
    ASSERT_EQ(stack.count(), 1);
    const Id caseId = added->cases.first().id;
    ASSERT_GT(caseId, 0);
    EXPECT_EQ(added->events.first().caseId, caseId);
    EXPECT_EQ(SourceRepository(*store).sourcesOfCase(caseId)->size(), 1);
    const QByteArray after = dump(*store);

    stack.undo();
    EXPECT_EQ(dump(*store), before);
    stack.redo();
    EXPECT_EQ(dump(*store), after) << "redo puts the records back under the same ids";
    EXPECT_OK(store->checkIntegrity());
}

TEST_F(CollectionEditorTest, DeletingACaseCanBeUndoneWithEverythingItRemoved)
{
    Id zeng = 0;
    for (Id id : *CaseSearch(*store).caseIds({})) {
        if (CaseRepository(*store).get(id)->title.startsWith(QStringLiteral("Zeng")))
            zeng = id;
    }
    ASSERT_NE(zeng, 0);
    const QByteArray before = dump(*store);
    const int linksBefore = static_cast<int>(LinkRepository(*store).all()->size());
    ASSERT_OK(editor.removeCase(zeng));
    EXPECT_FALSE(CaseRepository(*store).get(zeng).ok());
    EXPECT_LT(LinkRepository(*store).all()->size(), linksBefore);
    stack.undo();
    EXPECT_EQ(dump(*store), before);
    stack.redo();
    EXPECT_FALSE(CaseRepository(*store).get(zeng).ok());
    stack.undo();
    EXPECT_EQ(dump(*store), before);
}

TEST_F(CollectionEditorTest, EditingACaseChangesItsRolesAndEventsInOneStep)
{
    auto added = editor.add(QStringLiteral("New case"), newCase());
    ASSERT_OK(added);
    const QByteArray afterAdd = dump(*store);
    const Id caseId = added->cases.first().id;
    auto snapshot = snapshotCase(*store, caseId);
    ASSERT_OK(snapshot);

    RecordSet edited = snapshot->before;
    edited.cases[0].status = CaseStatus::Charged;
    edited.roles.clear(); // the suspect role removed ...
    edited.roles.append(Role {0, caseId, added->actors.first().id, RoleKind::Suspect, QStringLiteral("named")});
    Event arrest;
    arrest.id = -1;
    arrest.caseId = caseId;
    arrest.kind = EventKind::Arrest;
    arrest.title = QStringLiteral("Arrest");
    arrest.date = date("~2024-02");
    edited.events.append(arrest);
    edited.events[0].title = QStringLiteral("MSS announces the case in Beijing");
    ASSERT_OK(editor.change(QStringLiteral("Edit case"), snapshot->before, edited));
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(CaseRepository(*store).get(caseId)->status, CaseStatus::Charged);
    EXPECT_EQ(CaseRepository(*store).roles(caseId)->first().note, QStringLiteral("named"));
    EXPECT_EQ(EventRepository(*store).eventsOfCase(caseId)->size(), 2);
    const QByteArray afterEdit = dump(*store);

    stack.undo();
    EXPECT_EQ(dump(*store), afterAdd);
    stack.redo();
    EXPECT_EQ(dump(*store), afterEdit);
}

TEST_F(CollectionEditorTest, AFailedChangeLeavesNoTraceAndNoUndoStep)
{
    const QByteArray before = dump(*store);
    RecordSet bad = newCase();
    bad.events[0].endDate = PartialDate::year(1900); // an end before its start
    auto result = editor.add(QStringLiteral("Bad case"), bad);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("end_date:"))) << result.error().toStdString();
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(dump(*store), before);
}

TEST_F(CollectionEditorTest, DeletingAnActorRestoresTheTiesItCut)
{
    Actor agency {-1, ActorKind::Agency, QStringLiteral("Agency"), {}, {}, QStringLiteral("US"), {}, {}, 0};
    Actor station {-2, ActorKind::Agency, QStringLiteral("Station"), {}, {}, QStringLiteral("US"), {}, {}, -1};
    Event speech;
    speech.id = -3;
    speech.kind = EventKind::Statement;
    speech.title = QStringLiteral("Remarks");
    speech.date = date("2023-07-20");
    speech.actorId = -1;
    RecordSet set;
    set.actors = {agency, station};
    set.events = {speech};
    auto added = editor.add(QStringLiteral("Agency"), set);
    ASSERT_OK(added);
    const Id agencyId = added->actors[0].id;
    EXPECT_EQ(ActorRepository(*store).get(added->actors[1].id)->partOf, agencyId);
    const QByteArray before = dump(*store);

    ASSERT_OK(editor.removeActor(agencyId));
    EXPECT_EQ(EventRepository(*store).get(added->events[0].id)->actorId, 0);
    EXPECT_EQ(ActorRepository(*store).get(added->actors[1].id)->partOf, 0);
    stack.undo();
    EXPECT_EQ(dump(*store), before);
}

TEST_F(CollectionEditorTest, AnActorWithRolesIsNotDeleted)
{
    auto added = editor.add(QStringLiteral("New case"), newCase());
    ASSERT_OK(added);
    const Status removed = editor.removeActor(added->actors.first().id);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.error().contains(QStringLiteral("role"))) << removed.error().toStdString();
    EXPECT_EQ(stack.count(), 1);
}

TEST_F(CollectionEditorTest, DeletingASourceRestoresItsCitationsAndLinks)
{
    const QList<Source> sources = *SourceRepository(*store).all();
    ASSERT_FALSE(sources.isEmpty());
    const QByteArray before = dump(*store);
    for (const Source& source : sources)
        ASSERT_OK(editor.removeSource(source.id));
    EXPECT_TRUE(SourceRepository(*store).all()->isEmpty());
    for (int i = 0; i < sources.size(); ++i)
        stack.undo();
    EXPECT_EQ(dump(*store), before);
}

TEST_F(CollectionEditorTest, AnnouncesEachStepOnceAndThoseUndone)
{
    QSignalSpy changed(store.get(), &Store::changed);
    ASSERT_OK(editor.add(QStringLiteral("New case"), newCase()));
    EXPECT_EQ(changed.count(), 1);
    stack.undo();
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(CollectionEditorTest, AnImportIsOneStepThatUndoRemovesAndRedoRepeats)
{
    const QByteArray csv = "title,disclosed_on,suspect,accused_agency,accused_country\n"
                           "A,2023-01-05,Ann,Central Intelligence Agency,US\nB,2023-02,Bob,New Agency,US\n";
    const auto import = [csv](Store& target) -> Status {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        auto report = importCsvData(target, buffer, QStringLiteral("cases.csv"));
        return report ? Status() : Status(fail(report.error()));
    };
    const QByteArray before = dump(*store);
    auto marks = CollectionEditor::idMarks(*store);
    ASSERT_OK(marks);
    ASSERT_OK(import(*store));
    editor.recordImport(QStringLiteral("Import cases.csv"), *marks, import);
    const QByteArray after = dump(*store);
    EXPECT_EQ(*CaseRepository(*store).count(), 9);

    stack.undo();
    EXPECT_EQ(dump(*store), before) << "the CIA, merged by name, stays; what the import added goes";
    stack.redo();
    EXPECT_EQ(dump(*store), after);
    EXPECT_OK(store->checkIntegrity());
}

TEST_F(CollectionEditorTest, UndoingASheetImportedAgainPutsBackWhatItChanged)
{
    ImportMap map = ImportMap::guess(SheetRecords::Cases,
                                     {QStringLiteral("Case"), QStringLiteral("Name"), QStringLiteral("Outcome"),
                                      QStringLiteral("Arrested"), QStringLiteral("Made public")});
    const auto import = [&map](const QByteArray& csv) {
        return [csv, &map](Store& target) -> Status {
            QBuffer buffer;
            buffer.setData(csv);
            buffer.open(QIODevice::ReadOnly);
            auto table = readSheet(buffer, QStringLiteral("cases.csv"));
            if (!table)
                return table.status();
            auto report = importSheet(target, *table, map);
            if (!report)
                return report.status();
            return report->stored() ? Status() : Status(fail(report->errors().join(u'\n')));
        };
    };
    const auto first = import("Case,Name,Outcome,Arrested,Made public\nToebbe,Jonathan Toebbe,charged,2021-10-09,"
                              "2021-10-10\n");
    ASSERT_OK(first(*store));
    const QByteArray before = dump(*store);

    // The second sheet changes the status and the arrest and adds a person.
    QBuffer buffer;
    buffer.setData("Case,Name,Outcome,Arrested,Made public\nToebbe,Jonathan Toebbe,sentenced,2021-10-08,2021-10-10\n"
                   "Toebbe,Diana Toebbe,sentenced,2021-10-09,2021-10-10\n");
    buffer.open(QIODevice::ReadOnly);
    auto table = readSheet(buffer, QStringLiteral("cases.csv"));
    ASSERT_OK(table);
    auto marks = CollectionEditor::idMarks(*store);
    ASSERT_OK(marks);
    auto report = importSheet(*store, *table, map);
    ASSERT_OK(report);
    ASSERT_TRUE(report->stored());
    EXPECT_EQ(report->changedBefore.cases.size(), 1);
    EXPECT_EQ(report->changedBefore.events.size(), 1);
    editor.recordImport(QStringLiteral("Import cases.csv"), *marks, report->changedBefore, report->changedAfter,
                        import(buffer.data()));
    const QByteArray after = dump(*store);
    EXPECT_NE(after, before);

    stack.undo();
    EXPECT_EQ(dump(*store), before);
    stack.redo();
    EXPECT_EQ(dump(*store), after);
    EXPECT_OK(store->checkIntegrity());
}

} // namespace

TEST_F(CollectionEditorTest, AnUndoOrRedoThatFailsChangesNothingAndKeepsTheHistory)
{
    ASSERT_OK(editor.add(QStringLiteral("New case"), newCase()));
    ASSERT_OK(editor.removeCase(1));
    const QByteArray withBoth = dump(*store);
    QSignalSpy failed(&editor, &CollectionEditor::failed);
    // The next commit is refused, as a server refuses an undo someone has built on.
    bool refuse = true;
    store->setBeforeCommit([&]() -> Status {
        if (std::exchange(refuse, false))
            return fail(QStringLiteral("refused"));
        return {};
    });
    stack.undo();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().startsWith(QStringLiteral("refused. Nothing was changed")));
    EXPECT_EQ(dump(*store), withBoth);
    // Once the refused step has returned, the history is as it was: both steps, both done.
    QCoreApplication::processEvents();
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(stack.index(), 2);
    EXPECT_EQ(dump(*store), withBoth);
    // And it still works: the same undo, now allowed, then a redo refused in turn.
    stack.undo();
    const QByteArray withFirst = dump(*store);
    EXPECT_NE(withFirst, withBoth);
    refuse = true;
    stack.redo();
    QCoreApplication::processEvents();
    EXPECT_EQ(failed.size(), 2);
    EXPECT_EQ(stack.index(), 1);
    EXPECT_EQ(dump(*store), withFirst);
    stack.redo();
    EXPECT_EQ(dump(*store), withBoth);
    EXPECT_OK(store->checkIntegrity());
}
