#pragma once

#include <QDialog>

class QSpinBox;

namespace Spyline {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void setStatementWindowDays(int days);
    int statementWindowDays() const;

private:
    QSpinBox* m_statementWindow;
};

} // namespace Spyline
