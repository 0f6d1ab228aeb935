#include "TestSupport.h"
#include "transfer/sheet/SheetTable.h"

#include <QBuffer>
#include <QStringEncoder>

using namespace Spyline;

namespace {

Result<SheetTable> readBytes(const QByteArray& bytes, const SheetReadOptions& options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readSheet(buffer, QStringLiteral("sheet.csv"), options);
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QStringEncoder encoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

TEST(SheetText, DetectsTheEncodingFromTheMarkOrTheBytes)
{
    EXPECT_EQ(detectEncoding("Name,Born\nZeng,1971\n"), SheetEncoding::Utf8);
    EXPECT_EQ(detectEncoding("Name\n\xe6\x9b\xbe\n"), SheetEncoding::Utf8);
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBFName\n"), SheetEncoding::Utf8WithBom);
    EXPECT_EQ(detectEncoding(utf16(QStringLiteral("Name"), true)), SheetEncoding::Utf16LittleEndian);
    EXPECT_EQ(detectEncoding(utf16(QStringLiteral("Name"), false)), SheetEncoding::Utf16BigEndian);
    // "Wennerström" as Windows-1252 writes it: 0xF6 alone is not UTF-8.
    EXPECT_EQ(detectEncoding("Name\nWennerstr\xf6m\n"), SheetEncoding::Windows1252);
    // An overlong form and a lone continuation byte are not UTF-8 either.
    EXPECT_EQ(detectEncoding("\xc0\xaf"), SheetEncoding::Windows1252);
    EXPECT_EQ(detectEncoding("a\x80"), SheetEncoding::Windows1252);
}

TEST(SheetText, DecodesWindows1252WhereItDiffersFromLatin1)
{
    auto text = decodeSheetText("Wennerstr\xf6m \x93quoted\x94 \x80 5\x96"
                                "6",
                                SheetEncoding::Windows1252);
    ASSERT_OK(text);
    EXPECT_EQ(*text, "Wennerström “quoted” € 5–6"_s);
}

TEST(SheetText, NamesTheLineOfTheFirstByteThatIsNotUtf8)
{
    auto text = decodeSheetText("Name\nZeng\nWennerstr\xf6m\n", SheetEncoding::Utf8);
    ASSERT_FALSE(text.ok());
    EXPECT_TRUE(text.error().startsWith(QStringLiteral("line 3: the text is not UTF-8 (byte 0xf6)")))
        << text.error().toStdString();
}

TEST(SheetText, DetectsCommaSemicolonAndTab)
{
    EXPECT_EQ(detectDelimiter(u"Name,Born,Country\nZeng,1971,China\nHao,1984,China\n"), QChar(u','));
    // Commas inside quotes do not count; every line agrees on two semicolons.
    EXPECT_EQ(detectDelimiter(u"Name;Note;Country\n\"Kim Philby\";\"MI6, then Moscow, 1963\";UK\nHao;a, b, c;China\n"),
              QChar(u';'));
    EXPECT_EQ(detectDelimiter(u"Name\tBorn\nZeng, the engineer\t1971\n"), QChar(u'\t'));
    EXPECT_EQ(detectDelimiter(u"Name\nZeng\n"), QChar(u','));
}

TEST(SheetText, FindsTheHeaderBelowATitleLine)
{
    const QList<QStringList> records = {
        {QStringLiteral("Cases I follow, 2024"), {}, {}},
        {{}, {}, {}},
        {QStringLiteral("Name"), QStringLiteral("Born"), QStringLiteral("Country")},
        {QStringLiteral("Zeng"), QStringLiteral("1971"), QStringLiteral("China")},
    };
    EXPECT_EQ(detectHeaderRow(records), 2);
    EXPECT_EQ(detectHeaderRow({{QStringLiteral("Name"), QStringLiteral("Born")}}), 0);
}

TEST(SheetTable, ReadsASemicolonSheetInWindows1252WithAWarning)
{
    auto table =
        readBytes("Spionagef\xe4lle\r\n\r\nName;Land;Notiz\r\nStig Wennerstr\xf6m;Schweden;\"Oberst; Luftwaffe\"\r\n"
                  "G\xfcnter Guillaume;DDR;\r\n");
    ASSERT_OK(table);
    EXPECT_EQ(table->encoding, SheetEncoding::Windows1252);
    EXPECT_EQ(table->delimiter, QChar(u';'));
    EXPECT_EQ(table->headerLine, 3);
    EXPECT_EQ(table->header, (QStringList {QStringLiteral("Name"), QStringLiteral("Land"), QStringLiteral("Notiz")}));
    ASSERT_EQ(table->rows.size(), 2);
    EXPECT_EQ(table->rows[0].line, 4);
    EXPECT_EQ(table->rows[0].cells[0], "Stig Wennerström"_s);
    EXPECT_EQ(table->rows[0].cells[2], QStringLiteral("Oberst; Luftwaffe"));
    EXPECT_EQ(table->rows[1].cells[0], "Günter Guillaume"_s);
    ASSERT_EQ(table->warnings.size(), 1);
    EXPECT_TRUE(table->warnings[0].contains(QStringLiteral("Windows-1252")));
}

TEST(SheetTable, ReadsUtf16TabSeparatedTextAsExcelSavesIt)
{
    for (bool littleEndian : {true, false}) {
        auto table = readBytes(utf16("姓名\t国家\r\n曾\t中国\r\nKim Philby\tUK\r\n"_s, littleEndian));
        ASSERT_OK(table);
        EXPECT_EQ(table->encoding, littleEndian ? SheetEncoding::Utf16LittleEndian : SheetEncoding::Utf16BigEndian);
        EXPECT_EQ(table->delimiter, QChar(u'\t'));
        EXPECT_EQ(table->header, (QStringList {"姓名"_s, "国家"_s}));
        ASSERT_EQ(table->rows.size(), 2);
        EXPECT_EQ(table->rows[0].cells, (QStringList {"曾"_s, "中国"_s}));
        EXPECT_TRUE(table->warnings.isEmpty());
    }
}

TEST(SheetTable, NamesBlankAndRepeatedColumns)
{
    auto table = readBytes("Name,,Name\nZeng,x,y\n,,\n");
    ASSERT_OK(table);
    EXPECT_EQ(table->header,
              (QStringList {QStringLiteral("Name"), QStringLiteral("Column 2"), QStringLiteral("Name (2)")}));
    EXPECT_EQ(table->rows.size(), 1); // the blank row is passed over
    EXPECT_EQ(table->warnings.size(), 1);
}

TEST(SheetTable, TakesWhatItIsToldInsteadOfDetecting)
{
    SheetReadOptions options;
    options.delimiter = QChar(u',');
    options.headerLine = 2;
    options.encoding = SheetEncoding::Windows1252;
    auto table = readBytes("a;b\nName,Note\nZeng,\xe9t\xe9\n", options);
    ASSERT_OK(table);
    EXPECT_EQ(table->header, (QStringList {QStringLiteral("Name"), QStringLiteral("Note")}));
    EXPECT_EQ(table->rows[0].cells[1], "été"_s);
    EXPECT_TRUE(table->warnings.isEmpty());
}

TEST(SheetTable, RefusesWhatCannotBeRead)
{
    auto broken = readBytes("Name\n\"Zeng\n");
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().startsWith(QStringLiteral("sheet.csv:2: "))) << broken.error().toStdString();
    EXPECT_FALSE(readBytes("").ok());
    SheetReadOptions utf8;
    utf8.encoding = SheetEncoding::Utf8;
    EXPECT_FALSE(readBytes("Name\nWennerstr\xf6m\n", utf8).ok());
}
