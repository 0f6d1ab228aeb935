#include "HandoutDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Spyline {

namespace {

// Past this many pages the dialog suggests the summary.
constexpr int LongHandoutPages = 40;

} // namespace

HandoutDialog::HandoutDialog(qsizetype cases, std::function<int(bool summary)> estimate, QWidget* parent)
    : QDialog(parent)
    , m_cases(cases)
    , m_estimate(std::move(estimate))
    , m_title(new QLineEdit(this))
    , m_subtitle(new QLineEdit(this))
    , m_summary(new QCheckBox(tr("Summary: the charts and the statements, without the table of every case"), this))
    , m_size(new QLabel(this))
{
    setWindowTitle(tr("Handout"));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setText(tr("Handout"));
    m_subtitle->setObjectName(QStringLiteral("subtitleLineEdit"));
    m_subtitle->setPlaceholderText(tr("e.g. Seminar 4: disclosures and the statements before them"));
    m_summary->setObjectName(QStringLiteral("summaryCheckBox"));
    m_size->setObjectName(QStringLiteral("sizeLabel"));
    m_size->setTextFormat(Qt::PlainText);
    m_size->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Subtitle"), m_subtitle);
    form->addRow(QString(), m_summary);
    form->addRow(tr("Size"), m_size);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_summary, &QCheckBox::toggled, this, &HandoutDialog::updateEstimate);
    // A long handout starts as a summary; the full one is a tick away.
    m_summary->setChecked(m_estimate && m_estimate(false) > LongHandoutPages);
    updateEstimate();
}

HandoutDialog::~HandoutDialog() = default;

QString HandoutDialog::title() const
{
    return m_title->text().trimmed();
}

void HandoutDialog::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
}

QString HandoutDialog::subtitle() const
{
    return m_subtitle->text().trimmed();
}

bool HandoutDialog::summary() const
{
    return m_summary->isChecked();
}

void HandoutDialog::updateEstimate()
{
    const int pages = m_estimate ? m_estimate(summary()) : 0;
    QString text = tr("%n case(s), about %1 pages.", nullptr, int(m_cases)).arg(pages);
    if (!summary() && pages > LongHandoutPages)
        text += u' ' + tr("That is long to print: the summary leaves out the table of cases.");
    m_size->setText(text);
}

} // namespace Spyline
