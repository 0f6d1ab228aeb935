#include "RecordDialog.h"

#include "CaseDialog.h"
#include "CaseTables.h"
#include "EventDialog.h"
#include "PartialDateEdit.h"
#include "TestSupport.h"
#include "editing/CollectionEditor.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Spyline;

namespace {

// The problems of every form are shown by RecordDialog: an event's form and a case's read alike.
class RecordDialogTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor editor {*store};
    RecordDialog::Save save = [this](const RecordSet& before, const RecordSet& after) {
        return editor.change(QStringLiteral("record"), before, after);
    };
    EventDialog event {*store, save};
    CaseDialog caseForm {*store, save};

    static QLabel* problemLine(QDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    }
    static QLineEdit* line(QDialog& dialog, const char* name)
    {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    QTableWidget* events()
    {
        return caseForm.findChild<QTableWidget*>(QStringLiteral("eventsTableWidget"));
    }
    // What the line says of the date, after the field's name: the same words in both forms.
    static QString aboutTheDate(const QString& problem)
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("(?:^|, |\u2022 )[Dd]ate: (.*)$"), QRegularExpression::MultilineOption)
                .match(problem);
        return match.hasMatch() ? match.captured(1) : QString();
    }
    void show(QDialog& dialog)
    {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
    }
    void fillEvent(const QString& date)
    {
        event.prepare(EventKind::Announcement, 0);
        QTest::keyClicks(line(event, "titleLineEdit"), QStringLiteral("MSS announces the Wang case"));
        QTest::keyClicks(event.findChild<PartialDateEdit*>(QStringLiteral("dateEdit"))->lineEdit(), date);
    }
    void fillCase(const QString& date)
    {
        QTest::keyClicks(line(caseForm, "titleLineEdit"), QStringLiteral("Wang: engineer said to have been recruited"));
        caseForm.findChild<QTableWidget*>(QStringLiteral("rolesTableWidget"))
            ->item(0, 0)
            ->setText(QStringLiteral("Wang"));
        events()->item(0, EventsTable::TitleColumn)->setText(QStringLiteral("MSS announces the Wang case"));
        events()->item(0, EventsTable::DateColumn)->setText(date);
    }
};

TEST_F(RecordDialogTest, AnImpossibleDateReadsAlikeInAnEventAndInACasesEvents)
{
    show(event);
    fillEvent(QStringLiteral("2023-02-30"));
    line(event, "titleLineEdit")->setFocus();
    event.accept();
    ASSERT_NE(event.result(), QDialog::Accepted);

    show(caseForm);
    fillCase(QStringLiteral("2023-02-30"));
    line(caseForm, "titleLineEdit")->setFocus();
    caseForm.accept();
    ASSERT_NE(caseForm.result(), QDialog::Accepted);

    QLabel* eventLine = problemLine(event);
    QLabel* caseLine = problemLine(caseForm);
    ASSERT_NE(eventLine, nullptr);
    ASSERT_NE(caseLine, nullptr);
    // The same words for the same mistake, after the name of the field.
    EXPECT_EQ(aboutTheDate(eventLine->text()), QStringLiteral("\"2023-02-30\": February 2023 has 28 days"))
        << eventLine->text().toStdString();
    EXPECT_EQ(aboutTheDate(caseLine->text()), aboutTheDate(eventLine->text())) << caseLine->text().toStdString();
    EXPECT_TRUE(eventLine->text().startsWith(QStringLiteral("Date: ")));
    EXPECT_TRUE(caseLine->text().contains(QStringLiteral("Events, row 1, date: ")));
    // Shown the same way: plain text, wrapped, in the problem's colours ...
    EXPECT_TRUE(eventLine->isVisible());
    EXPECT_TRUE(caseLine->isVisible());
    EXPECT_EQ(eventLine->textFormat(), Qt::PlainText);
    EXPECT_EQ(caseLine->textFormat(), Qt::PlainText);
    EXPECT_TRUE(eventLine->wordWrap() && caseLine->wordWrap());
    EXPECT_FALSE(eventLine->styleSheet().isEmpty());
    EXPECT_EQ(eventLine->styleSheet(), caseLine->styleSheet());
    // ... read out under the same name, with what it says ...
    EXPECT_FALSE(eventLine->accessibleName().isEmpty());
    EXPECT_EQ(eventLine->accessibleName(), caseLine->accessibleName());
    EXPECT_EQ(eventLine->accessibleDescription(), eventLine->text());
    EXPECT_EQ(caseLine->accessibleDescription(), caseLine->text());
    // ... and the keyboard at the date: the field in the event's form, the cell in the case's.
    EXPECT_EQ(event.focusWidget(), event.findChild<PartialDateEdit*>(QStringLiteral("dateEdit"))->lineEdit());
    EXPECT_EQ(caseForm.focusWidget(), events());
    EXPECT_EQ(caseForm.findChild<QTabWidget*>(QStringLiteral("caseTabWidget"))->currentIndex(), 1);
    EXPECT_EQ(events()->currentRow(), 0);
    EXPECT_EQ(events()->currentColumn(), int(EventsTable::DateColumn));
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QApplication::processEvents(); // as a person sees them: laid out again around the line
        event.grab().save(folder + QStringLiteral("/event-form-problem.png"));
        caseForm.grab().save(folder + QStringLiteral("/case-form-problems.png"));
    }
}

TEST_F(RecordDialogTest, PutRightTheProblemGoesInBothForms)
{
    fillEvent(QStringLiteral("2023-02-30"));
    event.accept();
    ASSERT_FALSE(problemLine(event)->isHidden());
    QLineEdit* date = event.findChild<PartialDateEdit*>(QStringLiteral("dateEdit"))->lineEdit();
    date->clear();
    QTest::keyClicks(date, QStringLiteral("2023-02-28"));
    EXPECT_TRUE(problemLine(event)->isHidden()) << problemLine(event)->text().toStdString();

    // Two problems in the case: put one right and the other is still listed.
    fillCase(QStringLiteral("2023-02-30"));
    line(caseForm, "titleLineEdit")->clear();
    caseForm.accept();
    ASSERT_EQ(caseForm.problems().size(), 2);
    EXPECT_TRUE(problemLine(caseForm)->text().startsWith(QStringLiteral("2 problems")))
        << problemLine(caseForm)->text().toStdString();
    QTest::keyClicks(line(caseForm, "titleLineEdit"), QStringLiteral("Wang"));
    EXPECT_FALSE(problemLine(caseForm)->isHidden());
    EXPECT_FALSE(problemLine(caseForm)->text().contains(QStringLiteral("Title")));
    EXPECT_TRUE(problemLine(caseForm)->text().contains(QStringLiteral("28 days")));
    events()->item(0, EventsTable::DateColumn)->setText(QStringLiteral("2023-02-28"));
    EXPECT_TRUE(problemLine(caseForm)->isHidden()) << problemLine(caseForm)->text().toStdString();
    // Once all is right, the line keeps quiet until the next Save.
    line(caseForm, "titleLineEdit")->clear();
    EXPECT_TRUE(problemLine(caseForm)->isHidden());
}

TEST_F(RecordDialogTest, WhatTheStoreRefusesStaysUntilTheNextSaveAndNamesTheFormsField)
{
    int refusals = 1;
    EventDialog dialog {*store, [&](const RecordSet& before, const RecordSet& after) -> Result<RecordSet> {
                            if (refusals-- > 0)
                                return fail(QStringLiteral("end_date: must not be before the date"));
                            return editor.change(QStringLiteral("event"), before, after);
                        }};
    show(dialog);
    dialog.prepare(EventKind::Announcement, 0);
    QTest::keyClicks(line(dialog, "titleLineEdit"), QStringLiteral("MSS announces the Wang case"));
    dialog.accept();
    ASSERT_NE(dialog.result(), QDialog::Accepted);
    // In the form's words, and at the form's field.
    EXPECT_EQ(problemLine(dialog)->text(), QStringLiteral("Until: must not be before the date"));
    EXPECT_EQ(dialog.focusWidget(), dialog.findChild<PartialDateEdit*>(QStringLiteral("endDateEdit"))->lineEdit());
    // The form cannot tell it is put right: it stays as the person types.
    QTest::keyClicks(line(dialog, "titleLineEdit"), QStringLiteral(" (2023)"));
    EXPECT_FALSE(problemLine(dialog)->isHidden());
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << problemLine(dialog)->text().toStdString();
}

} // namespace
