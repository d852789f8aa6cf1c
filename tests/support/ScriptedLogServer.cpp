#include "ScriptedLogServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

ScriptedLogServer::ScriptedLogServer(Style style, QObject *parent)
    : QTcpServer(parent)
    , m_style(style)
    , m_newestMs(QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch())
{
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0;
                     end = buffer->indexOf("\r\n\r\n")) {
                    const QByteArray head = buffer->left(end + 4);
                    buffer->remove(0, end + 4);
                    handle(socket, head);
                }
            });
        }
    });
}

QUrl ScriptedLogServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void ScriptedLogServer::addRecords(int count)
{
    for (int i = 0; i < count; ++i) {
        const qint64 n = m_next++;
        const QString at = QDateTime::fromMSecsSinceEpoch(m_newestMs, Qt::UTC).toString(Qt::ISODate);
        m_newestMs += 60000;
        QJsonObject r;
        if (makeRecord) {
            r = makeRecord(n, at);
        } else if (m_style == Style::Abp) {
            r = {{QStringLiteral("Id"), QStringLiteral("api_%1").arg(n, 8, 10, QLatin1Char('0'))},
                 {QStringLiteral("ReceivedAt"), at},
                 {QStringLiteral("Status"), QStringLiteral("OK")},
                 {QStringLiteral("TransactionId"), QStringLiteral("tx%1").arg(n)}};
        } else {
            r = {{QStringLiteral("id"), QStringLiteral("log_%1").arg(n, 8, 10, QLatin1Char('0'))},
                 {QStringLiteral("created_at"), at},
                 {QStringLiteral("timestamp"), at},
                 {QStringLiteral("channel"), QStringLiteral("sms")},
                 {QStringLiteral("status"), QStringLiteral("sent")},
                 {QStringLiteral("user_id"), QStringLiteral("u%1").arg(n % 7)},
                 {QStringLiteral("content"), QStringLiteral("message %1").arg(n)}};
        }
        m_records.prepend(r);
    }
}

QStringList ScriptedLogServer::ids() const
{
    QStringList out;
    for (const QJsonObject &r : m_records)
        out << r.value(m_style == Style::Abp ? QStringLiteral("Id") : QStringLiteral("id")).toString();
    return out;
}

void ScriptedLogServer::write(QTcpSocket *socket, int status, const QByteArray &body,
                              const QByteArray &extraHeaders)
{
    const QByteArray reason = status == 200 ? "OK" : status == 429 ? "Too Many Requests" : "Error";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\n" + extraHeaders + "\r\n" + body);
}

void ScriptedLogServer::handle(QTcpSocket *socket, const QByteArray &head)
{
    const QByteArray target = head.split(' ').value(1);
    const QUrl url = baseUrl().resolved(QUrl::fromEncoded(target));
    requests << url;
    if (!scripted.isEmpty()) {
        const Scripted s = scripted.takeFirst();
        write(socket, s.status, s.body,
              s.retryAfter.isEmpty() ? QByteArray() : "Retry-After: " + s.retryAfter + "\r\n");
        return;
    }
    if (hold && !m_holding && hold(url)) {
        m_holding = true;
        m_held.append({socket, url});
        return;
    }
    answer(socket, url);
    const auto held = std::exchange(m_held, {});
    for (const auto &[heldSocket, heldUrl] : held) {
        if (heldSocket->state() == QAbstractSocket::ConnectedState)
            answer(heldSocket, heldUrl);
    }
}

void ScriptedLogServer::answer(QTcpSocket *socket, const QUrl &url)
{
    if (answered > 0 && answered < arrivalsUntil && arrivalsPerRequest > 0)
        addRecords(arrivalsPerRequest);
    ++answered;
    write(socket, 200, bodyOverride.isEmpty() ? page(url) : bodyOverride);
}

QByteArray ScriptedLogServer::page(const QUrl &url)
{
    const QUrlQuery query(url);
    QList<QJsonObject> matching;
    for (const QJsonObject &r : std::as_const(m_records)) {
        if (!matches || matches(r, query))
            matching << r;
    }
    const qint64 total = matching.size() + totalSurplus;
    QJsonArray items;
    if (m_style == Style::Abp) {
        const qint64 skip = query.queryItemValue(QStringLiteral("SkipCount")).toLongLong();
        const int size = qMin(maxPageSize, query.queryItemValue(QStringLiteral("MaxResultCount")).toInt());
        for (qint64 i = skip; i < qMin<qint64>(skip + size, matching.size()); ++i)
            items.append(matching.at(i));
        return QJsonDocument(
                   QJsonObject {{QStringLiteral("totalCount"), total}, {QStringLiteral("items"), items}})
            .toJson(QJsonDocument::Compact);
    }
    const int number = qMax(1, query.queryItemValue(QStringLiteral("page")).toInt());
    const int asked = query.queryItemValue(QStringLiteral("page_size")).toInt();
    const int size = qMin(maxPageSize, asked > 0 ? asked : 20);
    const qint64 first = qint64(number - 1) * size;
    for (qint64 i = first; i < qMin<qint64>(first + size, matching.size()); ++i)
        items.append(matching.at(i));
    const QJsonObject pagination {{QStringLiteral("page"), number},
                                  {QStringLiteral("page_size"), reportsPageSize ? size : asked},
                                  {QStringLiteral("total"), total},
                                  {QStringLiteral("total_pages"), (total + size - 1) / size},
                                  {QStringLiteral("has_next"), first + size < total},
                                  {QStringLiteral("has_prev"), number > 1}};
    return QJsonDocument(QJsonObject {{QStringLiteral("code"), 0},
                                      {QStringLiteral("message"), QStringLiteral("success")},
                                      {QStringLiteral("items"), items},
                                      {QStringLiteral("pagination"), pagination},
                                      {QStringLiteral("total"), total}})
        .toJson(QJsonDocument::Compact);
}
