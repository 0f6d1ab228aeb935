// TimelineData read from a collection on a PostgreSQL server: the loader's queries streamed with
// COPY, the numbers parsed from their text.
#include "store/CopyOutStream.h"
#include "store/PostgresStatement.h"
#include "timeline/TimelineData.h"
#include "timeline/TimelineDataLoader.h"

#include <charconv>

namespace Spyline {

namespace {

class ServerSource
{
public:
    explicit ServerSource(PostgresConnection& server)
        : m_server(server)
    {
    }

    class Rows
    {
    public:
        Rows(ServerSource& source, const char* sql)
            : m_stream(source.m_server)
            , m_started(m_stream.start(QString::fromLatin1(sql)))
        {
        }
        bool next()
        {
            return m_started && m_stream.next();
        }
        qint64 integer(int column) const
        {
            const QByteArrayView field = m_stream.field(column);
            qint64 value = 0;
            std::from_chars(field.data(), field.data() + field.size(), value);
            return value;
        }
        bool isNull(int column) const
        {
            return m_stream.isNull(column);
        }
        std::string_view text(int column) const
        {
            const QByteArrayView field = m_stream.field(column);
            return {field.data(), size_t(field.size())};
        }
        Status finish(const char* table) const
        {
            const Status& status = m_started ? m_stream.status() : m_started;
            return status ? Status() : TimelineLoading::tableNotRead(table, status.error());
        }

    private:
        CopyOutStream m_stream;
        Status m_started;
    };

    // The largest id, found in the primary key's index: counting the rows would read them all.
    qint64 expectedEvents()
    {
        PostgresStatement largest(m_server, QStringLiteral("SELECT coalesce(max(id), 0) FROM events"));
        if (!largest.exec() || !largest.next())
            return 0;
        return largest.value(0).toLongLong();
    }

private:
    PostgresConnection& m_server;
};

} // namespace

Result<std::shared_ptr<const TimelineData>> TimelineData::loadFromServer(PostgresConnection& server,
                                                                         const std::atomic<bool>* cancel)
{
    ServerSource source(server);
    return loadTimelineData(source, cancel);
}

} // namespace Spyline
