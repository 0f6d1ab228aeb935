#include "CaseTables.h"

#include "AccessibleNames.h"
#include "EditorDelegates.h"
#include "GradeBadge.h"
#include "GradePicker.h"
#include "Palette.h"
#include "PartialDateEdit.h"
#include "records/CountryCatalog.h"
#include "records/FriendlyDate.h"
#include "records/Validation.h"
#include "store/ActorRepository.h"
#include "store/SourceRepository.h"

#include <QHeaderView>
#include <QTextDocument>

namespace Spyline {

namespace {

constexpr int KeyRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ProblemRole = Qt::UserRole + 2;
constexpr int EndDateRole = Qt::UserRole + 3;
constexpr int ReferenceRole = Qt::UserRole + 4; // the sheet key an event keeps, not edited here

template<typename Enum>
QList<std::pair<QString, QString>> choices()
{
    QList<std::pair<QString, QString>> list;
    for (Enum value : allValues<Enum>())
        list.append({toLabel(value), toKey(value)});
    return list;
}

ActorKind defaultKindFor(RoleKind role)
{
    switch (role) {
    case RoleKind::SponsoringAgency:
    case RoleKind::DisclosingAuthority:
        return ActorKind::Agency;
    case RoleKind::Employer:
        return ActorKind::Organisation;
    default:
        return ActorKind::Person;
    }
}

} // namespace

ActorResolver::ActorResolver(Store& store)
    : m_store(store)
{
}

Result<Id> ActorResolver::resolve(const QString& name, const QString& countryCode, ActorKind kindForNew)
{
    const QString trimmed = name.trimmed();
    const QString key = trimmed.toCaseFolded() + u'\x1f' + countryCode;
    if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd())
        return *it;
    auto stored = ActorRepository(m_store).find(trimmed, countryCode);
    if (!stored)
        return fail(stored.error());
    Id id = *stored;
    if (id == 0) {
        // Without a country typed, a stored actor of that name anywhere is meant.
        if (countryCode.isEmpty()) {
            for (const Actor& actor : *ActorRepository(m_store).all()) {
                if (actor.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
                    id = actor.id;
                    break;
                }
            }
        }
    }
    if (id == 0) {
        id = -(1000 + static_cast<Id>(m_newActors.size()));
        Actor actor;
        actor.id = id;
        actor.kind = kindForNew;
        actor.name = trimmed;
        actor.country = countryCode;
        m_newActors.append(actor);
    }
    m_byKey.insert(key, id);
    return id;
}

RecordTable::RecordTable(const QString& what, const QStringList& headers, QWidget* parent)
    : QTableWidget(0, static_cast<int>(headers.size()), parent)
    , m_what(what)
{
    setAccessibleName(what);
    AccessibleNames::nameCornerButton(this);
    setHorizontalHeaderLabels(headers);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setWordWrap(false);
    connect(this, &QTableWidget::cellChanged, this, [this](int row, int column) {
        checkRow(row);
        const QTableWidgetItem* cell = item(row, column);
        const QString reason = cell ? cell->data(ProblemRole).toString() : QString();
        Q_EMIT problemNoticed(reason.isEmpty() ? QString() : problemAt(row, column, reason).message);
    });
}

QString RecordTable::cellProblem(int, int, const QString&) const
{
    return {};
}

void RecordTable::checkWhileTyping(const QList<std::pair<int, TypingDelegate*>>& delegates)
{
    for (const auto& [column, delegate] : delegates) {
        setItemDelegateForColumn(column, delegate);
        connect(delegate, &TypingDelegate::typed, this,
                [this](QWidget* editor, const QModelIndex& index, const QString& text) {
                    checkTyping(editor, index.row(), index.column(), text);
                });
    }
}

void RecordTable::checkTyping(QWidget* editor, int row, int column, const QString& text)
{
    const QString reason = cellProblem(row, column, text.trimmed());
    // A frameless cell editor shows its state by its background.
    editor->setStyleSheet(reason.isEmpty() ? QString()
                                           : QStringLiteral("QLineEdit { background: %1; }")
                                                 .arg(Palette::problemBackground(editor->palette()).name()));
    editor->setToolTip(reason.isEmpty() ? QString() : Qt::convertFromPlainText(reason, Qt::WhiteSpaceNormal));
    Q_EMIT problemNoticed(reason.isEmpty() ? QString() : problemAt(row, column, reason).message);
}

QList<RecordTable::Problem> RecordTable::problems() const
{
    QList<Problem> list;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            const QTableWidgetItem* cell = item(row, column);
            const QString reason = cell ? cell->data(ProblemRole).toString() : QString();
            if (!reason.isEmpty())
                list.append({row, column, problemAt(row, column, reason).message});
        }
    }
    return list;
}

int RecordTable::addRow()
{
    const int row = rowCount();
    blockSignals(true);
    insertRow(row);
    for (int column = 0; column < columnCount(); ++column)
        setItem(row, column, new QTableWidgetItem());
    blockSignals(false);
    checkRow(row);
    return row;
}

void RecordTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        removeRow(row);
}

QString RecordTable::text(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->text().trimmed() : QString();
}

QString RecordTable::key(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->data(KeyRole).toString() : QString();
}

Id RecordTable::rowId(int row) const
{
    const QTableWidgetItem* cell = item(row, 0);
    return cell ? cell->data(IdRole).toLongLong() : 0;
}

void RecordTable::setCell(int row, int column, const QString& value, const QString& cellKey)
{
    auto* cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem();
        setItem(row, column, cell);
    }
    cell->setText(value);
    if (!cellKey.isEmpty())
        cell->setData(KeyRole, cellKey);
}

void RecordTable::setRowId(int row, Id id)
{
    item(row, 0)->setData(IdRole, id);
}

void RecordTable::markCell(int row, int column, const QString& reason)
{
    QTableWidgetItem* cell = item(row, column);
    if (!cell)
        return;
    const bool wrong = !reason.isEmpty();
    if (cell->data(ProblemRole).toString() == reason)
        return;
    const QSignalBlocker blocker(this);
    cell->setData(ProblemRole, reason);
    cell->setBackground(wrong ? QBrush(Palette::problemBackground(palette())) : QBrush());
    // As typed, quotes and all: plain text in a paragraph, never read as markup.
    cell->setToolTip(wrong ? Qt::convertFromPlainText(reason, Qt::WhiteSpaceNormal) : QString());
}

QString RecordTable::firstProblem() const
{
    const QList<Problem> all = problems();
    return all.isEmpty() ? QString() : all.first().message;
}

Failure RecordTable::problemAt(int row, int column, const QString& reason) const
{
    return fail(tr("%1, row %2, %3: %4")
                    .arg(m_what)
                    .arg(row + 1)
                    .arg(horizontalHeaderItem(column)->text().remove(u'*').trimmed().toLower(), reason));
}

RolesTable::RolesTable(const QStringList& actorNames, QWidget* parent)
    : RecordTable(tr("People"), {tr("Name *"), tr("Role"), tr("Kind"), tr("Country"), tr("Note")}, parent)
{
    setObjectName(QStringLiteral("rolesTableWidget"));
    checkWhileTyping(
        {{NameColumn, new CompletingDelegate(actorNames, this)}, {CountryColumn, new CountryDelegate(this)}});
    setItemDelegateForColumn(RoleColumn, new ChoiceDelegate(choices<RoleKind>(), this));
    setItemDelegateForColumn(KindColumn, new ChoiceDelegate(choices<ActorKind>(), this));
    setColumnWidth(NameColumn, 200);
    setColumnWidth(RoleColumn, 150);
}

void RolesTable::load(const QList<Role>& roles, const QHash<Id, Actor>& actors)
{
    setRowCount(0);
    for (const Role& role : roles) {
        const int row = addRow();
        const Actor actor = actors.value(role.actorId);
        blockSignals(true);
        setCell(row, NameColumn, actor.name);
        setRowId(row, role.id);
        setCell(row, RoleColumn, toLabel(role.role), toKey(role.role));
        setCell(row, KindColumn, toLabel(actor.kind), toKey(actor.kind));
        setCell(row, CountryColumn, actor.country.isEmpty() ? QString() : CountryCatalog::name(actor.country));
        setCell(row, NoteColumn, role.note);
        blockSignals(false);
        checkRow(row);
    }
}

void RolesTable::checkRow(int row)
{
    if (key(row, RoleColumn).isEmpty()) {
        const QSignalBlocker blocker(this);
        setCell(row, RoleColumn, toLabel(RoleKind::Suspect), toKey(RoleKind::Suspect));
    }
    for (int column : {NameColumn, CountryColumn})
        markCell(row, column, cellProblem(row, column, text(row, column)));
}

QString RolesTable::cellProblem(int, int column, const QString& text) const
{
    if (column == NameColumn && text.isEmpty())
        return tr("a name is required");
    if (column == CountryColumn && !text.isEmpty() && !CountryCatalog::resolve(text))
        return tr("not a country Spyline knows; use a code (IT, US), a short form (USA, PRC) or the name");
    return {};
}

Result<QList<Role>> RolesTable::collect(Id caseId, ActorResolver& actors) const
{
    if (const QString problem = firstProblem(); !problem.isEmpty())
        return fail(problem);
    QList<Role> roles;
    for (int row = 0; row < rowCount(); ++row) {
        const RoleKind role = fromKey<RoleKind>(key(row, RoleColumn)).value_or(RoleKind::Suspect);
        const ActorKind kind = fromKey<ActorKind>(key(row, KindColumn)).value_or(defaultKindFor(role));
        const QString country = CountryCatalog::resolve(text(row, CountryColumn)).value_or(QString());
        auto actorId = actors.resolve(text(row, NameColumn), country, kind);
        if (!actorId)
            return problemAt(row, NameColumn, actorId.error());
        roles.append(Role {rowId(row), caseId, *actorId, role, text(row, NoteColumn)});
    }
    return roles;
}

QStringList RolesTable::suspectNames() const
{
    QStringList names;
    for (int row = 0; row < rowCount(); ++row) {
        if (key(row, RoleColumn) == toKey(RoleKind::Suspect) && !text(row, NameColumn).isEmpty())
            names.append(text(row, NameColumn));
    }
    return names;
}

EventsTable::EventsTable(const QStringList& actorNames, QWidget* parent)
    : RecordTable(tr("Events"),
                  {tr("Date"), tr("Kind"), tr("Title *"), tr("Country"), tr("City"), tr("Venue and context"),
                   tr("Acted by"), tr("Description")},
                  parent)
{
    setObjectName(QStringLiteral("eventsTableWidget"));
    setItemDelegateForColumn(KindColumn, new ChoiceDelegate(choices<EventKind>(), this));
    // The date, the title and the country are checked as they are typed.
    checkWhileTyping({{DateColumn, new CompletingDelegate({}, this)},
                      {TitleColumn, new CompletingDelegate({}, this)},
                      {CountryColumn, new CountryDelegate(this)}});
    setItemDelegateForColumn(ActorColumn, new CompletingDelegate(actorNames, this));
    setColumnWidth(DateColumn, 110);
    setColumnWidth(KindColumn, 120);
    setColumnWidth(TitleColumn, 220);
    setColumnWidth(VenueColumn, 200);
}

void EventsTable::load(const QList<Event>& events, const QHash<Id, Actor>& actors)
{
    setRowCount(0);
    for (const Event& event : events) {
        const int row = addRow();
        blockSignals(true);
        setCell(row, DateColumn, event.date.text());
        setRowId(row, event.id);
        setCell(row, KindColumn, toLabel(event.kind), toKey(event.kind));
        setCell(row, TitleColumn, event.title);
        setCell(row, CountryColumn, event.country.isEmpty() ? QString() : CountryCatalog::name(event.country));
        setCell(row, CityColumn, event.city);
        setCell(row, VenueColumn, event.venueContext);
        setCell(row, ActorColumn, actors.value(event.actorId).name);
        setCell(row, DescriptionColumn, event.description);
        item(row, DateColumn)->setData(EndDateRole, event.endDate.text());
        item(row, DateColumn)->setData(ReferenceRole, event.reference);
        blockSignals(false);
        checkRow(row);
    }
}

QHash<int, QString> EventsTable::rowProblems(int row, int column, const QString& typed) const
{
    const auto value = [&](int at) { return at == column ? typed : text(row, at); };
    // The row as an event, checked the way the collection checks it (validateEvent), so that what
    // the collection accepts the form accepts.
    QHash<int, QString> found;
    Event event;
    event.id = rowId(row);
    event.kind = fromKey<EventKind>(key(row, KindColumn)).value_or(EventKind::Other);
    event.title = value(TitleColumn);
    event.city = value(CityColumn);
    event.venueContext = value(VenueColumn);
    event.description = value(DescriptionColumn);
    // A stand-in for a date that could not be read, so that the other fields are still checked.
    const PartialDate standIn = PartialDate::year(2000);
    bool dateStoodIn = false;
    if (const QString date = value(DateColumn); !date.isEmpty()) {
        if (auto parsed = PartialDate::parse(date)) {
            event.date = *parsed;
        } else {
            found.insert(DateColumn, parsed.error());
            event.date = standIn;
            dateStoodIn = true;
        }
    }
    if (const QTableWidgetItem* cell = item(row, DateColumn)) {
        if (const QString end = cell->data(EndDateRole).toString(); !end.isEmpty())
            event.endDate = PartialDate::parse(end).value_or(PartialDate());
    }
    if (const QString country = value(CountryColumn); !country.isEmpty()) {
        if (auto code = CountryCatalog::resolve(country))
            event.country = *code;
        else
            found.insert(CountryColumn,
                         tr("not a country Spyline knows; use a code (IT, US), a short form (USA, "
                            "PRC) or the name"));
    }
    // Each problem the model finds is set aside in turn, to find the next one.
    for (int pass = 0; pass < 8; ++pass) {
        const Status valid = validateEvent(event);
        if (valid)
            break;
        const QString field = valid.error().section(QStringLiteral(": "), 0, 0);
        const QString reason = valid.error().section(QStringLiteral(": "), 1);
        int at = TitleColumn;
        if (field == QStringLiteral("title")) {
            event.title = QStringLiteral("-");
        } else if (field == QStringLiteral("date")) {
            at = DateColumn;
            event.date = standIn;
            dateStoodIn = true;
        } else if (field == QStringLiteral("end_date")) {
            at = DateColumn;
            event.endDate = {};
            if (dateStoodIn)
                continue;
        } else if (field == QStringLiteral("country")) {
            at = CountryColumn;
            event.country.clear();
        } else if (field == QStringLiteral("description")) {
            at = DescriptionColumn;
            event.description.clear();
        } else {
            found.insert(TitleColumn, valid.error());
            break;
        }
        if (!found.contains(at))
            found.insert(at, reason);
    }
    return found;
}

QString EventsTable::cellProblem(int row, int column, const QString& text) const
{
    return rowProblems(row, column, text).value(column);
}

void EventsTable::checkRow(int row)
{
    if (key(row, KindColumn).isEmpty()) {
        const QSignalBlocker blocker(this);
        setCell(row, KindColumn, toLabel(EventKind::Announcement), toKey(EventKind::Announcement));
    }
    const QHash<int, QString> found = rowProblems(row, -1, {});
    for (int column : {DateColumn, TitleColumn, CountryColumn, DescriptionColumn})
        markCell(row, column, found.value(column));
    // How a date that can be read will be stored, as the date field beside a form says it; an empty
    // date is a date not known, and the event is kept with its place and context.
    if (const QString date = text(row, DateColumn); !found.contains(DateColumn)) {
        const auto parsed = date.isEmpty() ? Result<PartialDate>(PartialDate()) : PartialDate::parse(date);
        if (parsed) {
            const QSignalBlocker blocker(this);
            const QString stored = PartialDateEdit::storedAs(*parsed) + u'\n' + edtfHint();
            item(row, DateColumn)->setToolTip(Qt::convertFromPlainText(stored, Qt::WhiteSpaceNormal));
        }
    }
}

Result<QList<Event>> EventsTable::collect(Id caseId, ActorResolver& actors) const
{
    if (const QString problem = firstProblem(); !problem.isEmpty())
        return fail(problem);
    QList<Event> events;
    for (int row = 0; row < rowCount(); ++row) {
        Event event;
        event.id = rowId(row) != 0 ? rowId(row) : -(2000 + row);
        event.caseId = caseId;
        event.kind = fromKey<EventKind>(key(row, KindColumn)).value_or(EventKind::Other);
        event.title = text(row, TitleColumn);
        const QString date = text(row, DateColumn);
        event.date = date.isEmpty() ? PartialDate() : PartialDate::parse(date).value_or(PartialDate());
        const QString end = item(row, DateColumn)->data(EndDateRole).toString();
        event.endDate = end.isEmpty() ? PartialDate() : PartialDate::parse(end).value_or(PartialDate());
        // Kept as stored: the key of the sheet the event came from is not edited here.
        event.reference = item(row, DateColumn)->data(ReferenceRole).toString();
        event.country = CountryCatalog::resolve(text(row, CountryColumn)).value_or(QString());
        event.city = text(row, CityColumn);
        event.venueContext = text(row, VenueColumn);
        event.description = text(row, DescriptionColumn);
        if (const QString actor = text(row, ActorColumn); !actor.isEmpty()) {
            auto actorId = actors.resolve(actor, QString(), ActorKind::Person);
            if (!actorId)
                return problemAt(row, ActorColumn, actorId.error());
            event.actorId = *actorId;
        }
        events.append(event);
    }
    return events;
}

PartialDate EventsTable::disclosureDate() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (key(row, KindColumn) == toKey(EventKind::Announcement)) {
            if (auto date = PartialDate::parse(text(row, DateColumn)); date && !date->isNull())
                return *date;
        }
    }
    return {};
}

SourcesTable::SourcesTable(const QStringList& publishers, QWidget* parent)
    : RecordTable(tr("Sources"),
                  {tr("Web address *"), tr("Publisher"), tr("Title"), tr("Published"), tr("Grade"), tr("Quote")},
                  parent)
{
    setObjectName(QStringLiteral("sourcesTableWidget"));
    checkWhileTyping(
        {{UrlColumn, new CompletingDelegate({}, this)}, {PublishedColumn, new CompletingDelegate({}, this)}});
    setItemDelegateForColumn(PublisherColumn, new CompletingDelegate(publishers, this));
    setItemDelegateForColumn(GradeColumn, new GradeDelegate(this));
    horizontalHeaderItem(GradeColumn)->setToolTip(GradePicker::explanation());
    setColumnWidth(UrlColumn, 260);
    setColumnWidth(PublisherColumn, 130);
    setColumnWidth(TitleColumn, 200);
    setColumnWidth(GradeColumn, 60);
}

void SourcesTable::load(const QList<Citation>& citations, const QHash<Id, Source>& sources)
{
    setRowCount(0);
    for (const Citation& citation : citations) {
        const Source source = sources.value(citation.sourceId);
        const int row = addRow();
        blockSignals(true);
        setCell(row, UrlColumn, source.url);
        setRowId(row, citation.id);
        setCell(row, PublisherColumn, source.publisher);
        setCell(row, TitleColumn, source.title);
        setCell(row, PublishedColumn, source.published.text());
        setCell(row, GradeColumn, source.grade.text(), source.grade.text());
        item(row, GradeColumn)->setToolTip(GradeBadge::description(source.grade));
        setCell(row, QuoteColumn, citation.quote);
        blockSignals(false);
        checkRow(row);
    }
}

void SourcesTable::checkRow(int row)
{
    if (key(row, GradeColumn).isEmpty()) {
        const QSignalBlocker blocker(this);
        setCell(row, GradeColumn, QStringLiteral("F6"), QStringLiteral("F6"));
        item(row, GradeColumn)->setToolTip(GradeBadge::description(Grade()));
    }
    for (int column : {UrlColumn, PublishedColumn})
        markCell(row, column, cellProblem(row, column, text(row, column)));
}

QString SourcesTable::cellProblem(int, int column, const QString& text) const
{
    if (column == UrlColumn) {
        const Status url = validateSourceUrl(text);
        return url ? QString() : url.error().section(QStringLiteral(": "), 1);
    }
    if (column == PublishedColumn && !text.isEmpty()) {
        if (auto parsed = PartialDate::parse(text); !parsed)
            return parsed.error();
    }
    return {};
}

Result<QList<Citation>> SourcesTable::collect(Id caseId, Store& store, QList<Source>* newSources) const
{
    if (const QString problem = firstProblem(); !problem.isEmpty())
        return fail(problem);
    QList<Citation> citations;
    QHash<QString, Id> newByUrl;
    for (int row = 0; row < rowCount(); ++row) {
        const QString url = text(row, UrlColumn);
        auto stored = SourceRepository(store).findByUrl(url);
        if (!stored)
            return problemAt(row, UrlColumn, stored.error());
        Id sourceId = *stored;
        if (sourceId == 0) {
            sourceId = newByUrl.value(url, 0);
            if (sourceId == 0) {
                Source source;
                source.id = -(3000 + row);
                source.url = url;
                source.publisher = text(row, PublisherColumn);
                source.title = text(row, TitleColumn);
                source.published = PartialDate::parse(text(row, PublishedColumn)).value_or(PartialDate());
                const QString grade = key(row, GradeColumn);
                source.grade = Grade::parse(grade.left(1), grade.mid(1)).value_or(Grade());
                newSources->append(source);
                newByUrl.insert(url, source.id);
                sourceId = source.id;
            }
        }
        citations.append(Citation {rowId(row), sourceId, caseId, 0, text(row, QuoteColumn)});
    }
    return citations;
}

} // namespace Spyline
