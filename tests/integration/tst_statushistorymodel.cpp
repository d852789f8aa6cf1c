// StatusHistoryModel: API-log histories fetched by id from the demo server, communication
// logs derived from their times, audit events as one step.
#include "DemoServerProcess.h"
#include "core/Outcome.h"
#include "itemmodels/StatusHistoryModel.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"
#include "sources/BuiltinSources.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestStatusHistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void apiLogHistoryFetchedById();
    void apiLogUnknownIdIsAnError();
    void commLogDerivedFromItsTimes_data();
    void commLogDerivedFromItsTimes();
    void auditEventIsOneStep();
    void durationText();

private:
    QList<QJsonObject> firstPage(SourceKind kind, const Query &extra = {});
    DemoServerProcess m_server;
    ApiClient m_client;
};

void TestStatusHistoryModel::initTestCase()
{
    QVERIFY(m_server.start({QStringLiteral("--comm"), QStringLiteral("2000"), QStringLiteral("--api-logs"),
                            QStringLiteral("300"), QStringLiteral("--audit"), QStringLiteral("100"),
                            QStringLiteral("--mfa"), QStringLiteral("100")}));
    m_client.setToken(QStringLiteral("demo-admin"));
}

QList<QJsonObject> TestStatusHistoryModel::firstPage(SourceKind kind, const Query &extra)
{
    const SourceDefinition &def = SourceDefinitions::get(kind);
    Query q = extra;
    q.source = kind;
    q.pageSize = 100;
    std::unique_ptr<ApiReply> reply(m_client.get(*SourceDefinitions::pageUrl(def, m_server.baseUrl(), q, 0)));
    QSignalSpy done(reply.get(), &ApiReply::finished);
    if (!done.wait(10000) || reply->error())
        return {};
    return std::get<Page>(PageCodec::decodePage(def, reply->body(), {})).records;
}

void TestStatusHistoryModel::apiLogHistoryFetchedById()
{
    const SourceDefinition &def = SourceDefinitions::get(Sources::ApiLogs);
    Query errors;
    errors.setFilter(QStringLiteral("status"), QStringLiteral("Error"));
    const QList<QJsonObject> items = firstPage(Sources::ApiLogs, errors);
    QVERIFY(!items.isEmpty());
    QJsonObject item = items.first();
    item.remove(QStringLiteral("statusHistory")); // as a list may send it

    StatusHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServer(&m_client, m_server.baseUrl());
    QSignalSpy loaded(&model, &StatusHistoryModel::detailLoaded);
    model.setRecord(def, item);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.rowCount() >= 2);
    // In time order, the first step received, the last the entry's final status (Error).
    QDateTime previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QDateTime t = model.index(r, 0).data(StatusHistoryModel::TimestampRole).toDateTime();
        QVERIFY(t.isValid());
        QVERIFY(!previous.isValid() || previous <= t);
        if (r > 0)
            QCOMPARE(model.index(r, 0).data(StatusHistoryModel::SincePreviousMsRole).toLongLong(),
                     previous.msecsTo(t));
        previous = t;
    }
    QCOMPARE(model.index(0, StatusHistoryModel::StatusColumn).data(StatusHistoryModel::RawStatusRole).toInt(),
             1);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, 0).data(StatusHistoryModel::RawStatusRole).toInt(), 12);
    QCOMPARE(model.index(last, 0).data(StatusHistoryModel::OutcomeRole).toInt(), int(Outcome::Failure));
    QCOMPARE(model.index(last, StatusHistoryModel::StatusColumn).data().toString(), QStringLiteral("Error"));
    QVERIFY(!model.index(0, StatusHistoryModel::SourceColumn).data().toString().isEmpty());
    QVERIFY(!model.index(0, StatusHistoryModel::SinceColumn).data().isValid()
            || model.index(0, StatusHistoryModel::SinceColumn).data().toString().isEmpty());
    const auto summary = model.summary();
    QCOMPARE(summary.created, item.value(QStringLiteral("messagesCreated")).toInt());
    QCOMPARE(summary.failed, item.value(QStringLiteral("messagesError")).toInt());
    QVERIFY(model.record().contains(QStringLiteral("statusHistory")));
}

void TestStatusHistoryModel::apiLogUnknownIdIsAnError()
{
    StatusHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServer(&m_client, m_server.baseUrl());
    QSignalSpy errors(&model, &StatusHistoryModel::errorOccurred);
    model.setRecord(
        SourceDefinitions::get(Sources::ApiLogs),
        QJsonObject {{QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000000")}});
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
    QVERIFY(!model.isLoading());
}

void TestStatusHistoryModel::commLogDerivedFromItsTimes_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("finalOutcome");
    using O = Outcome;
    QTest::newRow("pending") << QStringLiteral("pending")
                             << QStringList {QStringLiteral("Created"), QStringLiteral("Pending")}
                             << int(O::InProgress);
    QTest::newRow("delivered") << QStringLiteral("delivered")
                               << QStringList {QStringLiteral("Created"), QStringLiteral("Sent"),
                                               QStringLiteral("Delivered")}
                               << int(O::Success);
    QTest::newRow("failed") << QStringLiteral(
        "failed") << QStringList {QStringLiteral("Created"), QStringLiteral("Sent"), QStringLiteral("Failed")}
                            << int(O::Failure);
}

void TestStatusHistoryModel::commLogDerivedFromItsTimes()
{
    QFETCH(QString, status);
    QFETCH(QStringList, steps);
    QFETCH(int, finalOutcome);
    Query q;
    q.setFilter(QStringLiteral("status"), status);
    const QList<QJsonObject> items = firstPage(Sources::CommAdmin, q);
    QVERIFY(!items.isEmpty());
    const QJsonObject record = items.first();
    StatusHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServer(&m_client, m_server.baseUrl());
    model.setRecord(SourceDefinitions::get(Sources::CommAdmin), record);
    QVERIFY(!model.isLoading()); // nothing to fetch
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.index(r, StatusHistoryModel::StatusColumn).data().toString();
    QCOMPARE(shown, steps);
    QCOMPARE(model.index(0, 0).data(StatusHistoryModel::TimestampRole).toDateTime(),
             QDateTime::fromString(record.value(QStringLiteral("created_at")).toString(), Qt::ISODate));
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, 0).data(StatusHistoryModel::OutcomeRole).toInt(), finalOutcome);
    if (status == u"failed")
        QCOMPARE(model.index(last, StatusHistoryModel::DetailColumn).data().toString(),
                 record.value(QStringLiteral("error")).toString());
}

void TestStatusHistoryModel::auditEventIsOneStep()
{
    const QList<QJsonObject> events = firstPage(Sources::MfaAudit);
    QVERIFY(!events.isEmpty());
    StatusHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(SourceDefinitions::get(Sources::MfaAudit), events.first());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.index(0, StatusHistoryModel::StatusColumn).data(StatusHistoryModel::RawStatusRole).toString(),
        events.first().value(QStringLiteral("action")).toString());
    QVERIFY(!model.index(0, StatusHistoryModel::StatusColumn).data().toString().isEmpty());
    const QList<QJsonObject> notif = firstPage(Sources::NotifAudit);
    model.setRecord(SourceDefinitions::get(Sources::NotifAudit), notif.first());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.index(0, StatusHistoryModel::StatusColumn).data(StatusHistoryModel::RawStatusRole).toString(),
        notif.first().value(QStringLiteral("eventType")).toString());
    // Shown as a phrase, not the constant.
    QVERIFY(!model.index(0, StatusHistoryModel::StatusColumn).data().toString().contains(QLatin1Char('_')));
}

void TestStatusHistoryModel::durationText()
{
    QCOMPARE(StatusHistoryModel::durationText(44), QStringLiteral("44 ms"));
    QCOMPARE(StatusHistoryModel::durationText(1500), QStringLiteral("1.50 s"));
    QCOMPARE(StatusHistoryModel::durationText(125000), QStringLiteral("2 min 5 s"));
    QCOMPARE(StatusHistoryModel::durationText(3 * 3600000 + 60000), QStringLiteral("3 h 1 min"));
}

QTEST_GUILESS_MAIN(TestStatusHistoryModel)
#include "tst_statushistorymodel.moc"
