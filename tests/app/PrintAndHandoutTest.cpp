// File > Print, Print Handout and Export Handout from the window: a print preview, the handout's
// title, subtitle and size before it is written, and the status bar's way to the folder.
#include "DialogWatch.h"
#include "HandoutDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "store/CollectionFile.h"
#include "transfer/SyntheticCollection.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QProgressDialog>
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

    // Accepts the handout's dialog and saves the handout as `target`.
    void answerHandoutDialogs(const QString& target)
    {
        whenShown<HandoutDialog>([target](HandoutDialog* dialog) {
            whenShown<QFileDialog>([target](QFileDialog* files) {
                // The folder, then the name typed into the name field as a person would
                // (selectFile leaves a focused field alone).
                files->setDirectory(QFileInfo(target).absolutePath());
                auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                ASSERT_TRUE(name);
                name->setText(QFileInfo(target).fileName());
                // The Save button's own path (QFileDialog::accept is protected).
                static_cast<QDialog*>(files)->accept();
            });
            dialog->accept();
        });
    }
    QProgressDialog* handoutProgress() const
    {
        return window->findChild<QProgressDialog*>(QStringLiteral("handoutProgressDialog"));
    }
    // A collection big enough that writing its handout takes a while, opened in the window.
    void openLargerCollection()
    {
        const QString larger = scratch.path(QStringLiteral("larger.spyline"));
        ASSERT_OK(createCollectionFile(larger, false));
        {
            Store store;
            ASSERT_OK(store.open(larger));
            SyntheticOptions options;
            options.cases = 600;
            ASSERT_OK(generateSyntheticCollection(store, options));
        }
        QString error;
        ASSERT_TRUE(window->openCollection(larger, &error)) << error.toStdString();
    }
    // Every file in the folder but the collections and their journals.
    QStringList writtenFiles() const
    {
        QStringList files = QDir(scratch.path(QString())).entryList(QDir::Files | QDir::Hidden);
        files.removeIf([](const QString& name) { return name.contains(QStringLiteral(".spyline")); });
        return files;
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

TEST_F(PrintAndHandoutTest, ExportHandoutWritesThePdfInTheBackgroundAndSaysWhere)
{
    const QString target = scratch.path(QStringLiteral("seminar.pdf"));
    answerHandoutDialogs(target);
    action("exportHandoutAction")->trigger();
    // The action has returned with the handout still being written: its progress dialog is up.
    ASSERT_TRUE(handoutProgress());
    EXPECT_TRUE(window->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !handoutProgress(); }, 60000));
    QFile pdf(target);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly))
        << "the handout was not written: " << window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_EQ(writtenFiles(), QStringList {QStringLiteral("seminar.pdf")});
    auto* openFolder = window->findChild<QPushButton*>(QStringLiteral("openFolderPushButton"));
    ASSERT_TRUE(openFolder);
    EXPECT_TRUE(openFolder->isVisible());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(target));
}

TEST_F(PrintAndHandoutTest, CancellingTheHandoutStopsItAndLeavesNoFile)
{
    openLargerCollection();
    const QString target = scratch.path(QStringLiteral("cancelled.pdf"));
    answerHandoutDialogs(target);
    action("exportHandoutAction")->trigger();
    QProgressDialog* progress = handoutProgress();
    ASSERT_TRUE(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    ASSERT_TRUE(cancel);
    cancel->click();
    // It says it is stopping until the work has stopped, then goes.
    EXPECT_TRUE(progress->labelText().startsWith(QStringLiteral("Cancelling")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !handoutProgress(); }, 60000));
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(writtenFiles().isEmpty()) << writtenFiles().join(u' ').toStdString();
    // Nothing announced, no error either: the person asked for it.
    auto* openFolder = window->findChild<QPushButton*>(QStringLiteral("openFolderPushButton"));
    EXPECT_TRUE(!openFolder || !openFolder->isVisible());
    EXPECT_FALSE(QApplication::activeModalWidget());
}

TEST_F(PrintAndHandoutTest, ClosingTheWindowWhileTheHandoutIsWrittenStopsItSafely)
{
    openLargerCollection();
    const QString target = scratch.path(QStringLiteral("closed.pdf"));
    answerHandoutDialogs(target);
    action("exportHandoutAction")->trigger();
    ASSERT_TRUE(handoutProgress());
    window->close();
    window.reset();
    // The window waited for the work to stop; what it would have written is not there, half or whole.
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(writtenFiles().isEmpty()) << writtenFiles().join(u' ').toStdString();
    // Whatever the stopped work had posted is dropped with the window.
    QTest::qWait(50);
}

} // namespace
