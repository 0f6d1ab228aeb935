#include "MergeReviewDialog.h"

#include "TestSupport.h"
#include "merge/MergeChange.h"
#include "store/CaseRepository.h"
#include "store/CollectionFile.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

// The sample, and a copy of it where the Zeng case is charged and one case is new.
class MergeReviewDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_OK(createCollectionFile(minePath, true));
        ASSERT_TRUE(QFile::copy(minePath, theirPath));
        {
            Store other;
            ASSERT_OK(other.open(theirPath));
            CaseRepository cases(other);
            auto theirZeng = cases.get(Fixtures::caseTitled(other, QStringLiteral("Zeng")));
            ASSERT_OK(theirZeng);
            theirZeng->status = CaseStatus::Charged;
            ASSERT_OK(cases.update(*theirZeng));
            ASSERT_OK(cases.insert(Case {0, QStringLiteral("Okamoto"), {}, CaseStatus::Unknown, {}, {}, {}, {}}));
        }
        ASSERT_OK(mine.open(minePath));
        Store other;
        ASSERT_OK(other.open(theirPath, Store::Access::Read));
        auto planned = planMerge(mine, other);
        ASSERT_OK(planned);
        plan = *planned;
        zeng = Fixtures::caseTitled(mine, QStringLiteral("Zeng"));
    }

    ScratchFolder scratch;
    const QString minePath = scratch.path(QStringLiteral("mine.spyline"));
    const QString theirPath = scratch.path(QStringLiteral("theirs.spyline"));
    Store mine;
    MergePlan plan;
    Id zeng = 0;
};

TEST_F(MergeReviewDialogTest, ShowsTheDifferenceSideBySideAndTakesTheChoice)
{
    MergeReviewDialog dialog(plan);
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("adds 1 case"))) << summary->text().toStdString();
    auto* items = dialog.findChild<QTableWidget*>(QStringLiteral("itemsTableWidget"));
    ASSERT_NE(items, nullptr);
    // Listed first: the one record to review.
    ASSERT_EQ(items->rowCount(), 1);
    EXPECT_TRUE(items->item(0, 0)->text().startsWith(QStringLiteral("case \"Zeng")));
    EXPECT_EQ(items->item(0, 1)->text(), QStringLiteral("differs"));
    EXPECT_EQ(items->item(0, 2)->text(), QStringLiteral("keep mine"));

    auto* fields = dialog.findChild<QTableWidget*>(QStringLiteral("fieldsTableWidget"));
    ASSERT_NE(fields, nullptr);
    ASSERT_EQ(fields->rowCount(), 1);
    EXPECT_EQ(fields->item(0, 0)->text(), QStringLiteral("status"));
    EXPECT_EQ(fields->item(0, 1)->text(), QStringLiteral("under investigation"));
    EXPECT_EQ(fields->item(0, 2)->text(), QStringLiteral("charged"));

    auto* keepMine = dialog.findChild<QRadioButton*>(QStringLiteral("keepMineRadioButton"));
    auto* takeTheirs = dialog.findChild<QRadioButton*>(QStringLiteral("takeTheirsRadioButton"));
    ASSERT_TRUE(keepMine && takeTheirs);
    EXPECT_TRUE(keepMine->isChecked());
    QTest::mouseClick(takeTheirs, Qt::LeftButton);
    EXPECT_EQ(items->item(0, 2)->text(), QStringLiteral("take theirs"));

    // Merged with that choice: the case is charged here too, and the new case is added.
    const int cases = CaseRepository(mine).count().value_or(0);
    ASSERT_OK(applyMerge(mine, dialog.plan()));
    EXPECT_EQ(CaseRepository(mine).get(zeng)->status, CaseStatus::Charged);
    EXPECT_EQ(CaseRepository(mine).count().value_or(0), cases + 1);
}

TEST_F(MergeReviewDialogTest, ListsWhatIsAddedAndKeepsNewRecordsOutOfTheChoice)
{
    MergeReviewDialog dialog(plan);
    auto* listed = dialog.findChild<QComboBox*>(QStringLiteral("listedComboBox"));
    ASSERT_NE(listed, nullptr);
    listed->setCurrentIndex(1);
    auto* items = dialog.findChild<QTableWidget*>(QStringLiteral("itemsTableWidget"));
    ASSERT_EQ(items->rowCount(), 2);
    int added = -1;
    for (int row = 0; row < items->rowCount(); ++row) {
        if (items->item(row, 0)->text() == QStringLiteral("case \"Okamoto\""))
            added = row;
    }
    ASSERT_GE(added, 0);
    dialog.showItem(added);
    EXPECT_FALSE(dialog.findChild<QRadioButton*>(QStringLiteral("keepBothRadioButton"))->isEnabled());
    EXPECT_EQ(items->item(added, 1)->text(), QStringLiteral("add"));
    listed->setCurrentIndex(2);
    EXPECT_EQ(items->rowCount(), dialog.plan().items.size());
}

} // namespace
