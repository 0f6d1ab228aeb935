#include "ImportFilePage.h"

#include "ImportAssistant.h"
#include "Palette.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Spyline {

namespace {
constexpr int PreviewRows = 12;
}

ImportFilePage::ImportFilePage(ImportAssistant& assistant)
    : m_assistant(assistant)
    , m_records(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_headerLine(new QSpinBox(this))
    , m_read(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_raw(new QTableWidget(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("The sheet"));
    setSubTitle(tr("What its rows are and how its text is read. Spyline has guessed; change what is wrong."));

    m_records->setObjectName(QStringLiteral("recordsComboBox"));
    for (SheetRecords records : {SheetRecords::Cases, SheetRecords::Statements, SheetRecords::Links})
        m_records->addItem(recordsLabel(records), recordsKey(records));
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    m_encoding->addItem(tr("Detect"), QString());
    for (SheetEncoding encoding : allEncodings())
        m_encoding->addItem(encodingLabel(encoding), encodingKey(encoding));
    m_delimiter->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiter->addItem(tr("Detect"), QString());
    for (QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')})
        m_delimiter->addItem(delimiterLabel(delimiter), delimiterKey(delimiter));
    m_headerLine->setObjectName(QStringLiteral("headerLineSpinBox"));
    m_headerLine->setRange(0, 1000);
    m_headerLine->setSpecialValueText(tr("Detect"));
    m_read->setObjectName(QStringLiteral("readLabel"));
    m_read->setTextFormat(Qt::PlainText);
    m_read->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("readWarningLabel"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(Palette::noticeStyleSheet(palette()));
    m_raw->setObjectName(QStringLiteral("rawTableWidget"));
    m_raw->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_raw->horizontalHeader()->setDefaultSectionSize(130);

    auto* form = new QFormLayout;
    form->addRow(tr("&Rows are"), m_records);
    form->addRow(tr("&Encoding"), m_encoding);
    form->addRow(tr("&Delimiter"), m_delimiter);
    form->addRow(tr("&Header on line"), m_headerLine);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_read);
    layout->addWidget(m_warning);
    layout->addWidget(m_raw, 1);

    connect(m_records, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_assistant.setRecords(recordsFromKey(m_records->currentData().toString()).value_or(SheetRecords::Cases));
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::readAgain);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::readAgain);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &ImportFilePage::readAgain);
    connect(&m_assistant, &ImportAssistant::sheetChanged, this, &ImportFilePage::showSheet);
    connect(&m_assistant, &ImportAssistant::mapChanged, this, [this] {
        const QSignalBlocker blocker(m_records);
        m_records->setCurrentIndex(m_records->findData(recordsKey(m_assistant.map().records)));
    });
}

bool ImportFilePage::isComplete() const
{
    return !m_assistant.table().header.isEmpty();
}

void ImportFilePage::readAgain()
{
    if (m_updating)
        return;
    SheetReadOptions options;
    options.encoding = encodingFromKey(m_encoding->currentData().toString());
    options.delimiter = delimiterFromKey(m_delimiter->currentData().toString());
    if (m_headerLine->value() > 0)
        options.headerLine = m_headerLine->value();
    if (Status s = m_assistant.reread(options); !s) {
        m_warning->setText(s.error());
        m_warning->show();
    }
}

void ImportFilePage::showSheet()
{
    const SheetTable& table = m_assistant.table();
    m_updating = true;
    m_read->setText(tr("%1: read as %2, %3-separated; the header is on line %4; %n rows below it.", "",
                       static_cast<int>(table.rows.size()))
                        .arg(table.name, encodingLabel(table.encoding), delimiterLabel(table.delimiter).toLower())
                        .arg(table.headerLine));
    m_warning->setText(table.warnings.join(u'\n'));
    m_warning->setVisible(!table.warnings.isEmpty());
    m_raw->clear();
    m_raw->setColumnCount(static_cast<int>(table.header.size()));
    m_raw->setHorizontalHeaderLabels(table.header);
    const int rows = static_cast<int>(std::min<qsizetype>(PreviewRows, table.rows.size()));
    m_raw->setRowCount(rows);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const SheetRow& row = table.rows.at(r);
        lines.append(tr("line %1").arg(row.line));
        for (int c = 0; c < table.header.size(); ++c)
            m_raw->setItem(r, c, new QTableWidgetItem(table.cell(row, c)));
    }
    m_raw->setVerticalHeaderLabels(lines);
    m_updating = false;
    Q_EMIT completeChanged();
}

} // namespace Spyline
