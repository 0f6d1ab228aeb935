#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Spyline {

class ImportAssistant;

// The first step of the import assistant: what the rows are (cases, statements, links) and how
// the file is read: its encoding, delimiter and header line, each detected and adjustable, with
// the first records as they were read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportAssistant& assistant);

    bool isComplete() const override;

private:
    void showSheet();
    void readAgain();

    ImportAssistant& m_assistant;
    QComboBox* m_records;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QSpinBox* m_headerLine;
    QLabel* m_read;
    QLabel* m_warning;
    QTableWidget* m_raw;
    bool m_updating = false;
};

} // namespace Spyline
