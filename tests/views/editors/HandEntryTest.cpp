// Hand entry as a person types: countries found by what people call them, cells checked as they
// are typed, every problem listed at once, statements with their source, grades that say what
// they mean, and messages in the words of the forms.
#include "CaseDialog.h"

#include "CaseTables.h"
#include "CountryEdit.h"
#include "EditorDelegates.h"
#include "EventDialog.h"
#include "FieldLabels.h"
#include "GradePicker.h"
#include "PartialDateEdit.h"
#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "store/SourceRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Spyline;

namespace {

TEST(CountryEditTest, USOffersTheUnitedStatesFirst)
{
    CountryEdit edit;
    edit.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("US"));
    ASSERT_FALSE(edit.suggestions().isEmpty());
    EXPECT_EQ(edit.suggestions().first(), QStringLiteral("United States"));
    EXPECT_EQ(edit.code(), QStringLiteral("US"));
    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("PRC"));
    EXPECT_EQ(edit.suggestions().value(0), QStringLiteral("China"));
}

TEST(CountryEditTest, LeavingTheFieldWithTheListOpenKeepsWhatWasTyped)
{
    QWidget form;
    auto* layout = new QVBoxLayout(&form);
    auto* country = new CountryEdit(&form);
    auto* next = new QLineEdit(&form);
    layout->addWidget(country);
    layout->addWidget(next);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    country->setFocus();
    QTest::keyClicks(country, QStringLiteral("Isr"));
    QAbstractItemView* popup = country->countryCompleter()->popup();
    ASSERT_TRUE(popup->isVisible());
    // A row highlighted with the arrow keys never writes itself into the text ...
    QTest::keyClick(popup, Qt::Key_Down);
    EXPECT_EQ(country->text(), QStringLiteral("Isr"));
    // ... and a click into the next field closes the list without adding a country to the text.
    QTest::mouseClick(popup, Qt::LeftButton, {}, popup->mapFromGlobal(next->mapToGlobal(next->rect().center())));
    QTest::mouseClick(next, Qt::LeftButton);
    next->setFocus(Qt::MouseFocusReason);
    EXPECT_FALSE(country->countryCompleter()->popup()->isVisible());
    EXPECT_EQ(country->text(), QStringLiteral("Isr"));
    // Picking from the list replaces the text with the name.
    country->setFocus();
    country->clear();
    QTest::keyClicks(country, QStringLiteral("Isra"));
    ASSERT_TRUE(country->countryCompleter()->popup()->isVisible());
    QTest::keyClick(country->countryCompleter()->popup(), Qt::Key_Return);
    EXPECT_EQ(country->text(), QStringLiteral("Israel"));
    EXPECT_EQ(country->code(), QStringLiteral("IL"));
}

class CaseFormTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor collection {*store};
    CaseDialog dialog {*store, [this](const RecordSet& before, const RecordSet& after) {
                           return collection.change(QStringLiteral("case"), before, after);
                       }};

    QTableWidget* events()
    {
        return dialog.findChild<QTableWidget*>(QStringLiteral("eventsTableWidget"));
    }
    QString problem()
    {
        return dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
    }
    // Opens the cell's editor and types into it, without leaving it.
    QLineEdit* typeInto(int row, int column, const QString& text)
    {
        QTableWidget* table = events();
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        auto* cell = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        if (!cell)
            return nullptr;
        cell->selectAll();
        QTest::keyClicks(cell, text);
        return cell;
    }
    void SetUp() override
    {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QTabWidget*>(QStringLiteral("caseTabWidget"))->setCurrentIndex(1);
    }
};

TEST_F(CaseFormTest, AnImpossibleDateIsShownWrongWhileItIsTyped)
{
    QLineEdit* cell = typeInto(0, EventsTable::DateColumn, QStringLiteral("2023-02-30"));
    ASSERT_NE(cell, nullptr);
    // Before the cell is left or the form saved: the reason in the editor's tooltip and the
    // message line.
    EXPECT_TRUE(cell->toolTip().contains(QStringLiteral("28 days"))) << cell->toolTip().toStdString();
    EXPECT_FALSE(cell->styleSheet().isEmpty());
    // The tooltip reads as the reason is written, quotes and all.
    QTextDocument shown;
    shown.setHtml(cell->toolTip());
    EXPECT_TRUE(shown.toPlainText().contains(QStringLiteral("\"2023-02-30\": February 2023 has 28 days")))
        << shown.toPlainText().toStdString();
    EXPECT_TRUE(problem().contains(QStringLiteral("Events, row 1, date"))) << problem().toStdString();
    EXPECT_TRUE(problem().contains(QStringLiteral("28 days")));
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        dialog.grab().save(folder + QStringLiteral("/case-form-inline-error.png"));
    // Put right, the mark and the message go.
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("2023-02-28"));
    EXPECT_TRUE(cell->toolTip().isEmpty());
    EXPECT_TRUE(problem().isEmpty() || !dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->isVisible());
}

TEST_F(CaseFormTest, SaveListsEveryProblemAtOnceAndGoesToTheFirst)
{
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit")), QStringLiteral("Wang"));
    QTest::keyClicks(dialog.findChild<CountryEdit*>(QStringLiteral("accusedCountryLineEdit")),
                     QStringLiteral("Atlantis"));
    dialog.findChild<QTableWidget*>(QStringLiteral("rolesTableWidget"))->item(0, 0)->setText(QStringLiteral("Wang"));
    events()->item(0, EventsTable::DateColumn)->setText(QStringLiteral("2023-02-30"));
    events()->item(0, EventsTable::TitleColumn)->setText(QString());
    dialog.findChild<QTabWidget*>(QStringLiteral("caseTabWidget"))->setCurrentIndex(0);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const QStringList problems = dialog.problems();
    EXPECT_GE(problems.size(), 3) << problem().toStdString();
    EXPECT_TRUE(problem().contains(QStringLiteral("Accused country: \"Atlantis\""))) << problem().toStdString();
    EXPECT_TRUE(problem().contains(QStringLiteral("28 days")));
    EXPECT_TRUE(problem().contains(QStringLiteral("Events, row 1, title")));
    // The first problem has the keyboard.
    EXPECT_EQ(QApplication::focusWidget(), dialog.findChild<CountryEdit*>(QStringLiteral("accusedCountryLineEdit")));
    // Once the country is right, the first problem is the date, in the events tab.
    auto* accused = dialog.findChild<CountryEdit*>(QStringLiteral("accusedCountryLineEdit"));
    accused->setText(QStringLiteral("USA"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.findChild<QTabWidget*>(QStringLiteral("caseTabWidget"))->currentIndex(), 1);
    EXPECT_EQ(events()->currentRow(), 0);
    EXPECT_EQ(events()->currentColumn(), int(EventsTable::DateColumn));
    EXPECT_TRUE(events()->hasFocus());
}

TEST_F(CaseFormTest, TheGradeColumnSaysWhatEachGradeMeans)
{
    auto* sources = dialog.findChild<QTableWidget*>(QStringLiteral("sourcesTableWidget"));
    QStandardItemModel model(1, 1);
    GradeDelegate delegate;
    QWidget parent;
    std::unique_ptr<QWidget> picker(delegate.createEditor(&parent, {}, model.index(0, 0)));
    auto* combo = qobject_cast<QComboBox*>(picker.get());
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 36);
    EXPECT_TRUE(combo->itemText(combo->findData(QStringLiteral("B2"))).contains(QStringLiteral("usually reliable")))
        << combo->itemText(combo->findData(QStringLiteral("B2"))).toStdString();
    combo->setCurrentIndex(combo->findData(QStringLiteral("C3")));
    delegate.setModelData(combo, &model, model.index(0, 0));
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("C3"));
    EXPECT_FALSE(model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(
        sources->horizontalHeaderItem(SourcesTable::GradeColumn)->toolTip().contains(QStringLiteral("reliable")));
}

TEST(GradePickerTest, ShowsWhatTheLetterAndTheDigitMean)
{
    GradePicker picker;
    auto* reliability = picker.findChild<QComboBox*>(QStringLiteral("reliabilityComboBox"));
    auto* credibility = picker.findChild<QComboBox*>(QStringLiteral("credibilityComboBox"));
    ASSERT_NE(reliability, nullptr);
    ASSERT_NE(credibility, nullptr);
    EXPECT_EQ(reliability->count(), 6);
    EXPECT_EQ(credibility->count(), 6);
    EXPECT_TRUE(reliability->itemText(0).startsWith(QStringLiteral("A \u2014")));
    EXPECT_GT(reliability->itemText(0).size(), 6);
    picker.setGrade(Grade {'B', 2});
    EXPECT_EQ(picker.grade().text(), QStringLiteral("B2"));
    EXPECT_EQ(picker.findChild<QLabel*>(QStringLiteral("gradeLabel"))->text(), QStringLiteral("B2"));
}

TEST(FieldLabelsTest, MessagesUseTheFormsWords)
{
    EXPECT_EQ(inPeoplesWords(QStringLiteral("end_date: must not be before the date")),
              QStringLiteral("Until: must not be before the date"));
    EXPECT_EQ(inPeoplesWords(QStringLiteral("venue_context: too long")), QStringLiteral("Venue and context: too long"));
    // Messages that name no field stay as they are.
    EXPECT_EQ(inPeoplesWords(QStringLiteral("Events, row 2, date: bad")), QStringLiteral("Events, row 2, date: bad"));
    EXPECT_EQ(inPeoplesWords(QStringLiteral("nothing to say")), QStringLiteral("nothing to say"));
}

class StatementFormTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor collection {*store};
    EventDialog dialog {*store, [this](const RecordSet& before, const RecordSet& after) {
                            return collection.change(QStringLiteral("statement"), before, after);
                        }};

    void fill(const QString& url)
    {
        dialog.prepare(EventKind::Statement, 0);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit")),
                         QStringLiteral("Foreign ministry spokesperson rejects the accusation"));
        dialog.findChild<PartialDateEdit*>(QStringLiteral("dateEdit"))
            ->setDate(*PartialDate::parse(QStringLiteral("2023-08-14")));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("sourceUrlLineEdit")), url);
    }
};

TEST_F(StatementFormTest, AStatementIsSavedWithANewGradedSource)
{
    fill(QStringLiteral("https://news.example/spokesperson-2023-08-14"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("sourcePublisherLineEdit")),
                     QStringLiteral("Example News"));
    dialog.findChild<GradePicker*>(QStringLiteral("gradePicker"))->setGrade(Grade {'B', 2});
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted)
        << dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().toStdString();
    ASSERT_EQ(dialog.saved().events.size(), 1);
    const auto citations = *SourceRepository(*store).citationsOfEvent(dialog.saved().events.first().id);
    ASSERT_EQ(citations.size(), 1);
    const Source source = *SourceRepository(*store).get(citations.first().sourceId);
    EXPECT_EQ(source.url, QStringLiteral("https://news.example/spokesperson-2023-08-14"));
    EXPECT_EQ(source.publisher, QStringLiteral("Example News"));
    EXPECT_EQ(source.grade.text(), QStringLiteral("B2"));
}

TEST_F(StatementFormTest, AKnownSourceIsCitedAsItIsAndABadAddressRefused)
{
    const QList<Source> known = *SourceRepository(*store).all();
    ASSERT_FALSE(known.isEmpty());
    const int sourcesBefore = int(known.size());
    fill(known.first().url);
    EXPECT_FALSE(dialog.findChild<GradePicker*>(QStringLiteral("gradePicker"))->isEnabled());
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const auto citations = *SourceRepository(*store).citationsOfEvent(dialog.saved().events.first().id);
    ASSERT_EQ(citations.size(), 1);
    EXPECT_EQ(citations.first().sourceId, known.first().id);
    EXPECT_EQ(SourceRepository(*store).all()->size(), sourcesBefore);

    EventDialog other(*store, [this](const RecordSet& before, const RecordSet& after) {
        return collection.change(QStringLiteral("statement"), before, after);
    });
    other.prepare(EventKind::Statement, 0);
    QTest::keyClicks(other.findChild<QLineEdit*>(QStringLiteral("titleLineEdit")), QStringLiteral("A statement"));
    other.findChild<PartialDateEdit*>(QStringLiteral("dateEdit"))->setDate(*PartialDate::parse(QStringLiteral("2023")));
    QTest::keyClicks(other.findChild<QLineEdit*>(QStringLiteral("sourceUrlLineEdit")),
                     QStringLiteral("file:///etc/passwd"));
    other.accept();
    EXPECT_NE(other.result(), QDialog::Accepted);
}

} // namespace
