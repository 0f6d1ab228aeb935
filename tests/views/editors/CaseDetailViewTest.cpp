#include "CaseDetailView.h"

#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"

#include <QSignalSpy>
#include <QTextDocument>

using namespace Spyline;

namespace {

Id caseStartingWith(Store& store, const char* prefix)
{
    for (Id id : *CaseSearch(store).caseIds({})) {
        if (CaseRepository(store).get(id)->title.startsWith(QString::fromUtf8(prefix)))
            return id;
    }
    return 0;
}

TEST(CaseDetailView, ShowsPeopleEventsLinksAndGradedSources)
{
    auto store = Fixtures::sampleStore();
    CaseDetailView view;
    view.setStore(store.get());
    view.showCase(caseStartingWith(*store, "Zeng"));
    const QString text = view.document()->toPlainText();
    for (const char* expected :
         {"Status: under investigation", "People and organisations", "suspect: Zeng (曾)", "born Jul 1971", "Events",
          "11 Aug 2023", "Links", "responds to", "lag 22 d", "Sources", "C3", "https://www.globaltimes.cn/"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    }
}

TEST(CaseDetailView, ShowsACaseWithNoKnownDatesAsSuch)
{
    auto store = Fixtures::sampleStore();
    const auto caseId = CaseRepository(*store).insert(
        Case {0, QStringLiteral("Recruited abroad"), {}, CaseStatus::Alleged, {}, {}, {}, {}});
    ASSERT_OK(caseId);
    Event recruitment;
    recruitment.caseId = *caseId;
    recruitment.kind = EventKind::Recruitment;
    recruitment.title = QStringLiteral("Recruited in Japan");
    recruitment.country = QStringLiteral("JP");
    recruitment.venueContext = QStringLiteral("US visa application while studying in Japan");
    ASSERT_OK(EventRepository(*store).insert(recruitment));
    CaseDetailView view;
    view.setStore(store.get());
    view.showCase(*caseId);
    const QString text = view.document()->toPlainText();
    for (const char* expected : {"disclosure date unknown", "date unknown", "Recruited in Japan", "in Japan",
                                 "Venue and context: US visa application while studying in Japan"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    }
}

TEST(CaseDetailView, ShowsMarkupAsText)
{
    auto store = Fixtures::memoryStore();
    const QString title = QStringLiteral("<b>bold</b><img src=x>");
    auto id = CaseRepository(*store).insert(
        Case {0, title, QStringLiteral("<script>alert(1)</script>"), CaseStatus::Alleged, {}, {}, {}, {}});
    ASSERT_OK(id);
    CaseDetailView view;
    view.setStore(store.get());
    view.showCase(*id);
    const QString text = view.document()->toPlainText();
    EXPECT_TRUE(text.startsWith(title)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script>")));
    // Nothing was interpreted: no image, no bold run from the title's markup.
    EXPECT_FALSE(view.document()->toHtml().contains(QStringLiteral("<img")));
}

TEST(CaseDetailView, OpensOnlyWebAddresses)
{
    CaseDetailView view;
    QSignalSpy opened(&view, &CaseDetailView::urlActivated);
    QSignalSpy activated(&view, &CaseDetailView::recordActivated);
    for (const char* url : {"file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "ftp://x.example/"})
        Q_EMIT view.anchorClicked(QUrl(QString::fromLatin1(url)));
    EXPECT_EQ(opened.count(), 0);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("https://www.globaltimes.cn/page/202308/1296686.shtml")));
    EXPECT_EQ(opened.count(), 1);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("spyline:event/4")));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<RecordRef>(), (RecordRef {RecordRef::Kind::Event, 4}));
}

TEST(CaseDetailView, FollowsChangesToTheCase)
{
    auto store = Fixtures::sampleStore();
    CaseDetailView view;
    view.setStore(store.get());
    const Id hao = caseStartingWith(*store, "Hao");
    view.showCase(hao);
    Case record = *CaseRepository(*store).get(hao);
    record.status = CaseStatus::Charged;
    ASSERT_OK(CaseRepository(*store).update(record));
    EXPECT_TRUE(view.document()->toPlainText().contains(QStringLiteral("Status: charged")));
}

} // namespace
