#pragma once

#include "PartialDate.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace Spyline {

// A field for a partial date as the news gives it ("1984-01", "~2023-03", "2022"), checked as it
// is typed: beside it, the date as read ("Jan 1984") or the reason it is not a date.
class PartialDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit PartialDateEdit(QWidget* parent = nullptr);

    void setRequired(bool required);
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

Q_SIGNALS:
    void dateChanged();
    void validityChanged(bool valid);

private:
    void check();

    QLineEdit* m_lineEdit;
    QLabel* m_feedbackLabel;
    bool m_required = false;
    bool m_compact = false;
    QString m_problem;
};

} // namespace Spyline
