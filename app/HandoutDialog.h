#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Spyline {

// File > Export Handout and Print Handout: the handout's title and subtitle, a summary instead of
// the table of every case, and how many pages it will take, before anything is written.
class HandoutDialog : public QDialog
{
    Q_OBJECT
public:
    // `estimate` gives the pages for a full (false) or summary (true) handout.
    HandoutDialog(qsizetype cases, std::function<int(bool summary)> estimate, QWidget* parent = nullptr);
    ~HandoutDialog() override;

    QString title() const;
    QString subtitle() const;
    void setSubtitle(const QString& text);
    bool summary() const;

private:
    void updateEstimate();

    qsizetype m_cases;
    std::function<int(bool)> m_estimate;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QCheckBox* m_summary;
    QLabel* m_size;
};

} // namespace Spyline
