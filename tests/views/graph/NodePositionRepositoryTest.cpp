#include "graph/NodePositionRepository.h"

#include "TestSupport.h"

#include <QSignalSpy>

#include <limits>

using namespace Spyline;

namespace {

TEST(NodePositionRepository, DraggedPositionsSurviveReopening)
{
    Fixtures::ScratchFolder folder;
    const QString path = folder.path("positions.spyline"_s);
    {
        Store store;
        ASSERT_OK(store.create(path));
        NodePositionRepository positions(store);
        QSignalSpy changed(&store, &Store::changed);
        ASSERT_OK(positions.save(GraphLayoutKind::Relations,
                                 {{"actor:12"_s, QPointF(10.5, -3)}, {"venue:IT:Rome"_s, QPointF(200, 40)}}));
        ASSERT_OK(positions.save(GraphLayoutKind::Chronology, "actor:12"_s, QPointF(1, 2)));
        ASSERT_EQ(changed.count(), 2);
        EXPECT_EQ(changed.at(0).at(0).value<Changes>(), Changes(Change::Layout));
        // Dragging again replaces the position.
        ASSERT_OK(positions.save(GraphLayoutKind::Relations, "actor:12"_s, QPointF(11, -4)));
    }
    Store store;
    ASSERT_OK(store.open(path));
    NodePositionRepository positions(store);
    const auto relations = positions.positions(GraphLayoutKind::Relations);
    ASSERT_OK(relations);
    EXPECT_EQ(relations->size(), 2);
    EXPECT_EQ(relations->value("actor:12"_s), QPointF(11, -4));
    EXPECT_EQ(relations->value("venue:IT:Rome"_s), QPointF(200, 40));
    const auto chronology = positions.positions(GraphLayoutKind::Chronology);
    ASSERT_OK(chronology);
    EXPECT_EQ(chronology->value("actor:12"_s), QPointF(1, 2));
}

TEST(NodePositionRepository, RefusesPositionsThatAreNotNumbers)
{
    auto store = Fixtures::memoryStore();
    NodePositionRepository positions(*store);
    const Status nan = positions.save(GraphLayoutKind::Relations,
                                      {{"case:1"_s, QPointF(0, 0)}, {"case:2"_s, QPointF(std::nan(""), 1)}});
    ASSERT_FALSE(nan.ok());
    EXPECT_TRUE(nan.error().contains("case:2"_s));
    EXPECT_FALSE(positions.save(GraphLayoutKind::Relations, QString(), QPointF(1, 1)).ok());
    EXPECT_FALSE(
        positions.save(GraphLayoutKind::Relations, "case:3"_s, QPointF(std::numeric_limits<double>::infinity(), 0))
            .ok());
    EXPECT_TRUE(positions.positions(GraphLayoutKind::Relations)->isEmpty());
}

TEST(NodePositionRepository, ForgetsSomeOrAll)
{
    auto store = Fixtures::memoryStore();
    NodePositionRepository positions(*store);
    ASSERT_OK(positions.save(GraphLayoutKind::Relations,
                             {{"case:1"_s, QPointF(1, 1)}, {"case:2"_s, QPointF(2, 2)}, {"case:3"_s, QPointF(3, 3)}}));
    ASSERT_OK(positions.save(GraphLayoutKind::Chronology, "case:1"_s, QPointF(5, 5)));
    ASSERT_OK(positions.forget(GraphLayoutKind::Relations, {"case:2"_s}));
    EXPECT_EQ(positions.positions(GraphLayoutKind::Relations)->keys().size(), 2);
    ASSERT_OK(positions.forget(GraphLayoutKind::Relations));
    EXPECT_TRUE(positions.positions(GraphLayoutKind::Relations)->isEmpty());
    EXPECT_EQ(positions.positions(GraphLayoutKind::Chronology)->size(), 1);
}

} // namespace
