#include "records/Enums.h"

#include <QCoreApplication>

#include <span>

namespace Spyline {

namespace {

constexpr EnumInfo<CaseStatus> caseStatuses[] = {
    {CaseStatus::Alleged, "alleged", QT_TRANSLATE_NOOP("Spyline::Enums", "alleged")},
    {CaseStatus::UnderInvestigation, "under_investigation", QT_TRANSLATE_NOOP("Spyline::Enums", "under investigation")},
    {CaseStatus::Charged, "charged", QT_TRANSLATE_NOOP("Spyline::Enums", "charged")},
    {CaseStatus::Convicted, "convicted", QT_TRANSLATE_NOOP("Spyline::Enums", "convicted")},
    {CaseStatus::Sentenced, "sentenced", QT_TRANSLATE_NOOP("Spyline::Enums", "sentenced")},
    {CaseStatus::Acquitted, "acquitted", QT_TRANSLATE_NOOP("Spyline::Enums", "acquitted")},
    {CaseStatus::Dismissed, "dismissed", QT_TRANSLATE_NOOP("Spyline::Enums", "dismissed")},
    {CaseStatus::Denied, "denied", QT_TRANSLATE_NOOP("Spyline::Enums", "denied")},
    {CaseStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("Spyline::Enums", "unknown")},
};

constexpr EnumInfo<ActorKind> actorKinds[] = {
    {ActorKind::Person, "person", QT_TRANSLATE_NOOP("Spyline::Enums", "person")},
    {ActorKind::Agency, "agency", QT_TRANSLATE_NOOP("Spyline::Enums", "agency")},
    {ActorKind::Organisation, "organisation", QT_TRANSLATE_NOOP("Spyline::Enums", "organisation")},
    {ActorKind::Government, "government", QT_TRANSLATE_NOOP("Spyline::Enums", "government")},
    {ActorKind::Media, "media", QT_TRANSLATE_NOOP("Spyline::Enums", "media")},
};

constexpr EnumInfo<RoleKind> roleKinds[] = {
    {RoleKind::Suspect, "suspect", QT_TRANSLATE_NOOP("Spyline::Enums", "suspect")},
    {RoleKind::Handler, "handler", QT_TRANSLATE_NOOP("Spyline::Enums", "handler")},
    {RoleKind::Recruiter, "recruiter", QT_TRANSLATE_NOOP("Spyline::Enums", "recruiter")},
    {RoleKind::Intermediary, "intermediary", QT_TRANSLATE_NOOP("Spyline::Enums", "intermediary")},
    {RoleKind::SponsoringAgency, "sponsoring_agency", QT_TRANSLATE_NOOP("Spyline::Enums", "sponsoring agency")},
    {RoleKind::Employer, "employer", QT_TRANSLATE_NOOP("Spyline::Enums", "employer")},
    {RoleKind::DisclosingAuthority, "disclosing_authority",
     QT_TRANSLATE_NOOP("Spyline::Enums", "disclosing authority")},
};

constexpr EnumInfo<EventKind> eventKinds[] = {
    {EventKind::FirstContact, "first_contact", QT_TRANSLATE_NOOP("Spyline::Enums", "first contact")},
    {EventKind::Recruitment, "recruitment", QT_TRANSLATE_NOOP("Spyline::Enums", "recruitment")},
    {EventKind::Agreement, "agreement", QT_TRANSLATE_NOOP("Spyline::Enums", "agreement")},
    {EventKind::Training, "training", QT_TRANSLATE_NOOP("Spyline::Enums", "training")},
    {EventKind::Payment, "payment", QT_TRANSLATE_NOOP("Spyline::Enums", "payment")},
    {EventKind::Meeting, "meeting", QT_TRANSLATE_NOOP("Spyline::Enums", "meeting")},
    {EventKind::Arrest, "arrest", QT_TRANSLATE_NOOP("Spyline::Enums", "arrest")},
    {EventKind::Announcement, "announcement", QT_TRANSLATE_NOOP("Spyline::Enums", "announcement")},
    {EventKind::Statement, "statement", QT_TRANSLATE_NOOP("Spyline::Enums", "statement")},
    {EventKind::Law, "law", QT_TRANSLATE_NOOP("Spyline::Enums", "law")},
    {EventKind::Trial, "trial", QT_TRANSLATE_NOOP("Spyline::Enums", "trial")},
    {EventKind::Verdict, "verdict", QT_TRANSLATE_NOOP("Spyline::Enums", "verdict")},
    {EventKind::Other, "other", QT_TRANSLATE_NOOP("Spyline::Enums", "other")},
};

constexpr EnumInfo<LinkRelation> linkRelations[] = {
    {LinkRelation::RespondsTo, "responds_to", QT_TRANSLATE_NOOP("Spyline::Enums", "responds to")},
    {LinkRelation::References, "references", QT_TRANSLATE_NOOP("Spyline::Enums", "references")},
    {LinkRelation::Follows, "follows", QT_TRANSLATE_NOOP("Spyline::Enums", "follows")},
};

template<typename Enum>
std::span<const EnumInfo<Enum>> table();

template<>
std::span<const EnumInfo<CaseStatus>> table()
{
    return caseStatuses;
}
template<>
std::span<const EnumInfo<ActorKind>> table()
{
    return actorKinds;
}
template<>
std::span<const EnumInfo<RoleKind>> table()
{
    return roleKinds;
}
template<>
std::span<const EnumInfo<EventKind>> table()
{
    return eventKinds;
}
template<>
std::span<const EnumInfo<LinkRelation>> table()
{
    return linkRelations;
}

template<typename Enum>
const EnumInfo<Enum>& info(Enum value)
{
    // Tables are in declaration order, so the enumerator is its own index.
    return table<Enum>()[static_cast<size_t>(value)];
}

} // namespace

template<typename Enum>
QList<Enum> allValues()
{
    QList<Enum> values;
    for (const auto& entry : table<Enum>())
        values.append(entry.value);
    return values;
}

template<typename Enum>
QString toKey(Enum value)
{
    return QString::fromLatin1(info(value).key);
}

template<typename Enum>
QString toLabel(Enum value)
{
    return QCoreApplication::translate("Spyline::Enums", info(value).label);
}

template<typename Enum>
std::optional<Enum> fromKey(QStringView key)
{
    for (const auto& entry : table<Enum>()) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum>
QStringList allKeys()
{
    QStringList keys;
    for (const auto& entry : table<Enum>())
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

#define SPYLINE_INSTANTIATE_ENUM(Enum)                                                                                 \
    template QList<Enum> allValues<Enum>();                                                                            \
    template QString toKey<Enum>(Enum);                                                                                \
    template QString toLabel<Enum>(Enum);                                                                              \
    template std::optional<Enum> fromKey<Enum>(QStringView);                                                           \
    template QStringList allKeys<Enum>();

SPYLINE_INSTANTIATE_ENUM(CaseStatus)
SPYLINE_INSTANTIATE_ENUM(ActorKind)
SPYLINE_INSTANTIATE_ENUM(RoleKind)
SPYLINE_INSTANTIATE_ENUM(EventKind)
SPYLINE_INSTANTIATE_ENUM(LinkRelation)

} // namespace Spyline
