#include "EventDialog.h"

#include "CountryEdit.h"
#include "PartialDateEdit.h"
#include "TestSupport.h"
#include "editing/CollectionEditor.h"
#include "store/EventRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace Spyline;

namespace {

class EventDialogTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor editor {*store};
    EventDialog dialog {*store, [this](const RecordSet& before, const RecordSet& after) {
                            return editor.change(QStringLiteral("event"), before, after);
                        }};

    template<typename Widget>
    Widget* child(const char* name)
    {
        auto* widget = dialog.findChild<Widget*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    QString feedback(const char* edit)
    {
        return child<PartialDateEdit>(edit)->findChild<QLabel*>(QStringLiteral("dateFeedbackLabel"))->text();
    }
    Id zengCase()
    {
        return Fixtures::caseTitled(*store, "Zeng:"_s);
    }
};

TEST_F(EventDialogTest, SavesARecruitmentWithAVenueAndNoDate)
{
    // "Recruited while studying in Japan": the source gives where and how, not when.
    dialog.prepare(EventKind::Recruitment, zengCase());
    QTest::keyClicks(child<QLineEdit>("titleLineEdit"), "Recruited in Japan"_s);
    child<QLineEdit>("countryLineEdit")->setText("Japan"_s);
    QTest::keyClicks(child<QLineEdit>("venueLineEdit"), "US visa application while studying in Japan"_s);
    EXPECT_EQ(feedback("dateEdit"), "no date: kept as date unknown"_s);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted)
        << dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().toStdString();
    const auto events = *EventRepository(*store).eventsOfCase(zengCase());
    const auto saved = std::find_if(events.cbegin(), events.cend(),
                                    [](const Event& event) { return event.title == "Recruited in Japan"_s; });
    ASSERT_NE(saved, events.cend());
    EXPECT_TRUE(saved->date.isNull());
    EXPECT_EQ(saved->kind, EventKind::Recruitment);
    EXPECT_EQ(saved->country, "JP"_s);
    EXPECT_EQ(saved->venueContext, "US visa application while studying in Japan"_s);
    EXPECT_EQ(editor.undoStack()->count(), 1);
}

TEST_F(EventDialogTest, TheDateFieldTakesEveryFormAndShowsHowItWillBeStored)
{
    auto* date = child<PartialDateEdit>("dateEdit");
    auto* line = date->lineEdit();
    EXPECT_FALSE(line->placeholderText().isEmpty());
    EXPECT_TRUE(line->toolTip().contains("../2023-08-11"_s)) << line->toolTip().toStdString();
    const std::pair<const char*, const char*> forms[] = {
        {"c. 1984", "c. 1984 \u00b7 stored as 1984~"},
        {"1930s", "1930s \u00b7 stored as 193X"},
        {"before 2023-08-11", "before 11 Aug 2023 \u00b7 stored as ../2023-08-11"},
        {"2015-03/..", "after Mar 2015 \u00b7 stored as 2015-03/.."},
        {"2015/2017", "2015\u20132017 \u00b7 stored as 2015/2017"},
        {"1984?", "1984? \u00b7 stored as 1984?"},
        {"unknown", "date unknown"},
    };
    for (const auto& [typed, shown] : forms) {
        line->clear();
        QTest::keyClicks(line, QString::fromUtf8(typed));
        EXPECT_TRUE(date->isValid()) << typed;
        EXPECT_EQ(feedback("dateEdit"), QString::fromUtf8(shown)) << typed;
    }
    line->clear();
    QTest::keyClicks(line, "2023-13"_s);
    EXPECT_FALSE(date->isValid());
    EXPECT_TRUE(feedback("dateEdit").contains("\"2023-13\": month 13 does not exist"_s));
}

TEST_F(EventDialogTest, AnEndNeedsAStart)
{
    dialog.prepare(EventKind::Training, zengCase());
    QTest::keyClicks(child<QLineEdit>("titleLineEdit"), "Training"_s);
    QTest::keyClicks(child<PartialDateEdit>("endDateEdit")->lineEdit(), "2017"_s);
    const auto records = dialog.records();
    ASSERT_FALSE(records.ok());
    EXPECT_TRUE(records.error().startsWith("Until:"_s)) << records.error().toStdString();
}

} // namespace
