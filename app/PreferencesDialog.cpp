#include "PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Spyline {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_statementWindow(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_statementWindow->setObjectName(QStringLiteral("statementWindowSpinBox"));
    m_statementWindow->setRange(1, 3650);
    m_statementWindow->setSuffix(tr(" days"));
    auto* hint = new QLabel(tr("When you link an announcement, Spyline proposes the statements made this many days "
                               "before it."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Statements proposed for a link"), m_statementWindow);
    form->addRow(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::setStatementWindowDays(int days)
{
    m_statementWindow->setValue(days);
}

int PreferencesDialog::statementWindowDays() const
{
    return m_statementWindow->value();
}

} // namespace Spyline
