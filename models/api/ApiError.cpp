#include "api/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace
{
ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Auth;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 408:
        return ApiError::Kind::Timeout;
    case 413:
        return ApiError::Kind::TooLarge;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Validation;
    }
}

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

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &endpoint)
{
    ApiError error(kindForStatus(status), status, {}, endpoint);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    if (doc.isObject() && o.value(QStringLiteral("error")).isObject()) {
        // ABP: {"error":{"code","message","details","validationErrors":[{"message","members"}]}}
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        error.serverCode = e.value(QStringLiteral("code")).toString();
        error.serverMessage = e.value(QStringLiteral("message")).toString();
        const QString details = e.value(QStringLiteral("details")).toString();
        for (const QJsonValue &v : e.value(QStringLiteral("validationErrors")).toArray()) {
            for (const QJsonValue &m : v.toObject().value(QStringLiteral("members")).toArray())
                error.members << m.toString();
        }
        if (error.serverMessage.isEmpty())
            error.serverMessage = details;
    } else if (doc.isObject() && o.contains(QStringLiteral("name"))
               && o.value(QStringLiteral("error")).isString()) {
        // Spring service: {"name","error","status"}
        error.serverCode = o.value(QStringLiteral("name")).toString();
        error.serverMessage = o.value(QStringLiteral("error")).toString();
    } else if (doc.isObject() && o.value(QStringLiteral("message")).isString()) {
        // SimpleResponse: {"code","message","timestamp"}
        error.serverMessage = o.value(QStringLiteral("message")).toString();
        if (o.value(QStringLiteral("code")).isDouble())
            error.serverCode = QString::number(o.value(QStringLiteral("code")).toInt());
    } else if (!body.trimmed().isEmpty()) {
        error.serverMessage = textOf(body);
    }
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
    }
    return {};
}

QString ApiError::message() const
{
    QString text = serverMessage.isEmpty()
        ? title()
        : tr("%1: %2", "category: the server's own message").arg(title(), serverMessage);
    if (httpStatus > 0 && kind != Kind::MalformedBody)
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
    }
    return {};
}
