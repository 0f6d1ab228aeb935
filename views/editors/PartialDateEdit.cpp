#include "PartialDateEdit.h"

#include "AccessibleNames.h"
#include "Palette.h"
#include "records/FriendlyDate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>

namespace Spyline {

PartialDateEdit::PartialDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_lineEdit(new QLineEdit(this))
    , m_feedbackLabel(new QLabel(this))
{
    m_lineEdit->setObjectName(QStringLiteral("dateLineEdit"));
    m_lineEdit->setPlaceholderText(tr("1984-01-15, 1984-01, 1984, c. 1984, 1930s, before 2023-08-11"));
    m_lineEdit->setClearButtonEnabled(true);
    AccessibleNames::nameClearButton(m_lineEdit);
    m_lineEdit->setMaxLength(64);
    m_feedbackLabel->setObjectName(QStringLiteral("dateFeedbackLabel"));
    m_feedbackLabel->setTextFormat(Qt::PlainText);
    m_feedbackLabel->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit, 2);
    layout->addWidget(m_feedbackLabel, 3);
    setFocusProxy(m_lineEdit);
    connect(m_lineEdit, &QLineEdit::textChanged, this, [this] {
        check();
        Q_EMIT dateChanged();
    });
    check();
}

void PartialDateEdit::setRequired(bool required)
{
    m_required = required;
    check();
}

void PartialDateEdit::setEmptyText(const QString& text)
{
    m_emptyText = text;
    check();
}

void PartialDateEdit::setCompact(bool compact)
{
    m_compact = compact;
    m_feedbackLabel->setVisible(!compact);
    check();
}

void PartialDateEdit::setDate(const PartialDate& date)
{
    m_lineEdit->setText(date.text());
}

QString PartialDateEdit::text() const
{
    return m_lineEdit->text().trimmed();
}

std::optional<PartialDate> PartialDateEdit::date() const
{
    if (text().isEmpty())
        return PartialDate();
    auto parsed = PartialDate::parse(text());
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

QString PartialDateEdit::storedAs(const PartialDate& date)
{
    if (date.isNull())
        return date.displayText();
    return tr("%1 \u00b7 stored as %2").arg(date.displayText(), date.text());
}

void PartialDateEdit::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The field takes the keyboard for the whole: it takes the name too, its own or its label's.
    if (m_lineEdit->accessibleName().isEmpty()) {
        const QString name = accessibleName().isEmpty() ? AccessibleNames::buddyText(this) : accessibleName();
        m_lineEdit->setAccessibleName(name);
    }
}

void PartialDateEdit::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        check();
}

void PartialDateEdit::check()
{
    const bool wasValid = isValid();
    QPalette palette = m_feedbackLabel->palette();
    QString feedback;
    if (text().isEmpty()) {
        m_problem = m_required ? tr("required") : QString();
        feedback = m_required ? m_problem : m_emptyText;
    } else if (auto parsed = PartialDate::parse(text())) {
        m_problem = parsed->isNull() && m_required ? tr("a known date is required here") : QString();
        feedback = m_problem.isEmpty() ? storedAs(*parsed) : m_problem;
    } else {
        m_problem = parsed.error();
        feedback = m_problem;
    }
    m_feedbackLabel->setText(feedback);
    palette.setColor(QPalette::WindowText,
                     isValid() ? Palette::mutedText(this->palette()) : Palette::problemText(this->palette()));
    m_feedbackLabel->setPalette(palette);
    m_lineEdit->setStyleSheet(isValid() ? QString() : Palette::problemFieldStyleSheet(this->palette()));
    // The forms a date takes, and in a compact field what the feedback label would say.
    const QString hint = edtfHint();
    // As rich text made from plain text: what was typed shows as typed, quotes and all.
    m_lineEdit->setToolTip(Qt::convertFromPlainText(m_compact && !feedback.isEmpty() ? feedback + u'\n' + hint : hint));
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

} // namespace Spyline
