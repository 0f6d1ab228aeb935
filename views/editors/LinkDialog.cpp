#include "LinkDialog.h"

#include "records/CountryCatalog.h"
#include "store/EventRepository.h"
#include "store/SourceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTextDocument>
#include <QTreeWidget>

namespace Spyline {

LinkDialog::LinkDialog(Store& store, Save save, int windowDays, QWidget* parent)
    : RecordDialog(store, std::move(save), parent)
    , m_announcement(new QLabel(this))
    , m_window(new QSpinBox(this))
    , m_proposals(new QTreeWidget(this))
    , m_relation(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Link to a Preceding Statement"));
    m_announcement->setObjectName(QStringLiteral("announcementLabel"));
    m_announcement->setTextFormat(Qt::PlainText);
    m_announcement->setWordWrap(true);
    m_window->setObjectName(QStringLiteral("windowSpinBox"));
    m_window->setRange(1, 3650);
    m_window->setValue(windowDays);
    m_window->setSuffix(tr(" days before"));
    m_proposals->setObjectName(QStringLiteral("statementTreeWidget"));
    m_proposals->setHeaderLabels({tr("Date"), tr("Statement"), tr("Said by"), tr("Side"), tr("Lag")});
    m_proposals->setRootIsDecorated(false);
    m_proposals->setUniformRowHeights(true);
    m_proposals->header()->setStretchLastSection(false);
    m_proposals->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_proposals->setMinimumHeight(200);
    m_relation->setObjectName(QStringLiteral("relationComboBox"));
    for (LinkRelation relation : allValues<LinkRelation>())
        m_relation->addItem(toLabel(relation), toKey(relation));
    m_source->setObjectName(QStringLiteral("sourceComboBox"));
    m_note->setObjectName(QStringLiteral("noteLineEdit"));
    m_note->setPlaceholderText(tr("what the source says that ties the two, e.g. \"21 days after Burns's claim\""));
    form()->addRow(tr("Announcement"), m_announcement);
    form()->addRow(tr("Statements of the"), m_window);
    form()->addRow(m_proposals);
    form()->addRow(tr("Relation"), m_relation);
    form()->addRow(tr("Source of the tie"), m_source);
    form()->addRow(tr("Note"), m_note);
    connect(m_window, &QSpinBox::valueChanged, this, &LinkDialog::propose);
    resize(760, 520);
}

Status LinkDialog::loadAnnouncement(Id announcementId)
{
    auto announcement = EventRepository(store()).get(announcementId);
    if (!announcement)
        return announcement.status();
    m_announcementId = announcementId;
    m_announcement->setText(QStringLiteral("%1 \u2014 %2").arg(announcement->date.displayText(), announcement->title));
    m_source->clear();
    m_source->addItem(tr("(none)"), 0);
    if (announcement->caseId != 0) {
        for (const Source& source : SourceRepository(store()).sourcesOfCase(announcement->caseId).value_or({})) {
            m_source->addItem(QStringLiteral("%1 %2: %3").arg(source.grade.text(), source.publisher, source.title),
                              source.id);
        }
        if (m_source->count() > 1)
            m_source->setCurrentIndex(1);
    }
    propose();
    return {};
}

void LinkDialog::propose()
{
    m_proposals->clear();
    if (m_announcementId == 0)
        return;
    const auto proposals = proposeStatements(store(), m_announcementId, m_window->value());
    for (const StatementProposal& proposal : proposals.value_or({})) {
        auto* item = new QTreeWidgetItem(m_proposals);
        item->setText(0, proposal.statement.date.displayText());
        item->setText(1, proposal.statement.title);
        item->setText(2, proposal.speaker);
        item->setText(3, proposal.otherSide ? tr("other side") : tr("same side"));
        item->setText(4, proposal.lag.text());
        item->setData(0, Qt::UserRole, proposal.statement.id);
        item->setToolTip(1, Qt::convertFromPlainText(proposal.statement.title));
    }
    for (int column : {0, 2, 3, 4})
        m_proposals->resizeColumnToContents(column);
    if (m_proposals->topLevelItemCount() > 0)
        m_proposals->setCurrentItem(m_proposals->topLevelItem(0));
}

Result<RecordSet> LinkDialog::records() const
{
    const QTreeWidgetItem* picked = m_proposals->currentItem();
    if (!picked)
        return fail(tr("Pick the statement the announcement follows; widen the days if it is not listed"));
    Link link;
    link.fromEvent = m_announcementId;
    link.toEvent = picked->data(0, Qt::UserRole).toLongLong();
    link.relation = fromKey<LinkRelation>(m_relation->currentData().toString()).value_or(LinkRelation::RespondsTo);
    link.note = m_note->text().trimmed();
    link.sourceId = m_source->currentData().toLongLong();
    RecordSet set;
    set.links = {link};
    return set;
}

} // namespace Spyline
