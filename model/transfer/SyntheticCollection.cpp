#include "transfer/SyntheticCollection.h"

#include "records/CountryCatalog.h"
#include "store/BulkLoad.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <array>
#include <cmath>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct SyntheticCollection
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SyntheticCollection)
};

// xoshiro256**: the same numbers on every platform and standard library, unlike std's distributions.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (auto& word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform in [0, 1).
    double unit()
    {
        return static_cast<double>(next() >> 11) * 0x1.0p-53;
    }
    // Uniform in [0, n).
    int below(int n)
    {
        return static_cast<int>(unit() * n);
    }
    bool chance(double p)
    {
        return unit() < p;
    }
    // A power law over [0, n): index 0 most often, the tail rarely (inverse of the continuous CDF).
    int skewed(int n, double exponent = 1.1)
    {
        const double a = std::pow(n + 1.0, 1.0 - exponent);
        const double x = std::pow((a - 1.0) * unit() + 1.0, 1.0 / (1.0 - exponent));
        return std::clamp(static_cast<int>(x) - 1, 0, n - 1);
    }

private:
    static quint64 rotl(quint64 x, int k)
    {
        return (x << k) | (x >> (64 - k));
    }
    std::array<quint64, 4> m_state {};
};

constexpr const char* sectors[] = {
    "central government ministry",
    "military industrial group",
    "defence research institute",
    "parliament",
    "foreign ministry",
    "navy",
    "air force",
    "telecommunications",
    "semiconductors",
    "aerospace",
    "nuclear research",
    "university",
    "energy",
    "shipbuilding",
    "biotechnology",
    "diplomatic service",
};
constexpr const char* surnames[] = {
    "Zhang",    "Wang",  "Li",     "Smith", "Ivanov", "Müller", "Rossi",  "Tanaka", "Kim",  "Nguyen", "Dubois", "Novak",
    "Kowalski", "Cohen", "Haddad", "Silva", "Petrov", "Hansen", "Jansen", "Yilmaz", "Kaur", "Ali",    "Garcia", "Brown",
};
constexpr const char* givenNames[] = {
    "A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.", "N.", "P.", "R.", "S.", "T.", "V.", "W.",
};
constexpr const char* venues[] = {
    "while studying abroad",
    "at a trade fair",
    "through a visa application",
    "at an academic conference",
    "through a professional networking site",
    "during a posting at an embassy",
    "through a recruitment agency",
    "at a sports club",
    "through a consultancy offer",
    "during a research exchange",
};
constexpr const char* cities[] = {"Rome",      "Tokyo",  "Vienna",   "Geneva",  "Berlin", "Istanbul",
                                  "Singapore", "Dubai",  "Helsinki", "Bangkok", "Prague", "Lisbon",
                                  "Nairobi",   "Warsaw", "Seoul",    "Madrid"};
constexpr const char* publishers[] = {"Reuters",
                                      "Associated Press",
                                      "Global Times",
                                      "The Guardian",
                                      "Le Monde",
                                      "Der Spiegel",
                                      "Kyodo",
                                      "TASS",
                                      "BBC",
                                      "The New York Times",
                                      "Yonhap",
                                      "Agence France-Presse",
                                      "South China Morning Post",
                                      "Haaretz"};

// The 150 countries in play, busiest first: a handful of powers, then the rest of the catalog.
QStringList playingCountries()
{
    QStringList codes = {QStringLiteral("US"), QStringLiteral("CN"), QStringLiteral("RU"), QStringLiteral("GB"),
                         QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("IL"), QStringLiteral("IR"),
                         QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("TW"), QStringLiteral("IN")};
    for (const Country& country : CountryCatalog::all()) {
        if (codes.size() >= 150)
            break;
        if (!country.former && !codes.contains(country.code))
            codes.append(country.code);
    }
    return codes;
}

class Generator
{
public:
    Generator(Store& store, const SyntheticOptions& options, const Progress& progress)
        : m_store(store)
        , m_writer(store)
        , m_random(options.seed)
        , m_options(options)
        , m_progress(progress)
        , m_countries(playingCountries())
        , m_firstDay(static_cast<DayNumber>(QDate(1975, 1, 1).toJulianDay()))
        , m_lastDay(static_cast<DayNumber>(QDate(2024, 12, 31).toJulianDay()))
    {
    }

    Result<ImportReport> run()
    {
        Status s = BulkLoad::run(m_store, [&](bool) -> Status {
            if (Status e = makeAgencies(); !e)
                return e;
            if (Status e = makeSources(); !e)
                return e;
            for (int i = 0; i < m_options.cases; ++i) {
                if (Status e = makeCase(i); !e)
                    return e;
                if (m_progress && (i + 1) % 1000 == 0 && !m_progress(i + 1, m_options.cases))
                    return fail(SyntheticCollection::tr("generation was cancelled; the collection is unchanged"));
            }
            return {};
        });
        if (!s)
            return fail(s.error());
        return m_report;
    }

private:
    template<typename T, size_t N>
    QString pick(const T (&items)[N])
    {
        return QString::fromUtf8(items[m_random.below(static_cast<int>(N))]);
    }

    QString country()
    {
        return m_countries.at(m_random.skewed(static_cast<int>(m_countries.size())));
    }

    // About one date in ten is known only to the month or the year; a few are approximate.
    PartialDate date(DayNumber day)
    {
        day = std::clamp(day, m_firstDay, m_lastDay);
        const QDate d = QDate::fromJulianDay(day);
        const double r = m_random.unit();
        const auto approximate =
            m_random.chance(0.03) ? PartialDate::Qualifier::Approximate : PartialDate::Qualifier::None;
        if (r < 0.07)
            return PartialDate::month(d.year(), d.month(), approximate);
        if (r < 0.10)
            return PartialDate::year(d.year(), approximate);
        return PartialDate::fromDate(d, approximate);
    }

    Result<Id> addActor(ActorKind kind, const QString& name, const QString& countryCode, Id partOf = 0)
    {
        Actor actor;
        actor.kind = kind;
        actor.name = name;
        actor.country = countryCode;
        actor.partOf = partOf;
        auto id = m_writer.insertActor(actor);
        if (id)
            ++m_report.actors;
        return id;
    }

    Status makeAgencies()
    {
        // Each of the busiest countries has a foreign intelligence service and a security service
        // with a few stations abroad; the rest have one agency.
        for (int c = 0; c < m_countries.size(); ++c) {
            const QString code = m_countries.at(c);
            const int services = c < 20 ? 2 : 1;
            for (int s = 0; s < services; ++s) {
                const QString name = QStringLiteral("%1 %2").arg(
                    code, s == 0 ? QStringLiteral("Intelligence Service") : QStringLiteral("Security Service"));
                auto id = addActor(ActorKind::Agency, name, code);
                if (!id)
                    return id.status();
                (s == 0 ? m_foreignServices : m_securityServices).append(*id);
                if (s == 0 && c < 20) {
                    for (int station = 0; station < 4; ++station) {
                        auto stationId = addActor(ActorKind::Agency,
                                                  QStringLiteral("%1 %2 station").arg(name, pick(cities)), code, *id);
                        if (!stationId)
                            return stationId.status();
                    }
                }
            }
            if (services == 1)
                m_securityServices.append(m_foreignServices.last());
        }
        // Handlers are reused across cases: a power law of ties.
        const int handlers = std::max(20, m_options.cases / 8);
        for (int h = 0; h < handlers; ++h) {
            const QString code = country();
            auto id = addActor(ActorKind::Person, QStringLiteral("Officer %1 %2").arg(pick(givenNames), pick(surnames)),
                               code);
            if (!id)
                return id.status();
            m_handlers.append({*id, code});
        }
        return {};
    }

    Status makeSources()
    {
        const int count = std::max(10, m_options.cases / 5);
        for (int i = 0; i < count; ++i) {
            Source source;
            source.url = QStringLiteral("https://news.example/%1/%2").arg(m_random.below(50) + 1975).arg(i);
            source.publisher = pick(publishers);
            source.title = QStringLiteral("Report %1 on an espionage case").arg(i);
            source.grade.reliability = "ABBCCCDEF"[m_random.below(9)];
            source.grade.credibility = 1 + m_random.below(6);
            auto id = m_writer.insertSource(source);
            if (!id)
                return id.status();
            ++m_report.sources;
            m_sources.append(*id);
        }
        return {};
    }

    Result<Id> addEvent(Id caseId, EventKind kind, const QString& title, DayNumber day, Id actorId,
                        const QString& countryCode, const QString& city = {}, const QString& venue = {})
    {
        Event event;
        event.caseId = caseId;
        event.kind = kind;
        event.title = title;
        event.date = date(day);
        event.actorId = actorId;
        event.country = countryCode;
        event.city = city;
        event.venueContext = venue;
        auto id = m_writer.insertEvent(event);
        if (id)
            ++m_report.events;
        return id;
    }

    Status makeCase(int index)
    {
        const QString target = country();
        QString accused = country();
        if (accused == target)
            accused = m_countries.at((m_countries.indexOf(target) + 1) % m_countries.size());
        const int accusedIndex = static_cast<int>(m_countries.indexOf(accused));
        const int targetIndex = static_cast<int>(m_countries.indexOf(target));
        const Id agency = m_foreignServices.at(accusedIndex);
        const Id authority = m_securityServices.at(targetIndex);

        const QString sector = pick(sectors);
        const QString suspectName = QStringLiteral("%1 %2").arg(pick(givenNames), pick(surnames));
        Case record;
        record.title = QStringLiteral("%1, %2 (case %3)").arg(suspectName, sector).arg(index + 1);
        record.summary =
            QStringLiteral("According to the %1 authorities, a member of the %2 was recruited %3 and "
                           "passed information to the %4 intelligence service.")
                .arg(CountryCatalog::englishName(target), sector, pick(venues), CountryCatalog::englishName(accused));
        record.status = static_cast<CaseStatus>(m_random.below(9));
        record.sector = sector;
        record.targetCountry = target;
        record.accusedCountry = accused;
        auto caseId = m_writer.insertCase(record);
        if (!caseId)
            return caseId.status();
        ++m_report.cases;

        auto suspect = addActor(ActorKind::Person, suspectName, target);
        if (!suspect)
            return suspect.status();
        const auto& handler = m_handlers.at(m_random.skewed(static_cast<int>(m_handlers.size())));
        for (const auto& [actorId, role] :
             {std::pair {*suspect, RoleKind::Suspect}, std::pair {handler.first, RoleKind::Handler},
              std::pair {agency, RoleKind::SponsoringAgency}, std::pair {authority, RoleKind::DisclosingAuthority}}) {
            if (auto added = m_writer.insertRole(Role {0, *caseId, actorId, role, {}}); !added)
                return added.status();
        }

        // A life of the case: contact, recruitment, payments, arrest, disclosure, trial, verdict.
        const DayNumber disclosed = m_firstDay + 400 + m_random.below(m_lastDay - m_firstDay - 400);
        const DayNumber recruited = disclosed - 60 - m_random.below(3000);
        const QString venueCountry = country();
        const QString city = pick(cities);
        struct Step
        {
            EventKind kind;
            double chance;
            DayNumber day;
            const char* title;
        };
        const Step steps[] = {
            {EventKind::FirstContact, 0.5, recruited - 30 - m_random.below(300), "First contact"},
            {EventKind::Recruitment, 0.7, recruited, "Recruitment"},
            {EventKind::Agreement, 0.3, recruited + 10 + m_random.below(60), "Agreement signed"},
            {EventKind::Payment, 0.3, recruited + 100 + m_random.below(900), "Payment"},
            {EventKind::Meeting, 0.6, recruited + 50 + m_random.below(1500), "Meeting with handler"},
            {EventKind::Meeting, 0.4, recruited + 200 + m_random.below(1500), "Meeting with handler"},
            {EventKind::Arrest, 0.6, disclosed - 5 - m_random.below(200), "Arrest"},
            {EventKind::Trial, 0.2, disclosed + 100 + m_random.below(400), "Trial opens"},
            {EventKind::Verdict, 0.15, disclosed + 300 + m_random.below(500), "Verdict"},
        };
        for (const Step& step : steps) {
            if (!m_random.chance(step.chance))
                continue;
            const bool isRecruitment = step.kind == EventKind::Recruitment;
            auto id = addEvent(*caseId, step.kind, QString::fromLatin1(step.title), step.day, handler.first,
                               isRecruitment ? venueCountry : target, isRecruitment ? city : QString(),
                               isRecruitment ? pick(venues) : QString());
            if (!id)
                return id.status();
        }
        auto announcement = addEvent(*caseId, EventKind::Announcement,
                                     QStringLiteral("%1 discloses the case").arg(CountryCatalog::englishName(target)),
                                     disclosed, authority, target);
        if (!announcement)
            return announcement.status();

        // The other side speaks: statements, some of which the disclosures answer.
        if (m_random.chance(0.25)) {
            auto statement = addEvent(
                0, EventKind::Statement,
                QStringLiteral("%1 intelligence chief's public remarks").arg(CountryCatalog::englishName(accused)),
                disclosed - 5 - m_random.below(55), agency, accused);
            if (!statement)
                return statement.status();
            if (m_random.chance(0.6)) {
                const Id source = m_sources.at(m_random.below(static_cast<int>(m_sources.size())));
                if (auto link =
                        m_writer.insertLink(Link {0, *announcement, *statement, LinkRelation::RespondsTo, {}, source});
                    !link) {
                    return link.status();
                }
                ++m_report.links;
            }
        }
        const Id source = m_sources.at(m_random.skewed(static_cast<int>(m_sources.size()), 1.05));
        if (auto cited = m_writer.insertCitation(Citation {0, source, *caseId, 0, {}}); !cited)
            return cited.status();
        if (auto cited = m_writer.insertCitation(Citation {0, source, 0, *announcement, {}}); !cited)
            return cited.status();
        return {};
    }

    Store& m_store;
    RecordWriter m_writer;
    Random m_random;
    SyntheticOptions m_options;
    const Progress& m_progress;
    QStringList m_countries;
    DayNumber m_firstDay;
    DayNumber m_lastDay;
    QList<Id> m_foreignServices;
    QList<Id> m_securityServices;
    QList<std::pair<Id, QString>> m_handlers;
    QList<Id> m_sources;
    ImportReport m_report;
};

} // namespace

Result<ImportReport> generateSyntheticCollection(Store& store, const SyntheticOptions& options,
                                                 const Progress& progress)
{
    if (options.cases < 1 || options.cases > 10000000)
        return fail(SyntheticCollection::tr("--cases must be between 1 and 10,000,000"));
    Generator generator(store, options, progress);
    return generator.run();
}

} // namespace Spyline
