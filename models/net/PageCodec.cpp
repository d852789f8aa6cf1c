#include "net/PageCodec.h"

#include "core/Timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace
{
QString camel(const QString &key)
{
    if (key.isEmpty() || !key.at(0).isUpper())
        return key;
    return key.at(0).toLower() + key.mid(1);
}

// ABP records: PascalCase keys to camelCase and, where the definition has a numbered
// enum for a field, its names to numbers; the steps of the history list are camelCased
// too, and their status is read in the record's outcome enum (a step's `source` is free
// text, not the record's source enum). Values the client cannot map are
// kept as sent.
QJsonObject normaliseAbp(const SourceDefinition &def, const QJsonObject &in, bool topLevel = true)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString key = camel(it.key());
        QJsonValue value = it.value();
        const EnumTable *table = topLevel || key == def.outcomeField ? def.enumTable(key) : nullptr;
        if (table && table->isNumbered()) {
            if (const EnumValue *e = table->find(value))
                value = *e->number;
        } else if (topLevel && value.isArray() && key == def.historyField) {
            QJsonArray items;
            for (const QJsonValue &item : value.toArray())
                items.append(item.isObject() ? QJsonValue(normaliseAbp(def, item.toObject(), false)) : item);
            value = items;
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

// The source's date-time fields in one form (see PageCodec::normalisedTime).
void normaliseTimes(QJsonObject &record, const SourceDefinition &def)
{
    for (const ColumnSpec &c : def.columns) {
        if (c.type != ColumnType::DateTime)
            continue;
        const auto it = record.find(c.key);
        if (it == record.end())
            continue;
        if (it->isString()) {
            if (it->toString().startsWith(QLatin1String("0001-01-01T00:00:00")))
                *it = QJsonValue(QJsonValue::Null); // Go's zero time: not set
        } else if (it->isDouble() || it->isArray()) {
            const QJsonValue time = PageCodec::normalisedTime(*it);
            if (!time.isNull())
                *it = time;
        }
    }
}

std::variant<QList<QJsonObject>, ApiError> records(const QJsonValue &items, const QString &endpoint,
                                                   const SourceDefinition &def)
{
    const bool abp = def.envelope == Envelope::AbpList;
    if (items.isNull())
        return QList<QJsonObject>(); // Go: a nil slice is written as null
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
        QJsonObject record = abp ? normaliseAbp(def, v.toObject()) : v.toObject();
        normaliseTimes(record, def);
        out.append(std::move(record));
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

std::optional<int> pageSizeOf(const QJsonValue &value)
{
    const auto n = count(value);
    if (!n || *n < 1 || *n > 1000000)
        return std::nullopt;
    return int(*n);
}

std::variant<Page, ApiError> decodeA(const QJsonDocument &doc, const QString &endpoint,
                                     const SourceDefinition &def)
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
            return ApiError::fromBusinessCode(*code, o.value(QStringLiteral("message")).toString(), endpoint);
    }
    const QJsonObject pagination = o.value(QStringLiteral("pagination")).toObject();
    // Go's omitempty drops an empty list altogether; a body that still looks like the
    // envelope (code, pagination or total) is an empty page, anything else is not one.
    const bool looksLikeEnvelope = o.contains(QStringLiteral("code"))
        || o.contains(QStringLiteral("pagination")) || o.contains(QStringLiteral("total"));
    const QJsonValue itemsValue = o.contains(QStringLiteral("items")) || !looksLikeEnvelope
        ? o.value(QStringLiteral("items"))
        : QJsonValue(QJsonValue::Null);
    auto items = records(itemsValue, endpoint, def);
    if (auto *e = std::get_if<ApiError>(&items))
        return *e;
    Page page {std::get<QList<QJsonObject>>(std::move(items)), std::nullopt, std::nullopt};
    page.pageSize = pageSizeOf(pagination.value(QStringLiteral("page_size")));
    const QJsonValue flat = o.value(QStringLiteral("total"));
    const QJsonValue nested = pagination.value(QStringLiteral("total"));
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
    // Go's omitempty drops a total of 0 too: an empty first page without one has none.
    const bool firstPage =
        !pagination.contains(QStringLiteral("page")) || count(pagination.value(QStringLiteral("page"))) <= 1;
    if (!page.total && page.records.isEmpty() && firstPage && o.contains(QStringLiteral("pagination")))
        page.total = 0;
    return page;
}

std::variant<Page, ApiError> decodeSpring(const QJsonDocument &doc, const QString &endpoint,
                                          const SourceDefinition &def)
{
    if (doc.isArray()) {
        auto items = records(doc.array(), endpoint, def);
        if (auto *e = std::get_if<ApiError>(&items))
            return *e;
        return Page {std::get<QList<QJsonObject>>(std::move(items)), std::nullopt, std::nullopt};
    }
    if (!doc.isObject())
        return ApiError::malformed(endpoint,
                                   QCoreApplication::translate("PageCodec", "expected a page object"));
    const QJsonObject o = doc.object();
    // Spring Data 3.3's PagedModel (and HATEOAS) put the numbers under "page"; PageImpl
    // has them at the top. HATEOAS puts the list under "_embedded" and drops it when empty.
    const QJsonObject meta =
        o.value(QStringLiteral("page")).isObject() ? o.value(QStringLiteral("page")).toObject() : o;
    QJsonValue content = o.value(QStringLiteral("content"));
    if (content.isUndefined() && o.value(QStringLiteral("_embedded")).isObject()) {
        const QJsonObject embedded = o.value(QStringLiteral("_embedded")).toObject();
        content = embedded.isEmpty() ? QJsonValue(QJsonValue::Null) : *embedded.begin();
    } else if (content.isUndefined() && o.value(QStringLiteral("page")).isObject()) {
        content = QJsonValue(QJsonValue::Null);
    }
    auto items = records(content, endpoint, def);
    if (auto *e = std::get_if<ApiError>(&items))
        return *e;
    Page page {std::get<QList<QJsonObject>>(std::move(items)), std::nullopt, std::nullopt};
    if (meta.contains(QStringLiteral("totalElements"))) {
        page.total = count(meta.value(QStringLiteral("totalElements")));
        if (!page.total)
            return ApiError::malformed(
                endpoint, QCoreApplication::translate("PageCodec", "totalElements is not a whole number"));
    }
    page.pageSize = pageSizeOf(meta.value(QStringLiteral("size")));
    return page;
}

// ABP's wrapped result: {"result":…,"success":true,"error":null,"unAuthorizedRequest":false,"__abp":true}.
// A wrapped failure that came with a 2xx is still that failure.
std::variant<QJsonObject, ApiError> unwrapAbp(const QJsonObject &o, const QString &endpoint)
{
    const bool wrapped = o.contains(QStringLiteral("__abp")) || o.contains(QStringLiteral("success"))
        || (o.contains(QStringLiteral("result")) && o.contains(QStringLiteral("error")));
    if (!wrapped)
        return o;
    if (o.value(QStringLiteral("success")).toBool(true) && !o.value(QStringLiteral("error")).isObject())
        return o.value(QStringLiteral("result")).toObject();
    const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    ApiError error = ApiError::fromHttp(200, body, endpoint);
    error.kind = o.value(QStringLiteral("unAuthorizedRequest")).toBool()
        ? ApiError::Kind::Auth
        : (error.members.isEmpty() ? ApiError::Kind::Server : ApiError::Kind::Validation);
    if (error.serverCode.isEmpty() || error.serverCode == u"0")
        error.serverCode = QStringLiteral("success=false");
    return error;
}

std::variant<Page, ApiError> decodeAbp(const QJsonDocument &doc, const QString &endpoint,
                                       const SourceDefinition &def)
{
    if (!doc.isObject())
        return ApiError::malformed(
            endpoint,
            QCoreApplication::translate("PageCodec", "expected an object with totalCount and items"));
    auto unwrapped = unwrapAbp(doc.object(), endpoint);
    if (auto *e = std::get_if<ApiError>(&unwrapped))
        return *e;
    const QJsonObject o = std::get<QJsonObject>(std::move(unwrapped));
    const QJsonValue items = o.contains(QStringLiteral("items")) ? o.value(QStringLiteral("items"))
                                                                 : o.value(QStringLiteral("Items"));
    auto list = records(items, endpoint, def);
    if (auto *e = std::get_if<ApiError>(&list))
        return *e;
    Page page {std::get<QList<QJsonObject>>(std::move(list)), std::nullopt, std::nullopt};
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
        return decodeSpring(std::get<QJsonDocument>(innerParsed), endpoint, def);
    }
    auto parsed = parse(body, endpoint);
    if (auto *e = std::get_if<ApiError>(&parsed))
        return *e;
    const QJsonDocument doc = std::get<QJsonDocument>(std::move(parsed));
    switch (def.envelope) {
    case Envelope::A:
        return decodeA(doc, endpoint, def);
    case Envelope::SpringPage:
        return decodeSpring(doc, endpoint, def);
    case Envelope::AbpList:
        return decodeAbp(doc, endpoint, def);
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
    QJsonObject record = doc.object();
    if (def.envelope == Envelope::AbpList) {
        auto unwrapped = unwrapAbp(record, endpoint);
        if (auto *e = std::get_if<ApiError>(&unwrapped))
            return *e;
        record = normaliseAbp(def, std::get<QJsonObject>(unwrapped));
    }
    normaliseTimes(record, def);
    return record;
}

int PageCodec::clampedPageSize(const Page &firstPage, int asked)
{
    const int held = int(firstPage.records.size());
    if (firstPage.pageSize && *firstPage.pageSize < asked && *firstPage.pageSize >= held)
        return *firstPage.pageSize; // the server says what it used
    if (held > 0 && held < asked && firstPage.total && *firstPage.total > held)
        return held; // a short first page of a longer list
    return 0;
}

QJsonValue PageCodec::normalisedTime(const QJsonValue &value)
{
    auto fromMsecs = [](qint64 ms) -> QJsonValue {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return t.isValid() ? QJsonValue(Timestamp::toRfc3339(t)) : QJsonValue(QJsonValue::Null);
    };
    if (value.isString()) {
        const QString text = value.toString();
        // Go's time.Time zero value: what an unset time looks like from encoding/json.
        if (text.startsWith(QLatin1String("0001-01-01T00:00:00")))
            return QJsonValue::Null;
        if (Timestamp::parse(text))
            return text;
        return QJsonValue::Null;
    }
    if (value.isDouble()) {
        // Jackson's WRITE_DATES_AS_TIMESTAMPS: java.util.Date as epoch milliseconds, an
        // Instant as epoch seconds with nanoseconds after the point. A value below 1e11
        // is read as seconds (1e11 ms is 1973, 1e11 s is the year 5138).
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return QJsonValue::Null;
        return fromMsecs(std::abs(d) < 1e11 ? qint64(std::llround(d * 1000.0)) : qint64(std::llround(d)));
    }
    if (value.isArray()) {
        // Jackson's LocalDateTime: [year, month, day, hour, minute, second?, nanosecond?], UTC here.
        const QJsonArray a = value.toArray();
        if (a.size() < 3 || a.size() > 7)
            return QJsonValue::Null;
        int parts[7] = {0, 1, 1, 0, 0, 0, 0};
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isDouble())
                return QJsonValue::Null;
            parts[i] = a.at(i).toInt();
        }
        const QDate date(parts[0], parts[1], parts[2]);
        const QTime time(parts[3], parts[4], parts[5], parts[6] / 1000000);
        if (!date.isValid() || !time.isValid())
            return QJsonValue::Null;
        return Timestamp::toRfc3339(QDateTime(date, time, Qt::UTC));
    }
    return QJsonValue::Null;
}
