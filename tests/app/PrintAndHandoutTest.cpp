// File > Print, Print Handout and Export Handout from the window: a print preview, the handout's
// title, subtitle and size before it is written, and the status bar's way to the folder.
#include "DialogWatch.h"
#include "HandoutDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "store/CollectionFile.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;
using Spyline::Fixtures::whenShown;

namespace {

class PrintAndHandoutTest : public Testing::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openWindow();
    }
};

TEST_F(PrintAndHandoutTest, PrintShowsAPreviewOfTheChart)
{
    QAction* print = action("printAction");
    ASSERT_TRUE(print);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_TRUE(print->isEnabled());
    bool previewed = false;
    whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        previewed = preview->objectName() == QStringLiteral("printPreviewDialog");
        preview->reject();
    });
    print->trigger();
    EXPECT_TRUE(previewed);
    // Nothing went wrong while the preview painted the pages.
    EXPECT_FALSE(QApplication::activeModalWidget());
}

TEST_F(PrintAndHandoutTest, TheHandoutAsksForItsTitleAndSaysItsSizeFirst)
{
    QString size;
    bool askedForAFile = false;
    whenShown<HandoutDialog>([&](HandoutDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->setText(QStringLiteral("Seminar 4"));
        dialog->findChild<QLineEdit*>(QStringLiteral("subtitleLineEdit"))
            ->setText(QStringLiteral("Disclosures and the statements before them"));
        size = dialog->findChild<QLabel*>(QStringLiteral("sizeLabel"))->text();
        auto* summary = dialog->findChild<QCheckBox*>(QStringLiteral("summaryCheckBox"));
        EXPECT_FALSE(summary->isChecked()) << "a short handout starts whole";
        EXPECT_EQ(dialog->title(), QStringLiteral("Seminar 4"));
        EXPECT_EQ(dialog->subtitle(), QStringLiteral("Disclosures and the statements before them"));
        summary->setChecked(true);
        EXPECT_TRUE(dialog->summary());
        whenShown<QFileDialog>([&](QFileDialog* files) {
            askedForAFile = true;
            files->reject();
        });
        dialog->accept();
    });
    action("exportHandoutAction")->trigger();
    EXPECT_TRUE(size.contains(QStringLiteral("about"))) << size.toStdString();
    EXPECT_TRUE(size.contains(QStringLiteral("pages"))) << size.toStdString();
    EXPECT_TRUE(askedForAFile);
    // Cancelled at the file: nothing written, nothing announced.
    auto* openFolder = window->findChild<QPushButton*>(QStringLiteral("openFolderPushButton"));
    EXPECT_TRUE(!openFolder || !openFolder->isVisible());
}

} // namespace
