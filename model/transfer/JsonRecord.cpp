#include "transfer/JsonRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

#include "records/CountryCatalog.h"

#include <QCoreApplication>

namespace Spyline {

namespace {
// tr() for the functions here, which belong to no class.
struct JsonImport
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::JsonImport)
};

} // namespace

QHash<QString, QList<int>> elementLines(const QByteArray& text)
{
    QHash<QString, QList<int>> lines;
    int depth = 0;
    int line = 1;
    QString topKey;
    QByteArray lastString;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
                else if (text[i] == '\n')
                    ++line;
            }
            lastString = text.mid(start, i - start);
        } else if (c == ':' && depth == 1) {
            topKey = QString::fromUtf8(lastString);
        } else if (c == '{' || c == '[') {
            if (depth == 2 && c == '{')
                lines[topKey].append(line);
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return lines;
}

std::optional<DuplicateKey> firstDuplicateKey(const QByteArray& text)
{
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    std::vector<Level> stack;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const qsizetype start = i + 1;
            bool escaped = false;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            if (stack.empty() || !stack.back().object || !stack.back().expectKey)
                continue;
            const QByteArray raw = text.mid(start, i - start);
            const QString key = escaped ? QJsonDocument::fromJson("[\"" + raw + "\"]").array().first().toString()
                                        : QString::fromUtf8(raw);
            Level& level = stack.back();
            level.expectKey = false;
            if (level.keys.contains(key))
                return DuplicateKey {key, line};
            level.keys.insert(key);
        } else if (c == '{' || c == '[') {
            stack.push_back(Level {c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',' && !stack.empty() && stack.back().object) {
            stack.back().expectKey = true;
        }
    }
    return std::nullopt;
}

JsonRecord::JsonRecord(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{
}

Failure JsonRecord::error(const QString& field, const QString& message) const
{
    return fail(m_prefix + field + QStringLiteral(": ") + message);
}

Failure JsonRecord::error(const QString& message) const
{
    return fail(m_prefix + message);
}

Status JsonRecord::onlyKeys(std::initializer_list<const char*> keys) const
{
    QStringList accepted;
    for (const char* key : keys)
        accepted.append(QString::fromLatin1(key));
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!accepted.contains(it.key()))
            return error(it.key(),
                         JsonImport::tr("unknown field; the fields are %1").arg(accepted.join(QStringLiteral(", "))));
    }
    return {};
}

Result<QString> JsonRecord::text(const char* key, bool required) const
{
    const QString field = QString::fromLatin1(key);
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return error(field, JsonImport::tr("is missing"));
        return QString();
    }
    if (!value.isString())
        return error(field, JsonImport::tr("must be text"));
    if (required && value.toString().trimmed().isEmpty())
        return error(field, JsonImport::tr("is empty"));
    return value.toString();
}

Result<QStringList> JsonRecord::textList(const char* key) const
{
    const QString field = QString::fromLatin1(key);
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return error(field, JsonImport::tr("must be a list of texts"));
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return error(field, JsonImport::tr("must be a list of texts"));
        list.append(item.toString());
    }
    return list;
}

Result<QString> JsonRecord::country(const char* key) const
{
    auto name = text(key);
    if (!name || name->trimmed().isEmpty())
        return name;
    const auto code = CountryCatalog::resolve(*name);
    if (!code)
        return error(QString::fromLatin1(key), JsonImport::tr("\"%1\" is not a country Spyline knows").arg(*name));
    return *code;
}

Result<PartialDate> JsonRecord::date(const char* key, bool required) const
{
    auto value = text(key, required);
    if (!value)
        return fail(value.error());
    if (value->trimmed().isEmpty())
        return PartialDate();
    auto parsed = PartialDate::parse(*value);
    if (!parsed)
        return error(QString::fromLatin1(key), parsed.error());
    return parsed;
}

QString JsonRecord::unknownChoice(const QString& value, const QStringList& keys)
{
    return JsonImport::tr("\"%1\" is not one of %2").arg(value, keys.join(QStringLiteral(", ")));
}

Result<QString> JsonRecord::key(const char* key, bool required) const
{
    const QString field = QString::fromLatin1(key);
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return error(field, JsonImport::tr("is missing"));
        return QString();
    }
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    if (value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger()) && value.toInteger() > 0)
        return QString::number(value.toInteger());
    return error(field, JsonImport::tr("must be a positive whole number or a text"));
}

Result<QJsonArray> JsonRecord::array(const char* key) const
{
    const QJsonValue value = m_object.value(QString::fromLatin1(key));
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return error(QString::fromLatin1(key), JsonImport::tr("must be a list"));
    return value.toArray();
}

} // namespace Spyline
