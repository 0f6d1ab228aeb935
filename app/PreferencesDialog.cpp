#include "PreferencesDialog.h"

#include "WindowPalette.h"
#include "records/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Spyline {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_statementWindow(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_colours(new QComboBox(this))
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
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    // Each language by its own name, so that a person who cannot read the one shown finds theirs.
    m_language->addItem(tr("System (%1)").arg(Language::nativeName(Language::system())), QString());
    for (const QString& code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    auto* languageHint = new QLabel(tr("Spyline speaks the language chosen here from its next start."), this);
    languageHint->setWordWrap(true);
    m_colours->setObjectName(QStringLiteral("coloursComboBox"));
    const QStringList colourNames = {tr("As the desktop"), tr("Light"), tr("Dark")};
    const QStringList colourChoices = WindowPalette::choices();
    for (qsizetype i = 0; i < colourChoices.size(); ++i)
        m_colours->addItem(colourNames.value(i, colourChoices.at(i)), colourChoices.at(i));
    auto* form = new QFormLayout;
    form->addRow(tr("Statements proposed for a link"), m_statementWindow);
    form->addRow(hint);
    form->addRow(tr("&Language"), m_language);
    form->addRow(languageHint);
    form->addRow(tr("&Colours"), m_colours);
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

void PreferencesDialog::setLanguage(const QString& code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setColours(const QString& choice)
{
    m_colours->setCurrentIndex(std::max(0, m_colours->findData(choice)));
}

QString PreferencesDialog::colours() const
{
    return m_colours->currentData().toString();
}

} // namespace Spyline
