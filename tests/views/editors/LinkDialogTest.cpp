#include "LinkDialog.h"

#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "store/LinkRepository.h"

#include <QTreeWidget>

using namespace Spyline;

namespace {

Id eventTitled(Store& store, const char* title)
{
    return Fixtures::eventTitled(store, QString::fromUtf8(title));
}

TEST(LinkDialog, ProposesTheStatementsBeforeAnAnnouncementAndLinksThePickedOne)
{
    auto store = Fixtures::sampleStore();
    const Id zeng = eventTitled(*store, "MSS announces the Zeng case");
    ASSERT_NE(zeng, 0);
    LinkRepository links(*store);
    for (const LinkDetail& detail : *links.linksOfEvent(zeng)) {
        if (detail.link.fromEvent == zeng) {
            ASSERT_OK(links.remove(detail.link.id));
        }
    }
    CollectionEditor editor(*store);
    LinkDialog dialog(
        *store,
        [&](const RecordSet& before, const RecordSet& after) {
            return editor.change(QStringLiteral("link"), before, after);
        },
        60);
    ASSERT_OK(dialog.loadAnnouncement(zeng));
    QTreeWidget* proposals = dialog.proposalsView();
    ASSERT_GT(proposals->topLevelItemCount(), 0);
    QTreeWidgetItem* first = proposals->topLevelItem(0);
    EXPECT_TRUE(first->text(1).contains(QStringLiteral("Burns"))) << first->text(1).toStdString();
    EXPECT_EQ(first->text(3), QStringLiteral("other side"));
    EXPECT_EQ(first->text(4), QStringLiteral("22 d"));
    proposals->setCurrentItem(first);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QList<LinkDetail> fromZeng;
    for (const LinkDetail& link : *LinkRepository(*store).linksOfEvent(zeng)) {
        if (link.from.id == zeng)
            fromZeng.append(link);
    }
    ASSERT_EQ(fromZeng.size(), 1);
    EXPECT_EQ(fromZeng.first().lag.text(), QStringLiteral("22 d"));
    EXPECT_NE(fromZeng.first().link.sourceId, 0);
}

} // namespace
