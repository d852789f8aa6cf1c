#include "api/PageCodec.h"

#include "core/Timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace
{
struct EnumName {
    int number;
    const char *name;
};
constexpr EnumName kStatuses[] = {{1, "Received"}, {2, "ValidationError"}, {3, "Queued"},
                                  {10, "OK"},      {11, "Warning"},        {12, "Error"}};
constexpr EnumName kSources[] = {{1, "CPaaS"}, {2, "API"}};

std::optional<int> enumNumber(const QJsonValue &value, const EnumName *table, size_t size)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        for (size_t i = 0; i < size; ++i) {
            if (d == table[i].number)
                return table[i].number;
        }
        return std::nullopt;
    }
    const QString text = value.toString();
    for (size_t i = 0; i < size; ++i) {
        if (text.compare(QLatin1String(table[i].name), Qt::CaseInsensitive) == 0
            || text == QString::number(table[i].number))
            return table[i].number;
    }
    return std::nullopt;
}

QString camel(const QString &key)
{
    if (key.isEmpty() || !key.at(0).isUpper())
        return key;
    return key.at(0).toLower() + key.mid(1);
}

// ABP records: PascalCase keys to camelCase, enum names to numbers, recursively for the
// status history. Values the client cannot map are kept as sent.
QJsonObject normaliseAbp(const QJsonObject &in, bool topLevel = true)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString key = camel(it.key());
        QJsonValue value = it.value();
        if (key == u"status") {
            if (const auto n = enumNumber(value, kStatuses, std::size(kStatuses)))
                value = *n;
        } else if (key == u"source" && topLevel) {
            // A record's source is the CPaaS/API enum; a history step's is free text.
            if (const auto n = enumNumber(value, kSources, std::size(kSources)))
                value = *n;
        } else if (key == u"statusHistory" && value.isArray()) {
            QJsonArray steps;
            for (const QJsonValue &step : value.toArray())
                steps.append(step.isObject() ? QJsonValue(normaliseAbp(step.toObject(), false)) : step);
            value = steps;
        }
        out.insert(key, value);
    }
    return out;
}

// A JSON number that is a whole count, or nullopt.
std::optional<qint64> count(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > 9.0e15 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

std::variant<QList<QJsonObject>, ApiError> records(const QJsonValue &items, const QString &endpoint, bool abp)
{
    if (!items.isArray())
        return ApiError::malformed(
            endpoint,
            QCoreApplication::translate("PageCodec", "the list of records is missing or not a list"));
    QList<QJsonObject> out;
    const QJsonArray array = items.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return ApiError::malformed(endpoint,
                                       QCoreApplication::translate("PageCodec", "a record is not an object"));
        out.append(abp ? normaliseAbp(v.toObject()) : v.toObject());
    }
    return out;
}

std::variant<QJsonDocument, ApiError> parse(const QByteArray &body, const QString &endpoint)
{
    if (body.trimmed().isEmpty())
        return ApiError::malformed(endpoint, QCoreApplication::translate("PageCodec", "the body is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::malformed(endpoint,
                                   QCoreApplication::translate("PageCodec", "not valid JSON at byte %1 (%2)")
                                       .arg(error.offset)
                                       .arg(error.errorString()));
    return doc;
}

std::variant<Page, ApiError> decodeA(const QJsonDocument &doc, const QString &endpoint)
{
    if (!doc.isObject())
        return ApiError::malformed(
            endpoint,
            QCoreApplication::translate("PageCodec", "expected an object with items and pagination"));
    const QJsonObject o = doc.object();
    // code 0 (documented) or 200 (seen in the wild) is success; anything else is the
    // server reporting an error inside a 200.
    if (o.contains(QStringLiteral("code"))) {
        const auto code = count(o.value(QStringLiteral("code")));
        if (!code)
            return ApiError::malformed(endpoint,
                                       QCoreApplication::translate("PageCodec", "code is not a number"));
        if (*code != 0 && *code != 200)
            return ApiError(*code >= 500 ? ApiError::Kind::Server : ApiError::Kind::Validation, int(*code),
                            o.value(QStringLiteral("message")).toString(), endpoint);
    }
    auto items = records(o.value(QStringLiteral("items")), endpoint, false);
    if (auto *e = std::get_if<ApiError>(&items))
        return *e;
    Page page {std::get<QList<QJsonObject>>(std::move(items)), std::nullopt};
    const QJsonValue flat = o.value(QStringLiteral("total"));
    const QJsonValue nested = o.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total"));
    for (const QJsonValue &candidate : {flat, nested}) {
        if (candidate.isUndefined() || candidate.isNull())
            continue;
        const auto total = count(candidate);
        if (!total)
            return ApiError::malformed(
                endpoint, QCoreApplication::translate("PageCodec", "total is not a whole number"));
        page.total = total;
        break;
    }
    return page;
}

std::variant<Page, ApiError> decodeSpring(const QJsonDocument &doc, const QString &endpoint)
{
    if (doc.isArray()) {
        auto items = records(doc.array(), endpoint, false);
        if (auto *e = std::get_if<ApiError>(&items))
            return *e;
        return Page {std::get<QList<QJsonObject>>(std::move(items)), std::nullopt};
    }
    if (!doc.isObject())
        return ApiError::malformed(endpoint,
                                   QCoreApplication::translate("PageCodec", "expected a page object"));
    const QJsonObject o = doc.object();
    auto items = records(o.value(QStringLiteral("content")), endpoint, false);
    if (auto *e = std::get_if<ApiError>(&items))
        return *e;
    Page page {std::get<QList<QJsonObject>>(std::move(items)), std::nullopt};
    if (o.contains(QStringLiteral("totalElements"))) {
        page.total = count(o.value(QStringLiteral("totalElements")));
        if (!page.total)
            return ApiError::malformed(
                endpoint, QCoreApplication::translate("PageCodec", "totalElements is not a whole number"));
    }
    return page;
}

std::variant<Page, ApiError> decodeAbp(const QJsonDocument &doc, const QString &endpoint)
{
    if (!doc.isObject())
        return ApiError::malformed(
            endpoint,
            QCoreApplication::translate("PageCodec", "expected an object with totalCount and items"));
    const QJsonObject o = doc.object();
    const QJsonValue items = o.contains(QStringLiteral("items")) ? o.value(QStringLiteral("items"))
                                                                 : o.value(QStringLiteral("Items"));
    auto list = records(items, endpoint, true);
    if (auto *e = std::get_if<ApiError>(&list))
        return *e;
    Page page {std::get<QList<QJsonObject>>(std::move(list)), std::nullopt};
    const QJsonValue total = o.contains(QStringLiteral("totalCount")) ? o.value(QStringLiteral("totalCount"))
                                                                      : o.value(QStringLiteral("TotalCount"));
    if (!total.isUndefined()) {
        page.total = count(total);
        if (!page.total)
            return ApiError::malformed(
                endpoint, QCoreApplication::translate("PageCodec", "totalCount is not a whole number"));
    }
    return page;
}
} // namespace

std::variant<Page, ApiError> PageCodec::decodePage(const SourceDefinition &def, const QByteArray &body,
                                                   const QString &endpoint)
{
    const QByteArray trimmed = body.trimmed();
    if (def.envelope == Envelope::SpringPage && trimmed.startsWith('"')) {
        // The page object double-encoded as a JSON string. A document cannot be a bare
        // string, so read it as the single element of an array, then read what it holds.
        const QJsonValue inner = QJsonDocument::fromJson("[" + trimmed + "]").array().first();
        if (!inner.isString())
            return ApiError::malformed(
                endpoint,
                QCoreApplication::translate("PageCodec", "not valid JSON (an unterminated string)"));
        auto innerParsed = parse(inner.toString().toUtf8(), endpoint);
        if (auto *e = std::get_if<ApiError>(&innerParsed))
            return *e;
        return decodeSpring(std::get<QJsonDocument>(innerParsed), endpoint);
    }
    auto parsed = parse(body, endpoint);
    if (auto *e = std::get_if<ApiError>(&parsed))
        return *e;
    const QJsonDocument doc = std::get<QJsonDocument>(std::move(parsed));
    switch (def.envelope) {
    case Envelope::A:
        return decodeA(doc, endpoint);
    case Envelope::SpringPage:
        return decodeSpring(doc, endpoint);
    case Envelope::AbpList:
        return decodeAbp(doc, endpoint);
    }
    return ApiError::malformed(endpoint, QCoreApplication::translate("PageCodec", "unknown envelope"));
}

std::variant<QJsonObject, ApiError> PageCodec::decodeRecord(const SourceDefinition &def,
                                                            const QByteArray &body, const QString &endpoint)
{
    auto parsed = parse(body, endpoint);
    if (auto *e = std::get_if<ApiError>(&parsed))
        return *e;
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);
    if (!doc.isObject())
        return ApiError::malformed(endpoint,
                                   QCoreApplication::translate("PageCodec", "expected one record object"));
    return def.envelope == Envelope::AbpList ? normaliseAbp(doc.object()) : doc.object();
}

QList<StatusStep> PageCodec::statusHistory(const QJsonObject &apiLog)
{
    QList<StatusStep> steps;
    const QJsonValue history = apiLog.contains(QStringLiteral("statusHistory"))
        ? apiLog.value(QStringLiteral("statusHistory"))
        : apiLog.value(QStringLiteral("StatusHistory"));
    for (const QJsonValue &v : history.toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject o = normaliseAbp(v.toObject(), false);
        StatusStep step;
        if (const auto t = Timestamp::parse(o.value(QStringLiteral("timestamp")).toString()))
            step.timestamp = *t;
        const QJsonValue status = o.value(QStringLiteral("status"));
        if (const auto n = apiLogStatusNumber(status))
            step.status = *n;
        else
            step.statusText = status.isDouble() ? QString::number(status.toDouble()) : status.toString();
        step.detail = o.value(QStringLiteral("statusDetail")).toString();
        const QJsonValue source = o.value(QStringLiteral("source"));
        step.source = source.isDouble() ? QString::number(source.toInt()) : source.toString();
        steps.append(step);
    }
    return steps;
}

std::optional<int> PageCodec::apiLogStatusNumber(const QJsonValue &value)
{
    return enumNumber(value, kStatuses, std::size(kStatuses));
}

QString PageCodec::apiLogStatusName(int number)
{
    for (const EnumName &e : kStatuses) {
        if (e.number == number)
            return QLatin1String(e.name);
    }
    return QString::number(number);
}
