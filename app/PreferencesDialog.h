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
    // The colours chosen: "system", "light" or "dark" (WindowPalette::choices()).
    void setColours(const QString& choice);
    QString colours() const;

private:
    QSpinBox* m_statementWindow;
    QComboBox* m_language;
    QComboBox* m_colours;
};

} // namespace Spyline
