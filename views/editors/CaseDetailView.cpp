#include "CaseDetailView.h"

#include "GradeBadge.h"
#include "records/CountryCatalog.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "store/SourceRepository.h"
#include "store/Store.h"

#include <QContextMenuEvent>
#include <QHash>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QUrlQuery>

namespace Spyline {

namespace {

const QString recordScheme = QStringLiteral("spyline");

QUrl recordUrl(RecordRef::Kind kind, Id id)
{
    static const char* names[] = {"none", "case", "event", "actor", "source"};
    QUrl url;
    url.setScheme(recordScheme);
    url.setPath(QString::fromLatin1(names[static_cast<int>(kind)]) + u'/' + QString::number(id));
    return url;
}

// Writes the document with the cursor only: record text never passes through an HTML parser.
class Writer
{
public:
    explicit Writer(QTextDocument* document, const QPalette& palette)
        : m_cursor(document)
        , m_palette(palette)
    {
        m_plain.setForeground(palette.color(QPalette::Text));
        m_muted = m_plain;
        m_muted.setForeground(palette.color(QPalette::PlaceholderText));
        m_bold = m_plain;
        m_bold.setFontWeight(QFont::Bold);
    }

    void heading(const QString& text, qreal scale)
    {
        QTextBlockFormat block;
        block.setTopMargin(scale > 1.2 ? 0 : 12);
        block.setBottomMargin(4);
        newBlock(block);
        QTextCharFormat format = m_bold;
        format.setFontPointSize(m_cursor.document()->defaultFont().pointSizeF() * scale);
        m_cursor.insertText(text, format);
    }
    void paragraph(int indent = 0)
    {
        QTextBlockFormat block;
        block.setIndent(indent);
        block.setBottomMargin(2);
        newBlock(block);
    }
    void text(const QString& value)
    {
        m_cursor.insertText(value, m_plain);
    }
    void muted(const QString& value)
    {
        m_cursor.insertText(value, m_muted);
    }
    void bold(const QString& value)
    {
        m_cursor.insertText(value, m_bold);
    }
    void anchor(const QString& value, const QUrl& href, bool strong = false)
    {
        QTextCharFormat format = strong ? m_bold : m_plain;
        format.setAnchor(true);
        format.setAnchorHref(href.toString(QUrl::FullyEncoded));
        format.setForeground(m_palette.color(QPalette::Link));
        m_cursor.insertText(value, format);
    }
    void badge(const Grade& grade)
    {
        QTextCharFormat format = m_bold;
        format.setBackground(GradeBadge::color(grade));
        format.setForeground(GradeBadge::textColor(grade));
        format.setToolTip(GradeBadge::description(grade));
        m_cursor.insertText(QStringLiteral("\u2009%1\u2009").arg(grade.text()), format);
        m_cursor.insertText(QStringLiteral(" "), m_plain);
    }

private:
    void newBlock(const QTextBlockFormat& format)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_first = false;
        } else {
            m_cursor.insertBlock(format);
        }
    }

    QTextCursor m_cursor;
    QPalette m_palette;
    QTextCharFormat m_plain;
    QTextCharFormat m_muted;
    QTextCharFormat m_bold;
    bool m_first = true;
};

QString countryName(const QString& code)
{
    return code.isEmpty() ? QString() : CountryCatalog::name(code);
}

QString place(const Event& event)
{
    QStringList parts;
    if (!event.city.isEmpty())
        parts.append(event.city);
    if (!event.country.isEmpty())
        parts.append(countryName(event.country));
    return parts.join(QStringLiteral(", "));
}

} // namespace

CaseDetailView::CaseDetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("caseDetailView"));
    setAccessibleName(tr("Case details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setIndentWidth(14);
    document()->setDocumentMargin(8);
    connect(this, &QTextBrowser::anchorClicked, this, &CaseDetailView::onAnchorClicked);
    setPlaceholderText(tr("Select a case to see its people, events, links and sources."));
}

void CaseDetailView::setStore(Store* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::changed, this, &CaseDetailView::refresh);
    m_caseId = 0;
    refresh();
}

void CaseDetailView::setKnownOn(std::optional<DayNumber> day)
{
    if (day == m_asKnown.knownOn)
        return;
    m_asKnown.knownOn = day;
    refresh();
}

void CaseDetailView::showCase(Id caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    refresh();
}

void CaseDetailView::refresh()
{
    const int scroll = verticalScrollBar()->value();
    document()->clear();
    if (!m_store || !m_store->isOpen() || m_caseId == 0)
        return;
    auto record = CaseRepository(*m_store).get(m_caseId);
    if (!record) {
        m_caseId = 0;
        return;
    }
    ActorRepository actors(*m_store);
    QHash<Id, Actor> actorById;
    const auto actorOf = [&](Id id) -> const Actor* {
        if (id == 0)
            return nullptr;
        if (!actorById.contains(id)) {
            auto actor = actors.get(id);
            if (!actor)
                return nullptr;
            actorById.insert(id, *actor);
        }
        return &actorById[id];
    };

    Writer out(document(), palette());
    out.heading(record->title, 1.35);
    out.paragraph();
    out.muted(tr("Status: "));
    out.bold(toLabel(record->status));
    const QStringList facts = {
        record->sector.isEmpty() ? QString() : tr("sector: %1").arg(record->sector),
        record->targetCountry.isEmpty() ? QString() : tr("target: %1").arg(countryName(record->targetCountry)),
        record->accusedCountry.isEmpty() ? QString() : tr("accused: %1").arg(countryName(record->accusedCountry)),
        record->reference.isEmpty() ? QString() : tr("reference: %1").arg(record->reference),
    };
    for (const QString& fact : facts) {
        if (!fact.isEmpty())
            out.muted(QStringLiteral("  \u00b7  ") + fact);
    }
    // Still a case when no source dates its disclosure: say so rather than leave it out.
    if (const auto span = CaseRepository(*m_store).span(m_caseId); span && span->disclosedDay == 0)
        out.muted(QStringLiteral("  \u00b7  ") + tr("disclosure date unknown"));
    if (!record->summary.isEmpty()) {
        out.paragraph();
        out.text(record->summary);
    }

    auto events = EventRepository(*m_store).eventsOfCase(m_caseId);
    auto links = LinkRepository(*m_store).linksOfCase(m_caseId);
    auto sources = SourceRepository(*m_store).sourcesOfCase(m_caseId);
    if (const auto& day = m_asKnown.knownOn) {
        const qsizetype recorded = events ? events->size() : 0;
        const qsizetype cited = sources ? sources->size() : 0;
        if (events)
            events->removeIf([this](const Event& event) { return !m_asKnown.knows(event.date); });
        if (links) {
            links->removeIf([this](const LinkDetail& link) {
                return !m_asKnown.knows(link.from.date) || !m_asKnown.knows(link.to.date);
            });
        }
        if (sources) {
            sources->removeIf([this](const Source& source) { return !m_asKnown.canRead(source); });
        }
        const qsizetype laterEvents = recorded - (events ? events->size() : 0);
        const qsizetype laterSources = cited - (sources ? sources->size() : 0);
        out.paragraph();
        out.muted(tr("As publicly known on %1: %2 and %3 not known by then are left out; the status is as "
                     "recorded now.")
                      .arg(PartialDate::fromDay(*day).displayText(), tr("%n event(s)", nullptr, int(laterEvents)),
                           tr("%n source(s)", nullptr, int(laterSources))));
    }

    const auto roles = CaseRepository(*m_store).roles(m_caseId);
    if (roles && !roles->isEmpty()) {
        out.heading(tr("People and organisations"), 1.1);
        for (const Role& role : *roles) {
            const Actor* actor = actorOf(role.actorId);
            if (!actor)
                continue;
            out.paragraph(1);
            out.muted(toLabel(role.role) + QStringLiteral(": "));
            out.anchor(actor->name, recordUrl(RecordRef::Kind::Actor, actor->id), true);
            if (!actor->nativeName.isEmpty())
                out.text(QStringLiteral(" (") + actor->nativeName + u')');
            QStringList about;
            if (!actor->country.isEmpty())
                about.append(countryName(actor->country));
            if (!actor->born.isNull())
                about.append(tr("born %1").arg(actor->born.displayText()));
            if (const Actor* parent = actorOf(actor->partOf))
                about.append(tr("part of %1").arg(parent->name));
            if (!about.isEmpty())
                out.muted(QStringLiteral(", ") + about.join(QStringLiteral(", ")));
            if (!role.note.isEmpty())
                out.muted(QStringLiteral(" \u2014 ") + role.note);
        }
    }

    if (events && !events->isEmpty()) {
        out.heading(tr("Events"), 1.1);
        for (const Event& event : *events) {
            out.paragraph(1);
            QString when = event.date.displayText();
            if (!event.endDate.isNull())
                when += QStringLiteral(" \u2013 ") + event.endDate.displayText();
            out.bold(when);
            out.muted(QStringLiteral("  ") + toLabel(event.kind) + QStringLiteral("  "));
            out.anchor(event.title, recordUrl(RecordRef::Kind::Event, event.id));
            QStringList about;
            if (const Actor* actor = actorOf(event.actorId))
                about.append(tr("by %1").arg(actor->name));
            if (const QString where = place(event); !where.isEmpty())
                about.append(tr("in %1").arg(where));
            if (!about.isEmpty())
                out.muted(QStringLiteral(" \u2014 ") + about.join(QStringLiteral(", ")));
            if (!event.venueContext.isEmpty()) {
                out.paragraph(2);
                out.muted(tr("Venue and context: "));
                out.text(event.venueContext);
            }
            if (!event.description.isEmpty()) {
                out.paragraph(2);
                out.text(event.description);
            }
        }
    }

    if (links && !links->isEmpty()) {
        out.heading(tr("Links"), 1.1);
        for (const LinkDetail& link : *links) {
            out.paragraph(1);
            out.anchor(link.from.title, recordUrl(RecordRef::Kind::Event, link.from.id));
            out.muted(QStringLiteral(" ") + toLabel(link.link.relation) + QStringLiteral(" "));
            out.anchor(link.to.title, recordUrl(RecordRef::Kind::Event, link.to.id));
            out.muted(QStringLiteral(" (%1)").arg(link.to.date.displayText()));
            out.text(QStringLiteral(" \u2014 "));
            out.bold(tr("lag %1").arg(link.lag.text()));
            if (!link.link.note.isEmpty()) {
                out.paragraph(2);
                out.muted(link.link.note);
            }
        }
    }

    if (sources && !sources->isEmpty()) {
        out.heading(tr("Sources"), 1.1);
        for (const Source& source : *sources) {
            out.paragraph(1);
            out.badge(source.grade);
            if (!source.publisher.isEmpty())
                out.bold(source.publisher + QStringLiteral(": "));
            out.text(source.title.isEmpty() ? tr("(untitled)") : source.title);
            if (!source.published.isNull())
                out.muted(QStringLiteral(" (") + source.published.displayText() + u')');
            out.paragraph(2);
            out.anchor(source.url, QUrl(source.url, QUrl::TolerantMode));
        }
    }
    verticalScrollBar()->setValue(scroll);
}

RecordRef CaseDetailView::recordOf(const QUrl& url)
{
    if (url.scheme() != recordScheme)
        return {};
    const QStringList parts = url.path().split(u'/');
    if (parts.size() != 2)
        return {};
    static const QHash<QString, RecordRef::Kind> kinds = {{QStringLiteral("case"), RecordRef::Kind::Case},
                                                          {QStringLiteral("event"), RecordRef::Kind::Event},
                                                          {QStringLiteral("actor"), RecordRef::Kind::Actor},
                                                          {QStringLiteral("source"), RecordRef::Kind::Source}};
    return RecordRef {kinds.value(parts.at(0), RecordRef::Kind::None), parts.at(1).toLongLong()};
}

void CaseDetailView::onAnchorClicked(const QUrl& url)
{
    if (const RecordRef record = recordOf(url); !record.isNull()) {
        Q_EMIT recordActivated(record);
        return;
    }
    const QString scheme = url.scheme().toLower();
    if ((scheme == QStringLiteral("http") || scheme == QStringLiteral("https")) && !url.host().isEmpty())
        Q_EMIT urlActivated(url);
}

void CaseDetailView::contextMenuEvent(QContextMenuEvent* event)
{
    const RecordRef record = recordOf(QUrl(anchorAt(event->pos())));
    if (record.isNull()) {
        QTextBrowser::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Edit\u2026"), this, [this, record] { Q_EMIT editRequested(record); });
    if (record.kind == RecordRef::Kind::Event && m_store) {
        auto stored = EventRepository(*m_store).get(record.id);
        if (stored && stored->kind == EventKind::Announcement)
            menu.addAction(tr("Link to a Preceding Statement\u2026"), this,
                           [this, record] { Q_EMIT linkRequested(record.id); });
    }
    menu.addAction(tr("Delete"), this, [this, record] { Q_EMIT deleteRequested(record); });
    menu.exec(event->globalPos());
}

} // namespace Spyline
