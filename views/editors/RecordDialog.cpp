#include "RecordDialog.h"

#include "FieldLabels.h"
#include "Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Spyline {

RecordDialog::RecordDialog(Store& store, Save save, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_save(std::move(save))
    , m_form(new QFormLayout)
    , m_problemLabel(new QLabel(this))
{
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(Palette::problemLabelStyleSheet(palette()));
    m_problemLabel->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("recordButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
}

void RecordDialog::accept()
{
    auto after = records();
    if (after) {
        auto stored = m_save(m_before, *after);
        if (stored) {
            m_saved = *stored;
            QDialog::accept();
            return;
        }
        after = fail(stored.error());
    }
    m_problemLabel->setText(inPeoplesWords(after.error()));
    m_problemLabel->show();
}

} // namespace Spyline
