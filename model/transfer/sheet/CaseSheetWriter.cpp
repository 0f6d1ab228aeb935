#include "transfer/sheet/CaseSheetWriter.h"

#include "records/CountryCatalog.h"

#include <QCoreApplication>
#include <QMap>
#include <functional>

namespace Spyline {

namespace {

QString quoted(const QString& text)
{
    return u'"' + text + u'"';
}

// The record's value of a per-record field: the first row that gives one. Rows that say
// otherwise are reported, since a case keeps one.
QString firstGiven(const QList<CaseRow>& rows, const std::function<QString(const CaseRow&)>& get, const QString& field,
                   QList<ImportProblem>* problems)
{
    QString value;
    int from = 0;
    for (const CaseRow& row : rows) {
        const QString candidate = get(row);
        if (candidate.isEmpty())
            continue;
        if (from == 0) {
            value = candidate;
            from = row.line;
        } else if (candidate != value) {
            problems->append(
                ImportProblem {ImportProblem::Kind::Warning,
                               row.line,
                               field,
                               CaseSheetWriter::tr("%1 differs from %2 on line %3 of the same case; the case keeps %2")
                                   .arg(quoted(candidate), quoted(value))
                                   .arg(from),
                               {},
                               candidate});
        }
    }
    return value;
}

} // namespace

void CaseSheetWriter::countEvent(Outcome outcome)
{
    if (outcome == Outcome::Added)
        ++m_eventsAdded;
    else if (outcome == Outcome::Updated)
        ++m_changes;
}

void CaseSheetWriter::countRole(Outcome outcome)
{
    if (outcome == Outcome::Added)
        ++m_peopleAdded;
    else if (outcome == Outcome::Updated)
        ++m_changes;
}

void CaseSheetWriter::write(const QString& key, const QList<CaseRow>& allRows)
{
    QList<CaseRow> rows;
    for (const CaseRow& row : allRows) {
        if (!row.refused)
            rows.append(row);
    }
    const int firstLine = allRows.first().line;
    const QString what = tr("case %1").arg(quoted(allRows.first().title.isEmpty() ? key : allRows.first().title));
    if (rows.isEmpty()) {
        m_report.actions.append(
            ImportAction {ImportAction::Kind::Refuse, firstLine, what, tr("no row of it could be read")});
        return;
    }

    Case sheet;
    sheet.reference = key;
    QList<ImportProblem>* problems = &m_report.problems;
    const auto given = [&](const char* field, const std::function<QString(const CaseRow&)>& get) {
        return firstGiven(rows, get, columnOf(QString::fromLatin1(field)), problems);
    };
    sheet.title = given("title", [](const CaseRow& r) { return r.title; });
    sheet.summary = given("summary", [](const CaseRow& r) { return r.summary; });
    sheet.status = fromKey<CaseStatus>(given("status", [](const CaseRow& r) {
                       return r.status ? toKey(*r.status) : QString();
                   })).value_or(CaseStatus::Unknown);
    sheet.sector = given("sector", [](const CaseRow& r) { return r.sector; });
    // The target is where the case was disclosed unless the sheet says otherwise.
    sheet.targetCountry = given("target_country", [](const CaseRow& r) {
        return r.targetCountry.isEmpty() ? r.disclosureCountry : r.targetCountry;
    });
    sheet.accusedCountry = given("accused_country", [](const CaseRow& r) { return r.accusedCountry; });

    m_peopleAdded = 0;
    m_eventsAdded = 0;
    m_changes = 0;
    int failingLine = firstLine;
    bool rowFailed = false;
    Status s = [&]() -> Status {
        auto stored = caseWithReference(key);
        if (!stored)
            return stored.status();
        Id caseId = 0;
        QStringList changed;
        auto outcome = putCase(sheet, *stored, &caseId, &changed);
        if (!outcome)
            return outcome.status();
        m_changes += static_cast<int>(changed.size());

        // One announcement per date the rows give: a ring disclosed in one go has one, people
        // disclosed one by one have one each, named after them.
        QMap<int, QStringList> peopleByDate;
        QList<PartialDate> dates;
        for (const CaseRow& row : std::as_const(rows)) {
            if (row.disclosedOn.isNull())
                continue;
            int index = static_cast<int>(dates.indexOf(row.disclosedOn));
            if (index < 0) {
                index = static_cast<int>(dates.size());
                dates.append(row.disclosedOn);
            }
            if (!row.suspect.isEmpty())
                peopleByDate[index].append(row.suspect);
        }
        for (const CaseRow& row : std::as_const(rows)) {
            failingLine = row.line;
            QString announcementReference;
            QString announcementTitle;
            if (!row.disclosedOn.isNull()) {
                const int index = static_cast<int>(dates.indexOf(row.disclosedOn));
                if (!key.isEmpty()) {
                    announcementReference = dates.size() == 1
                        ? key + QStringLiteral("/announcement")
                        : key + QStringLiteral("/announcement/") + row.disclosedOn.text();
                }
                announcementTitle =
                    row.disclosedBy.isEmpty() ? tr("Case disclosed") : tr("Disclosed by %1").arg(row.disclosedBy);
                if (dates.size() > 1 && !peopleByDate.value(index).isEmpty())
                    announcementTitle += QStringLiteral(": ") + peopleByDate.value(index).join(QStringLiteral(", "));
            }
            // A row that cannot be stored is reported and the next is tried, so that every
            // problem of the sheet is listed at once.
            auto sourceId = source(row.source);
            Status e = sourceId.status();
            if (e)
                e = cite(*sourceId, caseId, 0);
            if (e)
                e = writeRow(key, caseId, row, announcementReference, announcementTitle, *sourceId);
            if (!e) {
                error(row.line, e.error());
                rowFailed = true;
            }
        }
        if (rowFailed)
            return fail(tr("some of its rows could not be stored"));

        QStringList detail;
        const int people = m_peopleAdded;
        const int events = m_eventsAdded;
        if (*outcome == Outcome::Added) {
            detail.append(tr("%n people and organisations", nullptr, people));
            detail.append(tr("%n events", nullptr, events));
            m_report.actions.append(ImportAction {ImportAction::Kind::Add, firstLine, what, detail.join(u", ")});
            return {};
        }
        if (!changed.isEmpty())
            detail.append(tr("changed: %1").arg(changed.join(QStringLiteral(", "))));
        if (people > 0)
            detail.append(tr("%n people and organisations added", nullptr, people));
        if (events > 0)
            detail.append(tr("%n events added", nullptr, events));
        const bool same = m_changes == 0 && people == 0 && events == 0;
        if (same) {
            ++m_report.unchanged;
            m_report.actions.append(ImportAction {ImportAction::Kind::Unchanged, firstLine, what, {}});
        } else {
            ++m_report.updated;
            if (m_changes > static_cast<int>(changed.size()))
                detail.append(tr("%n other changes", nullptr, m_changes - static_cast<int>(changed.size())));
            m_report.actions.append(ImportAction {ImportAction::Kind::Update, firstLine, what, detail.join(u", ")});
        }
        return {};
    }();
    if (!s) {
        if (!rowFailed)
            error(failingLine, s.error());
        m_report.actions.append(ImportAction {ImportAction::Kind::Refuse, firstLine, what, s.error()});
    }
}

Status CaseSheetWriter::writeRow(const QString& key, Id caseId, const CaseRow& row,
                                 const QString& announcementReference, const QString& announcementTitle, Id sourceId)
{
    const auto addRole = [&](const QString& name, const QString& country, ActorKind kind, RoleKind roleKind,
                             const QString& note, Id* id, const QString& nativeName = {},
                             const PartialDate& born = {}) -> Status {
        if (name.isEmpty())
            return {};
        auto actorId = actor(row.line, name, country, kind, nativeName, born);
        if (!actorId)
            return actorId.status();
        auto outcome = role(caseId, *actorId, roleKind, note);
        if (!outcome)
            return outcome.status();
        countRole(*outcome);
        if (id)
            *id = *actorId;
        return {};
    };
    Id suspectId = 0;
    Id recruiterId = 0;
    Id authorityId = 0;
    if (Status s = addRole(row.suspect, row.suspectCountry, ActorKind::Person, RoleKind::Suspect, row.suspectNote,
                           &suspectId, row.suspectNativeName, row.suspectBorn);
        !s) {
        return s;
    }
    if (Status s = addRole(row.handler, row.handlerCountry, ActorKind::Person, RoleKind::Handler, {}, nullptr); !s)
        return s;
    if (Status s =
            addRole(row.recruiter, row.recruiterCountry, ActorKind::Person, RoleKind::Recruiter, {}, &recruiterId);
        !s) {
        return s;
    }
    if (Status s =
            addRole(row.accusedAgency, row.accusedCountry, ActorKind::Agency, RoleKind::SponsoringAgency, {}, nullptr);
        !s) {
        return s;
    }
    if (Status s = addRole(row.disclosedBy, row.disclosureCountry, ActorKind::Agency, RoleKind::DisclosingAuthority, {},
                           &authorityId);
        !s) {
        return s;
    }

    const auto addEvent = [&](Event event) -> Status {
        event.caseId = caseId;
        auto put = putEvent(event);
        if (!put)
            return put.status();
        countEvent(put->outcome);
        return cite(sourceId, 0, put->id);
    };
    // Events that are one person's carry that person in their reference, so that each person
    // of a ring keeps their own.
    const QString person = row.suspect;
    const auto reference = [&](const char* kind) {
        if (key.isEmpty())
            return QString();
        return person.isEmpty() ? key + u'/' + QLatin1StringView(kind)
                                : key + u'/' + QLatin1StringView(kind) + u'/' + person;
    };
    if (!row.disclosedOn.isNull()) {
        Event announcement;
        announcement.kind = EventKind::Announcement;
        announcement.title = announcementTitle;
        announcement.date = row.disclosedOn;
        announcement.country = row.disclosureCountry;
        announcement.actorId = authorityId;
        announcement.reference = announcementReference;
        if (Status s = addEvent(announcement); !s)
            return s;
    }
    if (row.givesRecruitment()) {
        // A venue without a date is kept: where a person was recruited is the point.
        Event recruitment;
        recruitment.kind = EventKind::Recruitment;
        const QString place =
            !row.recruitmentCity.isEmpty() ? row.recruitmentCity : CountryCatalog::name(row.recruitmentCountry);
        if (!person.isEmpty())
            recruitment.title = place.isEmpty() ? tr("Recruitment of %1").arg(person)
                                                : tr("Recruitment of %1 in %2").arg(person, place);
        else
            recruitment.title = place.isEmpty() ? tr("Recruitment") : tr("Recruited in %1").arg(place);
        recruitment.date = row.recruitedOn;
        recruitment.country = row.recruitmentCountry;
        recruitment.city = row.recruitmentCity;
        recruitment.venueContext = row.recruitmentContext;
        recruitment.actorId = recruiterId;
        recruitment.reference = reference("recruitment");
        if (Status s = addEvent(recruitment); !s)
            return s;
    }
    if (!row.arrestedOn.isNull()) {
        Event arrest;
        arrest.kind = EventKind::Arrest;
        arrest.title = person.isEmpty() ? tr("Arrest") : tr("Arrest of %1").arg(person);
        arrest.date = row.arrestedOn;
        arrest.country = row.disclosureCountry;
        arrest.actorId = authorityId;
        arrest.reference = reference("arrest");
        if (Status s = addEvent(arrest); !s)
            return s;
    }
    Q_UNUSED(suspectId);
    return {};
}

} // namespace Spyline
