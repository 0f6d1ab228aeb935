#include "TestSupport.h"
#include "UserGuide.h"
#include "UserGuideWindow.h"
#include "WindowTestSupport.h"
#include "records/Language.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBrowser>

using namespace Spyline;
using namespace Qt::StringLiterals;

namespace {

QString textOf(const QString& resource)
{
    QFile file(resource);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QByteArray bytesOf(const QString& resource)
{
    QFile file(resource);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString folderOf(const QString& language)
{
    return u"qrc:/spyline/help/"_s + language + u'/';
}

// What a page names: its links (href) and its pictures (src), as written.
QStringList referencesOf(const QString& html, const char* attribute)
{
    const QRegularExpression reference(QString::fromLatin1(attribute) + u"=\"([^\"]*)\""_s);
    QStringList found;
    for (auto it = reference.globalMatch(html); it.hasNext();)
        found.append(it.next().captured(1));
    return found;
}

// The places a page can be linked to: id="…" and <a name="…">.
QSet<QString> anchorsOf(const QString& html)
{
    static const QRegularExpression anchor(u"\\s(?:id|name)=\"([^\"]+)\""_s);
    QSet<QString> anchors;
    for (auto it = anchor.globalMatch(html); it.hasNext();)
        anchors.insert(it.next().captured(1));
    return anchors;
}

// Clicks the link whose text is `words`, where it is drawn in the browser.
bool clickLink(QTextBrowser* browser, const QString& words)
{
    const QTextCursor found = browser->document()->find(words);
    if (found.isNull())
        return false;
    QTextCursor middle(browser->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    browser->setTextCursor(middle);
    browser->ensureCursorVisible();
    const QPoint at = browser->cursorRect(middle).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    return true;
}

class UserGuideLanguages : public ::testing::TestWithParam<const char*>
{
};

// Every page is in the language's folder, and every link leads to a page and an anchor that exist
// and every picture is bundled, resolved as the browser resolves them.
TEST_P(UserGuideLanguages, EveryPageLinkAnchorAndPictureIsBundled)
{
    const QString language = QString::fromLatin1(GetParam());
    ASSERT_GE(UserGuide::pages().size(), 8);
    int pictures = 0;
    int links = 0;
    for (const UserGuide::Page& page : UserGuide::pages()) {
        EXPECT_FALSE(page.title.isEmpty());
        const QUrl pageUrl(folderOf(language) + page.file);
        const QString html = textOf(u':' + pageUrl.path());
        ASSERT_FALSE(html.isEmpty()) << pageUrl.toString().toStdString();
        for (const QString& href : referencesOf(html, "href")) {
            if (href.startsWith(u"http"_s))
                continue;
            const QUrl target = pageUrl.resolved(QUrl(href));
            ++links;
            const QString targetHtml = textOf(u':' + target.path());
            EXPECT_FALSE(targetHtml.isEmpty()) << page.file.toStdString() << " -> " << href.toStdString();
            EXPECT_FALSE(UserGuide::fileOf(target).isEmpty()) << href.toStdString() << " is a page of the guide";
            if (target.hasFragment()) {
                EXPECT_TRUE(anchorsOf(targetHtml).contains(target.fragment()))
                    << page.file.toStdString() << " -> " << href.toStdString() << ": no such anchor";
            }
        }
        for (const QString& src : referencesOf(html, "src")) {
            const QUrl picture = pageUrl.resolved(QUrl(src));
            ++pictures;
            EXPECT_TRUE(QFile::exists(u':' + picture.path())) << page.file.toStdString() << " -> " << src.toStdString();
            EXPECT_FALSE(QImage(u':' + picture.path()).isNull()) << src.toStdString();
        }
    }
    EXPECT_GE(links, 15);
    EXPECT_GE(pictures, 8);
}

INSTANTIATE_TEST_SUITE_P(UserGuide, UserGuideLanguages, ::testing::Values("en", "zh_CN"));

// A translated page keeps the English one's links, anchors and pictures, so that whatever opens a
// page or an anchor of it (the contents, the help of a dialog, another page) finds it in both.
TEST(UserGuide, TheChinesePagesKeepTheEnglishLinksAnchorsAndPictures)
{
    for (const UserGuide::Page& page : UserGuide::pages()) {
        const QString english = textOf(u":/spyline/help/en/"_s + page.file);
        const QString chinese = textOf(u":/spyline/help/zh_CN/"_s + page.file);
        EXPECT_EQ(referencesOf(chinese, "href"), referencesOf(english, "href")) << page.file.toStdString();
        EXPECT_EQ(anchorsOf(chinese), anchorsOf(english)) << page.file.toStdString();
        EXPECT_EQ(referencesOf(chinese, "src").size(), referencesOf(english, "src").size()) << page.file.toStdString();
        EXPECT_TRUE(chinese.contains(u"lang=\"zh-CN\""_s)) << page.file.toStdString();
    }
}

TEST(UserGuide, PagesAreReadInTheLanguageSpylineSpeaks)
{
    EXPECT_EQ(UserGuide::home(), QUrl(u"qrc:/spyline/help/en/index.html"_s));
    EXPECT_EQ(UserGuide::pagesMatching(u"Admiralty reliability"_s), QStringList {u"entry.html"_s});
    EXPECT_TRUE(UserGuide::pagesMatching(u"间隔"_s).isEmpty()) << "the English pages hold no Chinese";
    {
        const Language::Scope chinese(u"zh_CN"_s);
        ASSERT_TRUE(chinese.applied());
        EXPECT_EQ(UserGuide::home(), QUrl(u"qrc:/spyline/help/zh_CN/index.html"_s));
        EXPECT_EQ(UserGuide::fileOf(UserGuide::home()), u"index.html"_s);
        EXPECT_EQ(UserGuide::urlOf(u"links.html"_s), QUrl(u"qrc:/spyline/help/zh_CN/links.html"_s));
        EXPECT_EQ(UserGuide::pages().first().title, u"欢迎"_s);
        // The search reads the Chinese pages: words with no space between them are found all the same.
        EXPECT_EQ(UserGuide::pagesMatching(u"海军部评级法 可靠性"_s), QStringList {u"entry.html"_s});
        EXPECT_TRUE(UserGuide::pagesMatching(u"间隔"_s).contains(u"links.html"_s));
        EXPECT_TRUE(UserGuide::pagesMatching(u"Admiralty reliability"_s).isEmpty());
    }
    EXPECT_EQ(UserGuide::home(), QUrl(u"qrc:/spyline/help/en/index.html"_s)) << "English again after the scope";
}

// A page not yet translated is shown in English, and its links lead back to the translated pages.
TEST(UserGuide, AMissingPageFallsBackToEnglishAndLeadsBackToChinese)
{
    const Language::Scope chinese(u"zh_CN"_s);
    const QUrl page = UserGuide::urlOf(u"only-in-english.html"_s);
    EXPECT_EQ(page, QUrl(u"qrc:/spyline/help/en/only-in-english.html"_s));
    EXPECT_EQ(UserGuide::resolve(page, QUrl(u"links.html"_s)), QUrl(u"qrc:/spyline/help/zh_CN/links.html"_s));
    EXPECT_EQ(UserGuide::resolve(UserGuide::home(), QUrl(u"entry.html#grading"_s)),
              QUrl(u"qrc:/spyline/help/zh_CN/entry.html#grading"_s));
    EXPECT_EQ(UserGuide::resolve(page, QUrl(u"https://example.org/a"_s)), QUrl(u"https://example.org/a"_s));

    QSettings().clear();
    UserGuideWindow guide;
    guide.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&guide));
    auto* browser = guide.findChild<QTextBrowser*>(u"guideTextBrowser"_s);
    guide.showPage(u"only-in-english.html"_s);
    EXPECT_EQ(browser->source(), page);
    EXPECT_TRUE(browser->toPlainText().contains(u"A page only in English"_s));
    ASSERT_TRUE(clickLink(browser, u"Statements and announcements"_s));
    EXPECT_EQ(browser->source(), QUrl(u"qrc:/spyline/help/zh_CN/links.html"_s));
    EXPECT_TRUE(browser->toPlainText().contains(u"建立关联"_s));
}

// Help → User Guide, with Chinese chosen: the Chinese guide, its contents and its links in Chinese.
class ChineseUserGuideTest : public Testing::WindowTest
{
protected:
    std::unique_ptr<Language::Scope> chinese;
    void SetUp() override
    {
        WindowTest::SetUp();
        chinese = std::make_unique<Language::Scope>(u"zh_CN"_s);
        ASSERT_TRUE(chinese->applied());
        openWindow();
    }
    void TearDown() override
    {
        window.reset();
        chinese.reset();
    }
};

TEST_F(ChineseUserGuideTest, HelpUserGuideOpensTheChineseGuide)
{
    action("userGuideAction")->trigger();
    auto* guide = window->findChild<UserGuideWindow*>(u"userGuideWindow"_s);
    ASSERT_TRUE(guide);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(guide));
    EXPECT_EQ(guide->windowTitle(), u"Spyline 用户指南"_s);
    auto* browser = guide->findChild<QTextBrowser*>(u"guideTextBrowser"_s);
    auto* contents = guide->findChild<QListWidget*>(u"guideContentsListWidget"_s);
    ASSERT_TRUE(browser && contents);
    EXPECT_EQ(browser->source(), QUrl(u"qrc:/spyline/help/zh_CN/index.html"_s));
    EXPECT_EQ(browser->documentTitle(), u"Spyline 用户指南"_s);
    EXPECT_TRUE(browser->toPlainText().contains(u"已公开披露的间谍案件"_s));
    EXPECT_TRUE(browser->toPlainText().contains(u"目录"_s));
    EXPECT_EQ(contents->currentItem()->text(), u"欢迎"_s);

    // The page's pictures load from where the Chinese page names them.
    QTextCursor picture = browser->document()->find(QString(QChar::ObjectReplacementCharacter));
    ASSERT_FALSE(picture.isNull());
    const QUrl named(picture.charFormat().toImageFormat().name());
    EXPECT_TRUE(named.path().endsWith(u"images/window.png"_s)) << named.toString().toStdString();
    const QByteArray shown = browser->loadResource(QTextDocument::ImageResource, named).toByteArray();
    EXPECT_FALSE(shown.isEmpty());
    EXPECT_EQ(shown, bytesOf(u':' + browser->source().resolved(named).path()));

    // A link of the contents leads to the Chinese page, and the contents follow.
    ASSERT_TRUE(clickLink(browser, u"声明与通报"_s));
    EXPECT_EQ(browser->source(), QUrl(u"qrc:/spyline/help/zh_CN/links.html"_s));
    EXPECT_EQ(contents->currentItem()->text(), u"声明与通报"_s);
    EXPECT_TRUE(browser->toPlainText().contains(u"关联到此前的声明"_s)) << "the menu's own words";

    // Search in Chinese: the contents narrow to the pages that hold the word.
    auto* search = guide->findChild<QLineEdit*>(u"guideSearchLineEdit"_s);
    search->setText(u"讲义"_s); // as typed through an input method
    int shownPages = 0;
    for (int row = 0; row < contents->count(); ++row)
        shownPages += contents->item(row)->isHidden() ? 0 : 1;
    EXPECT_EQ(shownPages, UserGuide::pagesMatching(u"讲义"_s).size());
    EXPECT_GE(shownPages, 1);
    EXPECT_LT(shownPages, contents->count());
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(browser->textCursor().selectedText(), u"讲义"_s);
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        guide->grab().save(folder + u"/user-guide-zh_CN.png"_s);
}

// With English spoken the guide is the English one, as before.
TEST(UserGuideWindow, OpensTheEnglishGuideWhenEnglishIsSpoken)
{
    ASSERT_EQ(Language::current(), Language::english());
    QSettings().clear();
    UserGuideWindow guide;
    auto* browser = guide.findChild<QTextBrowser*>(u"guideTextBrowser"_s);
    EXPECT_EQ(browser->source(), QUrl(u"qrc:/spyline/help/en/index.html"_s));
    EXPECT_EQ(browser->documentTitle(), u"Spyline User Guide"_s);
    EXPECT_TRUE(browser->toPlainText().contains(u"Contents"_s));
    EXPECT_EQ(browser->loadResource(QTextDocument::ImageResource, QUrl(u"images/window.png"_s)).toByteArray(),
              bytesOf(u":/spyline/help/en/images/window.png"_s));
}

} // namespace
