#include "store/ActorMerge.h"
#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "graph/NodePositionRepository.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/SqliteStatement.h"

#include <QUndoStack>

using namespace Spyline;

namespace {

// Every row of every table a merge touches, in id order: what undo must give back exactly.
QStringList rows(Store& store)
{
    QStringList all;
    for (const char* table :
         {"actors", "cases", "roles", "events", "sources", "citations", "links", "node_positions"}) {
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

int count(Store& store, const QString& sql, const QVariantList& values)
{
    auto query = runQuery(store, sql, values);
    EXPECT_TRUE(query.ok());
    query->next();
    return query->value(0).toInt();
}

class ActorMergeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ActorRepository actors(*store);
        cia = *actors.find(QStringLiteral("Central Intelligence Agency"), QStringLiteral("US"));
        ASSERT_GT(cia, 0);
        // The same agency entered again under its short name, with a role of its own, a role the
        // agency has already, an act, a station and a dragged position.
        Actor shortName;
        shortName.kind = ActorKind::Agency;
        shortName.name = QStringLiteral("CIA");
        shortName.aliases = {QStringLiteral("The Company")};
        shortName.country = QStringLiteral("US");
        shortName.notes = QStringLiteral("Entered from a student's list.");
        other = *actors.insert(shortName);
        Actor station;
        station.kind = ActorKind::Agency;
        station.name = QStringLiteral("CIA Vienna station");
        station.country = QStringLiteral("US");
        station.partOf = other;
        stationId = *actors.insert(station);

        CaseRepository cases(*store);
        const QList<Id> agencyCases = *cases.casesWithRole(cia, RoleKind::SponsoringAgency);
        ASSERT_FALSE(agencyCases.isEmpty());
        sharedCase = agencyCases.first();
        ASSERT_OK(cases.addRole(Role {0, sharedCase, other, RoleKind::SponsoringAgency, QStringLiteral("per MSS")}));
        auto allCases = runQuery(*store, QStringLiteral("SELECT id FROM cases WHERE id <> ? LIMIT 1"), {sharedCase});
        allCases->next();
        otherCase = allCases->value(0).toLongLong();
        ASSERT_OK(cases.addRole(Role {0, otherCase, other, RoleKind::Handler, {}}));

        auto events = EventRepository(*store).eventsOfCase(otherCase);
        ASSERT_TRUE(events.ok() && !events->isEmpty());
        Event acted = events->first();
        acted.actorId = other;
        actedEvent = acted.id;
        ASSERT_OK(EventRepository(*store).update(acted));
        ASSERT_OK(NodePositionRepository(*store).save(GraphLayoutKind::Relations, QStringLiteral("actor:%1").arg(other),
                                                      QPointF(120, -40)));
    }

    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor editor {*store};
    Id cia = 0;
    Id other = 0;
    Id stationId = 0;
    Id sharedCase = 0;
    Id otherCase = 0;
    Id actedEvent = 0;
};

TEST_F(ActorMergeTest, EverythingOfTheOtherMovesAndItsNamesBecomeAliases)
{
    ASSERT_OK(editor.mergeActors(cia, other));
    EXPECT_EQ(editor.undoStack()->count(), 1);

    EXPECT_FALSE(ActorRepository(*store).get(other).ok());
    const Actor kept = *ActorRepository(*store).get(cia);
    EXPECT_EQ(kept.name, QStringLiteral("Central Intelligence Agency"));
    EXPECT_TRUE(kept.aliases.contains(QStringLiteral("CIA")));
    EXPECT_TRUE(kept.aliases.contains(QStringLiteral("The Company")));
    EXPECT_TRUE(kept.notes.contains(QStringLiteral("student's list")));

    EXPECT_EQ(count(*store, QStringLiteral("SELECT count(*) FROM roles WHERE actor_id = ?"), {other}), 0);
    // The role the agency had already is not doubled; the other role moved.
    EXPECT_EQ(count(*store,
                    QStringLiteral("SELECT count(*) FROM roles WHERE actor_id = ? AND case_id = ? "
                                   "AND role = 'sponsoring_agency'"),
                    {cia, sharedCase}),
              1);
    EXPECT_EQ(
        count(*store,
              QStringLiteral("SELECT count(*) FROM roles WHERE actor_id = ? AND case_id = ? AND role = 'handler'"),
              {cia, otherCase}),
        1);
    EXPECT_EQ(EventRepository(*store).get(actedEvent)->actorId, cia);
    EXPECT_EQ(ActorRepository(*store).get(stationId)->partOf, cia);

    const auto positions = *NodePositionRepository(*store).positions(GraphLayoutKind::Relations);
    EXPECT_FALSE(positions.contains(QStringLiteral("actor:%1").arg(other)));
    EXPECT_EQ(positions.value(QStringLiteral("actor:%1").arg(cia)), QPointF(120, -40));
    // The search finds the agency under its former name.
    EXPECT_EQ(count(*store, QStringLiteral("SELECT count(*) FROM actors_fts WHERE actors_fts MATCH 'company'"), {}), 1);
}

TEST_F(ActorMergeTest, UndoPutsEveryRowBackAndRedoMergesAgain)
{
    const QStringList before = rows(*store);
    ASSERT_OK(editor.mergeActors(cia, other));
    const QStringList merged = rows(*store);
    ASSERT_NE(before, merged);

    editor.undoStack()->undo();
    EXPECT_EQ(rows(*store), before);
    EXPECT_TRUE(ActorRepository(*store).get(other).ok());
    EXPECT_EQ(NodePositionRepository(*store)
                  .positions(GraphLayoutKind::Relations)
                  ->value(QStringLiteral("actor:%1").arg(other)),
              QPointF(120, -40));

    editor.undoStack()->redo();
    EXPECT_EQ(rows(*store), merged);
    ASSERT_OK(store->checkIntegrity());
}

TEST_F(ActorMergeTest, AnActorIsNotMergedIntoItselfOrIntoOneThatIsNotThere)
{
    const QStringList before = rows(*store);
    auto itself = editor.mergeActors(cia, cia);
    ASSERT_FALSE(itself.ok());
    EXPECT_TRUE(itself.error().contains(QStringLiteral("itself")));
    EXPECT_FALSE(editor.mergeActors(cia, 999'999).ok());
    EXPECT_EQ(editor.undoStack()->count(), 0);
    EXPECT_EQ(rows(*store), before);
}

TEST(MergedActor, NamesBecomeAliasesOnceAndEmptyFieldsAreFilled)
{
    Actor keep {1,
                ActorKind::Agency,
                QStringLiteral("KGB"),
                {},
                {QStringLiteral("Committee for State Security")},
                QStringLiteral("SU"),
                {},
                {},
                0};
    Actor other {2,
                 ActorKind::Agency,
                 QStringLiteral("NKVD / KGB"),
                 QStringLiteral("КГБ"),
                 {QStringLiteral("kgb"), QStringLiteral("NKVD")},
                 {},
                 {},
                 QStringLiteral("Soviet security"),
                 0};
    const Actor merged = mergedActor(keep, other);
    EXPECT_EQ(merged.name, QStringLiteral("KGB"));
    EXPECT_EQ(merged.aliases,
              (QStringList {QStringLiteral("Committee for State Security"), QStringLiteral("NKVD / KGB"),
                            QStringLiteral("NKVD")}));
    EXPECT_EQ(merged.nativeName, QStringLiteral("КГБ"));
    EXPECT_EQ(merged.country, QStringLiteral("SU"));
    EXPECT_EQ(merged.notes, QStringLiteral("Soviet security"));
}

} // namespace
