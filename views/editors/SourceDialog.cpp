#include "SourceDialog.h"

#include "Palette.h"
#include "PartialDateEdit.h"
#include "records/Validation.h"
#include "store/SourceRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Spyline {

SourceDialog::SourceDialog(Store& store, Save save, QWidget* parent)
    : RecordDialog(store, std::move(save), parent)
    , m_url(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_publisher(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_published(new PartialDateEdit(this))
    , m_reliability(new QComboBox(this))
    , m_credibility(new QComboBox(this))
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(tr("New Source"));
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_urlProblem->setObjectName(QStringLiteral("urlProblemLabel"));
    m_urlProblem->setTextFormat(Qt::PlainText);
    m_urlProblem->setStyleSheet(Palette::problemLabelStyleSheet(palette()));
    m_publisher->setObjectName(QStringLiteral("publisherLineEdit"));
    auto* publishers = new QCompleter(SourceRepository(store).publishers().value_or({}), m_publisher);
    publishers->setCaseSensitivity(Qt::CaseInsensitive);
    m_publisher->setCompleter(publishers);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_published->setObjectName(QStringLiteral("publishedDateEdit"));
    m_reliability->setObjectName(QStringLiteral("reliabilityComboBox"));
    m_credibility->setObjectName(QStringLiteral("credibilityComboBox"));
    for (char r = 'A'; r <= 'F'; ++r) {
        const Grade grade {r, 6};
        m_reliability->addItem(QStringLiteral("%1 \u2014 %2").arg(QChar::fromLatin1(r)).arg(grade.reliabilityLabel()),
                               QString(QChar::fromLatin1(r)));
    }
    for (int c = 1; c <= 6; ++c) {
        const Grade grade {'F', c};
        m_credibility->addItem(QStringLiteral("%1 \u2014 %2").arg(c).arg(grade.credibilityLabel()), c);
    }
    m_reliability->setCurrentIndex(5);
    m_credibility->setCurrentIndex(5);
    form()->addRow(tr("Web address *"), m_url);
    form()->addRow(QString(), m_urlProblem);
    form()->addRow(tr("Publisher"), m_publisher);
    form()->addRow(tr("Title"), m_title);
    form()->addRow(tr("Published"), m_published);
    form()->addRow(tr("Reliability of the source"), m_reliability);
    form()->addRow(tr("Credibility of the report"), m_credibility);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        const Status valid = validateSourceUrl(m_url->text());
        m_urlProblem->setText(valid || m_url->text().isEmpty() ? QString()
                                                               : valid.error().section(QStringLiteral(": "), 1));
    });
    resize(600, 320);
}

Status SourceDialog::loadSource(Id sourceId)
{
    auto source = SourceRepository(store()).get(sourceId);
    if (!source)
        return source.status();
    m_before.sources = {*source};
    m_sourceId = sourceId;
    setWindowTitle(tr("Edit Source"));
    m_url->setText(source->url);
    m_publisher->setText(source->publisher);
    m_title->setText(source->title);
    m_published->setDate(source->published);
    m_reliability->setCurrentIndex(source->grade.reliability - 'A');
    m_credibility->setCurrentIndex(source->grade.credibility - 1);
    return {};
}

Result<RecordSet> SourceDialog::records() const
{
    if (Status s = validateSourceUrl(m_url->text().trimmed()); !s)
        return fail(s.error());
    if (!m_published->isValid())
        return fail(tr("Published: %1").arg(m_published->problem()));
    Source source;
    source.id = m_sourceId;
    source.url = m_url->text().trimmed();
    source.publisher = m_publisher->text().trimmed();
    source.title = m_title->text().trimmed();
    source.published = m_published->date().value_or(PartialDate());
    source.grade =
        Grade {m_reliability->currentData().toString().at(0).toLatin1(), m_credibility->currentData().toInt()};
    RecordSet set;
    set.sources = {source};
    return set;
}

} // namespace Spyline
