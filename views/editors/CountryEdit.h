#pragma once

#include <QLineEdit>

namespace Spyline {

// A country typed by name or code ("Italy", "IT", "Soviet Union"), completed from the catalog.
class CountryEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CountryEdit(QWidget* parent = nullptr);

    void setCode(const QString& code);
    // The ISO code of what is typed; empty when the field is empty or names no country.
    QString code() const;
    bool isValid() const;
};

} // namespace Spyline
