#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace Spyline {

// A country typed by name, code, short form or native name ("Italy", "IT", "USA", "PRC", "中国"),
// with a list of the countries it may mean, best first: "US" offers the United States before
// Australia. Picking from the list replaces the text; a highlighted row never changes it, and
// leaving the field while the list is open keeps what was typed.
class CountryEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CountryEdit(QWidget* parent = nullptr);

    void setCode(const QString& code);
    // The ISO code of what is typed; empty when the field is empty or names no country.
    QString code() const;
    bool isValid() const;
    // The names on offer for the text typed so far, best first.
    QStringList suggestions() const;
    QCompleter* countryCompleter() const
    {
        return m_completer;
    }

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void suggest(const QString& text);
    void showValidity();

    QStringListModel* m_suggestions;
    QCompleter* m_completer;
};

} // namespace Spyline
