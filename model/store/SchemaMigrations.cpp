#include "store/SchemaMigrations.h"

#include "store/Store.h"

#include <QFile>

#include <iterator>

namespace Spyline {

namespace {

struct Migration
{
    const char* sqlite;
    const char* postgres; // null before PostgresFirstSchema
};

// One row per schema version, in order.
constexpr Migration migrations[] = {
    {"001-initial.sql", nullptr},
    {"002-node-positions.sql", nullptr},
    {"003-edtf-dates.sql", nullptr},
    {"004-references.sql", nullptr},
    {"005-statistics-indexes.sql", nullptr},
    {"006-merge-origins.sql", "postgresql/006-schema.sql"},
};
static_assert(std::size(migrations) == Store::SchemaVersion, "one migration per schema version");
static_assert(PostgresFirstSchema >= 1 && PostgresFirstSchema <= Store::SchemaVersion);

struct ServerAddition
{
    int schema;
    const char* script;
};

// One row per server addition, in order.
constexpr ServerAddition serverAdditions[] = {
    {6, "postgresql/server-1-change-log.sql"},
};
static_assert(std::size(serverAdditions) == ServerAdditions, "one script per server addition");

QString resource(const char* name)
{
    QFile file(QStringLiteral(":/spyline/sql/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString schemaMigration(SchemaBackend backend, int version)
{
    if (version < 1 || version > static_cast<int>(std::size(migrations)))
        return {};
    const Migration& migration = migrations[version - 1];
    const char* name = backend == SchemaBackend::Sqlite ? migration.sqlite : migration.postgres;
    return name ? resource(name) : QString();
}

int serverAdditionSchema(int number)
{
    if (number < 1 || number > ServerAdditions)
        return 0;
    return serverAdditions[number - 1].schema;
}

QString serverAddition(int number)
{
    if (number < 1 || number > ServerAdditions)
        return {};
    return resource(serverAdditions[number - 1].script);
}

} // namespace Spyline
