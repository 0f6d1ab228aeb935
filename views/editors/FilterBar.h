#pragma once

#include "records/CaseFilter.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Spyline {

class PartialDateEdit;
class Store;

// Narrows the cases down: full-text search as you type, a date range, "as publicly known on" a day,
// country, agency, status and event kind, one button to clear them all, and the count "N of M
// cases". What a chart sets
// that these fields cannot show (a recruitment venue, the cases of a lag bin, several countries)
// is kept, named on a button that clears it, and stays part of filter().
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // Fills the country and agency choices from the collection.
    void setStore(Store* store);
    CaseFilter filter() const;
    void setFilter(const CaseFilter& filter);
    void setCounts(int shown, int total);
    QLineEdit* searchEdit() const
    {
        return m_search;
    }
    // "As Publicly Known On…" (Ctrl+Shift+K) for a menu: turns the day on and puts the cursor in it.
    QAction* knownOnAction() const
    {
        return m_knownOnAction;
    }

public Q_SLOTS:
    void clear();
    void focusSearch();
    void focusKnownOn();
    // Re-reads the countries and agencies in use.
    void refreshChoices();

Q_SIGNALS:
    void filterChanged(const Spyline::CaseFilter& filter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void announce();
    void showExtra();
    void showKnownOn();

    Store* m_store = nullptr;
    QLineEdit* m_search;
    PartialDateEdit* m_from;
    PartialDateEdit* m_to;
    QCheckBox* m_knownOnCheck;
    PartialDateEdit* m_knownOn;
    QAction* m_knownOnAction;
    QComboBox* m_country;
    QComboBox* m_agency;
    QComboBox* m_status;
    QComboBox* m_kind;
    QToolButton* m_clear;
    QLabel* m_count;
    QToolButton* m_extraButton;
    QTimer* m_typingTimer;
    CaseFilter m_extra; // the parts of the filter no field shows
    CaseFilter m_announced;
    bool m_updating = false;
};

} // namespace Spyline
