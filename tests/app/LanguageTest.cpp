#include "records/Language.h"
#include "DialogWatch.h"
#include "LanguageSetting.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "TestSupport.h"
#include "items/CaseTableModel.h"
#include "store/CollectionFile.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>

#include <algorithm>

using namespace Spyline;
using namespace Qt::StringLiterals;
using Spyline::Fixtures::ScratchFolder;

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The program, speaking what `language` asks for through the environment, as a system would.
ProgramRun spyline(const QStringList& arguments, const QString& language = u"en"_s)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LANGUAGE"_s, language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPYLINE_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return ProgramRun {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                       QString::fromUtf8(process.readAllStandardOutput()),
                       QString::fromUtf8(process.readAllStandardError())};
}

QString readText(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

// The words an SVG shows, one after another: its text runs without the markup between them.
QString svgWords(const QString& path)
{
    static const QRegularExpression runs(u">([^<]*)<"_s);
    QString words;
    for (const QRegularExpressionMatch& run : runs.globalMatch(readText(path)))
        words += run.captured(1).trimmed();
    return words;
}

bool hasHan(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

class LanguageTest : public ::testing::Test
{
protected:
    ScratchFolder scratch;
    QString sample = scratch.path(u"sample.spyline"_s);

    void SetUp() override
    {
        QSettings().clear();
        ASSERT_OK(createCollectionFile(sample, true));
    }
    void TearDown() override
    {
        QSettings().clear();
    }
};

TEST_F(LanguageTest, TheWindowSpeaksChinese)
{
    const Language::Scope chinese(u"zh_CN"_s);
    MainWindow window;
    QString error;
    ASSERT_TRUE(window.openCollection(sample, &error)) << error.toStdString();
    window.show();
    const QStringList titles = menuTitles(window);
    for (const QString& title : {u"文件(&F)"_s, u"编辑(&E)"_s, u"视图(&V)"_s, u"帮助(&H)"_s})
        EXPECT_TRUE(titles.contains(title)) << titles.join(u", "_s).toStdString();
    auto* tabs = window.findChild<QTabWidget*>(u"centralTabWidget"_s);
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->tabText(0), u"时间线"_s);
    // The case list's header and its dates, in the language's own form.
    CaseTableModel* cases = window.caseModel();
    EXPECT_EQ(cases->headerData(CaseTableModel::DateColumn, Qt::Horizontal).toString(), u"披露日期"_s);
    bool chineseDate = false;
    for (int row = 0; row < cases->rowCount(); ++row) {
        const QString date = cases->index(row, CaseTableModel::DateColumn).data().toString();
        chineseDate = chineseDate || (date.contains(u"年"_s) && date.endsWith(u"日"_s));
    }
    EXPECT_TRUE(chineseDate);
}

TEST_F(LanguageTest, TheWindowSpeaksEnglish)
{
    MainWindow window;
    QString error;
    ASSERT_TRUE(window.openCollection(sample, &error)) << error.toStdString();
    const QStringList titles = menuTitles(window);
    EXPECT_TRUE(titles.contains(u"&File"_s)) << titles.join(u", "_s).toStdString();
    EXPECT_FALSE(hasHan(titles.join(QString())));
}

TEST_F(LanguageTest, PreferencesChooseTheLanguageForTheNextStart)
{
    MainWindow window;
    QString error;
    ASSERT_TRUE(window.openCollection(sample, &error)) << error.toStdString();
    window.show();
    QString chosenFrom;
    Fixtures::whenShown<PreferencesDialog>([&](PreferencesDialog* dialog) {
        auto* combo = dialog->findChild<QComboBox*>(u"languageComboBox"_s);
        // System, then each language by its own name.
        chosenFrom = combo->itemText(0);
        EXPECT_EQ(combo->count(), 3);
        combo->setCurrentIndex(combo->findData(u"zh_CN"_s));
        EXPECT_EQ(combo->currentText(), u"简体中文"_s);
        dialog->accept();
    });
    QString notice;
    Fixtures::whenShown<QMessageBox>([&](QMessageBox* box) {
        notice = box->text();
        box->accept();
    });
    window.findChild<QAction*>(u"preferencesAction"_s)->trigger();
    EXPECT_EQ(chosenFrom, u"System (English)"_s);
    EXPECT_EQ(LanguageSetting::chosen(), u"zh_CN"_s);
    EXPECT_EQ(LanguageSetting::atStart(), u"zh_CN"_s);
    // Said in both languages; the window keeps speaking English until then.
    EXPECT_TRUE(notice.contains(u"Spyline will speak 简体中文 from its next start."_s)) << notice.toStdString();
    EXPECT_TRUE(notice.contains(u"Spyline 将从下次启动起使用简体中文。"_s)) << notice.toStdString();
    EXPECT_EQ(Language::current(), u"en"_s);
    EXPECT_TRUE(menuTitles(window).contains(u"&File"_s));
}

TEST_F(LanguageTest, TheSettingFallsBackToTheSystem)
{
    EXPECT_EQ(LanguageSetting::chosen(), QString());
    EXPECT_EQ(LanguageSetting::atStart(), Language::system());
    // A settings file edited by hand is not trusted to name a language.
    QSettings().setValue(u"preferences/language"_s, u"klingon"_s);
    EXPECT_EQ(LanguageSetting::chosen(), QString());
    LanguageSetting::choose(u"en"_s);
    EXPECT_EQ(LanguageSetting::atStart(), u"en"_s);
    LanguageSetting::choose(QString());
    EXPECT_FALSE(QSettings().contains(u"preferences/language"_s));
}

TEST_F(LanguageTest, CommandsFollowTheSystemLanguage)
{
    const ProgramRun chinese = spyline({u"--help"_s}, u"zh_CN"_s);
    EXPECT_EQ(chinese.exitCode, 0);
    EXPECT_TRUE(chinese.out.startsWith(u"用法："_s)) << chinese.out.left(200).toStdString();
    EXPECT_TRUE(chinese.out.contains(u"--language en|zh_CN"_s));
    const ProgramRun english = spyline({u"--help"_s}, u"en"_s);
    EXPECT_TRUE(english.out.startsWith(u"Usage:"_s));
    EXPECT_TRUE(english.out.contains(u"--language en|zh_CN"_s));
    // A user error, in the language asked for.
    const ProgramRun wrong = spyline({u"dump"_s, u"--db"_s, sample, u"--format"_s, u"xml"_s}, u"zh_CN"_s);
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_EQ(wrong.err, u"spyline: --format 必须是 json 或 csv\n"_s);
}

TEST_F(LanguageTest, AnExportIsDrawnInTheLanguageAskedFor)
{
    const QString chinese = scratch.path(u"status-zh.svg"_s);
    const QString english = scratch.path(u"status-en.svg"_s);
    const QStringList common {u"export"_s, u"--db"_s, sample, u"--view"_s, u"status"_s, u"--format"_s, u"svg"_s};
    // Asked for in Chinese from an English system, and in English from a Chinese one.
    const ProgramRun zh = spyline(common + QStringList {u"--out"_s, chinese, u"--language"_s, u"zh_CN"_s}, u"en"_s);
    ASSERT_EQ(zh.exitCode, 0) << zh.err.toStdString();
    const ProgramRun en = spyline(common + QStringList {u"--out"_s, english, u"--language"_s, u"en"_s}, u"zh_CN"_s);
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    const QString zhText = readText(chinese);
    EXPECT_TRUE(zhText.contains(u"案件，按状态"_s)); // the title
    EXPECT_TRUE(zhText.contains(u"个案件"_s)); // the headline's count
    EXPECT_TRUE(zhText.contains(u"来源"_s)); // the list of sources
    EXPECT_FALSE(zhText.contains(u"Cases by status"_s));
    QString enText = readText(english);
    EXPECT_TRUE(enText.contains(u"Cases by status"_s));
    EXPECT_FALSE(hasHan(enText.remove(u"曾"_s))) << "an English chart holds Chinese text";
}

TEST_F(LanguageTest, ATimelineInChineseWritesItsDatesInChinese)
{
    const QString out = scratch.path(u"timeline-zh.svg"_s);
    const ProgramRun run = spyline({u"export"_s, u"--db"_s, sample, u"--view"_s, u"timeline"_s, u"--format"_s, u"svg"_s,
                                    u"--out"_s, out, u"--language"_s, u"zh"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString words = svgWords(out);
    EXPECT_TRUE(words.contains(u"时间线"_s)); // the title
    EXPECT_TRUE(words.contains(u"1月2月3月"_s)); // the axis
    EXPECT_TRUE(words.contains(u"（2023年7月20日）→"_s)); // a link from a statement to an announcement
    EXPECT_TRUE(words.contains(u"：22天"_s)); // its lag
    EXPECT_TRUE(words.contains(u"案件：披露于2022年–2023年。"_s)); // the caption
    EXPECT_TRUE(words.contains(u"日期不详，未画出。"_s));
    EXPECT_FALSE(words.contains(u"Timeline"_s));
}

TEST_F(LanguageTest, AnExportRefusesALanguageSpylineDoesNotSpeak)
{
    const ProgramRun run = spyline({u"export"_s, u"--db"_s, sample, u"--view"_s, u"status"_s, u"--format"_s, u"svg"_s,
                                    u"--out"_s, scratch.path(u"x.svg"_s), u"--language"_s, u"fr"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"--language must be en (English) or zh_CN (Simplified Chinese)"_s))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(scratch.path(u"x.svg"_s)));
}

} // namespace
