#include "transfer/sheet/ImportMap.h"

#include "transfer/JsonRecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Spyline {

namespace {

const QString formatName = QStringLiteral("spyline-import-map");

// Map files are small; anything bigger is not one.
constexpr qint64 MaxMapBytes = 4 * 1024 * 1024;

QString folded(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

Result<ImportMap> ImportMap::fromJson(const QByteArray& json, const QString& name)
{
    const auto error = [&](const QString& message) { return fail(name + QStringLiteral(": ") + message); };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
        return fail(QStringLiteral("%1:%2: ").arg(name).arg(line)
                    + tr("not valid JSON: %1").arg(parseError.errorString()));
    }
    if (!document.isObject())
        return error(tr("an import map is a JSON object"));
    // A column named twice would silently lose one of its fields.
    if (const auto duplicate = firstDuplicateKey(json)) {
        return fail(QStringLiteral("%1:%2: %3: ").arg(name).arg(duplicate->line).arg(duplicate->key)
                    + tr("appears twice in one object; give each only once"));
    }
    const QJsonObject root = document.object();
    static const QStringList known = {
        QStringLiteral("format"),   QStringLiteral("version"),   QStringLiteral("records"),
        QStringLiteral("key"),      QStringLiteral("columns"),   QStringLiteral("values"),
        QStringLiteral("encoding"), QStringLiteral("delimiter"), QStringLiteral("header_line")};
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return error(tr("unknown field \"%1\"; the fields are %2").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return error(tr("format: must be \"%1\"").arg(formatName));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1)
        return error(tr("version: must be a whole number, 1 for this format"));
    if (version > FormatVersion)
        return error(tr("version: the map is version %1, written by a newer Spyline; this one reads version %2")
                         .arg(version)
                         .arg(FormatVersion));

    ImportMap map;
    const QString records = root.value(QStringLiteral("records")).toString(QStringLiteral("cases"));
    const auto parsedRecords = recordsFromKey(records);
    if (!parsedRecords)
        return error(tr("records: \"%1\" is not one of cases, statements, links").arg(records));
    map.records = *parsedRecords;
    const QJsonValue key = root.value(QStringLiteral("key"));
    if (!key.isUndefined() && !key.isNull() && !key.isString())
        return error(tr("key: must be the name of a column"));
    map.key = key.toString().trimmed();

    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!columns.isObject())
        return error(tr("columns: must be an object such as {\"Name\": \"suspect\"}"));
    const QJsonObject columnObject = columns.toObject();
    for (auto it = columnObject.constBegin(); it != columnObject.constEnd(); ++it) {
        QStringList fields;
        if (it->isString()) {
            fields.append(it->toString());
        } else if (it->isArray()) {
            for (const QJsonValue& value : it->toArray()) {
                if (!value.isString())
                    return error(tr("columns: \"%1\": list the fields as texts").arg(it.key()));
                fields.append(value.toString());
            }
        } else if (!it->isNull()) {
            return error(tr("columns: \"%1\": give a field name or a list of field names").arg(it.key()));
        }
        fields.removeAll(QString());
        if (!fields.isEmpty())
            map.columns.insert(it.key().trimmed(), fields);
    }

    const QJsonValue values = root.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isObject())
        return error(tr("values: must be an object such as {\"status\": {\"executed\": \"sentenced\"}}"));
    const QJsonObject valueObject = values.toObject();
    for (auto it = valueObject.constBegin(); it != valueObject.constEnd(); ++it) {
        if (!it->isObject())
            return error(tr("values: \"%1\": must be an object of their value -> our value").arg(it.key()));
        QList<ValueRule> rules;
        const QJsonObject ruleObject = it->toObject();
        for (auto rule = ruleObject.constBegin(); rule != ruleObject.constEnd(); ++rule) {
            if (!rule->isString())
                return error(tr("values: \"%1\": \"%2\": the value to use must be a text").arg(it.key(), rule.key()));
            rules.append(ValueRule {rule.key(), rule->toString()});
        }
        map.values.insert(it.key(), rules);
    }

    if (const QJsonValue encoding = root.value(QStringLiteral("encoding")); !encoding.isUndefined()) {
        const auto parsed = encodingFromKey(encoding.toString());
        if (!parsed)
            return error(tr("encoding: \"%1\" is not one of utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252")
                             .arg(encoding.toString()));
        map.read.encoding = *parsed;
    }
    if (const QJsonValue delimiter = root.value(QStringLiteral("delimiter")); !delimiter.isUndefined()) {
        const auto parsed = delimiterFromKey(delimiter.toString());
        if (!parsed)
            return error(tr("delimiter: \"%1\" is not one of comma, semicolon, tab").arg(delimiter.toString()));
        map.read.delimiter = *parsed;
    }
    if (const QJsonValue line = root.value(QStringLiteral("header_line")); !line.isUndefined()) {
        if (line.toInt(0) < 1)
            return error(tr("header_line: must be a line number, 1 or more"));
        map.read.headerLine = line.toInt();
    }
    if (Status s = map.validate(); !s)
        return error(s.error());
    return map;
}

Result<ImportMap> ImportMap::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray json = file.read(MaxMapBytes + 1);
    if (json.size() > MaxMapBytes)
        return fail(tr("%1 is too large for an import map").arg(QFileInfo(path).fileName()));
    return fromJson(json, QFileInfo(path).fileName());
}

QByteArray ImportMap::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("records"), recordsKey(records));
    if (!key.isEmpty())
        root.insert(QStringLiteral("key"), key);
    QJsonObject columnObject;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (it->size() == 1)
            columnObject.insert(it.key(), it->first());
        else
            columnObject.insert(it.key(), QJsonArray::fromStringList(*it));
    }
    root.insert(QStringLiteral("columns"), columnObject);
    QJsonObject valueObject;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        QJsonObject rules;
        for (const ValueRule& rule : *it)
            rules.insert(rule.from, rule.to);
        if (!rules.isEmpty())
            valueObject.insert(it.key(), rules);
    }
    if (!valueObject.isEmpty())
        root.insert(QStringLiteral("values"), valueObject);
    if (read.encoding)
        root.insert(QStringLiteral("encoding"), encodingKey(*read.encoding));
    if (read.delimiter)
        root.insert(QStringLiteral("delimiter"), delimiterKey(*read.delimiter));
    if (read.headerLine)
        root.insert(QStringLiteral("header_line"), *read.headerLine);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ImportMap::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    const QByteArray json = toJson();
    if (file.write(json) != json.size()) {
        file.cancelWriting();
        return fail(tr("%1 was not written: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

QStringList ImportMap::builtInNames()
{
    return {QStringLiteral("timelinejs")};
}

Result<ImportMap> ImportMap::builtIn(const QString& name)
{
    if (!builtInNames().contains(name))
        return fail(tr("there is no built-in map \"%1\"; the built-in maps are %2")
                        .arg(name, builtInNames().join(QStringLiteral(", "))));
    QFile file(QStringLiteral(":/spyline/maps/%1.map.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("the built-in map \"%1\" is missing from this build").arg(name));
    return fromJson(file.readAll(), name + QStringLiteral(".map.json"));
}

ImportMap ImportMap::guess(SheetRecords records, const QStringList& header)
{
    // Spyline's own columns: each is its field, and only "reference" makes rows one record.
    const bool ownColumns =
        records == SheetRecords::Cases && std::all_of(header.cbegin(), header.cend(), [](const QString& column) {
            const QString name = column.trimmed().toLower();
            return name == QStringLiteral("reference") || findSheetField(SheetRecords::Cases, name);
        });
    if (ownColumns)
        return identity(header);
    ImportMap map;
    map.records = records;
    QStringList taken;
    for (const QString& column : header) {
        const QString field = guessField(records, column);
        if (field.isEmpty() || taken.contains(field)) {
            if (map.key.isEmpty() && records != SheetRecords::Cases && looksLikeKey(column))
                map.key = column;
            continue;
        }
        taken.append(field);
        map.columns.insert(column, {field});
        if (records == SheetRecords::Cases && field == QStringLiteral("title"))
            map.key = column;
    }
    return map;
}

ImportMap ImportMap::identity(const QStringList& header)
{
    ImportMap map;
    for (const QString& column : header) {
        const QString name = column.trimmed().toLower();
        if (name == QStringLiteral("reference"))
            map.key = column;
        else
            map.columns.insert(column, {name});
    }
    return map;
}

Status ImportMap::validate() const
{
    QHash<QString, QString> columnOfField;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        for (const QString& name : *it) {
            const SheetField* field = findSheetField(records, name);
            if (!field) {
                QStringList names;
                for (const SheetField& f : sheetFields(records))
                    names.append(f.name);
                return fail(tr("columns: \"%1\": \"%2\" is not a field of %3; the fields are %4")
                                .arg(it.key(), name, recordsKey(records), names.join(QStringLiteral(", "))));
            }
            if (columnOfField.contains(name) && !field->joins) {
                return fail(tr("columns: \"%1\" and \"%2\" both give %3; map one of them")
                                .arg(columnOfField.value(name), it.key(), name));
            }
            columnOfField.insert(name, it.key());
        }
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!findSheetField(records, it.key()))
            return fail(tr("values: \"%1\" is not a field of %2").arg(it.key(), recordsKey(records)));
    }
    for (const SheetField& field : sheetFields(records)) {
        if (field.required && !columnOfField.contains(field.name))
            return fail(tr("columns: no column gives %1, which %2 need").arg(field.name, recordsKey(records)));
    }
    if (records == SheetRecords::Cases && key.isEmpty() && !columnOfField.contains(QStringLiteral("title")))
        return fail(tr("columns: no column gives the title; map one to title, or name the key column"));
    const auto datePart = [&](const char* date) -> Status {
        const QString name = QString::fromLatin1(date);
        const bool whole = columnOfField.contains(name);
        const bool parts = columnOfField.contains(name + QStringLiteral("_year"))
            || columnOfField.contains(name + QStringLiteral("_month"))
            || columnOfField.contains(name + QStringLiteral("_day"));
        if (whole && parts)
            return fail(tr("columns: %1 is given both whole and in parts; map one of them").arg(name));
        if (parts && !columnOfField.contains(name + QStringLiteral("_year")))
            return fail(tr("columns: %1 in parts needs its year (%1_year)").arg(name));
        return Status();
    };
    for (const char* date : {"date", "end_date"}) {
        if (Status s = datePart(date); !s)
            return s;
    }
    return {};
}

Status ImportMap::checkAgainst(const SheetTable& table) const
{
    const auto missing = [&](const QString& column) {
        return fail(tr("%1: the map names the column \"%2\", which the sheet does not have; its columns are %3")
                        .arg(table.name, column, table.header.join(QStringLiteral(", "))));
    };
    if (!key.isEmpty() && table.columnIndex(key) < 0)
        return missing(key);
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (table.columnIndex(it.key()) < 0)
            return missing(it.key());
    }
    return {};
}

QStringList ImportMap::fieldsOf(const QString& column) const
{
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (it.key().compare(column.trimmed(), Qt::CaseInsensitive) == 0)
            return *it;
    }
    return {};
}

QString ImportMap::columnOf(const QString& field) const
{
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (it->contains(field))
            return it.key();
    }
    return {};
}

std::optional<QString> ImportMap::mapValue(const QString& field, const QString& text) const
{
    const auto rules = values.constFind(field);
    if (rules == values.constEnd())
        return std::nullopt;
    const QString value = folded(text);
    const ValueRule* best = nullptr;
    qsizetype bestLength = -1;
    for (const ValueRule& rule : *rules) {
        const QString from = folded(rule.from);
        if (from == value)
            return rule.to;
        if (from.endsWith(u'*')) {
            const QString prefix = from.chopped(1).trimmed();
            if (value.startsWith(prefix) && prefix.size() > bestLength) {
                best = &rule;
                bestLength = prefix.size();
            }
        }
    }
    return best ? std::optional<QString>(best->to) : std::nullopt;
}

} // namespace Spyline
