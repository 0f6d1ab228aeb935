#include "merge/CollectionMerge.h"
#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "merge/MergeChange.h"
#include "merge/Provenance.h"
#include "store/CaseRepository.h"
#include "store/CollectionFile.h"
#include "store/EventRepository.h"
#include "store/SqliteStatement.h"

#include <QFile>
#include <QUndoStack>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

QStringList rows(Store& store)
{
    QStringList all;
    for (const char* table :
         {"actors", "cases", "roles", "events", "sources", "citations", "links", "merge_origins", "merged_records"}) {
        auto query = runQuery(store, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1StringView(table)));
        EXPECT_TRUE(query.ok());
        while (query->next()) {
            QStringList values {QLatin1StringView(table)};
            for (int i = 0; i < query->columnCount(); ++i)
                values.append(query->value(i).isNull() ? QStringLiteral("NULL") : query->value(i).toString());
            all.append(values.join(u'|'));
        }
    }
    return all;
}

const MergeItem* itemFor(const MergePlan& plan, MergeItem::Kind kind, Id theirs)
{
    for (const MergeItem& item : plan.items) {
        if (item.kind == kind && item.theirs == theirs)
            return &item;
    }
    return nullptr;
}

Id caseTitled(Store& store, const QString& start)
{
    auto query = runQuery(store, QStringLiteral("SELECT id FROM cases WHERE title LIKE ? ORDER BY id"), {start + u'%'});
    EXPECT_TRUE(query.ok() && query->next()) << start.toStdString();
    return query->value(0).toLongLong();
}

// The sample as "mine.spyline" and a copy of it as "theirs.spyline", which each test changes.
class CollectionMergeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_OK(createCollectionFile(minePath, true));
        ASSERT_TRUE(QFile::copy(minePath, theirPath));
        ASSERT_OK(mine.open(minePath));
    }

    Result<MergePlan> plan()
    {
        Store other;
        if (Status s = other.open(theirPath, Store::Access::Read); !s)
            return fail(s.error());
        return planMerge(mine, other);
    }

    void changeTheirs(const std::function<void(Store&)>& change)
    {
        Store other;
        ASSERT_OK(other.open(theirPath));
        change(other);
        ASSERT_OK(other.checkpoint());
    }

    ScratchFolder scratch;
    const QString minePath = scratch.path(QStringLiteral("mine.spyline"));
    const QString theirPath = scratch.path(QStringLiteral("theirs.spyline"));
    Store mine;
};

TEST_F(CollectionMergeTest, ACopyOfTheCollectionHasNothingToAdd)
{
    auto merge = plan();
    ASSERT_OK(merge);
    const MergePlan::Counts counts = merge->counts();
    EXPECT_EQ(counts.added, 0) << merge->lines().join(u'\n').toStdString();
    EXPECT_EQ(counts.differs, 0);
    EXPECT_EQ(counts.close, 0);
    EXPECT_EQ(merge->newTies, 0);
    EXPECT_TRUE(merge->changesNothing());
    EXPECT_EQ(counts.same,
              merge->theirs.actors.size() + merge->theirs.sources.size() + merge->theirs.cases.size()
                  + merge->theirs.events.size() + merge->theirs.links.size());
    auto change = mergeChange(*merge);
    ASSERT_OK(change);
    EXPECT_TRUE(change->after.isEmpty());
    EXPECT_TRUE(merge->summary().startsWith(QStringLiteral("nothing to add")));
}

TEST_F(CollectionMergeTest, TheCollectionItselfIsRefusedAlsoThroughALink)
{
    const QString link = scratch.path(QStringLiteral("link.spyline"));
    ASSERT_TRUE(QFile::link(minePath, link));
    for (const QString& path : {minePath, link}) {
        Store same;
        ASSERT_OK(same.open(path, Store::Access::Read));
        auto merge = planMerge(mine, same);
        ASSERT_FALSE(merge.ok());
        EXPECT_TRUE(merge.error().contains(QStringLiteral("this collection itself"))) << merge.error().toStdString();
    }
    EXPECT_TRUE(isSameFile(minePath, link));
    EXPECT_FALSE(isSameFile(minePath, theirPath));
}

TEST_F(CollectionMergeTest, AChangedCaseIsShownSideBySideAndCanBeTaken)
{
    const Id zeng = caseTitled(mine, QStringLiteral("Zeng"));
    changeTheirs([&](Store& other) {
        Case record = *CaseRepository(other).get(zeng);
        record.status = CaseStatus::Charged;
        record.sector = QStringLiteral("aerospace");
        ASSERT_OK(CaseRepository(other).update(record));
    });
    auto merge = plan();
    ASSERT_OK(merge);
    EXPECT_EQ(merge->counts().added, 0);
    EXPECT_EQ(merge->counts(MergeItem::Kind::Case).differs, 1);
    const MergeItem* item = itemFor(*merge, MergeItem::Kind::Case, zeng);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->match, MergeItem::Match::Differs);
    EXPECT_EQ(item->mine, zeng);
    EXPECT_EQ(item->choice, MergeItem::Choice::KeepMine);
    ASSERT_EQ(item->fields.size(), 2);
    EXPECT_EQ(item->fields.at(0).name, QStringLiteral("status"));
    EXPECT_EQ(item->fields.at(0).mine, toLabel(CaseStatus::UnderInvestigation));
    EXPECT_EQ(item->fields.at(0).theirs, toLabel(CaseStatus::Charged));
    EXPECT_EQ(item->fields.at(1).name, QStringLiteral("sector"));
    EXPECT_TRUE(merge->lines().join(u'\n').contains(QStringLiteral("differs case \"Zeng")));

    // Kept as mine, nothing changes; taken, the case has their values and remembers where from.
    ASSERT_OK(mergeChange(*merge));
    EXPECT_TRUE(mergeChange(*merge)->after.isEmpty());
    for (MergeItem& it : merge->items) {
        if (it.kind == MergeItem::Kind::Case && it.theirs == zeng)
            it.choice = MergeItem::Choice::TakeTheirs;
    }
    ASSERT_OK(applyMerge(mine, *merge));
    const Case merged = *CaseRepository(mine).get(zeng);
    EXPECT_EQ(merged.status, CaseStatus::Charged);
    EXPECT_EQ(merged.sector, QStringLiteral("aerospace"));
    auto origins = originsOf(mine, MergeItem::Kind::Case, zeng);
    ASSERT_OK(origins);
    ASSERT_EQ(origins->size(), 1);
    EXPECT_EQ(origins->first().collection, QStringLiteral("theirs.spyline"));
    EXPECT_FALSE(origins->first().added);
    EXPECT_EQ(CaseRepository(mine).count().value_or(0), merge->mine.cases.size());
}

TEST_F(CollectionMergeTest, NewRecordsAreAddedWithTheirTiesAndRememberWhereTheyCameFrom)
{
    const Id zeng = caseTitled(mine, QStringLiteral("Zeng"));
    Id newCase = 0;
    changeTheirs([&](Store& other) {
        // A new case citing a source here, with a suspect here; and a new event in a case here.
        Case record;
        record.title = QStringLiteral("Okamoto: engineer said to have passed designs");
        record.status = CaseStatus::Alleged;
        newCase = *CaseRepository(other).insert(record);
        ASSERT_OK(CaseRepository(other).addRole(Role {0, newCase, 1, RoleKind::Suspect, {}}));
        Event arrest;
        arrest.caseId = zeng;
        arrest.kind = EventKind::Arrest;
        arrest.title = QStringLiteral("Zeng detained");
        arrest.date = *PartialDate::parse(u"2023-06");
        ASSERT_OK(EventRepository(other).insert(arrest));
    });
    auto merge = plan();
    ASSERT_OK(merge);
    EXPECT_EQ(merge->counts(MergeItem::Kind::Case).added, 1);
    EXPECT_EQ(merge->counts(MergeItem::Kind::Event).added, 1);
    EXPECT_EQ(merge->counts().differs, 0);

    // Applied through the editor: one undo step that puts every row back.
    const QStringList before = rows(mine);
    CollectionEditor editor(mine);
    auto change = mergeChange(*merge);
    ASSERT_OK(change);
    auto stored = editor.change(QStringLiteral("Merge"), change->before, change->after, change->companion());
    ASSERT_OK(stored);
    EXPECT_EQ(editor.undoStack()->count(), 1);
    const Id added = caseTitled(mine, QStringLiteral("Okamoto"));
    EXPECT_EQ(CaseRepository(mine).roles(added)->size(), 1);
    EXPECT_EQ(CaseRepository(mine).roles(added)->first().actorId, 1);
    auto origins = originsOf(mine, MergeItem::Kind::Case, added);
    ASSERT_OK(origins);
    ASSERT_EQ(origins->size(), 1);
    EXPECT_TRUE(origins->first().added);
    EXPECT_EQ(origins->first().theirId, newCase);
    const QStringList merged = rows(mine);

    editor.undoStack()->undo();
    EXPECT_EQ(rows(mine), before);
    editor.undoStack()->redo();
    EXPECT_EQ(rows(mine), merged);
    ASSERT_OK(mine.checkIntegrity());

    // Deleted and brought back, the case and its events still know where they came from.
    ASSERT_OK(editor.removeCase(added));
    EXPECT_TRUE(originsOf(mine, MergeItem::Kind::Case, added)->isEmpty());
    editor.undoStack()->undo();
    EXPECT_EQ(rows(mine), merged);
    ASSERT_EQ(originsOf(mine, MergeItem::Kind::Case, added)->size(), 1);
    editor.undoStack()->redo();
    editor.undoStack()->undo();
    EXPECT_EQ(rows(mine), merged);

    // Merged again, the other collection has nothing left to add.
    auto again = plan();
    ASSERT_OK(again);
    EXPECT_TRUE(again->changesNothing()) << again->lines().join(u'\n').toStdString();
}

TEST_F(CollectionMergeTest, TheSameTitleDisclosedOnAnotherDateIsACloseMatchKeptBeside)
{
    const Id zeng = caseTitled(mine, QStringLiteral("Zeng"));
    changeTheirs([&](Store& other) {
        for (Event event : *EventRepository(other).eventsOfCase(zeng)) {
            if (event.kind == EventKind::Announcement) {
                event.date = *PartialDate::parse(u"2023-08-10");
                ASSERT_OK(EventRepository(other).update(event));
            }
        }
    });
    auto merge = plan();
    ASSERT_OK(merge);
    const MergeItem* item = itemFor(*merge, MergeItem::Kind::Case, zeng);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->match, MergeItem::Match::Close);
    EXPECT_EQ(item->choice, MergeItem::Choice::KeepBoth);
    EXPECT_EQ(item->mine, zeng);
    EXPECT_TRUE(std::any_of(item->fields.cbegin(), item->fields.cend(),
                            [](const MergeItem::Field& f) { return f.name == QStringLiteral("disclosed"); }));
    const int cases = CaseRepository(mine).count().value_or(0);
    ASSERT_OK(applyMerge(mine, *merge));
    EXPECT_EQ(CaseRepository(mine).count().value_or(0), cases + 1);
    ASSERT_OK(mine.checkIntegrity());
}

TEST_F(CollectionMergeTest, AnActorUnderAnotherSpellingIsACloseMatch)
{
    changeTheirs([&](Store& other) {
        ASSERT_OK(runQuery(other,
                           QStringLiteral("UPDATE actors SET name = 'Ministry of State-Security' "
                                          "WHERE name = 'Ministry of State Security'")));
    });
    auto merge = plan();
    ASSERT_OK(merge);
    EXPECT_EQ(merge->counts(MergeItem::Kind::Actor).close, 1);
    for (const MergeItem& item : merge->items) {
        if (item.kind == MergeItem::Kind::Actor && item.match == MergeItem::Match::Close) {
            EXPECT_TRUE(item.label.contains(QStringLiteral("State-Security")));
        }
    }
}

} // namespace
