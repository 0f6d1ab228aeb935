#include "CaseDialog.h"

#include "CaseRepository.h"
#include "CaseSearch.h"
#include "CollectionEditor.h"
#include "EventRepository.h"
#include "SourceRepository.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Spyline;

namespace {

class CaseDialogTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor editor {*store};
    CaseDialog dialog {*store, [this](const RecordSet& before, const RecordSet& after) {
                           return editor.change(QStringLiteral("case"), before, after);
                       }};

    QTableWidget* table(const char* name)
    {
        return dialog.findChild<QTableWidget*>(QString::fromLatin1(name));
    }
    void setCell(const char* tableName, int row, int column, const QString& text, const QString& key = {})
    {
        QTableWidgetItem* cell = table(tableName)->item(row, column);
        ASSERT_NE(cell, nullptr);
        if (!key.isEmpty())
            cell->setData(Qt::UserRole, key);
        cell->setText(text);
    }
    QString problem()
    {
        return dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
    }
    void fillNewCase(const QString& date)
    {
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit")),
                         QStringLiteral("Wang: engineer said to have been recruited in Vienna"));
        setCell("rolesTableWidget", 0, 0, QStringLiteral("Wang"));
        setCell("eventsTableWidget", 0, 0, date);
        setCell("eventsTableWidget", 0, 2, QStringLiteral("MSS announces the Wang case"));
        auto* sources = table("sourcesTableWidget");
        sources->insertRow(0);
        for (int column = 0; column < sources->columnCount(); ++column)
            sources->setItem(0, column, new QTableWidgetItem());
        setCell("sourcesTableWidget", 0, 4, QStringLiteral("B2"), QStringLiteral("B2"));
        setCell("sourcesTableWidget", 0, 0, QStringLiteral("https://news.example/wang"));
    }
};

TEST_F(CaseDialogTest, SavesACaseWithAMonthPreciseDateAndAGradedSource)
{
    fillNewCase(QStringLiteral("2024-03"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << problem().toStdString();
    const Id id = dialog.savedCaseId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(CaseRepository(*store).get(id)->status, CaseStatus::Alleged);
    const auto events = *EventRepository(*store).eventsOfCase(id);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().date.displayText(), QStringLiteral("Mar 2024"));
    EXPECT_EQ(events.first().kind, EventKind::Announcement);
    const auto sources = *SourceRepository(*store).sourcesOfCase(id);
    ASSERT_EQ(sources.size(), 1);
    EXPECT_EQ(sources.first().grade.text(), QStringLiteral("B2"));
    EXPECT_EQ(CaseRepository(*store).roles(id)->first().role, RoleKind::Suspect);
    EXPECT_EQ(editor.undoStack()->count(), 1);
}

TEST_F(CaseDialogTest, SavesARecruitmentWithAVenueButNoDate)
{
    // The only event known: recruited while studying in Japan, no date given. It is kept.
    fillNewCase(QString());
    setCell("eventsTableWidget", 0, 1, toLabel(EventKind::Recruitment), toKey(EventKind::Recruitment));
    setCell("eventsTableWidget", 0, 2, QStringLiteral("Recruited while studying in Japan"));
    setCell("eventsTableWidget", 0, 3, QStringLiteral("Japan"));
    setCell("eventsTableWidget", 0, 5, QStringLiteral("US visa application at the embassy in Tokyo"));
    EXPECT_TRUE(table("eventsTableWidget")->item(0, 0)->toolTip().contains(QStringLiteral("date unknown")));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << problem().toStdString();
    const auto events = *EventRepository(*store).eventsOfCase(dialog.savedCaseId());
    ASSERT_EQ(events.size(), 1);
    EXPECT_TRUE(events.first().date.isNull());
    EXPECT_EQ(events.first().kind, EventKind::Recruitment);
    EXPECT_EQ(events.first().country, QStringLiteral("JP"));
    EXPECT_EQ(events.first().venueContext, QStringLiteral("US visa application at the embassy in Tokyo"));
}

TEST_F(CaseDialogTest, StoresAFriendlyDateAsEdtfAndSaysSo)
{
    fillNewCase(QStringLiteral("before 11 Aug 2023"));
    EXPECT_TRUE(table("eventsTableWidget")->item(0, 0)->toolTip().contains(QStringLiteral("stored as ../2023-08-11")))
        << table("eventsTableWidget")->item(0, 0)->toolTip().toStdString();
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << problem().toStdString();
    EXPECT_EQ(EventRepository(*store).eventsOfCase(dialog.savedCaseId())->first().date.text(),
              QStringLiteral("../2023-08-11"));
}

TEST_F(CaseDialogTest, ABadDateShowsItsReasonAndSavesNothing)
{
    const int before = *CaseRepository(*store).count();
    fillNewCase(QStringLiteral("2023-02-30"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(problem().contains(QStringLiteral("Events, row 1, date: \"2023-02-30\": February 2023 has 28 days")))
        << problem().toStdString();
    EXPECT_EQ(*CaseRepository(*store).count(), before);
    EXPECT_EQ(editor.undoStack()->count(), 0);
    // The cell is marked and says why.
    EXPECT_TRUE(table("eventsTableWidget")->item(0, 0)->toolTip().contains(QStringLiteral("28 days")));
}

TEST_F(CaseDialogTest, RefusesAFileAddress)
{
    fillNewCase(QStringLiteral("2024-03"));
    setCell("sourcesTableWidget", 0, 0, QStringLiteral("file:///etc/passwd"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(problem().contains(QStringLiteral("only http and https"))) << problem().toStdString();
}

TEST_F(CaseDialogTest, WarnsOfAPossibleDuplicateButSavesIt)
{
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit")), QStringLiteral("Zeng"));
    setCell("rolesTableWidget", 0, 0, QStringLiteral("Zeng"));
    setCell("eventsTableWidget", 0, 0, QStringLiteral("2023-08-11"));
    setCell("eventsTableWidget", 0, 2, QStringLiteral("Announced"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.duplicateWarning().isEmpty(), 2000);
    EXPECT_TRUE(dialog.duplicateWarning().contains(QStringLiteral("same suspect")));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << problem().toStdString();
}

TEST_F(CaseDialogTest, EditsAStoredCaseInOneUndoStep)
{
    Id hao = 0;
    for (Id id : *CaseSearch(*store).caseIds({})) {
        if (CaseRepository(*store).get(id)->title.startsWith(QStringLiteral("Hao")))
            hao = id;
    }
    ASSERT_OK(dialog.loadCase(hao));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    EXPECT_TRUE(title->text().startsWith(QStringLiteral("Hao")));
    EXPECT_GT(table("rolesTableWidget")->rowCount(), 3);
    const int events = table("eventsTableWidget")->rowCount();
    title->setText(QStringLiteral("Hao: official said to have been recruited by the CIA in Tokyo"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << problem().toStdString();
    EXPECT_EQ(CaseRepository(*store).get(hao)->title, title->text());
    EXPECT_EQ(EventRepository(*store).eventsOfCase(hao)->size(), events);
    editor.undoStack()->undo();
    EXPECT_TRUE(CaseRepository(*store).get(hao)->title.startsWith(QStringLiteral("Hao: central")));
}

} // namespace
