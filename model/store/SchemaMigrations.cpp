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

} // namespace

QString schemaMigration(SchemaBackend backend, int version)
{
    if (version < 1 || version > static_cast<int>(std::size(migrations)))
        return {};
    const Migration& migration = migrations[version - 1];
    const char* name = backend == SchemaBackend::Sqlite ? migration.sqlite : migration.postgres;
    if (!name)
        return {};
    QFile file(QStringLiteral(":/spyline/sql/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace Spyline
