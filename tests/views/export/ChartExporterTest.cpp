#include "ChartExporter.h"

#include "SourceListing.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

// A chart that draws a known box and label, so the page around it can be checked.
class BoxChart : public ExportableChart
{
public:
    void prepare(const QSizeF& size, const ChartTheme&) override
    {
        prepared = size;
    }
    void paint(QPainter& painter, const QRectF& area, const ChartTheme& theme) override
    {
        painted = area;
        painter.fillRect(area.adjusted(20, 20, -20, -20), QColor(0xD5, 0x5E, 0x00));
        painter.setPen(theme.text);
        painter.setFont(theme.font);
        painter.drawText(area.adjusted(30, 30, -30, -30), Qt::AlignLeft | Qt::AlignTop,
                         QStringLiteral("Zeng </text><script>"));
    }
    QList<LegendEntry> legend() const override
    {
        const auto square = [](QColor color) {
            return [color](QPainter& painter, const QRectF& box, const ChartTheme&) { painter.fillRect(box, color); };
        };
        return {{QStringLiteral("Countries"), QStringLiteral("China"), square(QColor(0xD5, 0x5E, 0x00))},
                {QStringLiteral("Countries"), QStringLiteral("United States"), square(QColor(0x00, 0x72, 0xB2))}};
    }
    QList<Id> shownCases() const override
    {
        return {};
    }
    QList<Id> shownEvents() const override
    {
        return {};
    }
    std::optional<DayRange> shownRange() const override
    {
        return std::nullopt;
    }
    QString kindName() const override
    {
        return QStringLiteral("Box");
    }
    QString omissions() const override
    {
        return omitted;
    }

    QString omitted;
    QRectF painted;
    QSizeF prepared;
};

ChartContext context()
{
    ChartContext context;
    context.caption = QStringLiteral("Cases involving Ministry of State Security, disclosed Jul\u2013Sep 2023");
    context.collectionName = QStringLiteral("sample.spyline");
    Source source;
    source.url = QStringLiteral("https://www.globaltimes.cn/page/202308/1296686.shtml");
    source.publisher = QStringLiteral("Global Times");
    source.title = QStringLiteral("China unveils second CIA espionage case within 15 days");
    source.published = *PartialDate::parse(QStringLiteral("2023-08-21"));
    source.grade = Grade {'C', 3};
    context.sources = {source};
    return context;
}

// The context with `more` sources after its own, each at its own address (`urlPattern` with %1)
// and with its own id.
ChartContext contextWithSources(int more, const QString& urlPattern = QStringLiteral("https://news.example/%1"))
{
    ChartContext many = context();
    for (int i = 0; i < more; ++i) {
        Source source = many.sources.first();
        source.id = 1000 + i;
        source.url = urlPattern.arg(i);
        many.sources.append(source);
    }
    return many;
}

ExportOptions options(ExportOptions::Format format)
{
    ExportOptions options;
    options.format = format;
    options.title = QStringLiteral("Disclosures of summer 2023");
    options.subtitle = QStringLiteral("For the seminar of 3 December");
    return options;
}

QByteArray svgOf(BoxChart& chart)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_OK(ChartExporter(chart, context(), options(ExportOptions::Format::Svg)).writeSvg(buffer));
    return buffer.data();
}

TEST(ChartExporter, PngHasTheAskedSizeAndIsNotBlank)
{
    BoxChart chart;
    ExportOptions png = options(ExportOptions::Format::Png);
    png.pixelSize = QSize(1600, 900);
    const QImage image = *ChartExporter(chart, context(), png).toImage();
    ASSERT_EQ(image.size(), QSize(1600, 900));
    EXPECT_EQ(chart.prepared, chart.painted.size()) << "the chart is laid out for the room it gets";
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));
    // The chart's box is where the exporter gave it room.
    const QPointF centre = chart.painted.center() * (png.dpi / 72.0);
    EXPECT_EQ(image.pixelColor(centre.toPoint()), QColor(0xD5, 0x5E, 0x00));
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            inked += image.pixelColor(x, y) != QColor(Qt::white);
    }
    EXPECT_GT(inked, 1000);
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        image.save(folder + QStringLiteral("/export-box.png"));
        ExportOptions pdf = options(ExportOptions::Format::Pdf);
        ASSERT_OK(ChartExporter(chart, context(), pdf).write(folder + QStringLiteral("/export-box.pdf")));
    }
}

TEST(ChartExporter, TransparentPngLeavesTheBackgroundClear)
{
    BoxChart chart;
    ExportOptions png = options(ExportOptions::Format::Png);
    png.transparent = true;
    const QImage image = *ChartExporter(chart, context(), png).toImage();
    EXPECT_EQ(image.pixelColor(2, 2).alpha(), 0);
}

TEST(ChartExporter, SvgIsValidKeepsTextAsTextAndIsByteIdentical)
{
    BoxChart chart;
    const QByteArray svg = svgOf(chart);
    EXPECT_EQ(svg, svgOf(chart));
    QXmlStreamReader reader(svg);
    QStringList texts;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QStringLiteral("text"))
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    const QString all = texts.join(u'\n');
    for (const char* expected : {"Disclosures of summer 2023", "For the seminar of 3 December", "China",
                                 "United States", "disclosed Jul\u2013Sep 2023",
                                 "https://www.globaltimes.cn/page/202308/1296686.shtml", "Zeng </text><script>"}) {
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected;
    }
    EXPECT_FALSE(svg.contains("<script")) << "markup in record text is escaped";
}

TEST(ChartExporter, PdfHasOnePageOfTheAskedSize)
{
    BoxChart chart;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions pdf = options(ExportOptions::Format::Pdf);
    ASSERT_OK(ChartExporter(chart, context(), pdf).writePdf(buffer));
    const QByteArray data = buffer.data();
    EXPECT_TRUE(data.startsWith("%PDF"));
    EXPECT_EQ(data.count("/Type /Page\n") + data.count("/Type /Page\r") + data.count("/Type /Page "), 1);
    // A4 landscape: 842 x 595 points.
    const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto match = mediaBox.match(QString::fromLatin1(data));
    ASSERT_TRUE(match.hasMatch());
    EXPECT_NEAR(match.captured(1).toDouble(), 842, 1);
    EXPECT_NEAR(match.captured(2).toDouble(), 595, 1);

    pdf.pageSize = QPageSize(QPageSize::Letter);
    pdf.orientation = QPageLayout::Portrait;
    QBuffer letter;
    letter.open(QIODevice::WriteOnly);
    ASSERT_OK(ChartExporter(chart, context(), pdf).writePdf(letter));
    const auto letterBox = mediaBox.match(QString::fromLatin1(letter.data()));
    EXPECT_NEAR(letterBox.captured(1).toDouble(), 612, 1);
    EXPECT_NEAR(letterBox.captured(2).toDouble(), 792, 1);
}

TEST(ChartExporter, WritesNothingWhereItCannotWrite)
{
    ScratchFolder scratch;
    BoxChart chart;
    const QString path = scratch.path(QStringLiteral("missing/chart.png"));
    const Status written = ChartExporter(chart, context(), options(ExportOptions::Format::Png)).write(path);
    EXPECT_FALSE(written.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
    const QString good = scratch.path(QStringLiteral("chart.svg"));
    ASSERT_OK(ChartExporter(chart, context(), options(ExportOptions::Format::Svg)).write(good));
    EXPECT_EQ(QDir(scratch.path(QString())).entryList(QDir::Files), QStringList {QStringLiteral("chart.svg")});
}

TEST(ChartExporter, ListsSourcesUpToTheLimitAndCountsTheRest)
{
    BoxChart chart;
    const ChartContext many = contextWithSources(40);
    ExportOptions svg = options(ExportOptions::Format::Svg);
    svg.maxSources = 10;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(ChartExporter(chart, many, svg).writeSvg(buffer));
    const QString text = QString::fromUtf8(buffer.data());
    EXPECT_TRUE(text.contains(QStringLiteral("[10]")));
    EXPECT_FALSE(text.contains(QStringLiteral("[11]")));
    EXPECT_TRUE(text.contains(QStringLiteral("31 more sources")));
}

TEST(ChartExporter, SourcesLeaveTheChartMostOfThePage)
{
    BoxChart chart;
    const ChartContext many = contextWithSources(60);
    ExportOptions svg = options(ExportOptions::Format::Svg);
    svg.maxSources = 100;
    const ChartExporter exporter(chart, many, svg);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(exporter.writeSvg(buffer));
    const QString text = QString::fromUtf8(buffer.data());
    EXPECT_TRUE(text.contains(QStringLiteral("[1]")));
    EXPECT_FALSE(text.contains(QStringLiteral("[61]")));
    EXPECT_TRUE(text.contains(QStringLiteral("more sources cited by what is shown")));
    EXPECT_GT(chart.prepared.height(), exporter.pageSize().height() / 2);
}

// A legend of three groups under the chart, as on a portrait page: it ends above the caption.
class LegendChart : public BoxChart
{
public:
    QList<LegendEntry> legend() const override
    {
        QList<LegendEntry> entries;
        for (const QString& group : {QStringLiteral("Shape"), QStringLiteral("Country"), QStringLiteral("Tie")}) {
            for (int i = 1; i <= 9; ++i)
                entries.append({group, QStringLiteral("%1 entry %2").arg(group).arg(i), {}});
        }
        return entries;
    }
};

TEST(ChartExporter, ALegendUnderTheChartEndsAboveTheCaption)
{
    LegendChart chart;
    ExportOptions svg = options(ExportOptions::Format::Svg);
    svg.pixelSize = QSize(1080, 1500); // a portrait page: the legend goes under the chart
    const ChartExporter exporter(chart, context(), svg);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(exporter.writeSvg(buffer));
    const ChartExporter::PaintedPage& page = exporter.lastPaintedPage();
    EXPECT_EQ(page.chart, chart.painted);
    // Three headings and three rows of four under the chart, all above the caption.
    EXPECT_GT(page.legendBottom, page.chart.bottom() + 6 * 10);
    EXPECT_LE(page.legendBottom, page.footerTop);
}

TEST(ChartExporter, ALongListOfSourcesGivesWayToTheChartAndALegendUnderIt)
{
    LegendChart chart;
    const ChartContext many = contextWithSources(60, QStringLiteral("https://en.wikipedia.org/wiki/Case_%1"));
    ExportOptions svg = options(ExportOptions::Format::Svg);
    svg.pixelSize = QSize(1080, 1500);
    svg.maxSources = 100;
    const ChartExporter exporter(chart, many, svg);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(exporter.writeSvg(buffer));
    const ChartExporter::PaintedPage& page = exporter.lastPaintedPage();
    EXPECT_GE(page.chart.height(), (exporter.pageSize().height() - page.chart.top()) * 0.45);
    EXPECT_LE(page.legendBottom, page.footerTop);
    EXPECT_TRUE(QString::fromUtf8(buffer.data()).contains(QStringLiteral("more sources cited by what is shown")));
}

// A chart with a legend of three short groups and eight links it could not draw as arcs.
class NotedChart : public BoxChart
{
public:
    QList<LegendEntry> legend() const override
    {
        QList<LegendEntry> entries;
        for (const QString& group : {QStringLiteral("Shape"), QStringLiteral("Country"), QStringLiteral("Tie")}) {
            for (int i = 1; i <= 3; ++i)
                entries.append({group, QStringLiteral("%1 entry %2").arg(group).arg(i), {}});
        }
        return entries;
    }
    QStringList chartNotes() const override
    {
        QStringList notes;
        for (int i = 1; i <= 8; ++i)
            notes.append(QStringLiteral("Statement %1 \u2192 announcement %1: %1 d").arg(i));
        return notes;
    }
};

TEST(ChartExporter, OnAShortPageTheLinksNotDrawnGiveWayToTheLegendBesideTheChart)
{
    NotedChart chart;
    ExportOptions svg = options(ExportOptions::Format::Svg);
    svg.pixelSize = QSize(1600, 700); // a wide strip: the legend beside the chart is as tall as it
    const ChartExporter exporter(chart, context(), svg);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(exporter.writeSvg(buffer));
    const ChartExporter::PaintedPage& page = exporter.lastPaintedPage();
    EXPECT_EQ(page.legendBottom, page.chart.top()) << "the legend stays beside the chart";
    const QString text = QString::fromUtf8(buffer.data());
    EXPECT_TRUE(text.contains(QStringLiteral("8 links not drawn as arcs of their own")));
    EXPECT_FALSE(text.contains(QStringLiteral("Statement 1 ")));

    // With room to spare, the links are listed one by one.
    svg.pixelSize = QSize(1600, 1200);
    QBuffer tall;
    tall.open(QIODevice::WriteOnly);
    ASSERT_OK(ChartExporter(chart, context(), svg).writeSvg(tall));
    EXPECT_TRUE(QString::fromUtf8(tall.data()).contains(QStringLiteral("Statement 8 ")));
}

// Seven sources, five of them of the Global Times (one written in other letters), cited in this order.
QList<Source> sourcesOfSeveralPublishers()
{
    QList<Source> sources;
    const auto add = [&](const char* publisher, const char* title, const char* published) {
        Source source;
        source.id = sources.size() + 1;
        source.url = QStringLiteral("https://news.example/%1").arg(sources.size() + 1);
        source.publisher = QString::fromUtf8(publisher);
        source.title = QString::fromUtf8(title);
        source.published = *PartialDate::parse(QString::fromUtf8(published));
        sources.append(source);
    };
    add("Reuters", "UK police reveal March arrests", "2023-09-10");
    add("Global Times", "China unveils second CIA espionage case within 15 days", "2023-08-21");
    add("Global Times", "China becomes main victim of advanced persistent threat attacks", "2023-09-16");
    add("BBC", "Parliamentary researcher denies spying", "2023-09-11");
    add("Global Times", "Renewed anti-espionage efforts", "2023-09-18");
    add("global times ", "UK's 'Chinese spy' farce", "2023-09-12");
    add("Global Times", "UK continued hyping of 'China spies' farce", "2023-09-17");
    return sources;
}

TEST(SourceListing, GathersAPublishersSeveralSourcesUnderItsNameKeepingTheirNumbers)
{
    const auto groups = SourceListing::grouped(sourcesOfSeveralPublishers());
    ASSERT_EQ(groups.size(), 3);
    // Reuters alone, in the one-line form; then the Global Times where its first source stands.
    EXPECT_TRUE(groups.at(0).publisher.isEmpty());
    EXPECT_EQ(groups.at(0).entries.first().number, 1);
    EXPECT_TRUE(groups.at(0).entries.first().text.startsWith(QStringLiteral("Reuters, \u201cUK police")));
    EXPECT_EQ(groups.at(1).publisher, QStringLiteral("Global Times"));
    QList<int> numbers;
    for (const auto& entry : groups.at(1).entries) {
        numbers.append(entry.number);
        EXPECT_FALSE(entry.text.contains(QStringLiteral("Global Times"), Qt::CaseInsensitive))
            << entry.text.toStdString();
        EXPECT_TRUE(entry.text.startsWith(u'\u201c')) << entry.text.toStdString();
    }
    EXPECT_EQ(numbers, (QList<int> {2, 3, 5, 6, 7}));
    EXPECT_TRUE(groups.at(2).publisher.isEmpty());
    EXPECT_EQ(groups.at(2).entries.first().number, 4);
    EXPECT_EQ(
        SourceListing::entryText(sourcesOfSeveralPublishers().first()),
        QStringLiteral("Reuters, \u201cUK police reveal March arrests\u201d, 10 Sep 2023. https://news.example/1"));
}

TEST(ChartExporter, SourcesOfOnePublisherShareALineUnderTheChart)
{
    BoxChart chart;
    ChartContext shared = context();
    shared.sources = sourcesOfSeveralPublishers();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(ChartExporter(chart, shared, options(ExportOptions::Format::Svg)).writeSvg(buffer));
    // SVG text runs: the words of the footer, without the markup between them.
    QString text;
    QXmlStreamReader xml(buffer.data());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + u' ';
    }
    text = text.simplified();
    EXPECT_EQ(text.count(QStringLiteral("Global Times"), Qt::CaseInsensitive), 1) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Global Times: [2]"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("[1] Reuters,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("[4] BBC,"))) << text.toStdString();
    for (int number = 1; number <= 7; ++number)
        EXPECT_TRUE(text.contains(QStringLiteral("[%1]").arg(number))) << number;
}

TEST(ChartExporter, CaptionSaysWhatTheChartLeftOut)
{
    BoxChart chart;
    chart.omitted = QStringLiteral("6 of 300 lanes by disclosing country fit the page; the others are left out.");
    const QString text = QString::fromUtf8(svgOf(chart));
    EXPECT_TRUE(text.contains(QStringLiteral("2023. 6 of 300 lanes by disclosing country fit the page")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cases involving Ministry of State Security")));
}

TEST(ChartExporter, SvgTextNamesACjkFontThatDrawsChinese)
{
    BoxChart chart;
    ExportOptions svg = options(ExportOptions::Format::Svg);
    svg.title = QStringLiteral("\u66fe (Zeng)");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(ChartExporter(chart, context(), svg).writeSvg(buffer));
    const QByteArray data = buffer.data();
    // Every text's font list carries a CJK font.
    const QRegularExpression families(QStringLiteral("font-family=\"([^\"]*)\""));
    int count = 0;
    for (auto it = families.globalMatch(QString::fromUtf8(data)); it.hasNext(); ++count)
        EXPECT_TRUE(it.next().captured(1).contains(QStringLiteral("WenQuanYi Micro Hei")));
    EXPECT_GT(count, 0);
    // Rendered, the title's first character is drawn with ink, as a glyph of the CJK font is.
    QSvgRenderer renderer(data);
    ASSERT_TRUE(renderer.isValid());
    QImage image(renderer.defaultSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    int inked = 0;
    for (int y = 12; y < 34; ++y) {
        for (int x = 12; x < 30; ++x)
            inked += qGray(image.pixel(x, y)) < 128;
    }
    EXPECT_GT(inked, 10);
}

TEST(ChartExporter, PresetsGiveSlidesAndPagesTheirShape)
{
    ExportOptions slide;
    ASSERT_TRUE(slide.applyPreset(u"slide-16x9"));
    EXPECT_EQ(slide.pixelSize, QSize(1920, 1080));
    BoxChart chart;
    slide.format = ExportOptions::Format::Pdf;
    // The page inside margins of 12 mm each side.
    const QSizeF page = ChartExporter(chart, context(), slide).pageSize() + QSizeF(2 * 34.016, 2 * 34.016);
    EXPECT_NEAR(page.width(), 720, 1) << "a PDF page of ten inches by 5.625, the slide's shape";
    EXPECT_NEAR(page.height(), 405, 1);
    ExportOptions square;
    ASSERT_TRUE(square.applyPreset(u"slide-4x3"));
    EXPECT_EQ(square.pixelSize, QSize(1440, 1080));
    ExportOptions a3;
    ASSERT_TRUE(a3.applyPreset(u"a3"));
    a3.format = ExportOptions::Format::Pdf;
    EXPECT_GT(ChartExporter(chart, context(), a3).pageSize().width(), 1100);
    EXPECT_FALSE(a3.applyPreset(u"napkin"));
}

} // namespace

#include "Handout.h"
#include "store/CaseSearch.h"

#include <QProcess>

namespace {

// The text of a PDF as pdftotext reads it, page by page (pages end in a form feed).
QStringList pdfPages(const QByteArray& pdf)
{
    ScratchFolder scratch;
    QFile file(scratch.path(QStringLiteral("in.pdf")));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {file.fileName(), QStringLiteral("-")});
    EXPECT_TRUE(pdftotext.waitForFinished(60000)) << "pdftotext (poppler-utils) must be installed";
    // Ligatures (\ufb01) read back as their letters.
    QStringList pages =
        QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QByteArray handoutOf(Handout& handout)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_OK(handout.write(buffer));
    return buffer.data();
}

TEST(Handout, HasTheStatementsTheCasesAndNumberedSourcesOnNumberedPages)
{
    auto store = Fixtures::sampleStore();
    const QList<Id> cases = *CaseSearch(*store).caseIds({});
    BoxChart timeline;
    BoxChart graph;
    ExportOptions options;
    options.title = QStringLiteral("Summer 2023");
    options.subtitle = QStringLiteral("Seminar 4: disclosures and the statements before them");
    Handout handout(*store, cases, options);
    const ChartExporter::Describe describe = [](const ExportableChart&) -> Result<ChartContext> { return context(); };
    handout.addChart(timeline, describe, QStringLiteral("Timeline"));
    handout.addChart(graph, describe, QStringLiteral("Graph"));
    const QByteArray pdf = handoutOf(handout);
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    const QStringList pages = pdfPages(pdf);
    ASSERT_GE(pages.size(), 3);
    const QString all = pages.join(u'\n').simplified();
    // Every page says which it is, of how many.
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(
            pages.at(i).contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%2\\b").arg(i + 1).arg(pages.size()))))
            << "page " << i + 1 << ":\n"
            << pages.at(i).toStdString();
    }
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Summer 2023")));
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Seminar 4")));
    for (const char* expected : {"Statements and the announcements that followed", "22 d", "Burns", "Cases",
                                 "Zeng: military industrial group", "under investigation", "11 Aug 2023",
                                 "Seth, recruiter", "Global Times", "https://www.globaltimes.cn/page/", "not graded"}) {
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected;
    }
    EXPECT_FALSE(all.contains(QStringLiteral("\u201c\u201d"))) << "no empty quotation marks";
    EXPECT_FALSE(all.contains(QStringLiteral(", ."))) << "no stray punctuation";
    EXPECT_EQ(handout.estimate().cases, cases.size());
    // The four sources cited are all of the Global Times: its name heads them once, and each is
    // listed by its number and title alone.
    const QString key = QStringLiteral("Grades in brackets on the Admiralty scale: reliability A (completely");
    ASSERT_TRUE(all.contains(key));
    const QString sources = all.mid(all.lastIndexOf(key));
    EXPECT_EQ(sources.count(QStringLiteral("Global Times")), 1) << sources.toStdString();
    for (int number = 1; number <= 4; ++number)
        EXPECT_TRUE(sources.contains(QStringLiteral("[%1] \u201c").arg(number))) << sources.toStdString();
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        ASSERT_OK(handout.write(folder + QStringLiteral("/handout.pdf")));
    }
}

// A chart of strips 10 points high that continues on as many pages as its strips need.
class StripsChart : public BoxChart
{
public:
    explicit StripsChart(int strips)
        : m_strips(strips)
    {
    }
    void prepare(const QSizeF& size, const ChartTheme& theme) override
    {
        BoxChart::prepare(size, theme);
        const int perPage = std::max(1, int(size.height() / 10));
        m_pageCount = (m_strips + perPage - 1) / perPage;
    }
    int pageCount() const override
    {
        return m_pageCount;
    }
    void setPage(int page) override
    {
        m_page = page;
    }
    int page() const override
    {
        return m_page;
    }
    qreal heightForAll() const override
    {
        return m_strips * 10.0;
    }

private:
    int m_strips;
    int m_pageCount = 1;
    int m_page = 0;
};

TEST(Handout, CountsItsFirstChartWithTheHandoutsTitleAboveIt)
{
    auto store = Fixtures::sampleStore();
    const QList<Id> cases = *CaseSearch(*store).caseIds({});
    ExportOptions options;
    options.title = QStringLiteral("Summer 2023");
    // No subtitle: the first chart's own title goes under the handout's.
    const ChartExporter::Describe describe = [](const ExportableChart&) -> Result<ChartContext> { return context(); };
    // The height the first chart is painted at, under the handout's title and its own.
    StripsChart probe(1);
    Handout measured(*store, cases, options);
    measured.addChart(probe, describe, QStringLiteral("Timeline"));
    handoutOf(measured);
    const qreal paintedHeight = probe.prepared.height();
    ASSERT_GT(paintedHeight, 100);
    // One strip more than that height holds: two pages when painted, though a page without the
    // handout's subtitle would hold them all.
    StripsChart timeline(int(paintedHeight / 10) + 1);
    Handout handout(*store, cases, options);
    handout.addChart(timeline, describe, QStringLiteral("Timeline"));
    const QStringList pages = pdfPages(handoutOf(handout));
    ASSERT_GE(pages.size(), 3);
    // Every page says which it is, of how many, the last too.
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(
            pages.at(i).contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%2\\b").arg(i + 1).arg(pages.size()))))
            << "page " << i + 1 << " of " << pages.size() << ":\n"
            << pages.at(i).toStdString();
    }
}

TEST(ChartExporter, APdfListsEverySourceAfterAChartOfOnePage)
{
    BoxChart chart;
    const ChartContext many = contextWithSources(40);
    ExportOptions pdf = options(ExportOptions::Format::Pdf);
    pdf.maxSources = 10;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_OK(ChartExporter(chart, many, pdf).writePdf(buffer));
    const QStringList pages = pdfPages(buffer.data());
    ASSERT_GE(pages.size(), 2);
    // The chart's page lists what fits and says where the rest are; the pages after list all 41.
    EXPECT_TRUE(pages.first().simplified().contains(QStringLiteral("31 more sources, all listed after the chart")))
        << pages.first().toStdString();
    EXPECT_FALSE(pages.first().contains(QStringLiteral("[11]")));
    const QString after = pages.mid(1).join(u'\n');
    for (int number = 1; number <= 41; ++number)
        EXPECT_TRUE(after.contains(QStringLiteral("[%1]").arg(number))) << number;
    EXPECT_TRUE(after.contains(QStringLiteral("https://news.example/39")));
}

TEST(Handout, ChartPagesCiteTheOneListOfSourcesAtTheEnd)
{
    auto store = Fixtures::sampleStore();
    const QList<Id> cases = *CaseSearch(*store).caseIds({});
    BoxChart timeline;
    // A chart citing more sources than its footer could hold: a handout lists none on its page.
    const ChartContext many = contextWithSources(40);
    Handout handout(*store, cases, ExportOptions());
    handout.addChart(
        timeline, [&](const ExportableChart&) -> Result<ChartContext> { return many; }, QStringLiteral("Timeline"));
    const QStringList pages = pdfPages(handoutOf(handout));
    ASSERT_GE(pages.size(), 2);
    const QString chartPage = pages.first().simplified();
    EXPECT_TRUE(chartPage.contains(QStringLiteral("[1]\u2013[41], listed with their grades under Sources at the end")))
        << chartPage.toStdString();
    EXPECT_FALSE(chartPage.contains(QStringLiteral("news.example")));
    // One list, numbered once: the chart's sources first, then those of the links and the cases.
    const QString all = pages.join(u'\n').simplified();
    EXPECT_EQ(all.count(QStringLiteral("Cited by what the pages before show")), 0);
    const QString key = QStringLiteral("Grades in brackets on the Admiralty scale: reliability A (completely");
    ASSERT_EQ(all.count(key), 1);
    const QString list = all.mid(all.indexOf(key));
    EXPECT_TRUE(list.contains(QStringLiteral("https://news.example/39")));
    EXPECT_TRUE(list.contains(QStringLiteral("[42]")))
        << "the first source of a link or a case comes after the chart's";
    EXPECT_EQ(all.count(QStringLiteral("https://news.example/39")), 1);
}

TEST(Handout, ASummaryLeavesOutTheTableOfCasesAndProgressCanCancel)
{
    auto store = Fixtures::sampleStore();
    const QList<Id> cases = *CaseSearch(*store).caseIds({});
    Handout summary(*store, cases, ExportOptions());
    summary.setSummary(true);
    const QString text = pdfPages(handoutOf(summary)).join(u'\n');
    EXPECT_TRUE(text.contains(QStringLiteral("22 d")));
    EXPECT_FALSE(text.contains(QStringLiteral("Seth, recruiter")));
    Handout full(*store, cases, ExportOptions());
    EXPECT_LT(summary.estimate().pages, full.estimate().pages + 1);

    qsizetype last = -1;
    bool increasing = true;
    full.setProgress([&](qsizetype done, qsizetype total) {
        increasing = increasing && done >= last && done <= total;
        last = done;
        return done < 2;
    });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = full.write(buffer);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(increasing);
}

TEST(Handout, AsPubliclyKnownOnADayLeavesOutLaterLinksAndSources)
{
    auto store = Fixtures::sampleStore();
    CaseFilter twelfth;
    twelfth.knownOn = DayNumber(QDate(2023, 8, 12).toJulianDay());
    const QList<Id> cases = *CaseSearch(*store).caseIds(twelfth);
    Handout handout(*store, cases, ExportOptions());
    handout.setKnownOn(twelfth.knownOn);
    const QString text = pdfPages(handoutOf(handout)).join(u'\n').simplified();
    // Zeng after Burns, 22 days; not Hao after Zeng, announced on the 21st.
    EXPECT_TRUE(text.contains(QStringLiteral("22 d"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Zeng (曾), suspect"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("MSS announces the Hao case")));
    // Every source of the sample was published from 21 August on.
    EXPECT_FALSE(text.contains(QStringLiteral("globaltimes.cn"))) << text.toStdString();
}

TEST(Handout, RefusesAnEmptySelection)
{
    auto store = Fixtures::memoryStore();
    Handout handout(*store, {}, ExportOptions());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = handout.write(buffer);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("selection is empty")));
}

} // namespace

#include "ExportDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace {

TEST(ExportDialog, PreviewsThePageAndExportsWithTheChosenOptions)
{
    BoxChart chart;
    ExportDialog dialog(
        chart, [](const ExportableChart&) -> Result<ChartContext> { return context(); }, QStringLiteral("Box"));
    const QImage preview = dialog.previewImage();
    ASSERT_FALSE(preview.isNull());
    // A landscape A4 PDF by default: the preview has the shape of the page inside its margins.
    const QSizeF page = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                    QPageLayout::Millimeter)
                            .paintRect(QPageLayout::Point)
                            .size();
    EXPECT_NEAR(double(preview.width()) / preview.height(), page.width() / page.height(), 0.02);
    EXPECT_EQ(dialog.options().format, ExportOptions::Format::Pdf);

    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatComboBox"));
    format->setCurrentIndex(format->findData(int(ExportOptions::Format::Png)));
    EXPECT_TRUE(dialog.findChild<QSpinBox*>(QStringLiteral("widthSpinBox"))->isEnabled());
    EXPECT_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("pageComboBox"))->isEnabled());
    dialog.findChild<QSpinBox*>(QStringLiteral("widthSpinBox"))->setValue(800);
    dialog.findChild<QSpinBox*>(QStringLiteral("heightSpinBox"))->setValue(600);
    dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->setText(QStringLiteral("For the slide"));

    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("chart.png"));
    ASSERT_OK(dialog.exportTo(path));
    EXPECT_EQ(QImage(path).size(), QSize(800, 600));
    EXPECT_EQ(dialog.options().title, QStringLiteral("For the slide"));
}

} // namespace
