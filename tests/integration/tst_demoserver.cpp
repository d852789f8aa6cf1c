// logdeck-demo-server over real HTTP: every endpoint, parameter and error case of
// ../shared/api-docs and CONTRACTS.md, pages that concatenate to exactly the filtered
// set, user isolation, determinism and the fault options.
#include "DemoServerProcess.h"
#include "core/Timestamp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>

namespace
{
const QString kCommMine = QStringLiteral("/communication/logs");
const QString kCommAdmin = QStringLiteral("/admin/communication/logs");
const QString kNotifAudit = QStringLiteral("/api/notifications/v1/admin/audit-logs");
const QString kApiLogs = QStringLiteral("/api/app/api-logs");
const QString kMfaAudit = QStringLiteral("/admin/mfa/config-audit-logs");
const QStringList kSmallData = {
    QStringLiteral("--comm"),  QStringLiteral("2500"), QStringLiteral("--api-logs"), QStringLiteral("700"),
    QStringLiteral("--audit"), QStringLiteral("1500"), QStringLiteral("--mfa"),      QStringLiteral("400"),
    QStringLiteral("--users"), QStringLiteral("40")};

struct Response {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonValue json;
    qint64 elapsedMs = 0;
};

using Filter = std::function<bool(const QJsonObject &)>;
} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void authErrorsInEachShape_data();
    void authErrorsInEachShape();
    void unknownPathIs404();
    void envelopeA_shape();
    void envelopeA_validation_data();
    void envelopeA_validation();
    void pagePastTheEndIsEmpty();

    void commAdmin_pagesConcatenateToFilteredSet_data();
    void commAdmin_pagesConcatenateToFilteredSet();
    void commMine_isolation();
    void commRecordsAreCoherent();

    void notifAudit_validation_data();
    void notifAudit_validation();
    void notifAudit_pagesAndFilters_data();
    void notifAudit_pagesAndFilters();
    void notifAudit_rangesInBothOrders_data();
    void notifAudit_rangesInBothOrders();
    void notifAudit_allEventTypesOccur();
    void notifAudit_tolerantBodies();

    void apiLogs_validation_data();
    void apiLogs_validation();
    void apiLogs_pagesFiltersAndSorting_data();
    void apiLogs_pagesFiltersAndSorting();
    void apiLogs_receivedRange_data();
    void apiLogs_receivedRange();
    void apiLogs_getById();

    void mfa_validation_data();
    void mfa_validation();
    void mfa_pagesAndFilters_data();
    void mfa_pagesAndFilters();

    void determinismAcrossRestarts();
    void faults_failRate();
    void faults_truncateRate();
    void faults_latency();
    void arrivalsComeOnTop();
    void arrivalsAreStampedWhenTheyArrive();
    void disorderedCommPages();

private:
    Response get(const QUrl &base, const QString &path, const QUrlQuery &query,
                 const QString &token = QStringLiteral("demo-admin"));
    Response get(const QString &path, const QUrlQuery &query,
                 const QString &token = QStringLiteral("demo-admin"))
    {
        return get(m_server.baseUrl(), path, query, token);
    }
    // Every page of an envelope-A endpoint concatenated, with per-page consistency checks.
    QJsonArray allPagesA(const QString &path, QUrlQuery query, int pageSize,
                         const QString &token = QStringLiteral("demo-admin"));
    QJsonArray allPagesSpring(QUrlQuery query, int size);
    QJsonArray allPagesAbp(QUrlQuery query, int max);
    static QJsonArray filtered(const QJsonArray &items, const Filter &keep);
    static QStringList ids(const QJsonArray &items);

    QNetworkAccessManager m_nam;
    DemoServerProcess m_server;
    QJsonArray m_allComm;
    QJsonArray m_allAudit;
    QJsonArray m_allApi;
    QJsonArray m_allMfa;
};

Response TestDemoServer::get(const QUrl &base, const QString &path, const QUrlQuery &query,
                             const QString &token)
{
    QUrl url = base;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response r;
    if (!reply->isFinished() && !finished.wait(20000)) {
        reply->abort();
        reply->deleteLater();
        r.error = QNetworkReply::TimeoutError;
        return r;
    }
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    r.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    reply->deleteLater();
    return r;
}

QJsonArray TestDemoServer::allPagesA(const QString &path, QUrlQuery query, int pageSize, const QString &token)
{
    QJsonArray all;
    int expectedTotal = -1;
    for (int page = 1;; ++page) {
        query.removeAllQueryItems(QStringLiteral("page"));
        query.removeAllQueryItems(QStringLiteral("page_size"));
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
        const Response r = get(path, query, token);
        if (r.status != 200) {
            qWarning() << "page" << page << "status" << r.status << r.body;
            return {};
        }
        const QJsonObject o = r.json.toObject();
        const QJsonObject p = o.value(QStringLiteral("pagination")).toObject();
        const int total = o.value(QStringLiteral("total")).toInt(-1);
        if (expectedTotal < 0)
            expectedTotal = total;
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        const int totalPages = (total + pageSize - 1) / pageSize;
        if (total != expectedTotal || p.value(QStringLiteral("total")).toInt() != total
            || p.value(QStringLiteral("page")).toInt() != page
            || p.value(QStringLiteral("page_size")).toInt() != pageSize
            || p.value(QStringLiteral("total_pages")).toInt() != totalPages
            || p.value(QStringLiteral("has_prev")).toBool() != (page > 1)
            || p.value(QStringLiteral("has_next")).toBool() != (page < totalPages)
            || o.value(QStringLiteral("code")).toInt(-1) != 0) {
            qWarning() << "inconsistent pagination on page" << page << r.body.left(300);
            return {};
        }
        for (const QJsonValue &v : items)
            all.append(v);
        if (items.size() < pageSize)
            break;
    }
    if (all.size() != expectedTotal) {
        qWarning() << "concatenated" << all.size() << "records, total says" << expectedTotal;
        return {};
    }
    return all;
}

QJsonArray TestDemoServer::allPagesSpring(QUrlQuery query, int size)
{
    QJsonArray all;
    int expectedTotal = -1;
    for (int page = 0;; ++page) {
        QUrlQuery q = query;
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("size"), QString::number(size));
        const Response r = get(kNotifAudit, q);
        if (r.status != 200)
            return {};
        const QJsonObject o = r.json.toObject();
        const QJsonArray content = o.value(QStringLiteral("content")).toArray();
        const int total = o.value(QStringLiteral("totalElements")).toInt(-1);
        if (expectedTotal < 0)
            expectedTotal = total;
        if (total != expectedTotal || o.value(QStringLiteral("number")).toInt() != page
            || o.value(QStringLiteral("size")).toInt() != size
            || o.value(QStringLiteral("numberOfElements")).toInt() != content.size()
            || o.value(QStringLiteral("totalPages")).toInt() != (total + size - 1) / size
            || o.value(QStringLiteral("first")).toBool() != (page == 0)) {
            qWarning() << "inconsistent Spring page" << page << r.body.left(300);
            return {};
        }
        for (const QJsonValue &v : content)
            all.append(v);
        if (content.size() < size) {
            if (!o.value(QStringLiteral("last")).toBool())
                return {};
            break;
        }
    }
    return all.size() == expectedTotal ? all : QJsonArray();
}

QJsonArray TestDemoServer::allPagesAbp(QUrlQuery query, int max)
{
    QJsonArray all;
    int expectedTotal = -1;
    for (int skip = 0;; skip += max) {
        QUrlQuery q = query;
        q.addQueryItem(QStringLiteral("SkipCount"), QString::number(skip));
        q.addQueryItem(QStringLiteral("MaxResultCount"), QString::number(max));
        const Response r = get(kApiLogs, q);
        if (r.status != 200)
            return {};
        const QJsonObject o = r.json.toObject();
        const int total = o.value(QStringLiteral("totalCount")).toInt(-1);
        if (expectedTotal < 0)
            expectedTotal = total;
        if (total != expectedTotal)
            return {};
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items)
            all.append(v);
        if (items.size() < max)
            break;
    }
    return all.size() == expectedTotal ? all : QJsonArray();
}

QJsonArray TestDemoServer::filtered(const QJsonArray &items, const Filter &keep)
{
    QJsonArray out;
    for (const QJsonValue &v : items) {
        if (keep(v.toObject()))
            out.append(v);
    }
    return out;
}

QStringList TestDemoServer::ids(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v.toObject().value(QStringLiteral("id")).toVariant().toString();
    return out;
}

void TestDemoServer::initTestCase()
{
    QVERIFY2(m_server.start(kSmallData
                            + QStringList {QStringLiteral("--token"), QStringLiteral("other:usr_0002:user")}),
             qPrintable(m_server.errorString()));
    QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    // The reference sets: everything, unfiltered, in the server's default order.
    m_allComm = allPagesA(kCommAdmin, {}, 100);
    QCOMPARE(m_allComm.size(), 2500);
    QUrlQuery byTime;
    byTime.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("timestamp"));
    byTime.addQueryItem(QStringLiteral("sortDirection"), QStringLiteral("DESC"));
    m_allAudit = allPagesSpring(byTime, 100);
    QCOMPARE(m_allAudit.size(), 1500);
    m_allApi = allPagesAbp({}, 100);
    QCOMPARE(m_allApi.size(), 700);
    m_allMfa = allPagesA(kMfaAudit, {}, 100);
    QCOMPARE(m_allMfa.size(), 400);
}

void TestDemoServer::authErrorsInEachShape_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("shape");
    const QStringList springQuery;
    for (const QString &path : {kCommMine, kCommAdmin, kMfaAudit}) {
        QTest::addRow("%s no token", qPrintable(path)) << path << QString() << 401 << "simple";
        QTest::addRow("%s bad token", qPrintable(path)) << path << QStringLiteral("nope") << 401 << "simple";
    }
    QTest::addRow("comm-admin as user") << kCommAdmin << QStringLiteral("demo-user") << 403 << "simple";
    QTest::addRow("mfa as user") << kMfaAudit << QStringLiteral("demo-user") << 403 << "simple";
    QTest::addRow("notif no token") << kNotifAudit << QString() << 401 << "spring";
    QTest::addRow("notif as user") << kNotifAudit << QStringLiteral("demo-user") << 403 << "spring";
    QTest::addRow("api-logs no token") << kApiLogs << QString() << 401 << "abp";
    QTest::addRow("api-logs as user") << kApiLogs << QStringLiteral("demo-user") << 403 << "abp";
    QTest::addRow("api-log get as user") << kApiLogs + QStringLiteral("/00000000-0000-0000-0000-000000000000")
                                         << QStringLiteral("demo-user") << 403 << "abp";
}

void TestDemoServer::authErrorsInEachShape()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QString, shape);
    const Response r = get(path, {}, token);
    QCOMPARE(r.status, status);
    const QJsonObject o = r.json.toObject();
    if (shape == u"simple") {
        QCOMPARE(o.value(QStringLiteral("code")).toInt(), status);
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(Timestamp::parse(o.value(QStringLiteral("timestamp")).toString()).has_value());
    } else if (shape == u"spring") {
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(o.value(QStringLiteral("name")).toString(),
                 status == 401 ? QStringLiteral("Unauthorized") : QStringLiteral("AccessDenied"));
        QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
    } else {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        QVERIFY(!e.value(QStringLiteral("code")).toString().isEmpty());
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
    }
    // Never the token in an error.
    if (!token.isEmpty())
        QVERIFY(!r.body.contains(token.toUtf8()));
}

void TestDemoServer::unknownPathIs404()
{
    for (const QString &path : {QStringLiteral("/no/such/thing"), QStringLiteral("/api/app/api-logsX")}) {
        const Response r = get(path, {});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.toObject().value(QStringLiteral("code")).toInt(), 404);
    }
}

void TestDemoServer::envelopeA_shape()
{
    const Response r = get(kCommAdmin, {});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json.toObject();
    QCOMPARE(o.value(QStringLiteral("code")).toInt(-1), 0);
    QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("success"));
    QVERIFY(Timestamp::parse(o.value(QStringLiteral("timestamp")).toString()).has_value());
    // Defaults: page 1, page_size 20.
    QCOMPARE(o.value(QStringLiteral("items")).toArray().size(), 20);
    const QJsonObject p = o.value(QStringLiteral("pagination")).toObject();
    QCOMPARE(p.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(p.value(QStringLiteral("page_size")).toInt(), 20);
    QCOMPARE(p.value(QStringLiteral("total")).toInt(), 2500);
    QCOMPARE(p.value(QStringLiteral("total_pages")).toInt(), 125);
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 2500);
    const QJsonObject item = o.value(QStringLiteral("items")).toArray().first().toObject();
    for (const char *field : {"id", "user_id", "tenant_id", "channel", "status", "provider", "recipient",
                              "template_id", "content", "created_at", "updated_at"})
        QVERIFY2(item.contains(QLatin1String(field)), field);
}

void TestDemoServer::envelopeA_validation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    for (const QString &path : {kCommMine, kCommAdmin, kMfaAudit}) {
        QTest::addRow("%s page_size 101", qPrintable(path)) << path << "page_size=101"
                                                            << "page_size";
        QTest::addRow("%s page_size 0", qPrintable(path)) << path << "page_size=0"
                                                          << "page_size";
        QTest::addRow("%s page 0", qPrintable(path)) << path << "page=0"
                                                     << "page";
        QTest::addRow("%s page text", qPrintable(path)) << path << "page=abc"
                                                        << "page";
    }
    QTest::addRow("channel fax") << kCommAdmin << "channel=fax"
                                 << "channel";
    QTest::addRow("channel case") << kCommMine << "channel=SMS"
                                  << "channel";
    QTest::addRow("status bogus") << kCommAdmin << "status=done"
                                  << "status";
}

void TestDemoServer::envelopeA_validation()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, named);
    const Response r = get(path, QUrlQuery(query), QStringLiteral("demo-admin"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.toObject().value(QStringLiteral("code")).toInt(), 400);
    QVERIFY2(r.json.toObject().value(QStringLiteral("message")).toString().contains(named),
             r.body.constData());
}

void TestDemoServer::pagePastTheEndIsEmpty()
{
    const Response r = get(kCommAdmin, QUrlQuery(QStringLiteral("page=9999&page_size=100")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.toObject().value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(r.json.toObject().value(QStringLiteral("total")).toInt(), 2500);
    QCOMPARE(r.json.toObject()
                 .value(QStringLiteral("pagination"))
                 .toObject()
                 .value(QStringLiteral("has_next"))
                 .toBool(),
             false);
}

void TestDemoServer::commAdmin_pagesConcatenateToFilteredSet_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("channel") << "channel=email" << 37;
    QTest::newRow("status") << "status=failed" << 100;
    QTest::newRow("channel+status") << "channel=sms&status=delivered" << 50;
    QTest::newRow("user") << "user_id=usr_0003" << 7;
    QTest::newRow("user+channel+status") << "user_id=usr_0001&channel=sms&status=delivered" << 3;
    QTest::newRow("unknown user") << "user_id=usr_9999" << 20;
}

void TestDemoServer::commAdmin_pagesConcatenateToFilteredSet()
{
    QFETCH(QString, query);
    QFETCH(int, pageSize);
    const QUrlQuery q(query);
    const QJsonArray pages = allPagesA(kCommAdmin, q, pageSize);
    const QJsonArray expected = filtered(m_allComm, [&q](const QJsonObject &o) {
        for (const auto &[key, value] : q.queryItems()) {
            if (o.value(key).toString() != value)
                return false;
        }
        return true;
    });
    if (query != u"user_id=usr_9999")
        QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(pages), ids(expected));
}

void TestDemoServer::commMine_isolation()
{
    // The caller's own records only, whatever user_id says; the same set the admin sees
    // for that user.
    const QJsonArray mine =
        allPagesA(kCommMine, QUrlQuery(QStringLiteral("user_id=usr_0002")), 100, QStringLiteral("demo-user"));
    QVERIFY(!mine.isEmpty());
    for (const QJsonValue &v : mine)
        QCOMPARE(v.toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("usr_0001"));
    const QJsonArray admin = allPagesA(kCommAdmin, QUrlQuery(QStringLiteral("user_id=usr_0001")), 100);
    QCOMPARE(ids(mine), ids(admin));
    const QJsonArray other = allPagesA(kCommMine, {}, 100, QStringLiteral("other"));
    QVERIFY(!other.isEmpty());
    for (const QJsonValue &v : other)
        QCOMPARE(v.toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("usr_0002"));
    // An admin calling the "mine" endpoint sees their own (none: usr_admin sends nothing).
    QCOMPARE(allPagesA(kCommMine, {}, 100).size(), 0);
}

void TestDemoServer::commRecordsAreCoherent()
{
    qint64 previous = LLONG_MAX;
    QString previousId;
    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(m_allComm)) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        const qint64 created = *Timestamp::parseMsecs(o.value(QStringLiteral("created_at")).toString());
        // Newest first: created_at desc, then id desc.
        QVERIFY(created < previous || (created == previous && id < previousId));
        previous = created;
        previousId = id;
        const QString status = o.value(QStringLiteral("status")).toString();
        const QString channel = o.value(QStringLiteral("channel")).toString();
        QVERIFY(QStringList({QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("push")})
                    .contains(channel));
        QCOMPARE(o.contains(QStringLiteral("error")), status == u"failed");
        QCOMPARE(o.contains(QStringLiteral("sent_at")), status != u"pending");
        if (o.contains(QStringLiteral("sent_at")))
            QVERIFY(*Timestamp::parseMsecs(o.value(QStringLiteral("sent_at")).toString()) > created);
        QVERIFY(*Timestamp::parseMsecs(o.value(QStringLiteral("updated_at")).toString()) >= created);
        const QString recipient = o.value(QStringLiteral("recipient")).toString();
        QVERIFY2(recipient.contains(QStringLiteral("***")), qPrintable(recipient));
    }
}

void TestDemoServer::notifAudit_validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    const QString ok = QStringLiteral("page=0&size=10&sortBy=timestamp&sortDirection=DESC");
    QTest::newRow("no page") << "size=10&sortBy=timestamp&sortDirection=DESC"
                             << "ValidationFailed";
    QTest::newRow("no size") << "page=0&sortBy=timestamp&sortDirection=DESC"
                             << "ValidationFailed";
    QTest::newRow("no sortBy") << "page=0&size=10&sortDirection=DESC"
                               << "ValidationFailed";
    QTest::newRow("no sortDirection") << "page=0&size=10&sortBy=id"
                                      << "ValidationFailed";
    QTest::newRow("size 101") << "page=0&size=101&sortBy=id&sortDirection=ASC"
                              << "ValidationFailed";
    QTest::newRow("page -1") << "page=-1&size=10&sortBy=id&sortDirection=ASC"
                             << "ValidationFailed";
    QTest::newRow("sortBy email") << "page=0&size=10&sortBy=email&sortDirection=ASC"
                                  << "ValidationFailed";
    QTest::newRow("lowercase direction") << "page=0&size=10&sortBy=id&sortDirection=asc"
                                         << "ValidationFailed";
    QTest::newRow("eventType") << ok + QStringLiteral("&eventType=NOPE") << "ValidationFailed";
    QTest::newRow("startDate") << ok + QStringLiteral("&startDate=yesterday") << "IllegalArgument";
    QTest::newRow("start after end") << ok
            + QStringLiteral("&startDate=2026-11-10T00:00:00Z&endDate=2026-11-01T00:00:00Z")
                                     << "IllegalArgument";
}

void TestDemoServer::notifAudit_validation()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    const Response r = get(kNotifAudit, QUrlQuery(query));
    QCOMPARE(r.status, 400);
    const QJsonObject o = r.json.toObject();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 400);
    QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
}

void TestDemoServer::notifAudit_pagesAndFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("all") << QString() << QString() << QString();
    QTest::newRow("eventType") << "eventType=NOTIFICATION_SENT"
                               << "eventType"
                               << "NOTIFICATION_SENT";
    QTest::newRow("userId") << "userId=usr_0005"
                            << "userId"
                            << "usr_0005";
}

void TestDemoServer::notifAudit_pagesAndFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QUrlQuery q(query);
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("timestamp"));
    q.addQueryItem(QStringLiteral("sortDirection"), QStringLiteral("DESC"));
    const QJsonArray pages = allPagesSpring(q, 33);
    const QJsonArray expected = filtered(m_allAudit, [&](const QJsonObject &o) {
        return field.isEmpty() || o.value(field).toString() == value;
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(pages), ids(expected));

    // Ascending is the exact reverse of descending (ties broken consistently).
    QUrlQuery asc(query);
    asc.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("timestamp"));
    asc.addQueryItem(QStringLiteral("sortDirection"), QStringLiteral("ASC"));
    QStringList reversed = ids(expected);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(ids(allPagesSpring(asc, 100)), reversed);
}

void TestDemoServer::notifAudit_rangesInBothOrders_data()
{
    QTest::addColumn<QString>("filters");
    QTest::addColumn<bool>("byId");
    QTest::addColumn<int>("from"); // index into m_allAudit (newest first) of the range's newest, -1: none
    QTest::addColumn<int>("to"); // … of its oldest, -1: none
    QTest::newRow("range by time") << QString() << false << 300 << 900;
    QTest::newRow("range by id") << QString() << true << 300 << 900;
    QTest::newRow("start only, by id") << QString() << true << -1 << 1200;
    QTest::newRow("end only, by time") << QString() << false << 700 << -1;
    QTest::newRow("type in a range") << "eventType=NOTIFICATION_SENT" << false << 100 << 1000;
    QTest::newRow("user and type") << "userId=usr_0005&eventType=NOTIFICATION_SENT" << false << -1 << -1;
    QTest::newRow("user and type in a range, by id")
        << "userId=usr_0003&eventType=NOTIFICATION_DELIVERED" << true << 200 << 1300;
}

void TestDemoServer::notifAudit_rangesInBothOrders()
{
    QFETCH(QString, filters);
    QFETCH(bool, byId);
    QFETCH(int, from);
    QFETCH(int, to);
    // The bounds are records' own times: inclusive ranges that cut between equal neighbours.
    const auto timeAt = [this](int i) {
        return m_allAudit.at(i).toObject().value(QStringLiteral("timestamp")).toString();
    };
    QUrlQuery q(filters);
    if (to >= 0)
        q.addQueryItem(QStringLiteral("startDate"), timeAt(to));
    if (from >= 0)
        q.addQueryItem(QStringLiteral("endDate"), timeAt(from));
    const qint64 startMs = to >= 0 ? *Timestamp::parseMsecs(timeAt(to)) : LLONG_MIN;
    const qint64 endMs = from >= 0 ? *Timestamp::parseMsecs(timeAt(from)) : LLONG_MAX;
    const QUrlQuery wanted(filters);
    QJsonArray expected = filtered(m_allAudit, [&](const QJsonObject &o) {
        const qint64 t = *Timestamp::parseMsecs(o.value(QStringLiteral("timestamp")).toString());
        for (const auto &[key, value] : wanted.queryItems()) {
            if (o.value(key).toString() != value)
                return false;
        }
        return t >= startMs && t <= endMs;
    });
    QVERIFY(!expected.isEmpty());
    QStringList expectedIds = ids(expected);
    if (byId) {
        std::sort(expectedIds.begin(), expectedIds.end(),
                  [](const QString &a, const QString &b) { return a.toLongLong() > b.toLongLong(); });
    }
    for (const bool descending : {true, false}) {
        QUrlQuery paged = q;
        paged.addQueryItem(QStringLiteral("sortBy"),
                           byId ? QStringLiteral("id") : QStringLiteral("timestamp"));
        paged.addQueryItem(QStringLiteral("sortDirection"),
                           descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
        QStringList got = ids(allPagesSpring(paged, 37));
        if (!descending)
            std::reverse(got.begin(), got.end());
        QCOMPARE(got, expectedIds);
    }
}

void TestDemoServer::notifAudit_allEventTypesOccur()
{
    QSet<QString> types;
    qint64 previous = LLONG_MAX;
    for (const QJsonValue &v : std::as_const(m_allAudit)) {
        const QJsonObject o = v.toObject();
        types.insert(o.value(QStringLiteral("eventType")).toString());
        const qint64 t = *Timestamp::parseMsecs(o.value(QStringLiteral("timestamp")).toString());
        QVERIFY(t <= previous);
        previous = t;
        for (const char *field : {"id", "userId", "email", "username", "actorId", "details"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
    }
    QCOMPARE(types.size(), 39);

    // Email, username and date range are exact / inclusive filters on the same set.
    const QJsonObject sample = m_allAudit.at(100).toObject();
    for (const QString &field : {QStringLiteral("email"), QStringLiteral("username")}) {
        QUrlQuery q;
        q.addQueryItem(field, sample.value(field).toString());
        q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("timestamp"));
        q.addQueryItem(QStringLiteral("sortDirection"), QStringLiteral("DESC"));
        const QJsonArray expected =
            filtered(m_allAudit, [&](const QJsonObject &o) { return o.value(field) == sample.value(field); });
        QCOMPARE(ids(allPagesSpring(q, 100)), ids(expected));
    }
    const QString start = m_allAudit.at(900).toObject().value(QStringLiteral("timestamp")).toString();
    const QString end = m_allAudit.at(300).toObject().value(QStringLiteral("timestamp")).toString();
    QUrlQuery range;
    range.addQueryItem(QStringLiteral("startDate"), start);
    range.addQueryItem(QStringLiteral("endDate"), end);
    range.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("id"));
    range.addQueryItem(QStringLiteral("sortDirection"), QStringLiteral("ASC"));
    const QJsonArray inRange = allPagesSpring(range, 100);
    const qint64 s = *Timestamp::parseMsecs(start), e = *Timestamp::parseMsecs(end);
    QCOMPARE(inRange.size(), filtered(m_allAudit, [&](const QJsonObject &o) {
                                 const qint64 t =
                                     *Timestamp::parseMsecs(o.value(QStringLiteral("timestamp")).toString());
                                 return t >= s && t <= e;
                             }).size());
    int previousId = 0;
    for (const QJsonValue &v : inRange) {
        QVERIFY(v.toObject().value(QStringLiteral("id")).toInt() > previousId);
        previousId = v.toObject().value(QStringLiteral("id")).toInt();
    }
}

void TestDemoServer::notifAudit_tolerantBodies()
{
    const QUrlQuery q(QStringLiteral("page=0&size=5&sortBy=id&sortDirection=DESC"));
    DemoServerProcess asString;
    QVERIFY(asString.start(kSmallData
                           + QStringList {QStringLiteral("--notif-audit-body"), QStringLiteral("string")}));
    const Response s = get(asString.baseUrl(), kNotifAudit, q);
    QCOMPARE(s.status, 200);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + s.body + "]");
    QVERIFY(doc.array().first().isString());
    const QJsonObject inner = QJsonDocument::fromJson(doc.array().first().toString().toUtf8()).object();
    QCOMPARE(inner.value(QStringLiteral("totalElements")).toInt(), 1500);
    QCOMPARE(inner.value(QStringLiteral("content")).toArray().size(), 5);

    DemoServerProcess asArray;
    QVERIFY(asArray.start(kSmallData
                          + QStringList {QStringLiteral("--notif-audit-body"), QStringLiteral("array")}));
    const Response a = get(asArray.baseUrl(), kNotifAudit, q);
    QCOMPARE(a.status, 200);
    QVERIFY(a.json.isArray());
    QCOMPARE(a.json.toArray().size(), 5);
    QCOMPARE(a.json.toArray().first().toObject().value(QStringLiteral("id")).toInt(), 1500);
}

void TestDemoServer::apiLogs_validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("member");
    QTest::newRow("MaxResultCount 1001") << "MaxResultCount=1001"
                                         << "MaxResultCount";
    QTest::newRow("MaxResultCount 0") << "MaxResultCount=0"
                                      << "MaxResultCount";
    QTest::newRow("SkipCount -1") << "SkipCount=-1"
                                  << "SkipCount";
    QTest::newRow("Status 7") << "Status=7"
                              << "Status";
    QTest::newRow("Status name") << "Status=Broken"
                                 << "Status";
    QTest::newRow("ReceivedAtMin") << "ReceivedAtMin=soon"
                                   << "ReceivedAtMin";
    QTest::newRow("Sorting field") << "Sorting=ClientIp%20desc"
                                   << "Sorting";
    QTest::newRow("Sorting direction") << "Sorting=Status%20sideways"
                                       << "Sorting";
}

void TestDemoServer::apiLogs_validation()
{
    QFETCH(QString, query);
    QFETCH(QString, member);
    const Response r = get(kApiLogs, QUrlQuery(query));
    QCOMPARE(r.status, 400);
    const QJsonObject e = r.json.toObject().value(QStringLiteral("error")).toObject();
    QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
    const QJsonArray errors = e.value(QStringLiteral("validationErrors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QStringLiteral("members")).toArray().first().toString(), member);
}

void TestDemoServer::apiLogs_pagesFiltersAndSorting_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("status");
    QTest::newRow("default") << QString() << "receivedAt" << true << 0;
    QTest::newRow("status number") << "Status=12"
                                   << "receivedAt" << true << 12;
    QTest::newRow("status name") << "Status=Error"
                                 << "receivedAt" << true << 12;
    QTest::newRow("duration asc") << "Sorting=DurationMs%20asc"
                                  << "durationMs" << false << 0;
    QTest::newRow("status desc") << "Sorting=Status%20desc"
                                 << "status" << true << 0;
    QTest::newRow("transaction asc, OK only") << "Sorting=transactionid%20ASC&Status=10"
                                              << "transactionId" << false << 10;
    QTest::newRow("completed desc") << "Sorting=CompletedAt%20desc"
                                    << "completedAt" << true << 0;
}

void TestDemoServer::apiLogs_pagesFiltersAndSorting()
{
    QFETCH(QString, query);
    QFETCH(QString, sortKey);
    QFETCH(bool, descending);
    QFETCH(int, status);
    const QJsonArray pages = allPagesAbp(QUrlQuery(query), 64);
    const QJsonArray expected = filtered(m_allApi, [status](const QJsonObject &o) {
        return status == 0 || o.value(QStringLiteral("status")).toInt() == status;
    });
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.size(), expected.size());
    const QStringList expectedList = ids(expected);
    const QSet<QString> expectedIds(expectedList.cbegin(), expectedList.cend());
    const QStringList pageIds = ids(pages);
    QCOMPARE(QSet<QString>(pageIds.cbegin(), pageIds.cend()), expectedIds);
    QCOMPARE(pageIds.size(), expectedIds.size()); // no duplicates
    auto key = [&sortKey](const QJsonObject &o) -> QVariant {
        const QJsonValue v = o.value(sortKey);
        if (sortKey.endsWith(u"At"))
            return v.isNull() ? QVariant(qint64(-1)) : QVariant(*Timestamp::parseMsecs(v.toString()));
        if (v.isString())
            return v.toString();
        return v.isNull() ? qint64(-1) : qint64(v.toInt());
    };
    for (qsizetype i = 1; i < pages.size(); ++i) {
        const QVariant a = key(pages.at(i - 1).toObject()), b = key(pages.at(i).toObject());
        const auto order = QVariant::compare(a, b);
        QVERIFY2(descending ? order != QPartialOrdering::Less : order != QPartialOrdering::Greater,
                 qPrintable(QStringLiteral("row %1: %2 then %3").arg(i).arg(a.toString(), b.toString())));
    }
}

void TestDemoServer::apiLogs_receivedRange_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("from"); // index into m_allApi (newest first) of the range's newest, -1: none
    QTest::addColumn<int>("to");
    QTest::newRow("by time received") << QString() << 0 << 100 << 400;
    QTest::newRow("status in a range") << "Status=10" << 10 << 50 << 600;
    QTest::newRow("min only, by duration") << "Sorting=DurationMs%20asc" << 0 << -1 << 350;
    QTest::newRow("max only, errors by completion")
        << "Sorting=CompletedAt%20desc&Status=Error" << 12 << 200 << -1;
}

void TestDemoServer::apiLogs_receivedRange()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, from);
    QFETCH(int, to);
    const auto timeAt = [this](int i) {
        return m_allApi.at(i).toObject().value(QStringLiteral("receivedAt")).toString();
    };
    QUrlQuery q(query);
    if (to >= 0)
        q.addQueryItem(QStringLiteral("ReceivedAtMin"), timeAt(to));
    if (from >= 0)
        q.addQueryItem(QStringLiteral("ReceivedAtMax"), timeAt(from));
    const qint64 minMs = to >= 0 ? *Timestamp::parseMsecs(timeAt(to)) : LLONG_MIN;
    const qint64 maxMs = from >= 0 ? *Timestamp::parseMsecs(timeAt(from)) : LLONG_MAX;
    const QJsonArray expected = filtered(m_allApi, [&](const QJsonObject &o) {
        const qint64 t = *Timestamp::parseMsecs(o.value(QStringLiteral("receivedAt")).toString());
        return (status == 0 || o.value(QStringLiteral("status")).toInt() == status) && t >= minMs
            && t <= maxMs;
    });
    QVERIFY(!expected.isEmpty());
    const QStringList pageIds = ids(allPagesAbp(q, 29));
    QStringList expectedIds = ids(expected);
    if (!query.contains(QStringLiteral("Sorting"))) {
        QCOMPARE(pageIds, expectedIds); // newest first, as the reference
    } else {
        QStringList sortedPages = pageIds;
        sortedPages.sort();
        expectedIds.sort();
        QCOMPARE(sortedPages, expectedIds);
    }
}

void TestDemoServer::apiLogs_getById()
{
    int checkedStatuses = 0;
    QSet<int> statuses;
    for (const QJsonValue &v : std::as_const(m_allApi)) {
        const QJsonObject listed = v.toObject();
        const int status = listed.value(QStringLiteral("status")).toInt();
        if (statuses.contains(status))
            continue;
        statuses.insert(status);
        const Response r =
            get(kApiLogs + QLatin1Char('/') + listed.value(QStringLiteral("id")).toString(), {});
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json.toObject();
        QCOMPARE(o.value(QStringLiteral("id")), listed.value(QStringLiteral("id")));
        const QJsonArray history = o.value(QStringLiteral("statusHistory")).toArray();
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().toObject().value(QStringLiteral("status")).toInt(), 1); // Received
        QCOMPARE(history.last().toObject().value(QStringLiteral("status")).toInt(), status);
        qint64 previous = 0;
        for (const QJsonValue &step : history) {
            const qint64 t =
                *Timestamp::parseMsecs(step.toObject().value(QStringLiteral("timestamp")).toString());
            QVERIFY(t >= previous);
            previous = t;
            QVERIFY(!step.toObject().value(QStringLiteral("source")).toString().isEmpty());
        }
        const qint64 received = *Timestamp::parseMsecs(o.value(QStringLiteral("receivedAt")).toString());
        if (!o.value(QStringLiteral("completedAt")).isNull()) {
            const qint64 completed =
                *Timestamp::parseMsecs(o.value(QStringLiteral("completedAt")).toString());
            QCOMPARE(qint64(o.value(QStringLiteral("durationMs")).toInt()), completed - received);
        }
        const int created = o.value(QStringLiteral("messagesCreated")).toInt();
        const int success = o.value(QStringLiteral("messagesSuccess")).toInt();
        const int failed = o.value(QStringLiteral("messagesError")).toInt();
        if (status == 10) {
            QVERIFY(created > 0);
            QCOMPARE(success, created);
            QCOMPARE(failed, 0);
        } else if (status == 11) {
            QVERIFY(success > 0 && failed > 0);
            QCOMPARE(success + failed, created);
        } else if (status == 12) {
            QCOMPARE(failed, created);
        } else if (status == 2) {
            QCOMPARE(history.size(), 2);
            QCOMPARE(created, 0);
        }
        QVERIFY(QJsonDocument::fromJson(o.value(QStringLiteral("requestPayload")).toString().toUtf8())
                    .isObject());
        ++checkedStatuses;
    }
    QVERIFY(checkedStatuses >= 5);

    const Response missing = get(kApiLogs + QStringLiteral("/00000000-0000-4000-8000-000000000000"), {});
    QCOMPARE(missing.status, 404);
    QVERIFY(!missing.json.toObject()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(get(kApiLogs + QStringLiteral("/not-a-guid"), {}).status, 400);
}

void TestDemoServer::mfa_validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    QTest::newRow("start format") << "start_date=2026/11/01"
                                  << "start_date";
    QTest::newRow("end impossible") << "end_date=2026-02-30"
                                    << "end_date";
    QTest::newRow("datetime") << "start_date=2026-11-01T00:00:00Z"
                              << "start_date";
    QTest::newRow("start after end") << "start_date=2026-11-10&end_date=2026-11-01"
                                     << "start_date";
}

void TestDemoServer::mfa_validation()
{
    QFETCH(QString, query);
    QFETCH(QString, named);
    const Response r = get(kMfaAudit, QUrlQuery(query));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.toObject().value(QStringLiteral("message")).toString().contains(named));
}

void TestDemoServer::mfa_pagesAndFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("action") << "action=mfa_totp.enabled";
    QTest::newRow("target_type") << "target_type=mfa_sms";
    QTest::newRow("operator_id") << "operator_id=usr_admin";
    QTest::newRow("dates") << "start_date=2026-10-01&end_date=2026-10-15";
    QTest::newRow("combined") << "target_type=mfa_totp&operator_id=usr_admin2&start_date=2026-09-01";
    QTest::newRow("action and operator") << "action=mfa_sms.enabled&operator_id=usr_admin3";
    QTest::newRow("action, type and end")
        << "action=mfa_email.enabled&target_type=mfa_email&end_date=2026-10-20";
    QTest::newRow("one day") << "start_date=2026-10-10&end_date=2026-10-10";
}

void TestDemoServer::mfa_pagesAndFilters()
{
    QFETCH(QString, query);
    const QUrlQuery q(query);
    const QJsonArray pages = allPagesA(kMfaAudit, q, 25);
    const QJsonArray expected = filtered(m_allMfa, [&q](const QJsonObject &o) {
        const QString day = o.value(QStringLiteral("timestamp")).toString().left(10);
        for (const auto &[key, value] : q.queryItems()) {
            if (key == u"start_date"     ? day < value
                    : key == u"end_date" ? day > value
                                         : o.value(key).toString() != value)
                return false;
        }
        return true;
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(pages), ids(expected));
    for (const QJsonValue &v : pages) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("action"))
                    .toString()
                    .startsWith(o.value(QStringLiteral("target_type")).toString() + QLatin1Char('.')));
    }
}

void TestDemoServer::determinismAcrossRestarts()
{
    const QUrlQuery q(QStringLiteral("page=3&page_size=50&channel=push"));
    DemoServerProcess again;
    QVERIFY(again.start(kSmallData + QStringList {QStringLiteral("--seed"), QStringLiteral("1")}));
    const Response r = get(again.baseUrl(), kCommAdmin, q);
    QCOMPARE(r.json.toObject().value(QStringLiteral("items")),
             get(kCommAdmin, q).json.toObject().value(QStringLiteral("items")));
    const Response api =
        get(again.baseUrl(), kApiLogs, QUrlQuery(QStringLiteral("SkipCount=100&MaxResultCount=20")));
    QCOMPARE(api.json.toObject().value(QStringLiteral("items")),
             get(kApiLogs, QUrlQuery(QStringLiteral("SkipCount=100&MaxResultCount=20")))
                 .json.toObject()
                 .value(QStringLiteral("items")));

    DemoServerProcess otherSeed;
    QVERIFY(otherSeed.start(kSmallData + QStringList {QStringLiteral("--seed"), QStringLiteral("2")}));
    QVERIFY(get(otherSeed.baseUrl(), kCommAdmin, q).json.toObject().value(QStringLiteral("items"))
            != get(kCommAdmin, q).json.toObject().value(QStringLiteral("items")));
}

void TestDemoServer::faults_failRate()
{
    DemoServerProcess failing;
    QVERIFY(failing.start(kSmallData + QStringList {QStringLiteral("--fail-rate"), QStringLiteral("1")}));
    const Response a = get(failing.baseUrl(), kCommAdmin, {});
    QCOMPARE(a.status, 500);
    QCOMPARE(a.json.toObject().value(QStringLiteral("code")).toInt(), 500);
    const Response b = get(failing.baseUrl(), kNotifAudit,
                           QUrlQuery(QStringLiteral("page=0&size=5&sortBy=id&sortDirection=DESC")));
    QCOMPARE(b.status, 500);
    QCOMPARE(b.json.toObject().value(QStringLiteral("status")).toInt(), 500);
    QVERIFY(!b.json.toObject().value(QStringLiteral("name")).toString().isEmpty());
    const Response c = get(failing.baseUrl(), kApiLogs, {});
    QCOMPARE(c.status, 500);
    QVERIFY(c.json.toObject().value(QStringLiteral("error")).isObject());

    // A rate between 0 and 1 fails some requests and not others.
    DemoServerProcess flaky;
    QVERIFY(flaky.start(kSmallData + QStringList {QStringLiteral("--fail-rate"), QStringLiteral("0.5")}));
    int failures = 0;
    for (int i = 0; i < 40; ++i)
        failures += get(flaky.baseUrl(), kMfaAudit, {}).status == 500;
    QVERIFY2(failures > 5 && failures < 35, qPrintable(QString::number(failures)));
}

void TestDemoServer::faults_truncateRate()
{
    DemoServerProcess truncating;
    QVERIFY(
        truncating.start(kSmallData + QStringList {QStringLiteral("--truncate-rate"), QStringLiteral("1")}));
    const Response r = get(truncating.baseUrl(), kCommAdmin, QUrlQuery(QStringLiteral("page_size=100")));
    // The body stops half-way: either Qt reports the short read, or what arrived is not JSON.
    QVERIFY(r.error != QNetworkReply::NoError || QJsonDocument::fromJson(r.body).isNull());
    QVERIFY(r.body.size() < 30000);
}

void TestDemoServer::faults_latency()
{
    DemoServerProcess slow;
    QVERIFY(slow.start(kSmallData
                       + QStringList {QStringLiteral("--latency-ms"), QStringLiteral("300"),
                                      QStringLiteral("--slow-body-ms"), QStringLiteral("200")}));
    const Response r = get(slow.baseUrl(), kMfaAudit, {});
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 450, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(r.json.toObject().value(QStringLiteral("items")).toArray().size(), 20);
}

void TestDemoServer::arrivalsComeOnTop()
{
    DemoServerProcess live;
    QVERIFY(live.start({QStringLiteral("--comm"), QStringLiteral("300"), QStringLiteral("--arrivals"),
                        QStringLiteral("3"), QStringLiteral("--arrival-ms"), QStringLiteral("150")}));
    const Response before =
        get(live.baseUrl(), kCommAdmin, {{QStringLiteral("page_size"), QStringLiteral("10")}});
    const QJsonObject first = before.json.toObject();
    QVERIFY(first.value(QStringLiteral("total")).toInt() < 303);
    const QJsonArray oldItems = first.value(QStringLiteral("items")).toArray();
    Response after;
    QTRY_VERIFY(
        (after = get(live.baseUrl(), kCommAdmin, {{QStringLiteral("page_size"), QStringLiteral("10")}}))
            .json.toObject()
            .value(QStringLiteral("total"))
            .toInt()
        == 303);
    const QJsonArray items = after.json.toObject().value(QStringLiteral("items")).toArray();
    // The old list, moved down, under newer records.
    const int moved = 303 - first.value(QStringLiteral("total")).toInt();
    QCOMPARE(items.at(moved).toObject().value(QStringLiteral("id")),
             oldItems.at(0).toObject().value(QStringLiteral("id")));
    QVERIFY(items.at(0).toObject().value(QStringLiteral("created_at")).toString()
            >= oldItems.at(0).toObject().value(QStringLiteral("created_at")).toString());
}

void TestDemoServer::arrivalsAreStampedWhenTheyArrive()
{
    // Many arrivals a second: each carries the time it came, not one second per arrival.
    DemoServerProcess live;
    QVERIFY(live.start({QStringLiteral("--comm"), QStringLiteral("300"), QStringLiteral("--anchor"),
                        QStringLiteral("now"), QStringLiteral("--arrivals"), QStringLiteral("1000"),
                        QStringLiteral("--arrival-ms"), QStringLiteral("20")}));
    const QUrlQuery one {{QStringLiteral("page_size"), QStringLiteral("1")}};
    int total = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (total = get(live.baseUrl(), kCommAdmin, one).json.toObject().value(QStringLiteral("total")).toInt())
            >= 300 + 60,
        30000);
    const QJsonObject newest = get(live.baseUrl(), kCommAdmin, one)
                                   .json.toObject()
                                   .value(QStringLiteral("items"))
                                   .toArray()
                                   .first()
                                   .toObject();
    const qint64 stamped = *Timestamp::parseMsecs(newest.value(QStringLiteral("created_at")).toString());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Whole seconds, and a busy machine may be slow to answer: never in the future.
    QVERIFY2(stamped <= now + 1000 && stamped >= now - 10000,
             qPrintable(QStringLiteral("%1 arrived, the newest stamped %2 ms from now")
                            .arg(total - 300)
                            .arg(stamped - now)));
}

void TestDemoServer::disorderedCommPages()
{
    DemoServerProcess broken;
    QVERIFY(
        broken.start({QStringLiteral("--comm"), QStringLiteral("300"), QStringLiteral("--disorder-comm")}));
    const QJsonArray items =
        get(broken.baseUrl(), kCommAdmin, {{QStringLiteral("page_size"), QStringLiteral("50")}})
            .json.toObject()
            .value(QStringLiteral("items"))
            .toArray();
    QCOMPARE(items.size(), 50);
    QVERIFY(items.first().toObject().value(QStringLiteral("created_at")).toString()
            < items.last().toObject().value(QStringLiteral("created_at")).toString());
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
