#pragma once

#include "records/Records.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Spyline {

// The Admiralty grade of a source as two choices that say what they mean: the letter, how reliable
// the source is (A completely reliable ... F cannot be judged); the digit, how credible the report
// is (1 confirmed by other sources ... 6 cannot be judged); and the grade as it will read ("B2").
class GradePicker : public QWidget
{
    Q_OBJECT
public:
    explicit GradePicker(QWidget* parent = nullptr);

    Grade grade() const;
    void setGrade(const Grade& grade);
    // "Letter: how reliable the source is ...; digit: how credible the report is ...".
    static QString explanation();

Q_SIGNALS:
    void gradeChanged(const Spyline::Grade& grade);

private:
    void showGrade();

    QComboBox* m_reliability;
    QComboBox* m_credibility;
    QLabel* m_summary;
};

} // namespace Spyline
