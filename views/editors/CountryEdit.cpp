#include "CountryEdit.h"

#include "CountryCatalog.h"

#include <QCompleter>
#include <QStringListModel>

namespace Spyline {

namespace {

QStringListModel* countryNames()
{
    static QStringListModel* model = [] {
        QStringList names;
        for (const Country& country : CountryCatalog::all())
            names.append(country.name);
        names.sort(Qt::CaseInsensitive);
        return new QStringListModel(names);
    }();
    return model;
}

} // namespace

CountryEdit::CountryEdit(QWidget* parent)
    : QLineEdit(parent)
{
    auto* completer = new QCompleter(countryNames(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    setPlaceholderText(tr("Country name or ISO code"));
    connect(this, &QLineEdit::textChanged, this, [this] {
        setStyleSheet(isValid() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c00000; }"));
        setToolTip(isValid() ? QString()
                             : tr("Spyline does not know this country; use an ISO code or the English name"));
    });
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

} // namespace Spyline
