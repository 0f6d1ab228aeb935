#include "PeopleDialog.h"

#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Spyline;

namespace {

class PeopleDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ActorRepository actors(*store);
        mss = *actors.find(QStringLiteral("Ministry of State Security"), QStringLiteral("CN"));
        Actor shortName;
        shortName.kind = ActorKind::Agency;
        shortName.name = QStringLiteral("MSS");
        shortName.country = QStringLiteral("CN");
        shortName.aliases = {QStringLiteral("Guoanbu")};
        other = *actors.insert(shortName);
        const QList<Id> cases = *CaseSearch(*store).caseIds({});
        const Id someCase = *std::max_element(cases.begin(), cases.end());
        ASSERT_OK(CaseRepository(*store).addRole(Role {0, someCase, other, RoleKind::DisclosingAuthority, {}}));
    }

    template<typename Widget>
    Widget* find(const char* name)
    {
        auto* widget = dialog.findChild<Widget*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor editor {*store};
    Id mss = 0;
    Id other = 0;
    PeopleDialog dialog {*store, editor};
};

TEST_F(PeopleDialogTest, ListsEveryActorAndSearchesAllTheirNames)
{
    const int all = ActorRepository(*store).all()->size();
    EXPECT_EQ(dialog.shownActors().size(), all);
    EXPECT_EQ(find<QLabel>("countLabel")->text(), QStringLiteral("%1 people and organisations").arg(all));

    QTest::keyClicks(find<QLineEdit>("searchLineEdit"), QStringLiteral("guoanbu"));
    EXPECT_EQ(dialog.shownActors(), QList<Id> {other});
    find<QLineEdit>("searchLineEdit")->clear();
    // Names in their own script and countries are searched too.
    find<QLineEdit>("searchLineEdit")->setText(QStringLiteral("曾"));
    EXPECT_EQ(dialog.shownActors().size(), 1);
    find<QLineEdit>("searchLineEdit")->clear();
    QTest::keyClicks(find<QLineEdit>("searchLineEdit"), QStringLiteral("ministry china"));
    EXPECT_TRUE(dialog.shownActors().contains(mss));
    EXPECT_FALSE(dialog.shownActors().contains(other));
    EXPECT_EQ(find<QLabel>("countLabel")->text(),
              QStringLiteral("%1 of %2 people and organisations").arg(dialog.shownActors().size()).arg(all));
}

TEST_F(PeopleDialogTest, MergesTheTwoSelectedIntoTheOneKeptAsOneUndoStep)
{
    auto* merge = find<QPushButton>("mergePushButton");
    auto* keep = find<QComboBox>("keepComboBox");
    dialog.selectActors({mss});
    EXPECT_FALSE(merge->isEnabled());
    EXPECT_TRUE(find<QPushButton>("editPushButton")->isEnabled());
    dialog.selectActors({mss, other});
    ASSERT_TRUE(merge->isEnabled());
    ASSERT_EQ(keep->count(), 2);
    keep->setCurrentIndex(keep->findData(mss));
    const int before = dialog.shownActors().size();

    QTest::mouseClick(merge, Qt::LeftButton);
    EXPECT_EQ(editor.undoStack()->count(), 1);
    EXPECT_EQ(dialog.shownActors().size(), before - 1);
    EXPECT_FALSE(dialog.shownActors().contains(other));
    const Actor kept = *ActorRepository(*store).get(mss);
    EXPECT_TRUE(kept.aliases.contains(QStringLiteral("MSS")));
    EXPECT_TRUE(kept.aliases.contains(QStringLiteral("Guoanbu")));
    EXPECT_TRUE(find<QLabel>("messageLabel")->text().contains(QStringLiteral("merged into")));
    // The list follows the collection: the kept actor shows its new aliases and role.
    QTest::keyClicks(find<QLineEdit>("searchLineEdit"), QStringLiteral("guoanbu"));
    EXPECT_EQ(dialog.shownActors(), QList<Id> {mss});

    auto* undo = find<QPushButton>("undoPushButton");
    ASSERT_TRUE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_TRUE(ActorRepository(*store).get(other).ok());
    EXPECT_EQ(dialog.shownActors(), QList<Id> {other});
}

TEST_F(PeopleDialogTest, AMergeThatCannotBeMadeSaysWhyAndChangesNothing)
{
    dialog.selectActors({mss, other});
    // The other actor goes away behind the list's back (another window, say): the list hears nothing.
    {
        const QSignalBlocker unheard(*store);
        CaseRepository cases(*store);
        for (Id caseId : *ActorRepository(*store).casesOf(other)) {
            for (const Role& role : *cases.roles(caseId)) {
                if (role.actorId == other) {
                    ASSERT_OK(cases.removeRole(role.id));
                }
            }
        }
        ASSERT_OK(ActorRepository(*store).remove(other));
    }
    auto* keep = find<QComboBox>("keepComboBox");
    keep->setCurrentIndex(keep->findData(mss));
    QTest::mouseClick(find<QPushButton>("mergePushButton"), Qt::LeftButton);
    EXPECT_EQ(editor.undoStack()->count(), 0);
    EXPECT_TRUE(find<QLabel>("messageLabel")->text().startsWith(QStringLiteral("Not merged:")))
        << find<QLabel>("messageLabel")->text().toStdString();
}

} // namespace
