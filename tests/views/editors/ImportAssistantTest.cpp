#include "ImportAssistant.h"

#include "ImportColumnsPage.h"
#include "TestSupport.h"
#include "store/LinkRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>

using namespace Spyline;
using namespace Spyline::Fixtures;

namespace {

const QString realistic = QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/data/realistic/");

class ImportAssistantTest : public ::testing::Test
{
protected:
    ImportAssistant assistant;

    template<typename Widget>
    Widget* find(const char* name)
    {
        auto* widget = assistant.findChild<Widget*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    // The field chosen for the sheet's column, as the columns page shows it.
    QString fieldShownFor(const QString& column)
    {
        auto* table = find<QTableWidget>("columnsTableWidget");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == column)
                return qobject_cast<QComboBox*>(table->cellWidget(row, 2))->currentData().toString();
        }
        return QStringLiteral("(no such column)");
    }
    void chooseField(const QString& column, const QString& field)
    {
        auto* table = find<QTableWidget>("columnsTableWidget");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == column) {
                auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, 2));
                combo->setCurrentIndex(combo->findData(field));
                return;
            }
        }
        ADD_FAILURE() << "no column " << column.toStdString();
    }
    QStringList problems()
    {
        QStringList out;
        auto* list = find<QListWidget>("problemsListWidget");
        for (int i = 0; i < list->count(); ++i)
            out.append(list->item(i)->text());
        return out;
    }
    bool canImport()
    {
        return assistant.button(QWizard::FinishButton)->isEnabled();
    }
};

TEST_F(ImportAssistantTest, ReadsTheRealisticSheetAndGuessesItsColumns)
{
    ASSERT_OK(assistant.openFile(realistic + QStringLiteral("cases-by-person.csv")));
    assistant.show();
    EXPECT_TRUE(find<QLabel>("readLabel")->text().contains(QStringLiteral("UTF-8, comma-separated")))
        << find<QLabel>("readLabel")->text().toStdString();
    EXPECT_TRUE(find<QLabel>("readLabel")->text().contains(QStringLiteral("110 rows")));
    EXPECT_FALSE(find<QLabel>("readWarningLabel")->isVisible());
    EXPECT_EQ(find<QTableWidget>("rawTableWidget")->columnCount(), 19);
    EXPECT_EQ(find<QTableWidget>("rawTableWidget")->item(0, 1)->text(), QStringLiteral("Richard Sorge"));

    assistant.next();
    EXPECT_EQ(assistant.currentId(), ImportAssistant::ColumnsPage);
    EXPECT_EQ(find<QComboBox>("keyComboBox")->currentData().toString(), QStringLiteral("Case"));
    EXPECT_EQ(fieldShownFor(QStringLiteral("Case")), QStringLiteral("title"));
    EXPECT_EQ(fieldShownFor(QStringLiteral("Name")), QStringLiteral("suspect"));
    EXPECT_EQ(fieldShownFor(QStringLiteral("Made public by")), QStringLiteral("disclosed_by"));
    EXPECT_EQ(fieldShownFor(QStringLiteral("Recruited in")), QStringLiteral("recruitment_country"));
    EXPECT_EQ(fieldShownFor(QStringLiteral("Outcome")), QStringLiteral("status"));

    // A column changed by hand and one left out.
    chooseField(QStringLiteral("Occupation"), QStringLiteral("suspect_note"));
    chooseField(QStringLiteral("Publisher"), QString());
    EXPECT_EQ(assistant.map().fieldsOf(QStringLiteral("Occupation")), QStringList {QStringLiteral("suspect_note")});
    EXPECT_TRUE(assistant.map().fieldsOf(QStringLiteral("Publisher")).isEmpty());
    EXPECT_EQ(fieldShownFor(QStringLiteral("Occupation")), QStringLiteral("suspect_note"));

    // The preview lists every problem of the whole sheet, not only the first, and holds the import back.
    assistant.next();
    EXPECT_EQ(assistant.currentId(), ImportAssistant::PreviewPage);
    const QStringList listed = problems();
    EXPECT_FALSE(listed.filter(QStringLiteral("cases-by-person.csv:111: Recruited in (recruitment_country)")).isEmpty())
        << listed.join(u'\n').toStdString();
    EXPECT_FALSE(listed.filter(QStringLiteral("cases-by-person.csv:93: Spied for (accused_country)")).isEmpty());
    // "mid-2020s" is a range of years now, not a problem.
    EXPECT_TRUE(listed.filter(QStringLiteral("\"mid-2020s\"")).isEmpty());
    EXPECT_FALSE(
        listed.filter(QStringLiteral("Error: cases-by-person.csv:6: Outcome (status): \"died in prison")).isEmpty());
    EXPECT_FALSE(canImport());
    auto* preview = find<QTableWidget>("previewTableWidget");
    EXPECT_EQ(preview->item(1, 2)->text(), QStringLiteral("Sorge spy ring"));
    EXPECT_EQ(preview->item(1, 4)->text(), QStringLiteral("Hotsumi Ozaki"));
    EXPECT_EQ(preview->item(1, 6)->text(), QStringLiteral("Japan")); // as stored: the country's name
    EXPECT_EQ(preview->item(0, 8)->text(), QStringLiteral("Soviet Union")); // "USSR"

    // Leaving unreadable optional values empty lets it go ahead; each stays listed.
    find<QCheckBox>("skipBadValuesCheckBox")->setChecked(true);
    EXPECT_TRUE(canImport());
    EXPECT_FALSE(problems().filter(QStringLiteral("Left empty: cases-by-person.csv:111: Recruited in")).isEmpty());
    EXPECT_TRUE(assistant.skipBadValues());
}

TEST_F(ImportAssistantTest, ValueRulesSettleWhatCannotBeRead)
{
    ASSERT_OK(assistant.openFile(realistic + QStringLiteral("cases-by-person.csv")));
    assistant.show();
    assistant.next();
    QTest::mouseClick(find<QAbstractButton>("addUnreadablePushButton"), Qt::LeftButton);
    auto* rules = find<QTableWidget>("valueRulesTableWidget");
    QStringList theirs;
    for (int row = 0; row < rules->rowCount(); ++row)
        theirs.append(rules->item(row, 1)->text());
    EXPECT_TRUE(theirs.contains(QStringLiteral("third country (unnamed)"))) << theirs.join(u'|').toStdString();
    EXPECT_TRUE(theirs.contains(QStringLiteral("executed")));
    // Each unreadable value gets a rule once, and an empty rule means "leave it empty": no problem left.
    EXPECT_EQ(theirs.count(QStringLiteral("unnamed foreign country")), 1);
    const int executed = static_cast<int>(theirs.indexOf(QStringLiteral("executed")));
    rules->item(executed, 2)->setText(QStringLiteral("sentenced"));
    EXPECT_EQ(assistant.map().mapValue(QStringLiteral("status"), QStringLiteral("Executed")),
              QStringLiteral("sentenced"));
    assistant.next();
    EXPECT_TRUE(problems().filter(QStringLiteral("Error:")).isEmpty()) << problems().join(u'\n').toStdString();
    EXPECT_TRUE(canImport());
}

TEST_F(ImportAssistantTest, SavesAndLoadsTheSameMapTheCommandLineTakes)
{
    ASSERT_OK(assistant.openFile(realistic + QStringLiteral("cases-by-person.csv")));
    assistant.show();
    assistant.next();
    auto* page = qobject_cast<ImportColumnsPage*>(assistant.currentPage());
    ASSERT_NE(page, nullptr);
    ASSERT_OK(page->loadMap(realistic + QStringLiteral("cases-by-person.map.json")));
    EXPECT_EQ(assistant.map(), *ImportMap::load(realistic + QStringLiteral("cases-by-person.map.json")));
    EXPECT_EQ(fieldShownFor(QStringLiteral("Against")), QStringLiteral("target_country"));
    EXPECT_EQ(fieldShownFor(QStringLiteral("Outcome")), QStringLiteral("status"));
    EXPECT_EQ(find<QTableWidget>("valueRulesTableWidget")->rowCount(), 15);

    ScratchFolder folder;
    const QString saved = folder.path(QStringLiteral("saved.map.json"));
    ASSERT_OK(page->saveMap(saved));
    EXPECT_EQ(*ImportMap::load(saved), assistant.map());

    // A map that names columns the sheet lacks is refused, and the map in use stays.
    ASSERT_FALSE(page->loadMap(realistic + QStringLiteral("links.map.json")).ok());
    EXPECT_EQ(assistant.map().records, SheetRecords::Cases);
}

TEST_F(ImportAssistantTest, ReadsWindows1252WithAWarningAndTakesAnotherEncodingWhenTold)
{
    ASSERT_OK(assistant.openData("Fall;Name;Land\r\nWennerstr\xf6m;Stig Wennerstr\xf6m;Schweden\r\n",
                                 QStringLiteral("faelle.csv")));
    assistant.show();
    EXPECT_TRUE(find<QLabel>("readWarningLabel")->isVisible());
    EXPECT_TRUE(find<QLabel>("readWarningLabel")->text().contains(QStringLiteral("Windows-1252")));
    EXPECT_TRUE(find<QLabel>("readLabel")->text().contains(QStringLiteral("semicolon-separated")));
    EXPECT_EQ(find<QTableWidget>("rawTableWidget")->item(0, 1)->text(), "Stig Wennerström"_s);

    // Told it is UTF-8, it says why it cannot be read and keeps what it had.
    auto* encoding = find<QComboBox>("encodingComboBox");
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
    EXPECT_TRUE(find<QLabel>("readWarningLabel")->text().contains(QStringLiteral("not UTF-8")));
    EXPECT_EQ(assistant.table().rows.size(), 1);
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1252")));
    EXPECT_EQ(assistant.table().encoding, SheetEncoding::Windows1252);
    EXPECT_FALSE(find<QLabel>("readWarningLabel")->isVisible()); // chosen, not guessed
}

TEST_F(ImportAssistantTest, GuessesChineseHeadersInAUtf16Sheet)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode("案件\t姓名\t国籍\t机构\t日期\r\n曾案\t曾\t中国\tCIA\t2023-08-11\r\n"_s);
    ASSERT_OK(assistant.openData(bytes, QStringLiteral("案件.txt")));
    assistant.show();
    EXPECT_EQ(assistant.table().encoding, SheetEncoding::Utf16LittleEndian);
    assistant.next();
    EXPECT_EQ(fieldShownFor("姓名"_s), QStringLiteral("suspect"));
    EXPECT_EQ(fieldShownFor("机构"_s), QStringLiteral("accused_agency"));
    EXPECT_EQ(fieldShownFor("日期"_s), QStringLiteral("disclosed_on"));
    EXPECT_EQ(find<QComboBox>("keyComboBox")->currentData().toString(), "案件"_s);
    assistant.next();
    // 中国 is a name the country catalogue knows: the column is read without a problem.
    EXPECT_TRUE(problems().filter("国籍"_s).isEmpty()) << problems().join(u'\n').toStdString();
}

TEST_F(ImportAssistantTest, TheTimelineJsTemplateAndOtherRecords)
{
    ASSERT_OK(assistant.openData("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
                                 "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
                                 "2023,7,20,,,,,,,Burns speaks,,,,,,,,\n",
                                 QStringLiteral("timeline.csv")));
    assistant.show();
    assistant.next();
    QTest::mouseClick(find<QAbstractButton>("timelineJsPushButton"), Qt::LeftButton);
    EXPECT_EQ(assistant.map().records, SheetRecords::Statements);
    EXPECT_EQ(fieldShownFor(QStringLiteral("Headline")), QStringLiteral("title"));
    EXPECT_EQ(find<QComboBox>("recordsComboBox")->currentData().toString(), QStringLiteral("statements"));
    assistant.next();
    auto* preview = find<QTableWidget>("previewTableWidget");
    EXPECT_EQ(preview->item(0, 3)->text(), QStringLiteral("2023-07-20"));
    EXPECT_TRUE(canImport());

    // Choosing links by hand guesses again for them.
    assistant.back();
    assistant.back();
    auto* records = find<QComboBox>("recordsComboBox");
    records->setCurrentIndex(records->findData(QStringLiteral("links")));
    EXPECT_EQ(assistant.map().records, SheetRecords::Links);
}

TEST_F(ImportAssistantTest, AskedTheCollectionItShowsWhatWouldBeAddedAndProblemsOnlyItCanFind)
{
    auto store = memoryStore();
    assistant.setDryRun(
        [&](const SheetTable& table, const ImportMap& map, bool skip, const ImportAssistant::DryRunDone& done) {
            done(importSheet(*store, table, map, SheetImportOptions {true, skip}));
        });
    ASSERT_OK(assistant.openFile(realistic + QStringLiteral("links.csv")));
    assistant.show();
    auto* records = find<QComboBox>("recordsComboBox");
    records->setCurrentIndex(records->findData(QStringLiteral("links")));
    assistant.next();
    auto* page = qobject_cast<ImportColumnsPage*>(assistant.currentPage());
    ASSERT_OK(page->loadMap(realistic + QStringLiteral("links.map.json")));
    assistant.next();
    // The collection is empty: no record has the keys the links name.
    EXPECT_FALSE(problems().filter(QStringLiteral("no case or statement has the key \"Zeng\"")).isEmpty())
        << problems().join(u'\n').toStdString();
    EXPECT_FALSE(canImport());
    auto links = LinkRepository(*store).all();
    ASSERT_OK(links);
    EXPECT_TRUE(links->isEmpty());
}

} // namespace
