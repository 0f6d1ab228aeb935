#include "PartialDateEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Spyline {

PartialDateEdit::PartialDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_lineEdit(new QLineEdit(this))
    , m_feedbackLabel(new QLabel(this))
{
    m_lineEdit->setObjectName(QStringLiteral("dateLineEdit"));
    m_lineEdit->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY; ~ if approximate"));
    m_lineEdit->setClearButtonEnabled(true);
    m_lineEdit->setMaxLength(16);
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

void PartialDateEdit::check()
{
    const bool wasValid = isValid();
    QPalette palette = m_feedbackLabel->palette();
    if (text().isEmpty()) {
        m_problem = m_required ? tr("required") : QString();
        m_feedbackLabel->setText(m_problem);
    } else if (auto parsed = PartialDate::parse(text())) {
        m_problem.clear();
        m_feedbackLabel->setText(parsed->displayText());
    } else {
        m_problem = parsed.error();
        m_feedbackLabel->setText(m_problem);
    }
    palette.setColor(QPalette::WindowText, isValid() ? palette.color(QPalette::PlaceholderText) : QColor(0xC0, 0, 0));
    m_feedbackLabel->setPalette(palette);
    m_lineEdit->setStyleSheet(isValid() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c00000; }"));
    m_lineEdit->setToolTip(m_compact ? m_problem.toHtmlEscaped() : QString());
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

} // namespace Spyline
