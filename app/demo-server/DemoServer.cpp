#include "DemoServer.h"
#include "DemoStores.h"

#include "DemoRandom.h"
#include "core/Timestamp.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace
{
constexpr quint64 kFaultStream = 90;

const QString kCommMine = QStringLiteral("/communication/logs");
const QString kCommAdmin = QStringLiteral("/admin/communication/logs");
const QString kNotifAudit = QStringLiteral("/api/notifications/v1/admin/audit-logs");
const QString kApiLogs = QStringLiteral("/api/app/api-logs");
const QString kMfaAudit = QStringLiteral("/admin/mfa/config-audit-logs");

QByteArray toJson(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString nowRfc3339()
{
    return DemoDirectory::rfc3339(QDateTime::currentSecsSinceEpoch());
}

QByteArray reason(int status)
{
    static const QHash<int, QByteArray> reasons = {{200, "OK"},           {400, "Bad Request"},
                                                   {401, "Unauthorized"}, {403, "Forbidden"},
                                                   {404, "Not Found"},    {405, "Method Not Allowed"}};
    return reasons.value(status, "Internal Server Error");
}

// Reads an optional integer parameter; absent yields the fallback, malformed or out of
// range yields nullopt (and the caller answers 400 naming the parameter).
std::optional<int> intParam(const QUrlQuery &query, const QString &name, int fallback, int min, int max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qlonglong value = query.queryItemValue(name, QUrl::FullyDecoded).trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return int(value);
}

QString param(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool isGuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}
} // namespace

QHash<QString, DemoServerOptions::Token> DemoServerOptions::defaultTokens()
{
    return {{QStringLiteral("demo-admin"), {QStringLiteral("usr_admin"), true}},
            {QStringLiteral("demo-user"), {QStringLiteral("usr_0001"), false}}};
}

DemoServer::DemoServer(const DemoServerOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_directory(options.seed, options.users, options.tenants, options.anchor)
{
    DemoStores stores = DemoStores::build(
        m_directory, {options.comm, options.arrivals, options.apiLogs, options.audit, options.mfa});
    m_comm = std::move(stores.comm);
    m_apiLogs = std::move(stores.apiLogs);
    m_audit = std::move(stores.audit);
    m_mfa = std::move(stores.mfa);
    if (options.arrivals > 0) {
        auto *arrivals = new QTimer(this);
        arrivals->setInterval(qMax(1, options.arrivalMs));
        connect(arrivals, &QTimer::timeout, this, [this, arrivals] {
            if (!m_comm->reveal(QDateTime::currentSecsSinceEpoch()))
                arrivals->stop();
        });
        arrivals->start();
    }
}

DemoServer::~DemoServer() = default;

std::optional<DemoServer::Caller> DemoServer::authenticate(const QByteArray &authorization) const
{
    const QByteArray prefix = "Bearer ";
    if (!authorization.startsWith(prefix))
        return std::nullopt;
    const auto it = m_options.tokens.constFind(QString::fromUtf8(authorization.mid(prefix.size()).trimmed()));
    if (it == m_options.tokens.constEnd())
        return std::nullopt;
    return Caller {it->userId, it->admin};
}

DemoServer::Reply DemoServer::error(Shape shape, int status, const QString &name, const QString &message,
                                    const QString &member)
{
    switch (shape) {
    case Shape::Simple:
        return {status,
                toJson(QJsonObject {{QStringLiteral("code"), status},
                                    {QStringLiteral("message"), message},
                                    {QStringLiteral("timestamp"), nowRfc3339()}})};
    case Shape::Spring:
        return {status,
                toJson(QJsonObject {{QStringLiteral("name"), name},
                                    {QStringLiteral("error"), message},
                                    {QStringLiteral("status"), status}})};
    case Shape::Abp: {
        QJsonObject inner {{QStringLiteral("code"), name},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("details"),
                            status == 400 ? QStringLiteral("The request is not valid.") : QString()}};
        if (!member.isEmpty())
            inner.insert(QStringLiteral("validationErrors"),
                         QJsonArray {QJsonObject {{QStringLiteral("message"), message},
                                                  {QStringLiteral("members"), QJsonArray {member}}}});
        return {status, toJson(QJsonObject {{QStringLiteral("error"), inner}})};
    }
    }
    return {status, {}};
}

DemoServer::Shape DemoServer::shapeFor(const QString &path)
{
    if (path == kNotifAudit)
        return Shape::Spring;
    if (path == kApiLogs || path.startsWith(kApiLogs + QLatin1Char('/')))
        return Shape::Abp;
    return Shape::Simple;
}

DemoServer::Reply DemoServer::answer(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                     const QByteArray &authorization) const
{
    const Shape shape = shapeFor(path);
    const bool known = path == kCommMine || path == kCommAdmin || path == kMfaAudit || shape != Shape::Simple;
    if (!known)
        return error(Shape::Simple, 404, QStringLiteral("NotFound"),
                     QStringLiteral("no such endpoint: %1").arg(path));
    const bool adminOnly = path != kCommMine;
    if (method != "GET")
        return {405,
                toJson(QJsonObject {{QStringLiteral("code"), 405},
                                    {QStringLiteral("message"), QStringLiteral("only GET is supported")}})};

    const auto caller = authenticate(authorization);
    if (!caller)
        return error(shape, 401, QStringLiteral("Unauthorized"),
                     QStringLiteral("missing or invalid bearer token"));
    if (adminOnly && !caller->admin)
        return error(shape, 403, QStringLiteral("AccessDenied"),
                     QStringLiteral("this endpoint requires the admin role"));

    if (path == kCommMine || path == kCommAdmin)
        return commLogs(query, *caller, path == kCommAdmin);
    if (path == kMfaAudit)
        return mfaAudit(query);
    if (path == kNotifAudit)
        return notifAudit(query);
    if (path == kApiLogs)
        return apiLogList(query);
    return apiLogGet(path.mid(kApiLogs.size() + 1));
}

DemoServer::Reply DemoServer::envelopeA(const QJsonArray &items, int page, int pageSize, int total)
{
    const int totalPages = (total + pageSize - 1) / pageSize;
    const QJsonObject pagination {{QStringLiteral("page"), page},
                                  {QStringLiteral("page_size"), pageSize},
                                  {QStringLiteral("total"), total},
                                  {QStringLiteral("total_pages"), totalPages},
                                  {QStringLiteral("has_next"), page < totalPages},
                                  {QStringLiteral("has_prev"), page > 1}};
    return {200,
            toJson(QJsonObject {{QStringLiteral("code"), 0},
                                {QStringLiteral("message"), QStringLiteral("success")},
                                {QStringLiteral("timestamp"), nowRfc3339()},
                                {QStringLiteral("items"), items},
                                {QStringLiteral("pagination"), pagination},
                                {QStringLiteral("total"), total}})};
}

DemoServer::Reply DemoServer::commLogs(const QUrlQuery &query, const Caller &caller, bool admin) const
{
    const auto page = intParam(query, QStringLiteral("page"), 1, 1, INT_MAX);
    if (!page)
        return error(Shape::Simple, 400, {},
                     QStringLiteral("invalid parameter page: must be an integer of at least 1"));
    const auto pageSize = intParam(query, QStringLiteral("page_size"), 20, 1, 100);
    if (!pageSize)
        return error(Shape::Simple, 400, {},
                     QStringLiteral("invalid parameter page_size: must be an integer from 1 to 100"));

    CommLogStore::Filter filter;
    const QString channel = param(query, QStringLiteral("channel"));
    if (!channel.isEmpty()) {
        const int index = int(CommLogStore::channels().indexOf(channel));
        if (index < 0)
            return error(Shape::Simple, 400, {},
                         QStringLiteral("invalid parameter channel: must be one of sms, email, push"));
        filter.channel = index;
    }
    const QString status = param(query, QStringLiteral("status"));
    if (!status.isEmpty()) {
        const int index = int(CommLogStore::statuses().indexOf(status));
        if (index < 0)
            return error(
                Shape::Simple, 400, {},
                QStringLiteral("invalid parameter status: must be one of pending, sent, failed, delivered"));
        filter.status = index;
    }
    // comm-mine: always the caller, whatever user_id says (never an error, never a leak).
    const QString userId = admin ? param(query, QStringLiteral("user_id")) : caller.userId;
    if (!userId.isEmpty()) {
        filter.user = m_directory.userFromId(userId);
        filter.impossible = !filter.user;
    }
    const qint64 offset = qint64(*page - 1) * *pageSize;
    const int total = m_comm->count(filter);
    const QByteArray items = offset < total
        ? m_comm->pageJson(filter, int(offset), *pageSize, m_options.disorderComm)
        : QByteArrayLiteral("[]");
    Reply reply = envelopeA(QJsonArray(), *page, *pageSize, total);
    // The records as text into the envelope's empty list: its only "items" key.
    reply.body.replace(QByteArrayLiteral("\"items\":[]"), QByteArrayLiteral("\"items\":") + items);
    return reply;
}

DemoServer::Reply DemoServer::mfaAudit(const QUrlQuery &query) const
{
    const auto page = intParam(query, QStringLiteral("page"), 1, 1, INT_MAX);
    if (!page)
        return error(Shape::Simple, 400, {},
                     QStringLiteral("invalid parameter page: must be an integer of at least 1"));
    const auto pageSize = intParam(query, QStringLiteral("page_size"), 20, 1, 100);
    if (!pageSize)
        return error(Shape::Simple, 400, {},
                     QStringLiteral("invalid parameter page_size: must be an integer from 1 to 100"));
    MfaAuditStore::Filter filter;
    filter.action = param(query, QStringLiteral("action"));
    filter.targetType = param(query, QStringLiteral("target_type"));
    filter.operatorId = param(query, QStringLiteral("operator_id"));
    for (const QString &name : {QStringLiteral("start_date"), QStringLiteral("end_date")}) {
        if (!query.hasQueryItem(name))
            continue;
        const QString text = param(query, name);
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (text.size() != 10 || !date.isValid())
            return error(Shape::Simple, 400, {},
                         QStringLiteral("invalid parameter %1: expected YYYY-MM-DD").arg(name));
        (name == u"start_date" ? filter.start : filter.end) = date;
    }
    if (filter.start && filter.end && *filter.start > *filter.end)
        return error(Shape::Simple, 400, {}, QStringLiteral("invalid parameter start_date: after end_date"));
    const qint64 offset = qint64(*page - 1) * *pageSize;
    const auto result = m_mfa->list(filter, int(qMin<qint64>(offset, INT_MAX)), *pageSize);
    return envelopeA(result.items, *page, *pageSize, result.total);
}

DemoServer::Reply DemoServer::notifAudit(const QUrlQuery &query) const
{
    auto invalid = [](const QString &message) {
        return error(Shape::Spring, 400, QStringLiteral("ValidationFailed"), message);
    };
    for (const QString &name : {QStringLiteral("page"), QStringLiteral("size"), QStringLiteral("sortBy"),
                                QStringLiteral("sortDirection")}) {
        if (!query.hasQueryItem(name))
            return invalid(QStringLiteral("%1 is required").arg(name));
    }
    const auto page = intParam(query, QStringLiteral("page"), 0, 0, INT_MAX);
    if (!page)
        return invalid(QStringLiteral("page must be an integer of at least 0"));
    const auto size = intParam(query, QStringLiteral("size"), 20, 1, 100);
    if (!size)
        return invalid(QStringLiteral("size must be an integer from 1 to 100"));
    const QString sortBy = param(query, QStringLiteral("sortBy"));
    if (sortBy != u"timestamp" && sortBy != u"id")
        return invalid(QStringLiteral("sortBy must match ^(timestamp|id)$"));
    const QString direction = param(query, QStringLiteral("sortDirection"));
    if (direction != u"ASC" && direction != u"DESC")
        return invalid(QStringLiteral("sortDirection must match ^(ASC|DESC)$"));

    NotifAuditStore::Filter filter;
    const QString eventType = param(query, QStringLiteral("eventType"));
    if (!eventType.isEmpty()) {
        const int index = int(NotifAuditStore::eventTypes().indexOf(eventType));
        if (index < 0)
            return invalid(QStringLiteral("eventType has an unknown value: %1").arg(eventType));
        filter.eventType = index;
    }
    auto restrictTo = [&filter](std::optional<int> user) {
        if (!user || (filter.user && *filter.user != *user))
            filter.impossible = true;
        else
            filter.user = user;
    };
    if (const QString v = param(query, QStringLiteral("userId")); !v.isEmpty())
        restrictTo(m_directory.userFromId(v));
    if (const QString v = param(query, QStringLiteral("email")); !v.isEmpty())
        restrictTo(m_directory.userFromEmail(v));
    if (const QString v = param(query, QStringLiteral("username")); !v.isEmpty())
        restrictTo(m_directory.userFromUsername(v));
    for (const QString &name : {QStringLiteral("startDate"), QStringLiteral("endDate")}) {
        if (!query.hasQueryItem(name))
            continue;
        const auto ms = Timestamp::parseMsecs(param(query, name));
        if (!ms)
            return error(Shape::Spring, 400, QStringLiteral("IllegalArgument"),
                         QStringLiteral("%1 is not an RFC 3339 date-time").arg(name));
        (name == u"startDate" ? filter.startMs : filter.endMs) = *ms;
    }
    if (filter.startMs && filter.endMs && *filter.startMs > *filter.endMs)
        return error(Shape::Spring, 400, QStringLiteral("IllegalArgument"),
                     QStringLiteral("startDate is after endDate"));

    const qint64 offset = qint64(*page) * *size;
    const auto result = m_audit->list(filter, sortBy == u"id", direction == u"DESC",
                                      int(qMin<qint64>(offset, INT_MAX)), *size);
    if (m_options.notifAuditBody == u"array")
        return {200, toJson(result.items)};
    const int totalPages = (result.total + *size - 1) / *size;
    const QJsonObject body {{QStringLiteral("content"), result.items},
                            {QStringLiteral("totalElements"), result.total},
                            {QStringLiteral("totalPages"), totalPages},
                            {QStringLiteral("number"), *page},
                            {QStringLiteral("size"), *size},
                            {QStringLiteral("numberOfElements"), int(result.items.size())},
                            {QStringLiteral("first"), *page == 0},
                            {QStringLiteral("last"), *page >= totalPages - 1}};
    if (m_options.notifAuditBody == u"string")
        return {200, toJson(QJsonArray {QString::fromUtf8(toJson(body))}).mid(1).chopped(1)};
    return {200, toJson(body)};
}

DemoServer::Reply DemoServer::apiLogList(const QUrlQuery &query) const
{
    auto invalid = [](const QString &member, const QString &message) {
        return error(Shape::Abp, 400, QStringLiteral("Validation"), message, member);
    };
    const auto skip = intParam(query, QStringLiteral("SkipCount"), 0, 0, INT_MAX);
    if (!skip)
        return invalid(QStringLiteral("SkipCount"),
                       QStringLiteral("SkipCount must be an integer of at least 0"));
    const auto max = intParam(query, QStringLiteral("MaxResultCount"), 10, 1, 1000);
    if (!max)
        return invalid(QStringLiteral("MaxResultCount"),
                       QStringLiteral("MaxResultCount must be between 1 and 1000"));
    ApiLogStore::Filter filter;
    if (const QString v = param(query, QStringLiteral("Status")); !v.isEmpty()) {
        filter.status = ApiLogStore::statusFromText(v);
        if (!filter.status)
            return invalid(QStringLiteral("Status"),
                           QStringLiteral("Status has an unknown value: %1").arg(v));
    }
    for (const QString &name : {QStringLiteral("ReceivedAtMin"), QStringLiteral("ReceivedAtMax")}) {
        if (!query.hasQueryItem(name))
            continue;
        const auto ms = Timestamp::parseMsecs(param(query, name));
        if (!ms)
            return invalid(name, QStringLiteral("%1 is not a valid date-time").arg(name));
        (name == u"ReceivedAtMin" ? filter.receivedMinMs : filter.receivedMaxMs) = *ms;
    }
    auto field = ApiLogStore::SortField::ReceivedAt;
    bool descending = true;
    if (query.hasQueryItem(QStringLiteral("Sorting"))) {
        // ASP.NET reads '+' in a query as a space; accept both.
        const QStringList parts = param(query, QStringLiteral("Sorting"))
                                      .replace(QLatin1Char('+'), QLatin1Char(' '))
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        qsizetype index = -1;
        for (qsizetype i = 0; !parts.isEmpty() && i < ApiLogStore::sortFieldNames().size(); ++i) {
            if (parts.first().compare(ApiLogStore::sortFieldNames().at(i), Qt::CaseInsensitive) == 0)
                index = i;
        }
        const bool directionOk = parts.size() == 1
            || (parts.size() == 2
                && (parts.at(1).compare(u"asc", Qt::CaseInsensitive) == 0
                    || parts.at(1).compare(u"desc", Qt::CaseInsensitive) == 0));
        if (index < 0 || !directionOk)
            return invalid(QStringLiteral("Sorting"),
                           QStringLiteral("Sorting must be '<Field> asc|desc' with Field one of ReceivedAt, "
                                          "CompletedAt, DurationMs, Status, TransactionId"));
        field = ApiLogStore::SortField(index);
        descending = parts.size() == 2 && parts.at(1).compare(u"desc", Qt::CaseInsensitive) == 0;
    }
    const auto result = m_apiLogs->list(filter, field, descending, *skip, *max);
    return {200,
            toJson(QJsonObject {{QStringLiteral("totalCount"), result.total},
                                {QStringLiteral("items"), result.items}})};
}

DemoServer::Reply DemoServer::apiLogGet(const QString &id) const
{
    if (!isGuid(id))
        return error(Shape::Abp, 400, QStringLiteral("Validation"),
                     QStringLiteral("The value '%1' is not a valid id.").arg(id.left(64)),
                     QStringLiteral("id"));
    const auto entry = m_apiLogs->get(id);
    if (!entry)
        return error(Shape::Abp, 404, QStringLiteral("EntityNotFound"),
                     QStringLiteral("There is no entity ApiLog with id = %1").arg(id));
    return {200, toJson(*entry)};
}

bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static const QHash<int, QByteArray> methods = {{int(QHttpServerRequest::Method::Get), "GET"},
                                                   {int(QHttpServerRequest::Method::Head), "HEAD"},
                                                   {int(QHttpServerRequest::Method::Post), "POST"}};
    const QByteArray method = methods.value(int(request.method()), "OTHER");
    const QString path = request.url().path();
    const Reply reply = answer(method, path, request.query(), request.value("Authorization"));
    const Shape shape = shapeFor(path);
    if (m_options.verbose)
        std::fprintf(stderr, "%s %s -> %d\n", method.constData(),
                     qPrintable(request.url().toString(QUrl::RemoveUserInfo)), reply.status);
    send(socket, reply, shape);
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, error(Shape::Simple, 404, {}, QStringLiteral("not found")), Shape::Simple);
}

void DemoServer::send(QTcpSocket *socket, const Reply &original, Shape shape)
{
    DemoRandom rng(m_options.seed, kFaultStream, m_requestCount++);
    Reply reply = original;
    if (m_options.failRate > 0 && rng.chance(m_options.failRate))
        reply = error(shape, 500, QStringLiteral("UnexpectedError"),
                      QStringLiteral("injected failure (--fail-rate)"));
    const bool truncate = m_options.truncateRate > 0 && rng.chance(m_options.truncateRate);
    const int delay =
        m_options.latencyMs + (m_options.jitterMs > 0 ? int(rng.below(quint32(m_options.jitterMs) + 1)) : 0);

    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status)
        + "\r\n"
          "Content-Type: application/json; charset=utf-8\r\n"
          "Content-Length: "
        + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    const QByteArray body = truncate ? reply.body.left(reply.body.size() / 2) : reply.body;
    const int slowMs = m_options.slowBodyMs;
    QPointer<QTcpSocket> guard(socket);
    auto write = [guard, head, body, truncate, slowMs]() {
        if (!guard)
            return;
        if (slowMs <= 0 || body.size() < 2) {
            guard->write(head + body);
            if (truncate)
                guard->disconnectFromHost();
            return;
        }
        // Trickle the body in ten parts over slowMs.
        guard->write(head);
        const qsizetype step = qMax<qsizetype>(1, body.size() / 10);
        for (int part = 0; part * step < body.size(); ++part) {
            QTimer::singleShot(slowMs * (part + 1) / 10, guard,
                               [guard, chunk = body.mid(part * step, part < 9 ? step : -1),
                                last = (part + 1) * step >= body.size() || part == 9, truncate] {
                                   if (!guard)
                                       return;
                                   guard->write(chunk);
                                   if (last && truncate)
                                       guard->disconnectFromHost();
                               });
            if (part == 9)
                break;
        }
    };
    if (delay > 0)
        QTimer::singleShot(delay, socket, write);
    else
        write();
}
