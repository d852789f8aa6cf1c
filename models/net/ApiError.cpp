#include "net/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace
{
// Plain text from a body that is not one of the JSON shapes: an HTML error page's title
// or first text, or the start of the body, cut to something a banner can show.
QString textOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = title.match(text); m.hasMatch())
        text = m.captured(1);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    return text;
}
} // namespace

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 413:
        return Kind::TooLarge;
    case 429:
        return Kind::RateLimited;
    default:
        return status >= 500 ? Kind::Server : Kind::Validation;
    }
}

namespace
{
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

void addDetail(ApiError &error, const QString &line)
{
    const QString simplified = line.simplified();
    if (!simplified.isEmpty() && simplified != error.serverMessage && !error.details.contains(simplified))
        error.details << simplified;
}

// ABP (and ASP.NET Zero): {"code","message","details","validationErrors":[{"message","members"}]}
void readAbpError(ApiError &error, const QJsonObject &e)
{
    error.serverCode = text(e.value(QStringLiteral("code")));
    error.serverMessage = e.value(QStringLiteral("message")).toString();
    const QString details = e.value(QStringLiteral("details")).toString();
    for (const QString &line : details.split(QLatin1Char('\n'))) {
        QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("- ")))
            trimmed.remove(0, 2);
        addDetail(error, trimmed);
    }
    for (const QJsonValue &v : e.value(QStringLiteral("validationErrors")).toArray()) {
        const QJsonObject ve = v.toObject();
        QStringList members;
        for (const QJsonValue &m : ve.value(QStringLiteral("members")).toArray())
            members << m.toString();
        error.members << members;
        const QString message = ve.value(QStringLiteral("message")).toString();
        addDetail(error,
                  members.isEmpty() ? message
                                    : members.join(QStringLiteral(", ")) + QStringLiteral(": ") + message);
    }
    if (error.serverMessage.isEmpty() && !error.details.isEmpty())
        error.serverMessage = error.details.takeFirst();
}

// RFC 7807/9457 ProblemDetails (ASP.NET Core, Spring 6): {"title","detail","errors":{field:[…]}}
// and Spring Boot's default {"error","message","errors":[{"field","defaultMessage"}]}.
void readFieldErrors(ApiError &error, const QJsonValue &errors)
{
    if (errors.isObject()) {
        const QJsonObject o = errors.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            error.members << it.key();
            const QJsonArray messages = it.value().isArray() ? it.value().toArray() : QJsonArray {it.value()};
            for (const QJsonValue &m : messages)
                addDetail(error, it.key() + QStringLiteral(": ") + text(m));
        }
    } else if (errors.isArray()) {
        for (const QJsonValue &v : errors.toArray()) {
            const QJsonObject fe = v.toObject();
            const QString field = fe.value(QStringLiteral("field")).toString();
            const QString message = fe.contains(QStringLiteral("defaultMessage"))
                ? fe.value(QStringLiteral("defaultMessage")).toString()
                : fe.value(QStringLiteral("message")).toString();
            if (!field.isEmpty())
                error.members << field;
            addDetail(error, field.isEmpty() ? message : field + QStringLiteral(": ") + message);
        }
    }
}
} // namespace

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &endpoint)
{
    ApiError error(kindForStatus(status), status, {}, endpoint);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    const QJsonValue errorValue = o.value(QStringLiteral("error"));
    if (doc.isObject() && errorValue.isObject()) {
        readAbpError(error, errorValue.toObject());
        if (o.value(QStringLiteral("unAuthorizedRequest")).toBool() && error.kind == Kind::Validation)
            error.kind = Kind::Auth;
    } else if (doc.isObject() && o.contains(QStringLiteral("name")) && errorValue.isString()) {
        // Spring service: {"name","error","status"}
        error.serverCode = o.value(QStringLiteral("name")).toString();
        error.serverMessage = errorValue.toString();
    } else if (doc.isObject()
               && (o.contains(QStringLiteral("title")) || o.contains(QStringLiteral("detail")))) {
        // ProblemDetails
        const QString title = o.value(QStringLiteral("title")).toString();
        const QString detail = o.value(QStringLiteral("detail")).toString();
        error.serverMessage = detail.isEmpty() ? title : detail;
        readFieldErrors(error, o.value(QStringLiteral("errors")));
    } else if (doc.isObject() && (o.value(QStringLiteral("message")).isString() || errorValue.isString())) {
        // SimpleResponse {"code","message","timestamp"}; Spring Boot's {"error","message","path"};
        // Go's habitual {"error":"…"}.
        error.serverMessage = o.value(QStringLiteral("message")).toString();
        if (error.serverMessage.isEmpty())
            error.serverMessage = errorValue.toString();
        else if (errorValue.isString() && o.contains(QStringLiteral("path")))
            error.serverCode = errorValue.toString();
        if (o.value(QStringLiteral("code")).isDouble())
            error.serverCode = QString::number(o.value(QStringLiteral("code")).toInt());
        readFieldErrors(error, o.value(QStringLiteral("errors")));
    } else if (!body.trimmed().isEmpty()) {
        error.serverMessage = textOf(body);
    }
    return error;
}

ApiError ApiError::fromBusinessCode(qint64 code, const QString &message, const QString &endpoint)
{
    const bool isStatus = code >= 400 && code <= 599;
    ApiError error(isStatus ? kindForStatus(int(code)) : Kind::Server, 200, message, endpoint,
                   QString::number(code));
    return error;
}

ApiError ApiError::malformed(const QString &endpoint, const QString &what)
{
    return ApiError(Kind::MalformedBody, 200, what, endpoint);
}

QString ApiError::title() const
{
    switch (kind) {
    case Kind::Auth:
        return tr("Unauthenticated or invalid token");
    case Kind::Forbidden:
        return tr("Insufficient permissions to access this resource");
    case Kind::Validation:
        return tr("Invalid request parameters");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Server:
        return tr("Internal server error");
    case Kind::Network:
        return tr("Cannot reach the server");
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::MalformedBody:
        return tr("The server's answer could not be read");
    case Kind::TooLarge:
        return tr("The server's answer is too large");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Redirect:
        return tr("Redirect refused");
    case Kind::RateLimited:
        return tr("Too many requests: the server asked LogDeck to slow down");
    }
    return {};
}

QString ApiError::message() const
{
    QString text = serverMessage.isEmpty()
        ? title()
        : tr("%1: %2", "category: the server's own message").arg(title(), serverMessage);
    if (!details.isEmpty())
        text += tr(" — %1", "what the server said was wrong, after its message")
                    .arg(details.join(QStringLiteral("; ")));
    if (!serverCode.isEmpty() && httpStatus == 200 && kind != Kind::MalformedBody)
        text += tr(" (code %1 in an HTTP 200 answer, %2)").arg(serverCode, endpoint);
    else if (httpStatus > 0 && kind != Kind::MalformedBody)
        text += tr(" (HTTP %1, %2)").arg(httpStatus).arg(endpoint);
    else if (!endpoint.isEmpty())
        text += tr(" (%1)").arg(endpoint);
    return text;
}

QString ApiError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::MalformedBody:
        return QStringLiteral("malformed-body");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    }
    return {};
}
