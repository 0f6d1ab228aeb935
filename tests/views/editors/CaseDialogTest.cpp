#include "CaseDialog.h"

#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/SourceRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

TEST_F(CaseDialogTest, TakesAnyNumberOfSuspectsHandlersAndRecruitersAndAReference)
{
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit")), QStringLiteral("Walker spy ring"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("referenceLineEdit")), QStringLiteral("walker"));
    const QList<std::pair<const char*, RoleKind>> people = {
        {"John Anthony Walker", RoleKind::Suspect}, {"Arthur Walker", RoleKind::Suspect},
        {"Michael Walker", RoleKind::Suspect},      {"Jerry Whitworth", RoleKind::Suspect},
        {"Aleksey Tkachenko", RoleKind::Handler},   {"John Anthony Walker", RoleKind::Recruiter},
        {"Arthur Walker", RoleKind::Recruiter},
    };
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("rolesAddPushButton"));
    ASSERT_NE(add, nullptr);
    for (int row = 0; row < people.size(); ++row) {
        if (row > 0)
            QTest::mouseClick(add, Qt::LeftButton);
        setCell("rolesTableWidget", row, 1, toLabel(people[row].second), toKey(people[row].second));
        setCell("rolesTableWidget", row, 0, QString::fromLatin1(people[row].first));
    }
    setCell("eventsTableWidget", 0, 0, QStringLiteral("1985-05-20"));
    setCell("eventsTableWidget", 0, 2, QStringLiteral("FBI arrests John Anthony Walker"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << problem().toStdString();
    const Id id = dialog.savedCaseId();
    EXPECT_EQ(CaseRepository(*store).get(id)->reference, QStringLiteral("walker"));
    const auto roles = *CaseRepository(*store).roles(id);
    ASSERT_EQ(roles.size(), 7);
    const auto countOf = [&](RoleKind kind) {
        return std::count_if(roles.cbegin(), roles.cend(), [kind](const Role& role) { return role.role == kind; });
    };
    EXPECT_EQ(countOf(RoleKind::Suspect), 4);
    EXPECT_EQ(countOf(RoleKind::Handler), 1);
    EXPECT_EQ(countOf(RoleKind::Recruiter), 2);
}

TEST_F(CaseDialogTest, EditingKeepsTheReferencesOfTheCaseAndItsEvents)
{
    Id zeng = 0;
    for (Id id : *CaseSearch(*store).caseIds({})) {
        if (CaseRepository(*store).get(id)->title.startsWith(QStringLiteral("Zeng")))
            zeng = id;
    }
    ASSERT_GT(zeng, 0);
    // As a sheet import leaves them.
    Case record = *CaseRepository(*store).get(zeng);
    record.reference = QStringLiteral("Zeng");
    ASSERT_OK(CaseRepository(*store).update(record));
    Event announcement = EventRepository(*store).eventsOfCase(zeng)->first();
    announcement.reference = QStringLiteral("Zeng/announcement");
    ASSERT_OK(EventRepository(*store).update(announcement));

    ASSERT_OK(dialog.loadCase(zeng));
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("referenceLineEdit"))->text(), QStringLiteral("Zeng"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"))->setPlainText(QStringLiteral("Edited."));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << problem().toStdString();
    EXPECT_EQ(CaseRepository(*store).get(zeng)->reference, QStringLiteral("Zeng"));
    EXPECT_EQ(EventRepository(*store).get(announcement.id)->reference, QStringLiteral("Zeng/announcement"));
}

} // namespace
