#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Spyline {

enum class CaseStatus : quint8
{
    Alleged,
    UnderInvestigation,
    Charged,
    Convicted,
    Sentenced,
    Acquitted,
    Dismissed,
    Denied,
    Unknown,
};

enum class ActorKind : quint8
{
    Person,
    Agency,
    Organisation,
    Government,
    Media,
};

enum class RoleKind : quint8
{
    Suspect,
    Handler,
    Recruiter,
    Intermediary,
    SponsoringAgency,
    Employer,
    DisclosingAuthority,
};

enum class EventKind : quint8
{
    FirstContact,
    Recruitment,
    Agreement,
    Training,
    Payment,
    Meeting,
    Arrest,
    Announcement,
    Statement,
    Law,
    Trial,
    Verdict,
    Other,
};

enum class LinkRelation : quint8
{
    RespondsTo,
    References,
    Follows,
};

// The stored key ("under_investigation") and the label people read ("under investigation")
// of every enumerator, in declaration order.
template<typename Enum>
struct EnumInfo
{
    Enum value;
    const char* key;
    const char* label;
};

template<typename Enum>
QList<Enum> allValues();

template<typename Enum>
QString toKey(Enum value);

template<typename Enum>
QString toLabel(Enum value);

template<typename Enum>
std::optional<Enum> fromKey(QStringView key);

// Every stored key, comma separated: for error messages and CHECK constraints.
template<typename Enum>
QStringList allKeys();

} // namespace Spyline
