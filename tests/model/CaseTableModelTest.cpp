#include "items/CaseTableModel.h"
#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/RecordWriter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Spyline;

namespace {

class CaseTableModelTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CaseTableModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    void SetUp() override
    {
        model.setStore(store.get());
    }

    QStringList column(int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data().toString());
        return values;
    }
};

TEST_F(CaseTableModelTest, ShowsEveryCaseNewestFirst)
{
    ASSERT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.totalCount(), 7);
    const QList<Id> expected = *CaseSearch(*store).caseIds({}, CaseSortKey::Date, true);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, 0).data(CaseTableModel::CaseIdRole).toLongLong(), expected.at(row));
    // The seed's latest disclosure is Leung's, on 11 September 2023.
    EXPECT_TRUE(model.index(0, CaseTableModel::TitleColumn).data().toString().startsWith(QStringLiteral("John")));
    EXPECT_EQ(model.index(0, CaseTableModel::DateColumn).data().toString(), QStringLiteral("11 Sep 2023"));
}

TEST_F(CaseTableModelTest, ShowsPartialDatesAsTheyAre)
{
    const QStringList dates = column(CaseTableModel::DateColumn);
    EXPECT_TRUE(dates.contains(QStringLiteral("Apr 2023"))) << dates.join(u'|').toStdString();
}

TEST_F(CaseTableModelTest, ACaseWithNoDatedEventIsStillARowAndSaysSo)
{
    const int before = model.rowCount();
    const auto caseId = CaseRepository(*store).insert(
        Case {0, QStringLiteral("Recruited abroad"), {}, CaseStatus::Alleged, {}, {}, {}, {}});
    ASSERT_OK(caseId);
    Event undated;
    undated.caseId = *caseId;
    undated.kind = EventKind::Announcement;
    undated.title = QStringLiteral("Disclosed, date not reported");
    ASSERT_OK(EventRepository(*store).insert(undated));
    model.refresh();
    ASSERT_EQ(model.rowCount(), before + 1);
    // Newest first: a case with no date comes last, and says its date is unknown.
    EXPECT_EQ(model.index(model.rowCount() - 1, CaseTableModel::TitleColumn).data().toString(),
              QStringLiteral("Recruited abroad"));
    EXPECT_EQ(model.index(model.rowCount() - 1, CaseTableModel::DateColumn).data().toString(),
              QStringLiteral("date unknown"));
}

TEST_F(CaseTableModelTest, SortsInSql)
{
    model.sort(CaseTableModel::TitleColumn, Qt::AscendingOrder);
    QStringList titles = column(CaseTableModel::TitleColumn);
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    EXPECT_EQ(titles, sorted);
    model.sort(CaseTableModel::TitleColumn, Qt::DescendingOrder);
    std::reverse(sorted.begin(), sorted.end());
    EXPECT_EQ(column(CaseTableModel::TitleColumn), sorted);
    model.sort(CaseTableModel::SuspectColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.rowCount(), 7);
}

TEST_F(CaseTableModelTest, FiltersAndCounts)
{
    QSignalSpy counts(&model, &CaseTableModel::countsChanged);
    CaseFilter filter;
    filter.text = QStringLiteral("Tokyo");
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, CaseTableModel::SuspectColumn).data().toString(), QStringLiteral("Hao"));
    ASSERT_EQ(counts.count(), 1);
    EXPECT_EQ(counts.at(0).at(0).toInt(), 1);
    EXPECT_EQ(counts.at(0).at(1).toInt(), 7);
    EXPECT_EQ(model.rowOf(model.caseIdAt(0)), 0);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 7);
}

TEST_F(CaseTableModelTest, FollowsChangesToTheCollection)
{
    ASSERT_OK(CaseRepository(*store).insert(
        Case {0, QStringLiteral("<b>bold</b><img src=x>"), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
    ASSERT_EQ(model.rowCount(), 8);
    const QStringList titles = column(CaseTableModel::TitleColumn);
    EXPECT_TRUE(titles.contains(QStringLiteral("<b>bold</b><img src=x>")));
}

TEST_F(CaseTableModelTest, FetchesRowsLazilyAndMatchesADirectQuery)
{
    // 1,000 more cases: more than a page, so rows come from several pages.
    ASSERT_OK(store->transact([&]() -> Status {
        RecordWriter writer(*store);
        for (int i = 0; i < 1000; ++i) {
            auto id = writer.insertCase(Case {0,
                                              QStringLiteral("Generated %1").arg(i, 4, 10, QLatin1Char('0')),
                                              {},
                                              CaseStatus::Alleged,
                                              {},
                                              {},
                                              {},
                                              {}});
            if (!id)
                return id.status();
        }
        store->noteChange(Change::Cases);
        return {};
    }));
    model.sort(CaseTableModel::TitleColumn, Qt::AscendingOrder);
    ASSERT_EQ(model.rowCount(), 1007);
    const QList<Id> direct = *CaseSearch(*store).caseIds({}, CaseSortKey::Title, false);
    CaseRepository cases(*store);
    for (int row : {0, 127, 128, 500, 999, 1006}) {
        EXPECT_EQ(model.caseIdAt(row), direct.at(row));
        EXPECT_EQ(model.index(row, CaseTableModel::TitleColumn).data().toString(), cases.get(direct.at(row))->title);
    }
}

} // namespace

namespace {

TEST_F(CaseTableModelTest, TitlesThatBeginAlikeShowWhatTellsThemApart)
{
    const QString start =
        QStringLiteral("Engineer at a military industrial group said to have been recruited in Italy: ");
    for (const char* name : {"Zeng", "Wang"})
        ASSERT_OK(CaseRepository(*store).insert(
            Case {0, start + QString::fromLatin1(name), {}, CaseStatus::Alleged, {}, {}, {}, {}}));
    const QStringList titles = column(CaseTableModel::TitleColumn);
    EXPECT_TRUE(titles.contains(QStringLiteral("Engineer at a military industrial \u2026 Zeng")))
        << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Engineer at a military industrial \u2026 Wang")))
        << titles.join(u'|').toStdString();
    // Titles that differ early are shown whole.
    EXPECT_EQ(titles.filter(QStringLiteral("Zeng: military industrial group")).size(), 1);
}

} // namespace
