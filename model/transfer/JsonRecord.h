#pragma once

#include "records/Enums.h"
#include "records/PartialDate.h"
#include "records/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <initializer_list>
#include <optional>

namespace Spyline {

// Line numbers of the elements of each top-level array, found by one scan of the text that
// QJsonDocument already accepted: messages can then say where in the file a record starts.
// The first key that appears twice in one object of valid JSON text, with its line: JSON parsers
// keep one of the two silently, so a file with a doubled section would lose the other.
struct DuplicateKey
{
    QString key;
    int line = 0;
};
std::optional<DuplicateKey> firstDuplicateKey(const QByteArray& text);
QHash<QString, QList<int>> elementLines(const QByteArray& text);

// One JSON object being read, with messages that name the file, line, record and field.
class JsonRecord
{
public:
    JsonRecord(QJsonObject object, QString prefix);

    Failure error(const QString& field, const QString& message) const;
    Failure error(const QString& message) const;
    // Refuses fields not in `keys`, so that a misspelt field is not silently dropped.
    Status onlyKeys(std::initializer_list<const char*> keys) const;

    Result<QString> text(const char* key, bool required = false) const;
    Result<QStringList> textList(const char* key) const;
    // A country by code or English name, as its code.
    Result<QString> country(const char* key) const;
    Result<PartialDate> date(const char* key, bool required = false) const;
    template<typename Enum>
    Result<Enum> choice(const char* key, std::optional<Enum> fallback) const
    {
        auto value = text(key, !fallback.has_value());
        if (!value)
            return fail(value.error());
        if (value->isEmpty())
            return *fallback;
        if (const auto parsed = fromKey<Enum>(*value))
            return *parsed;
        return error(QString::fromLatin1(key), unknownChoice(*value, allKeys<Enum>()));
    }
    // A record's own id or a reference to another record: a number or a text, as a key.
    Result<QString> key(const char* key, bool required) const;
    Result<QJsonArray> array(const char* key) const;
    const QString& prefix() const
    {
        return m_prefix;
    }

private:
    static QString unknownChoice(const QString& value, const QStringList& keys);

    QJsonObject m_object;
    QString m_prefix;
};

} // namespace Spyline
