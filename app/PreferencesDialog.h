#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace Spyline {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void setStatementWindowDays(int days);
    int statementWindowDays() const;
    // The language chosen: "en", "zh_CN", or empty for the system's.
    void setLanguage(const QString& code);
    QString language() const;

private:
    QSpinBox* m_statementWindow;
    QComboBox* m_language;
};

} // namespace Spyline
