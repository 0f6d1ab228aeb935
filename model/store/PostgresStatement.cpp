#include "store/PostgresStatement.h"

#include "store/PostgresConnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

namespace Spyline {

namespace {

struct PostgresQuery
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::PostgresStatement)
};

// PostgreSQL's type numbers (pg_type.oid) of the columns Spyline reads.
constexpr Oid BoolType = 16;
constexpr Oid ByteaType = 17;
constexpr Oid Int8Type = 20;
constexpr Oid Int2Type = 21;
constexpr Oid Int4Type = 23;
constexpr Oid OidType = 26;
constexpr Oid Float4Type = 700;
constexpr Oid Float8Type = 701;
constexpr Oid NumericType = 1700;

// A value as text for the server; a null QByteArray is NULL.
QByteArray parameterText(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return QByteArray::number(value.toLongLong());
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        // Seventeen digits: the same double comes back.
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QByteArrayLiteral("\\x") + value.toByteArray().toHex();
    default: {
        QByteArray text = value.toString().toUtf8();
        // An empty text is '' and not NULL.
        if (text.isNull())
            text = QByteArray("");
        return text;
    }
    }
}

} // namespace

void PostgresStatement::ResultDeleter::operator()(pg_result* result) const
{
    PQclear(result);
}

PostgresStatement::PostgresStatement(PostgresConnection& connection, const QString& sql)
    : m_connection(&connection)
{
    m_sql = numberPlaceholders(sql, &m_parameters);
}

PostgresStatement::~PostgresStatement() = default;

QByteArray PostgresStatement::numberPlaceholders(const QString& sql, int* count)
{
    const QByteArray text = sql.toUtf8();
    QByteArray numbered;
    numbered.reserve(text.size() + 16);
    int parameters = 0;
    qsizetype i = 0;
    const qsizetype size = text.size();
    // Copies text[i] up to and including the first `end` (a quote doubled is part of the text).
    const auto copyQuoted = [&](char quote) {
        numbered.append(text.at(i++));
        while (i < size) {
            const char c = text.at(i++);
            numbered.append(c);
            if (c == quote) {
                if (i < size && text.at(i) == quote) {
                    numbered.append(text.at(i++));
                    continue;
                }
                return;
            }
        }
    };
    while (i < size) {
        const char c = text.at(i);
        if (c == '\'' || c == '"') {
            copyQuoted(c);
        } else if (c == '-' && i + 1 < size && text.at(i + 1) == '-') {
            const qsizetype end = text.indexOf('\n', i);
            const qsizetype stop = end < 0 ? size : end;
            numbered.append(text.mid(i, stop - i));
            i = stop;
        } else if (c == '/' && i + 1 < size && text.at(i + 1) == '*') {
            const qsizetype end = text.indexOf("*/", i + 2);
            const qsizetype stop = end < 0 ? size : end + 2;
            numbered.append(text.mid(i, stop - i));
            i = stop;
        } else if (c == '?') {
            numbered.append('$');
            numbered.append(QByteArray::number(++parameters));
            ++i;
        } else {
            numbered.append(c);
            ++i;
        }
    }
    if (count)
        *count = parameters;
    return numbered;
}

Status PostgresStatement::exec(const QVariantList& values)
{
    m_result.reset();
    m_row = -1;
    m_rowsAffected = 0;
    m_failed = false;
    m_error.clear();
    const auto failWith = [&](const QString& message) {
        m_failed = true;
        m_error = message;
        return Status(fail(message));
    };
    if (!m_connection->isOpen())
        return failWith(PostgresQuery::tr("no collection is open"));
    if (values.size() != m_parameters) {
        return failWith(
            PostgresQuery::tr("the statement takes %1 values, not %2").arg(m_parameters).arg(values.size()));
    }
    std::vector<QByteArray> texts;
    std::vector<const char*> pointers;
    texts.reserve(values.size());
    pointers.reserve(values.size());
    for (const QVariant& value : values) {
        texts.push_back(parameterText(value));
        pointers.push_back(texts.back().isNull() ? nullptr : texts.back().constData());
    }
    pg_result* result = PQexecParams(m_connection->handle(), m_sql.constData(), m_parameters, nullptr, pointers.data(),
                                     nullptr, nullptr, 0);
    m_result.reset(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK) {
        m_rowsAffected = QByteArray(PQcmdTuples(result)).toInt();
        return {};
    }
    if (status == PGRES_COMMAND_OK) {
        m_rowsAffected = QByteArray(PQcmdTuples(result)).toInt();
        return {};
    }
    const QString message = PostgresConnection::describeFailure(m_connection->handle(), result);
    m_result.reset();
    return failWith(message);
}

bool PostgresStatement::next()
{
    if (!m_result || m_row + 1 >= PQntuples(m_result.get()))
        return false;
    ++m_row;
    return true;
}

int PostgresStatement::rowCount() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PostgresStatement::columnCount() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

QVariant PostgresStatement::value(int column) const
{
    const pg_result* result = m_result.get();
    if (!result || m_row < 0 || m_row >= PQntuples(result) || column < 0 || column >= PQnfields(result))
        return {};
    if (PQgetisnull(result, m_row, column))
        return QVariant(QMetaType::fromType<QString>());
    const char* text = PQgetvalue(result, m_row, column);
    const int length = PQgetlength(result, m_row, column);
    switch (PQftype(result, column)) {
    case BoolType:
        return qint64(text[0] == 't' ? 1 : 0);
    case Int2Type:
    case Int4Type:
    case Int8Type:
    case OidType:
        return QByteArray::fromRawData(text, length).toLongLong();
    case Float4Type:
    case Float8Type:
    case NumericType:
        return QByteArray::fromRawData(text, length).toDouble();
    case ByteaType: {
        size_t bytes = 0;
        unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &bytes);
        QByteArray data(reinterpret_cast<const char*>(raw), qsizetype(bytes));
        PQfreemem(raw);
        return data;
    }
    default:
        return QString::fromUtf8(text, length);
    }
}

} // namespace Spyline
