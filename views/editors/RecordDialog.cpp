#include "RecordDialog.h"

#include "FieldLabels.h"
#include "Palette.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Spyline {

RecordDialog::RecordDialog(Store& store, Save save, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_save(std::move(save))
    , m_form(new QFormLayout)
    , m_layout(new QVBoxLayout(this))
    , m_problemLabel(new QLabel(this))
{
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(Palette::problemLabelStyleSheet(palette()));
    m_problemLabel->setAccessibleName(tr("Problem"));
    m_problemLabel->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("recordButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    m_layout->addLayout(m_form);
    m_layout->addStretch();
    m_layout->addWidget(m_problemLabel);
    m_layout->addWidget(buttons);
}

void RecordDialog::addBelowForm(QWidget* widget, int stretch)
{
    // Above the stretch that keeps a short form at the top.
    m_layout->insertWidget(m_layout->indexOf(m_problemLabel) - 1, widget, stretch);
}

void RecordDialog::accept()
{
    // Every problem at once, not one per Save.
    if (const QList<Problem> found = formProblems(); !found.isEmpty()) {
        showProblems(found, true);
        return;
    }
    // Past what the form checks as it is edited (a name the collection cannot resolve, what the
    // store refuses): only the next Save can tell it is put right.
    auto after = records();
    if (!after) {
        showProblems({located(inPeoplesWords(after.error()))}, true);
        m_keptUntilSave = true;
        return;
    }
    auto stored = m_save(m_before, *after);
    if (!stored) {
        showProblems({located(inPeoplesWords(stored.error()))}, true);
        m_keptUntilSave = true;
        return;
    }
    m_saved = *stored;
    QDialog::accept();
}

QList<RecordDialog::Problem> RecordDialog::formProblems() const
{
    const auto after = records();
    if (after)
        return {};
    return {located(inPeoplesWords(after.error()))};
}

QString RecordDialog::problemsHeading(int) const
{
    return {};
}

RecordDialog::Problem RecordDialog::located(const QString& message) const
{
    Problem problem {message};
    const QString field = message.section(QStringLiteral(": "), 0, 0).trimmed();
    if (field == message)
        return problem;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const QLayoutItem* label = m_form->itemAt(row, QFormLayout::LabelRole);
        const QLayoutItem* widget = m_form->itemAt(row, QFormLayout::FieldRole);
        const auto* text = label ? qobject_cast<QLabel*>(label->widget()) : nullptr;
        if (!text || !widget || !widget->widget())
            continue;
        // "Title *" is the row of "Title: ...".
        QString name = text->text().remove(u'&');
        if (name.endsWith(QStringLiteral(" *")))
            name.chop(2);
        if (name.compare(field, Qt::CaseInsensitive) == 0) {
            problem.field = widget->widget();
            break;
        }
    }
    return problem;
}

void RecordDialog::showProblem(const QString& problem)
{
    m_keptUntilSave = false;
    m_problemLabel->setText(problem);
    m_problemLabel->setAccessibleDescription(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        QAccessibleEvent alert(m_problemLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void RecordDialog::showProblems(const QList<Problem>& problems, bool goToFirst)
{
    if (problems.isEmpty()) {
        showProblem({});
        return;
    }
    const QString heading = problemsHeading(int(problems.size()));
    if (heading.isEmpty() && problems.size() == 1) {
        showProblem(problems.first().message);
    } else {
        QStringList lines;
        if (!heading.isEmpty())
            lines.append(heading);
        for (const Problem& problem : problems)
            lines.append(QStringLiteral("\u2022 ") + problem.message);
        showProblem(lines.join(u'\n'));
    }
    if (goToFirst)
        goTo(problems.first());
    m_checking = true;
    followEdits();
}

void RecordDialog::goTo(const Problem& problem)
{
    if (!problem.field)
        return;
    for (auto* tabs : findChildren<QTabWidget*>()) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->widget(tab)->isAncestorOf(problem.field))
                tabs->setCurrentIndex(tab);
        }
    }
    if (auto* table = qobject_cast<QTableWidget*>(problem.field); table && problem.row >= 0) {
        table->setCurrentCell(problem.row, problem.column);
        table->scrollToItem(table->item(problem.row, problem.column));
    }
    problem.field->setFocus(Qt::OtherFocusReason);
}

void RecordDialog::followEdits()
{
    if (m_followingEdits)
        return;
    m_followingEdits = true;
    for (auto* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &RecordDialog::recheck);
    for (auto* edit : findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, &RecordDialog::recheck);
    for (auto* box : findChildren<QComboBox*>())
        connect(box, &QComboBox::currentIndexChanged, this, &RecordDialog::recheck);
    for (auto* table : findChildren<QTableWidget*>())
        connect(table, &QTableWidget::cellChanged, this, &RecordDialog::recheck);
}

void RecordDialog::recheck()
{
    if (!m_checking)
        return;
    const QList<Problem> found = formProblems();
    if (found.isEmpty() && m_keptUntilSave)
        return;
    m_checking = !found.isEmpty();
    showProblems(found, false);
}

} // namespace Spyline
