#include "CountryEdit.h"

#include "Palette.h"
#include "records/CountryCatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QStringListModel>

namespace Spyline {

CountryEdit::CountryEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_suggestions(new QStringListModel(this))
    , m_completer(new QCompleter(this))
{
    setPlaceholderText(tr("Country name or code, e.g. Italy, US, PRC"));
    // The list holds the catalog's ranking as it is. The completer watches this field without
    // being its completer: QLineEdit would write a highlighted row into the text, and a row that
    // does not start with what is typed would be glued to it ("US" + "stralia").
    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("countryCompletionListView"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        setText(name);
        m_completer->popup()->hide();
    });
    connect(this, &QLineEdit::textEdited, this, &CountryEdit::suggest);
    connect(this, &QLineEdit::textChanged, this, &CountryEdit::showValidity);
}

void CountryEdit::setCode(const QString& code)
{
    setText(code.isEmpty() ? QString() : CountryCatalog::name(code));
}

QString CountryEdit::code() const
{
    return CountryCatalog::resolve(text()).value_or(QString());
}

bool CountryEdit::isValid() const
{
    return text().trimmed().isEmpty() || CountryCatalog::resolve(text()).has_value();
}

QStringList CountryEdit::suggestions() const
{
    return m_suggestions->stringList();
}

void CountryEdit::suggest(const QString& text)
{
    QStringList names;
    for (const QString& code : CountryCatalog::suggest(text))
        names.append(CountryCatalog::name(code));
    m_suggestions->setStringList(names);
    // Nothing more to offer when the text already is the one country it could mean.
    if (names.isEmpty() || (names.size() == 1 && names.first().compare(text.trimmed(), Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_suggestions->index(0));
}

void CountryEdit::focusOutEvent(QFocusEvent* event)
{
    // Leaving the field closes the list and keeps the text as typed.
    if (event->reason() != Qt::PopupFocusReason && m_completer->popup()->isVisible())
        m_completer->popup()->hide();
    QLineEdit::focusOutEvent(event);
}

void CountryEdit::showValidity()
{
    const bool valid = isValid();
    setStyleSheet(valid ? QString() : Palette::problemFieldStyleSheet(palette()));
    setToolTip(valid ? QString()
                     : tr("Spyline does not know this country; use a code (IT, US), a short form (USA, "
                          "PRC) or the name"));
}

} // namespace Spyline
