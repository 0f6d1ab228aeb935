#include "timeline/TimelineData.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"
#include "timeline/TimelineDataLoader.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace Spyline {

void IdIndex::build(std::span<const Id> ids)
{
    m_dense.clear();
    m_sparse.clear();
    Id maxId = 0;
    bool positive = true;
    for (Id id : ids) {
        maxId = std::max(maxId, id);
        positive = positive && id > 0;
    }
    if (positive && maxId <= Id(ids.size()) * 2 + 1024) {
        m_dense.assign(size_t(maxId + 1), -1);
        for (size_t i = 0; i < ids.size(); ++i)
            m_dense[size_t(ids[i])] = qint32(i);
        return;
    }
    m_sparse.reserve(qsizetype(ids.size()));
    for (size_t i = 0; i < ids.size(); ++i)
        m_sparse.insert(ids[i], qint32(i));
}

qint32 IdIndex::find(Id id) const
{
    if (!m_dense.empty() || m_sparse.isEmpty())
        return id >= 0 && size_t(id) < m_dense.size() ? m_dense[size_t(id)] : -1;
    return m_sparse.value(id, -1);
}

namespace {

// The loader's rows from the store's own SQLite connection.
class SqliteSource
{
public:
    explicit SqliteSource(sqlite3* db)
        : m_db(db)
    {
    }

    class Rows
    {
    public:
        Rows(SqliteSource& source, const char* sql)
        {
            (void)m_query.prepare(source.m_db, sql); // a failure shows as the first step failing
        }
        bool next()
        {
            return m_query.step();
        }
        qint64 integer(int column) const
        {
            return m_query.columnInt(column);
        }
        bool isNull(int column) const
        {
            return m_query.columnIsNull(column);
        }
        // The text as stored: the loader reads text without making a QString of it.
        std::string_view text(int column) const
        {
            const QByteArrayView bytes = m_query.columnBytes(column);
            return {bytes.data(), size_t(bytes.size())};
        }
        Status finish(const char* table) const
        {
            return m_query.failed() ? TimelineLoading::tableNotRead(table, m_query.error()) : Status();
        }

    private:
        SqliteStatement m_query;
    };

    // The largest id says how many events there are, unless one was written far beyond the rest;
    // a row takes at least 24 bytes of the file, so the file's size bounds them as well.
    qint64 expectedEvents()
    {
        Rows count(*this,
                   "SELECT min(max(id), (SELECT page_count FROM pragma_page_count()) * "
                   "(SELECT page_size FROM pragma_page_size()) / 24) FROM events");
        return count.next() ? count.integer(0) : 0;
    }

private:
    sqlite3* m_db;
};

} // namespace

Result<std::shared_ptr<const TimelineData>> TimelineData::load(Store& store, const std::atomic<bool>* cancel)
{
    if (!store.isOpen())
        return fail(TimelineData::tr("no collection is open"));
    SqliteSource source(connectionOf(store));
    return loadTimelineData(source, cancel);
}

void TimelineData::finish()
{
    m_anchors.reserve(m_events.size());
    m_firstDay = m_events.empty() ? 0 : std::numeric_limits<DayNumber>::max();
    for (const auto& event : m_events) {
        m_anchors.push_back(event.earliest);
        m_firstDay = std::min(m_firstDay, event.knownFirstDay());
        m_lastDay = std::max(m_lastDay, event.knownLastDay());
    }
    m_anchorIndex = DayIndex(m_anchors);
    std::sort(m_links.begin(), m_links.end(), [this](const TimelineLink& a, const TimelineLink& b) {
        const DayNumber da = m_events[size_t(a.earlier)].earliest;
        const DayNumber db = m_events[size_t(b.earlier)].earliest;
        return da != db ? da < db : a.id < b.id;
    });
    for (const auto& link : m_links) {
        const int days = m_events[size_t(link.later)].earliest - m_events[size_t(link.earlier)].earliest;
        m_maxLinkDays = std::max(m_maxLinkDays, std::abs(days));
    }
}

QString TimelineData::eventTitle(qsizetype index) const
{
    const auto& event = m_events[size_t(index)];
    return QString::fromUtf8(m_text.data() + event.titleOffset, qsizetype(event.titleLength));
}

QString TimelineData::caseTitle(qsizetype index) const
{
    const auto& record = m_cases[size_t(index)];
    return QString::fromUtf8(m_text.data() + record.titleOffset, qsizetype(record.titleLength));
}

QString TimelineData::actorName(qsizetype index) const
{
    const auto& actor = m_actors[size_t(index)];
    return QString::fromUtf8(m_text.data() + actor.nameOffset, qsizetype(actor.nameLength));
}

QString TimelineData::actorNativeName(qsizetype index) const
{
    const auto& actor = m_actors[size_t(index)];
    return QString::fromUtf8(m_text.data() + actor.nativeOffset, qsizetype(actor.nativeLength));
}

QString TimelineData::actorTitle(qsizetype index) const
{
    const QString native = actorNativeName(index);
    return native.isEmpty() ? actorName(index) : QStringLiteral("%1 (%2)").arg(actorName(index), native);
}

namespace {

// Whether the title begins with the name as a whole word: "Zeng: …", not "Zengzhou …".
bool beginsWithName(const QString& title, const QString& name)
{
    return !name.isEmpty() && title.startsWith(name, Qt::CaseInsensitive)
        && (title.size() == name.size() || !title.at(name.size()).isLetterOrNumber());
}

} // namespace

QString TimelineData::caseLabel(qsizetype index) const
{
    QString title = caseTitle(index);
    const qint32 suspect = m_cases[size_t(index)].suspect;
    if (suspect < 0)
        return title;
    const QString native = actorNativeName(suspect);
    const QString name = actorName(suspect).trimmed();
    if (native.isEmpty() || !beginsWithName(title, name) || title.contains(native))
        return title;
    return title.left(name.size()) + QStringLiteral(" (%1)").arg(native) + title.mid(name.size());
}

QString TimelineData::suspectNativeName(qsizetype index) const
{
    const qint32 suspect = m_cases[size_t(index)].suspect;
    if (suspect < 0)
        return {};
    QString native = actorNativeName(suspect);
    if (native.isEmpty() || caseLabel(index).contains(native))
        return {};
    return native;
}

PartialDate TimelineData::eventDate(qsizetype index) const
{
    const auto& event = m_events[size_t(index)];
    return PartialDate::fromShape(event.shape, event.earliest, event.latest);
}

quint16 TimelineData::eventCountry(qsizetype index) const
{
    const auto& event = m_events[size_t(index)];
    if (event.country != 0 || event.actorIndex < 0)
        return event.country;
    return m_actors[size_t(event.actorIndex)].country;
}

QString TimelineData::countryCode(quint16 country) const
{
    return m_countryCodes.value(country);
}

quint16 TimelineData::countryIndex(QStringView code) const
{
    for (qsizetype i = 1; i < m_countryCodes.size(); ++i) {
        if (m_countryCodes.at(i) == code)
            return quint16(i);
    }
    return 0;
}

} // namespace Spyline
