// The window in a light and in a dark palette: the charts on screen follow it, every kind of text
// stays readable on what it is drawn on (WCAG AA, 4.5:1), and exports keep the print style.
#include "MainWindow.h"

#include "CaseDialog.h"
#include "ChartExporter.h"
#include "DialogWatch.h"
#include "ExportableChart.h"
#include "FirstRunHint.h"
#include "GraphCanvas.h"
#include "GraphView.h"
#include "MapCanvas.h"
#include "MapPainter.h"
#include "Palette.h"
#include "PreferencesDialog.h"
#include "StatisticsCanvas.h"
#include "StatisticsPainter.h"
#include "TestSupport.h"
#include "TimelineView.h"
#include "WindowPalette.h"
#include "WindowTestSupport.h"
#include "editing/CollectionEditor.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace Spyline;

namespace {

// WCAG 2.x, worked out here rather than taken from the code under test.
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double contrast(const QColor& text, const QColor& background)
{
    const double a = luminance(text);
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

// `top` with this opacity over `bottom`, as a painter lays it.
QColor over(const QColor& top, double alpha, const QColor& bottom)
{
    return QColor::fromRgbF(float(top.redF() * alpha + bottom.redF() * (1 - alpha)),
                            float(top.greenF() * alpha + bottom.greenF() * (1 - alpha)),
                            float(top.blueF() * alpha + bottom.blueF() * (1 - alpha)));
}

struct TextRole
{
    QString what;
    QColor text;
    QColor background;
};

void expectReadable(const QList<TextRole>& roles, const char* palette)
{
    for (const TextRole& role : roles) {
        EXPECT_GE(contrast(role.text, role.background), 4.5)
            << palette << ": " << role.what.toStdString() << " " << role.text.name().toStdString() << " on "
            << role.background.name().toStdString() << " is " << contrast(role.text, role.background);
    }
}

// The colour most of a picture is painted in.
QColor dominantColor(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

int pixelsOf(const QImage& image, const QColor& color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xffffff) == (color.rgb() & 0xffffff);
    }
    return count;
}

class DarkPaletteTest : public Testing::WindowTest, public ::testing::WithParamInterface<const char*>
{
protected:
    QPalette applicationPalette = QApplication::palette();
    QPalette toolTipPalette = QToolTip::palette();

    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(WindowPalette::apply(QString::fromLatin1(GetParam())));
    }
    void TearDown() override
    {
        window.reset();
        QApplication::setPalette(applicationPalette);
        QToolTip::setPalette(toolTipPalette);
    }
    bool dark() const
    {
        return QByteArray(GetParam()) == "dark";
    }
    // Shows each tab once, waiting for what it lays out in the background.
    void showEveryTab()
    {
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("centralTabWidget"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(100);
            if (auto* graph = window->findChild<GraphView*>()) {
                for (int waited = 0; waited < 30000 && graph->isLayoutRunning(); waited += 50)
                    QTest::qWait(50);
            }
        }
    }
    // The picture of a canvas, with its tab in front.
    QImage grabCanvas(QWidget* canvas)
    {
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("centralTabWidget"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->widget(tab)->isAncestorOf(canvas) || tabs->widget(tab) == canvas)
                tabs->setCurrentIndex(tab);
        }
        QTest::qWait(200);
        const QImage image = canvas->grab().toImage();
        if (const QByteArray folder = qgetenv("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty()) {
            image.save(QDir(QString::fromLocal8Bit(folder))
                           .filePath(QStringLiteral("palette-%1-%2.png")
                                         .arg(QString::fromLatin1(GetParam()), canvas->objectName())));
        }
        return image;
    }
    // The canvas is painted in the palette's lightness, mostly in its background, and its text
    // colour is there, drawn.
    void expectPaintedIn(QWidget* canvas, const ChartTheme& theme)
    {
        const QImage image = grabCanvas(canvas);
        const QColor ground = dominantColor(image);
        EXPECT_TRUE(ground == theme.background || ground == theme.laneShade)
            << canvas->objectName().toStdString() << ": " << ground.name().toStdString();
        if (dark())
            EXPECT_LT(luminance(ground), 0.05) << canvas->objectName().toStdString();
        else
            EXPECT_GT(luminance(ground), 0.8) << canvas->objectName().toStdString();
        EXPECT_GT(pixelsOf(image, theme.text), 20) << canvas->objectName().toStdString();
    }
};

TEST_P(DarkPaletteTest, ChartsOnScreenFollowThePaletteAndTheirTextReads)
{
    openWindow(true, QSize(1400, 900));
    showEveryTab();
    const ChartTheme timeline = window->findChild<TimelineView*>()->theme();
    const ChartTheme graph = window->findChild<GraphCanvas*>()->chartPainter().theme();
    const ChartTheme map = window->findChild<MapCanvas*>()->theme();
    const ChartTheme statistics = window->findChild<StatisticsCanvas*>()->theme();
    EXPECT_EQ(Palette::isDark(window->palette()), dark());

    // Every text the timeline draws, on every ground it draws it on.
    QList<TextRole> roles;
    const QList<std::pair<QString, QColor>> timelineGrounds {
        {QStringLiteral("background"), timeline.background},
        {QStringLiteral("shaded lane"), timeline.laneShade},
        {QStringLiteral("selected lane"), over(timeline.selection, 0.12, timeline.background)},
        {QStringLiteral("selected shaded lane"), over(timeline.selection, 0.12, timeline.laneShade)},
        {QStringLiteral("selected lane header"), over(timeline.selection, 0.18, timeline.laneShade)}};
    for (const auto& [ground, color] : timelineGrounds) {
        roles.append({QStringLiteral("timeline labels and lane titles on ") + ground, timeline.text, color});
        roles.append({QStringLiteral("timeline small labels and subtitles on ") + ground, timeline.mutedText, color});
    }
    roles.append({QStringLiteral("timeline axis"), timeline.text, timeline.background});
    roles.append({QStringLiteral("timeline axis context"), timeline.mutedText, timeline.background});
    roles.append({QStringLiteral("timeline overview"), timeline.mutedText, timeline.laneShade});
    roles.append(
        {QStringLiteral("timeline lag labels"), timeline.text, over(timeline.background, 0.92, timeline.link)});
    // The graph's labels sit on a halo of the background; its legend on a panel of it.
    roles.append({QStringLiteral("graph labels"), graph.text, over(graph.background, 0.82, graph.grid)});
    roles.append({QStringLiteral("graph status labels"), graph.mutedText, over(graph.background, 0.82, graph.grid)});
    roles.append({QStringLiteral("graph link labels"), graph.link, over(graph.background, 0.82, graph.grid)});
    roles.append({QStringLiteral("graph legend"), graph.text, graph.background});
    // The map's labels on their plate over any shade, the land and the sea.
    auto* mapCanvas = window->findChild<MapCanvas*>();
    QList<QColor> mapGrounds {MapPainter::landColor(map), MapPainter::oceanColor(map)};
    for (int shade = 0; shade < 5; ++shade)
        mapGrounds.append(MapLayout::shadeColor(mapCanvas->options().shading, shade, 5));
    for (const QColor& ground : mapGrounds)
        roles.append(
            {QStringLiteral("map labels over ") + ground.name(), map.text, over(map.background, 0.78, ground)});
    roles.append({QStringLiteral("map legend"), map.text, over(map.background, 0.85, mapGrounds.last())});
    roles.append({QStringLiteral("statistics labels"), statistics.text, statistics.background});
    roles.append({QStringLiteral("statistics axis"), statistics.mutedText, statistics.background});
    roles.append({QStringLiteral("statistics median"),
                  Palette::readable(StatisticsPainter::medianColor(statistics).darker(130), {statistics.background}),
                  statistics.background});
    expectReadable(roles, GetParam());

    // On screen, in those colours.
    expectPaintedIn(window->findChild<TimelineView*>(), timeline);
    expectPaintedIn(window->findChild<GraphCanvas*>(), graph);
    expectPaintedIn(window->findChild<StatisticsCanvas*>(), statistics);
    const QImage mapImage = grabCanvas(mapCanvas);
    EXPECT_EQ(luminance(dominantColor(mapImage)) < 0.1, dark());
}

TEST_P(DarkPaletteTest, WindowTextReads)
{
    openWindow(true, QSize(1400, 900));
    showEveryTab();
    QList<TextRole> roles;
    // Every label of the window, on the window or on the panel that fills behind it.
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window.get()) || label->text().isEmpty())
            continue;
        QColor ground = window->palette().color(QPalette::Window);
        for (QWidget* up = label; up; up = up->parentWidget()) {
            if (up->autoFillBackground()) {
                ground = up->palette().color(up->backgroundRole());
                break;
            }
        }
        roles.append({QStringLiteral("label ") + label->objectName() + u' ' + label->text().left(30),
                      label->palette().color(label->foregroundRole()), ground});
    }
    EXPECT_GT(roles.size(), 3);
    const QPalette tip = QToolTip::palette();
    roles.append({QStringLiteral("tooltips"), tip.color(QPalette::ToolTipText), tip.color(QPalette::ToolTipBase)});
    const QPalette palette = window->palette();
    roles.append({QStringLiteral("field text"), palette.color(QPalette::Text), palette.color(QPalette::Base)});
    roles.append({QStringLiteral("muted text"), Palette::mutedText(palette), palette.color(QPalette::Window)});
    roles.append({QStringLiteral("problems"), Palette::problemText(palette), palette.color(QPalette::Window)});
    roles.append({QStringLiteral("wrong cells"), palette.color(QPalette::Text), Palette::problemBackground(palette)});
    expectReadable(roles, GetParam());
}

TEST_P(DarkPaletteTest, BannersAndTheFirstRunHintRead)
{
    openWindow(false, QSize(1400, 900));
    auto* hint = window->findChild<FirstRunHint*>();
    ASSERT_NE(hint, nullptr);
    ASSERT_TRUE(hint->isVisible());
    auto* hintLabel = hint->findChild<QLabel*>(QStringLiteral("firstRunHintLabel"));
    QList<TextRole> roles {{QStringLiteral("first-run hint"), hintLabel->palette().color(hintLabel->foregroundRole()),
                            hint->palette().color(hint->backgroundRole())}};
    // The case form's notice of a possible duplicate, as its style sheet paints it.
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    CollectionEditor editor {*store};
    CaseDialog dialog(*store, [&editor](const RecordSet& before, const RecordSet& after) {
        return editor.change(QStringLiteral("case"), before, after);
    });
    dialog.show();
    for (const char* name : {"duplicateLabel", "problemLabel"}) {
        auto* banner = dialog.findChild<QLabel*>(QString::fromLatin1(name));
        ASSERT_NE(banner, nullptr) << name;
        banner->setText(QStringLiteral("A case with this title exists"));
        banner->show();
        banner->ensurePolished();
        const QImage picture = banner->grab().toImage();
        const QColor ground =
            QByteArray(name) == "duplicateLabel" ? dominantColor(picture) : dialog.palette().color(QPalette::Window);
        roles.append({QString::fromLatin1(name), banner->palette().color(QPalette::WindowText), ground});
        if (QByteArray(name) == "duplicateLabel") {
            EXPECT_EQ(ground, Palette::noticeBackground(dialog.palette()));
        }
    }
    expectReadable(roles, GetParam());
}

TEST_P(DarkPaletteTest, ExportsKeepThePrintStyle)
{
    openWindow(true, QSize(1400, 900));
    showEveryTab();
    const auto exportAll = [this] {
        QList<QImage> images;
        QList<QByteArray> svgs;
        for (const auto& chart : window->allCharts()) {
            ExportOptions png;
            png.pixelSize = QSize(1200, 800);
            auto image = ChartExporter(*chart, ChartContext {}, png).toImage();
            EXPECT_OK(image);
            images.append(image ? *image : QImage());
            ExportOptions svg;
            svg.format = ExportOptions::Format::Svg;
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            EXPECT_OK(ChartExporter(*chart, ChartContext {}, svg).writeSvg(buffer));
            svgs.append(buffer.data());
        }
        return std::pair(images, svgs);
    };
    const auto [images, svgs] = exportAll();
    ASSERT_EQ(images.size(), 4);
    for (const QImage& image : images) {
        EXPECT_EQ(image.pixelColor(2, 2), ChartTheme::print().background);
        EXPECT_EQ(dominantColor(image), ChartTheme::print().background);
    }
    // The same charts exported in the other palette: the very same pictures.
    ASSERT_TRUE(WindowPalette::apply(dark() ? QStringLiteral("light") : QStringLiteral("dark")));
    QTest::qWait(50);
    const auto [again, svgsAgain] = exportAll();
    ASSERT_EQ(again.size(), images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        EXPECT_TRUE(again.at(i) == images.at(i)) << "chart " << i;
        EXPECT_EQ(svgsAgain.at(i), svgs.at(i)) << "chart " << i;
    }
}

INSTANTIATE_TEST_SUITE_P(Palettes, DarkPaletteTest, ::testing::Values("light", "dark"));

TEST(WindowPaletteTest, RefusesWhatItDoesNotKnow)
{
    QString error;
    EXPECT_FALSE(WindowPalette::apply(QStringLiteral("purple"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("purple")));
    EXPECT_TRUE(error.contains(QStringLiteral("SPYLINE_PALETTE")));
    const QPalette before = QApplication::palette();
    EXPECT_TRUE(WindowPalette::apply(QStringLiteral("system")));
    EXPECT_EQ(QApplication::palette(), before);
}

// Colours chosen in Preferences change the window at once and are kept for the next start; the
// desktop's come back when chosen again.
class ColoursPreferenceTest : public Testing::WindowTest
{
protected:
    void TearDown() override
    {
        window.reset();
        WindowPalette::apply(QStringLiteral("system"));
        QSettings().clear();
    }
    void chooseColours(const QString& choice, QString* offeredFirst = nullptr)
    {
        Fixtures::whenShown<PreferencesDialog>([&](PreferencesDialog* dialog) {
            auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("coloursComboBox"));
            ASSERT_NE(combo, nullptr);
            if (offeredFirst)
                *offeredFirst = combo->currentData().toString();
            combo->setCurrentIndex(combo->findData(choice));
            dialog->accept();
        });
        action("preferencesAction")->trigger();
    }
};

TEST_F(ColoursPreferenceTest, ChangeTheWindowAtOnceAndAreKept)
{
    openWindow();
    const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
    QString offeredFirst;
    chooseColours(QStringLiteral("dark"), &offeredFirst);
    EXPECT_EQ(offeredFirst, QStringLiteral("system"));
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightnessF(), 0.3);
    auto* timeline = window->findChild<TimelineView*>();
    ASSERT_NE(timeline, nullptr);
    // The window takes the application's palette as its events are delivered.
    QTest::qWait(50);
    EXPECT_TRUE(Palette::isDark(window->palette()));
    EXPECT_LT(timeline->theme().background.lightnessF(), 0.3);
    EXPECT_EQ(WindowPalette::chosen(), QStringLiteral("dark"));

    // The next start opens in the colours chosen.
    WindowPalette::apply(QStringLiteral("system"));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), desktopWindow);
    WindowPalette::applyAtStart();
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightnessF(), 0.3);

    chooseColours(QStringLiteral("system"));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), desktopWindow);
    EXPECT_EQ(WindowPalette::chosen(), QStringLiteral("system"));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("preferences/palette")));
}

TEST(WindowPaletteTest, TheSettingIsTrustedOnlyWithAChoiceItOffers)
{
    QSettings().setValue(QStringLiteral("preferences/palette"), QStringLiteral("purple"));
    EXPECT_EQ(WindowPalette::chosen(), QStringLiteral("system"));
    WindowPalette::choose(QStringLiteral("light"));
    EXPECT_EQ(WindowPalette::chosen(), QStringLiteral("light"));
    WindowPalette::choose(QStringLiteral("purple"));
    EXPECT_EQ(WindowPalette::chosen(), QStringLiteral("system"));
    QSettings().clear();
}

} // namespace
