#include "PartialDateEdit.h"

#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace Spyline;

namespace {

TEST(PartialDateEdit, ShowsTheDateAsReadOrTheReasonItIsWrong)
{
    PartialDateEdit edit;
    auto* feedback = edit.findChild<QLabel*>(QStringLiteral("dateFeedbackLabel"));
    ASSERT_NE(feedback, nullptr);
    QSignalSpy validity(&edit, &PartialDateEdit::validityChanged);

    QTest::keyClicks(edit.lineEdit(), QStringLiteral("1984-01"));
    EXPECT_TRUE(edit.isValid());
    EXPECT_EQ(feedback->text(), QStringLiteral("Jan 1984 \u00b7 stored as 1984-01"));
    EXPECT_EQ(edit.date()->text(), QStringLiteral("1984-01"));

    edit.lineEdit()->clear();
    QTest::keyClicks(edit.lineEdit(), QStringLiteral("2023-02-30"));
    EXPECT_FALSE(edit.isValid());
    EXPECT_FALSE(edit.date().has_value());
    EXPECT_TRUE(feedback->text().contains(QStringLiteral("February 2023 has 28 days")))
        << feedback->text().toStdString();
    EXPECT_GE(validity.count(), 1);

    edit.lineEdit()->setText(QStringLiteral("~2023-03"));
    EXPECT_EQ(feedback->text(), QStringLiteral("c. Mar 2023 \u00b7 stored as 2023-03~"));
    EXPECT_EQ(edit.date()->text(), QStringLiteral("2023-03~"));
}

TEST(PartialDateEdit, ACompactFieldsTooltipShowsWhatWasTypedAsTyped)
{
    PartialDateEdit edit;
    edit.setCompact(true);
    QTest::keyClicks(edit.lineEdit(), QStringLiteral("\"soon\""));
    EXPECT_FALSE(edit.isValid());
    // Read as Qt shows a tooltip (rich text only when it looks like it): no entity left over, no
    // markup taken from what was typed.
    const QString tip = edit.lineEdit()->toolTip();
    const QString shown = Qt::mightBeRichText(tip) ? QTextDocumentFragment::fromHtml(tip).toPlainText() : tip;
    EXPECT_FALSE(shown.contains(QStringLiteral("&quot;"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("&lt;"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("1984-01-15"))) << shown.toStdString();
    const QString problem = edit.problem();
    ASSERT_FALSE(problem.isEmpty());
    EXPECT_TRUE(shown.contains(problem)) << shown.toStdString() << " / " << problem.toStdString();
}

TEST(PartialDateEdit, RequiredFieldsAreNotEmpty)
{
    PartialDateEdit edit;
    EXPECT_TRUE(edit.isValid());
    EXPECT_TRUE(edit.date()->isNull());
    edit.setRequired(true);
    EXPECT_FALSE(edit.isValid());
    edit.setDate(*PartialDate::parse(QStringLiteral("2023")));
    EXPECT_TRUE(edit.isValid());
    EXPECT_EQ(edit.text(), QStringLiteral("2023"));
    // "unknown" is a date form, but not a date where one is required.
    edit.lineEdit()->setText(QStringLiteral("unknown"));
    EXPECT_FALSE(edit.isValid());
}

} // namespace
