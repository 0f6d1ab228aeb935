#include "ImportAssistant.h"

#include "ImportColumnsPage.h"
#include "ImportFilePage.h"
#include "ImportPreviewPage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace Spyline {

ImportAssistant::ImportAssistant(QWidget* parent)
    : QWizard(parent)
    , m_filePage(new ImportFilePage(*this))
    , m_columnsPage(new ImportColumnsPage(*this))
    , m_previewPage(new ImportPreviewPage(*this))
{
    setObjectName(QStringLiteral("importAssistantWizard"));
    setWindowTitle(tr("Import a Sheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, m_filePage);
    setPage(ColumnsPage, m_columnsPage);
    setPage(PreviewPage, m_previewPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(1000, 680);
}

ImportAssistant::~ImportAssistant() = default;

Status ImportAssistant::openFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaxSheetBytes + 1);
    if (bytes.size() > MaxSheetBytes)
        return fail(tr("%1 is larger than %2 MB; split it into several sheets")
                        .arg(QFileInfo(path).fileName())
                        .arg(MaxSheetBytes / (1024 * 1024)));
    return openData(bytes, QFileInfo(path).fileName());
}

Status ImportAssistant::openData(const QByteArray& bytes, const QString& name)
{
    m_bytes = bytes;
    m_name = name;
    m_readOptions = {};
    m_map = {};
    if (Status s = reread({}); !s)
        return s;
    m_skipBadValues = false;
    return {};
}

void ImportAssistant::setDryRun(DryRun dryRun)
{
    m_dryRun = std::move(dryRun);
}

Status ImportAssistant::reread(const SheetReadOptions& options)
{
    QBuffer buffer;
    buffer.setData(m_bytes);
    buffer.open(QIODevice::ReadOnly);
    auto table = readSheet(buffer, m_name, options);
    if (!table)
        return table.status();
    const bool sameColumns = table->header == m_table.header && !m_table.header.isEmpty();
    m_table = *table;
    m_readOptions = options;
    if (!sameColumns) {
        const SheetRecords records = m_map.records;
        m_map = ImportMap::guess(records, m_table.header);
    }
    m_map.read = m_readOptions;
    Q_EMIT sheetChanged();
    Q_EMIT mapChanged();
    return {};
}

Status ImportAssistant::useMap(const ImportMap& map)
{
    const SheetReadOptions options = map.read;
    if (!(options == m_readOptions)) {
        QBuffer buffer;
        buffer.setData(m_bytes);
        buffer.open(QIODevice::ReadOnly);
        auto table = readSheet(buffer, m_name, options);
        if (!table)
            return table.status();
        m_table = *table;
        m_readOptions = options;
        Q_EMIT sheetChanged();
    }
    m_map = map;
    Q_EMIT mapChanged();
    return {};
}

void ImportAssistant::setRecords(SheetRecords records)
{
    if (records == m_map.records)
        return;
    m_map = ImportMap::guess(records, m_table.header);
    m_map.read = m_readOptions;
    Q_EMIT mapChanged();
}

void ImportAssistant::setColumnFields(const QString& column, const QStringList& fields)
{
    if (fields.isEmpty())
        m_map.columns.remove(column);
    else
        m_map.columns.insert(column, fields);
    Q_EMIT mapChanged();
}

void ImportAssistant::setKey(const QString& column)
{
    m_map.key = column;
    Q_EMIT mapChanged();
}

void ImportAssistant::setValueRules(const QMap<QString, QList<ImportMap::ValueRule>>& rules)
{
    m_map.values = rules;
    Q_EMIT mapChanged();
}

void ImportAssistant::setSkipBadValues(bool skip)
{
    m_skipBadValues = skip;
    Q_EMIT mapChanged();
}

void ImportAssistant::dryRun(DryRunDone done) const
{
    if (!m_dryRun) {
        done(fail(tr("no collection to check against")));
        return;
    }
    m_dryRun(m_table, m_map, m_skipBadValues, std::move(done));
}

} // namespace Spyline
