#include "MainWindow.h"

#include "ActorDialog.h"
#include "CaseDetailView.h"
#include "CaseDialog.h"
#include "TestSupport.h"
#include "TimelinePanel.h"
#include "TimelineView.h"
#include "editing/CollectionEditor.h"
#include "items/CaseTableModel.h"
#include "records/ViewState.h"
#include "store/CollectionFile.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

// Text that would do harm if it were read as anything but text.
const QString markup = QStringLiteral("<b>bold</b><img src=x><a href=\"javascript:alert(1)\">x</a>");
const QString rightToLeft = QStringLiteral("\u202Egnp.exe\u202C and \u0645\u0631\u062D\u0628\u0627 \u66FE Zeng");
const QString control = QStringLiteral("bell\u0007 tab\t nul-free \u0001 end");

// Every widget that can show text, and what it shows as plain text or as its tooltip.
void expectNoMarkupInterpreted(QWidget* root, const QString& context)
{
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const QString tip = widget->toolTip();
        EXPECT_FALSE(tip.contains(QStringLiteral("<b>bold</b>")))
            << context.toStdString() << ": tooltip of " << widget->objectName().toStdString();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().contains(QStringLiteral("<b>bold"))) {
                EXPECT_EQ(label->textFormat(), Qt::PlainText)
                    << context.toStdString() << ": label " << label->objectName().toStdString();
            }
        }
        if (auto* browser = qobject_cast<QTextBrowser*>(widget)) {
            EXPECT_FALSE(browser->document()->toHtml().contains(QStringLiteral("<img")))
                << context.toStdString() << ": " << browser->objectName().toStdString();
        }
    }
}

class HostileTextTest : public ::testing::Test
{
protected:
    ScratchFolder scratch;
    QString path = scratch.path(QStringLiteral("hostile.spyline"));
    std::unique_ptr<MainWindow> window;
    Id caseId = 0;

    void SetUp() override
    {
        ASSERT_OK(createCollectionFile(path, false));
        {
            Store store;
            ASSERT_OK(store.open(path));
            CollectionEditor editor(store);
            RecordSet set;
            set.cases.append(Case {-1,
                                   markup + QString(10000, u'W'),
                                   markup + u'\n' + rightToLeft + u'\n' + control,
                                   CaseStatus::Alleged,
                                   control,
                                   QStringLiteral("CN"),
                                   QStringLiteral("US"),
                                   {}});
            set.actors.append(
                Actor {-2, ActorKind::Person, markup, rightToLeft, {control}, QStringLiteral("CN"), {}, markup, 0});
            set.roles.append(Role {0, -1, -2, RoleKind::Suspect, markup});
            Event event;
            event.id = -3;
            event.caseId = -1;
            event.kind = EventKind::Announcement;
            event.title = markup;
            event.description = rightToLeft;
            event.venueContext = markup;
            event.date = *PartialDate::parse(QStringLiteral("2023-08-11"));
            set.events.append(event);
            set.sources.append(
                Source {-4, QStringLiteral("https://news.example/a?q=%3Cb%3E"), markup, markup, {}, Grade {'C', 3}});
            set.citations.append(Citation {0, -4, -1, 0, markup});
            auto added = editor.add(QStringLiteral("hostile"), set);
            ASSERT_OK(added);
            caseId = added->cases.first().id;
        }
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openCollection(path));
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
};

TEST_F(HostileTextTest, EveryViewShowsRecordTextAsText)
{
    window->viewState()->selectCases({caseId});
    QApplication::processEvents();
    const QString detail =
        window->findChild<CaseDetailView*>(QStringLiteral("caseDetailView"))->document()->toPlainText();
    EXPECT_TRUE(detail.contains(markup));
    EXPECT_TRUE(detail.contains(rightToLeft));
    EXPECT_TRUE(detail.contains(QString(10000, u'W')));
    EXPECT_EQ(window->caseModel()->index(0, CaseTableModel::TitleColumn).data().toString(),
              markup + QString(10000, u'W'));
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("<b>")));
    expectNoMarkupInterpreted(window.get(), QStringLiteral("main window"));

    // The timeline's hover text for every point of its lanes, as the tooltip shows it.
    auto* timeline = window->findChild<TimelineView*>(QStringLiteral("timelineView"));
    ASSERT_NE(timeline, nullptr);
    int tips = 0;
    const QRect area = timeline->rect();
    for (int y = area.top(); y < area.bottom(); y += 6) {
        for (int x = area.left(); x < area.right(); x += 6) {
            const QString tip = timeline->toolTipTextAt(QPoint(x, y));
            if (tip.isEmpty())
                continue;
            ++tips;
            // The view hands this text to QToolTip through Qt::convertFromPlainText.
            const QString shown = Qt::convertFromPlainText(tip);
            EXPECT_FALSE(shown.contains(QStringLiteral("<b>bold"))) << shown.toStdString();
        }
    }
    EXPECT_GT(tips, 0);
}

TEST_F(HostileTextTest, FormsShowRecordTextAsTyped)
{
    CaseDialog dialog(*window->store(),
                      [](const RecordSet&, const RecordSet& after) { return Result<RecordSet>(after); });
    ASSERT_OK(dialog.loadCase(caseId));
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->text().startsWith(markup));
    expectNoMarkupInterpreted(&dialog, QStringLiteral("case form"));
}

} // namespace
