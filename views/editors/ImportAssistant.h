#pragma once

#include "transfer/sheet/SheetImport.h"

#include <QWizard>

#include <functional>

namespace Spyline {

class ImportColumnsPage;
class ImportFilePage;
class ImportPreviewPage;

// File -> Import... for CSV and TSV sheets: how the file is read (encoding, delimiter, header
// row, detected and adjustable), which Spyline field each column holds (guessed from the header
// names, in English and Chinese), value rules (status words, country spellings), and a preview
// of the rows as they will be stored with every problem of the whole file. The mapping is saved
// and loaded as the same MAP.json the command line takes. It imports nothing itself: accepted,
// it hands over the sheet, the map and the options.
class ImportAssistant : public QWizard
{
    Q_OBJECT
public:
    // Checks the sheet against the collection without changing it, for the preview: in the
    // background, handing the report to `done` on the UI thread (never, if cancelled).
    using DryRunDone = std::function<void(const Result<SheetImportReport>& report)>;
    using DryRun =
        std::function<void(const SheetTable& table, const ImportMap& map, bool skipBadValues, DryRunDone done)>;

    enum Page
    {
        FilePage,
        ColumnsPage,
        PreviewPage,
    };

    explicit ImportAssistant(QWidget* parent = nullptr);
    ~ImportAssistant() override;

    // Reads the file (at most MaxSheetBytes) and guesses how to take it.
    Status openFile(const QString& path);
    Status openData(const QByteArray& bytes, const QString& name);
    void setDryRun(DryRun dryRun);

    const SheetTable& table() const
    {
        return m_table;
    }
    const ImportMap& map() const
    {
        return m_map;
    }
    bool skipBadValues() const
    {
        return m_skipBadValues;
    }
    QString fileName() const
    {
        return m_name;
    }

    // Reads the sheet again as the options say; keeps the map where the columns are the same.
    Status reread(const SheetReadOptions& options);
    // Replaces the map (loaded, or the TimelineJS template); its read options apply too.
    Status useMap(const ImportMap& map);
    void setRecords(SheetRecords records);
    void setColumnFields(const QString& column, const QStringList& fields);
    void setKey(const QString& column);
    void setValueRules(const QMap<QString, QList<ImportMap::ValueRule>>& rules);
    void setSkipBadValues(bool skip);
    void dryRun(DryRunDone done) const;

Q_SIGNALS:
    void sheetChanged();
    void mapChanged();

private:
    QByteArray m_bytes;
    QString m_name;
    SheetTable m_table;
    ImportMap m_map;
    SheetReadOptions m_readOptions;
    bool m_skipBadValues = false;
    DryRun m_dryRun;
    ImportFilePage* m_filePage;
    ImportColumnsPage* m_columnsPage;
    ImportPreviewPage* m_previewPage;
};

} // namespace Spyline
