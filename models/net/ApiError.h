#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Every way a request can fail, as one value: what kind of failure, the HTTP status,
// the server's own words (from whichever of the three error shapes it used, or from a
// body that is not JSON at all) and the endpoint. Never carries the token.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Auth, // 401: no or bad token
        Forbidden, // 403: the token may not read this source
        Validation, // 400 and other 4xx: the request was refused
        NotFound, // 404
        Server, // 5xx
        Network, // refused, reset, DNS, TLS…
        Timeout, // no answer in time
        MalformedBody, // a 2xx body LogDeck cannot read
        TooLarge, // the body passed the size cap
        Cancelled, // the caller no longer wanted it
        Redirect, // a redirect LogDeck will not follow (another host or scheme, or one too many)
        RateLimited, // 429: still too many requests after waiting as long as the server asked
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString serverMessage, QString endpoint, QString serverCode = {})
        : kind(kind)
        , httpStatus(httpStatus)
        , serverMessage(std::move(serverMessage))
        , serverCode(std::move(serverCode))
        , endpoint(std::move(endpoint))
    { }

    // A non-2xx response: the kind from the status, the message from the body's shape
    // (SimpleResponse, {name,error,status}, ABP {error:{…}}) or from non-JSON text.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &endpoint);
    // An error a server reported inside a 2xx body (envelope A's `code`, ABP's wrapped
    // `success: false`): `code` is read as an HTTP status where it is one.
    static ApiError fromBusinessCode(qint64 code, const QString &message, const QString &endpoint);
    static Kind kindForStatus(int status);
    static ApiError malformed(const QString &endpoint, const QString &what);

    // The category in the words of the API documents ("Invalid request parameters", …).
    QString title() const;
    // One line for a banner or stderr: category, the server's message, status, endpoint.
    QString message() const;
    static QString kindKey(Kind kind); // stable English key for logs and --format json

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString serverMessage;
    QString serverCode;
    QStringList members; // validation: the parameters the server named
    // What the server said was wrong beyond its message: ABP's details and validation
    // errors, ProblemDetails' detail and errors, Spring's field errors, one line each.
    QStringList details;
    QString endpoint; // path only, never the query or credentials
};

Q_DECLARE_METATYPE(ApiError)
