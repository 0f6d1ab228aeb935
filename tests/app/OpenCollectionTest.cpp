#include "OpenCollection.h"

#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "store/Store.h"

#include <QUndoGroup>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Spyline;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Store> openStore()
{
    auto store = std::make_unique<Store>();
    EXPECT_OK(store->create(QStringLiteral(":memory:")));
    return store;
}

TEST(OpenCollection, ReadersAttachInOrderAndLetGoInReverseWhileTheStoreIsStillOpen)
{
    QUndoGroup group;
    QStringList calls;
    {
        OpenCollection collection(&group);
        for (const QString& name : {"first"_s, "second"_s, "third"_s}) {
            collection.addReader([&, name](Store* store, CollectionEditor* editor) {
                if (store) {
                    EXPECT_TRUE(editor);
                    calls.append(name + " attached"_s);
                } else {
                    // The old store is still open while its readers let go of it.
                    EXPECT_TRUE(collection.store() && collection.store()->isOpen());
                    calls.append(name + " let go"_s);
                }
            });
        }
        collection.replace(openStore());
        EXPECT_EQ(group.activeStack(), collection.editor()->undoStack());
        EXPECT_EQ(group.stacks().size(), 1);
        EXPECT_EQ(calls, (QStringList {"first attached"_s, "second attached"_s, "third attached"_s}));

        calls.clear();
        collection.replace(openStore());
        EXPECT_EQ(calls,
                  (QStringList {"third let go"_s, "second let go"_s, "first let go"_s, "first attached"_s,
                                "second attached"_s, "third attached"_s}));
        // The old editor's undo history left the group with it.
        EXPECT_EQ(group.stacks().size(), 1);
        calls.clear();
    }
    // Closing (here by the collection going away) lets go too.
    EXPECT_EQ(calls, (QStringList {"third let go"_s, "second let go"_s, "first let go"_s}));
    EXPECT_TRUE(group.stacks().isEmpty());
}

TEST(OpenCollection, AReaderAddedLaterIsAttachedAtOnce)
{
    QUndoGroup group;
    OpenCollection collection(&group);
    collection.replace(openStore());
    Store* seen = nullptr;
    collection.addReader([&](Store* store, CollectionEditor*) { seen = store; });
    EXPECT_EQ(seen, collection.store());
    collection.close();
    EXPECT_EQ(seen, nullptr);
    EXPECT_EQ(collection.store(), nullptr);
}

} // namespace
