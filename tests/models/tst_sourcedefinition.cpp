#include "sources/BuiltinSources.h"
#include "sources/SourceDefinition.h"
#include "sources/SourceRegistry.h"

#include <QTest>

class TestSourceDefinition : public QObject
{
    Q_OBJECT
private slots:
    void pageUrls_data();
    void pageUrls();
    void problems_data();
    void problems();
    void pathOverrideAndBasePrefix();
    void detailUrl();
    void schemaIsComplete();
};

namespace
{
Query query(SourceKind kind, std::initializer_list<std::pair<const char *, const char *>> filters,
            int pageSize = 50)
{
    Query q;
    q.source = kind;
    q.pageSize = pageSize;
    for (const auto &[key, value] : filters)
        q.setFilter(QLatin1String(key), QString::fromUtf8(value));
    return q;
}
const QUrl kBase(QStringLiteral("http://127.0.0.1:8080"));
} // namespace

void TestSourceDefinition::pageUrls_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("url");

    QTest::newRow("comm-mine first page") << query(Sources::CommMine, {}, 20) << 0
                                          << "http://127.0.0.1:8080/communication/logs?page=1&page_size=20";
    QTest::newRow("comm-mine filters")
        << query(Sources::CommMine, {{"channel", "sms"}, {"status", "failed"}}) << 4
        << "http://127.0.0.1:8080/communication/logs?page=5&page_size=50&channel=sms&status=failed";
    QTest::newRow("comm-mine date range stays local")
        << query(Sources::CommMine, {{"from", "2026-11-01T00:00:00Z"}, {"to", "2026-11-02T00:00:00+08:00"}})
        << 0 << "http://127.0.0.1:8080/communication/logs?page=1&page_size=50";
    QTest::newRow("comm-admin user") << query(Sources::CommAdmin,
                                              {{"user_id", "usr 1&x=2+3"}, {"channel", "push"}}, 100)
                                     << 1
                                     << "http://127.0.0.1:8080/admin/communication/"
                                        "logs?page=2&page_size=100&user_id=usr%201%26x%3D2%2B3&channel=push";
    QTest::newRow("page size clamped")
        << query(Sources::CommAdmin, {}, 500) << 0
        << "http://127.0.0.1:8080/admin/communication/logs?page=1&page_size=100";
    QTest::newRow("notif-audit defaults") << query(Sources::NotifAudit, {}, 25) << 0
                                          << "http://127.0.0.1:8080/api/notifications/v1/admin/"
                                             "audit-logs?page=0&size=25&sortBy=timestamp&sortDirection=DESC";
    QTest::newRow("notif-audit filters")
        << query(Sources::NotifAudit,
                 {{"event_type", "USER_CREATED"},
                  {"email", "a+b@example.com"},
                  {"from", "2026-11-01T08:00:00+08:00"},
                  {"to", "2026-11-02T00:00:00.5Z"}})
        << 3
        << "http://127.0.0.1:8080/api/notifications/v1/admin/"
           "audit-logs?page=3&size=50&eventType=USER_CREATED&email=a%2Bb%40example.com"
           "&startDate=2026-11-01T00%3A00%3A00Z&endDate=2026-11-02T00%3A00%3A00.500Z&sortBy=timestamp&"
           "sortDirection=DESC";
    Query byId = query(Sources::NotifAudit, {{"username", "wang.fang_3"}}, 10);
    byId.sort = Query::Sort {QStringLiteral("id"), false};
    QTest::newRow("notif-audit sort by id")
        << byId << 0
        << "http://127.0.0.1:8080/api/notifications/v1/admin/"
           "audit-logs?page=0&size=10&username=wang.fang_3&sortBy=id&sortDirection=ASC";
    QTest::newRow("api-logs defaults")
        << query(Sources::ApiLogs, {}, 100) << 2
        << "http://127.0.0.1:8080/api/app/api-logs?SkipCount=200&MaxResultCount=100";
    Query apiSorted = query(Sources::ApiLogs, {{"status", "Error"}, {"from", "2026-11-01T00:00:00Z"}}, 50);
    apiSorted.sort = Query::Sort {QStringLiteral("durationMs"), false};
    QTest::newRow("api-logs status name, sort")
        << apiSorted << 1
        << "http://127.0.0.1:8080/api/app/api-logs?SkipCount=50&MaxResultCount=50&Status=12"
           "&ReceivedAtMin=2026-11-01T00%3A00%3A00Z&Sorting=DurationMs%20asc";
    QTest::newRow("api-logs status number")
        << query(Sources::ApiLogs, {{"status", "10"}}, 10) << 0
        << "http://127.0.0.1:8080/api/app/api-logs?SkipCount=0&MaxResultCount=10&Status=10";
    QTest::newRow("mfa dates as UTC days") << query(Sources::MfaAudit,
                                                    {{"action", "mfa_totp.enabled"},
                                                     {"from", "2026-11-01T07:00:00+08:00"},
                                                     {"to", "2026-11-03T23:59:59Z"}},
                                                    20)
                                           << 0
                                           << "http://127.0.0.1:8080/admin/mfa/"
                                              "config-audit-logs?page=1&page_size=20&action=mfa_totp.enabled&"
                                              "start_date=2026-10-31&end_date=2026-11-03";
    QTest::newRow("mfa operator and target")
        << query(Sources::MfaAudit, {{"operator_id", "usr_admin"}, {"target_type", "mfa_sms"}}, 20) << 0
        << "http://127.0.0.1:8080/admin/mfa/"
           "config-audit-logs?page=1&page_size=20&target_type=mfa_sms&operator_id=usr_admin";
}

void TestSourceDefinition::pageUrls()
{
    QFETCH(Query, query);
    QFETCH(int, page);
    QFETCH(QString, url);
    RequestProblem problem;
    const auto built =
        SourceDefinitions::pageUrl(SourceDefinitions::get(query.source), kBase, query, page, {}, &problem);
    QVERIFY2(built.has_value(), qPrintable(problem.message));
    QCOMPARE(built->toString(QUrl::FullyEncoded), url);
}

void TestSourceDefinition::problems_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<QString>("filterKey");
    QTest::newRow("channel not in enum") << query(Sources::CommAdmin, {{"channel", "fax"}}) << "channel";
    QTest::newRow("api status unknown") << query(Sources::ApiLogs, {{"status", "Broken"}}) << "status";
    QTest::newRow("bad instant") << query(Sources::NotifAudit, {{"from", "yesterday"}}) << "from";
    QTest::newRow("filter the source lacks") << query(Sources::MfaAudit, {{"channel", "sms"}}) << "channel";
    QTest::newRow("user filter on comm-mine")
        << query(Sources::CommMine, {{"user_id", "usr_0002"}}) << "user_id";
    Query unsortable = query(Sources::ApiLogs, {});
    unsortable.sort = Query::Sort {QStringLiteral("clientIp"), true};
    QTest::newRow("unsortable column") << unsortable << QString();
    Query noSort = query(Sources::MfaAudit, {});
    noSort.sort = Query::Sort {QStringLiteral("action"), false};
    QTest::newRow("source without sorting") << noSort << QString();
}

void TestSourceDefinition::problems()
{
    QFETCH(Query, query);
    QFETCH(QString, filterKey);
    RequestProblem problem;
    QVERIFY(!SourceDefinitions::pageUrl(SourceDefinitions::get(query.source), kBase, query, 0, {}, &problem));
    QCOMPARE(problem.filterKey, filterKey);
    QVERIFY(!problem.message.isEmpty());
}

void TestSourceDefinition::pathOverrideAndBasePrefix()
{
    const auto &def = SourceDefinitions::get(Sources::CommAdmin);
    const QUrl prefixed(QStringLiteral("https://logs.example.com/gateway/"));
    QCOMPARE(SourceDefinitions::pageUrl(def, prefixed, query(Sources::CommAdmin, {}, 20), 0)->toString(),
             QStringLiteral("https://logs.example.com/gateway/admin/communication/logs?page=1&page_size=20"));
    QCOMPARE(SourceDefinitions::pageUrl(def, prefixed, query(Sources::CommAdmin, {}, 20), 0,
                                        QStringLiteral("/comm/v2/all"))
                 ->toString(),
             QStringLiteral("https://logs.example.com/gateway/comm/v2/all?page=1&page_size=20"));
}

void TestSourceDefinition::detailUrl()
{
    const auto &api = SourceDefinitions::get(Sources::ApiLogs);
    QCOMPARE(SourceDefinitions::detailUrl(api, kBase, QStringLiteral("664f1394-ac80-42f1-9945-e87206ce3fda"))
                 .toString(),
             QStringLiteral("http://127.0.0.1:8080/api/app/api-logs/664f1394-ac80-42f1-9945-e87206ce3fda"));
    // An id can never reach into another path or add a query.
    QCOMPARE(
        SourceDefinitions::detailUrl(api, kBase, QStringLiteral("../x?y=1")).toString(QUrl::FullyEncoded),
        QStringLiteral("http://127.0.0.1:8080/api/app/api-logs/..%2Fx%3Fy%3D1"));
    QVERIFY(
        SourceDefinitions::detailUrl(SourceDefinitions::get(Sources::MfaAudit), kBase, QStringLiteral("x"))
            .isEmpty());
}

void TestSourceDefinition::schemaIsComplete()
{
    for (SourceKind kind : SourceRegistry::instance().kinds()) {
        const SourceDefinition &def = SourceDefinitions::get(kind);
        QCOMPARE(def.kind, kind);
        QVERIFY(!def.path.isEmpty());
        QVERIFY(def.column(def.idField));
        QVERIFY(def.column(def.timeField));
        QVERIFY(def.column(def.defaultSort.column));
        QSet<QString> keys;
        for (const ColumnSpec &c : def.columns) {
            QVERIFY2(!keys.contains(c.key), qPrintable(c.key));
            keys.insert(c.key);
            QVERIFY(c.title && *c.title);
            QVERIFY(c.width > 0);
        }
        for (const FilterSpec &f : def.filters)
            QVERIFY(f.appliedBy == FilterSpec::AppliedBy::ClientBisect || !f.param.isEmpty());
    }
    QCOMPARE(
        SourceDefinitions::get(Sources::NotifAudit).filterSpec(QStringLiteral("event_type"))->values.size(),
        39);
    QVERIFY(SourceDefinitions::get(Sources::ApiLogs).canSortRemotely(QStringLiteral("transactionId")));
    QVERIFY(!SourceDefinitions::get(Sources::ApiLogs).canSortRemotely(QStringLiteral("clientIp")));
    QVERIFY(!SourceDefinitions::get(Sources::CommAdmin).canSortRemotely(QStringLiteral("created_at")));
    QVERIFY(!SourceDefinitions::get(Sources::CommMine).adminOnly);
}

QTEST_GUILESS_MAIN(TestSourceDefinition)
#include "tst_sourcedefinition.moc"
