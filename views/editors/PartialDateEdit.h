#pragma once

#include "records/PartialDate.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace Spyline {

// A field for a date as sources give it: EDTF ("1984-01", "1984~", "193X", "../2023-08-11") or
// the friendlier forms people type ("c. 1984", "1930s", "before 11 Aug 2023"), checked as it is
// typed: beside it, the date as read and how it will be stored ("c. 1984 · stored as 1984~"), or
// the reason it is not a date. The placeholder and tooltip name the forms it takes.
class PartialDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit PartialDateEdit(QWidget* parent = nullptr);

    void setRequired(bool required);
    // What an empty field means, shown beside it: "date unknown". Nothing by default.
    void setEmptyText(const QString& text);
    // Compact: no feedback beside the field; the reason shows as the tooltip and a red border.
    void setCompact(bool compact);
    bool isRequired() const
    {
        return m_required;
    }
    void setDate(const PartialDate& date);
    // A null date when the field is empty; std::nullopt when the text is not a date.
    std::optional<PartialDate> date() const;
    bool isValid() const
    {
        return m_problem.isEmpty();
    }
    // Why the text is not acceptable, or empty.
    const QString& problem() const
    {
        return m_problem;
    }
    QLineEdit* lineEdit() const
    {
        return m_lineEdit;
    }
    QString text() const;
    // "c. 1984 · stored as 1984~": a date as people read it and as it is kept.
    static QString storedAs(const PartialDate& date);

Q_SIGNALS:
    void dateChanged();
    void validityChanged(bool valid);

protected:
    // A dark or light palette anew: the feedback's colours follow it.
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void check();

    QLineEdit* m_lineEdit;
    QLabel* m_feedbackLabel;
    bool m_required = false;
    bool m_compact = false;
    QString m_emptyText;
    QString m_problem;
};

} // namespace Spyline
