#include "core/Timestamp.h"
#include "net/PageCodec.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace
{
// QVERIFY2 evaluates its message even when the check passes.
QByteArray why(const std::variant<Page, ApiError> &result)
{
    const auto *e = std::get_if<ApiError>(&result);
    return e ? e->message().toUtf8() : QByteArray();
}
} // namespace

class TestPageCodec : public QObject
{
    Q_OBJECT
private slots:
    void envelopeA_data();
    void envelopeA();
    void unknownFieldsKept();
    void springVariants_data();
    void springVariants();
    void abpVariants_data();
    void abpVariants();
    void mfaPage();
    void malformed_data();
    void malformed();
    void deeplyNestedAndHuge();
    void apiLogDetailAndHistory();
    void mutatedBodiesNeverCrash();
    void goConventions();
    void springPageSerialisations_data();
    void springPageSerialisations();
    void jacksonDates_data();
    void jacksonDates();
    void abpWrappedResults();
    void businessErrorsInside200_data();
    void businessErrorsInside200();
    void reportedPageSize();
    void clampedPageSize();

private:
    static QByteArray fixture(const QString &name);
    static const SourceDefinition &def(SourceKind kind) { return SourceDefinitions::get(kind); }
};

QByteArray TestPageCodec::fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("LOGDECK_FIXTURES") + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

void TestPageCodec::envelopeA_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<qint64>("total"); // -1: unknown
    QTest::newRow("documented") << "comm-page.json" << 2 << qint64(123);
    QTest::newRow("code 200") << "comm-page-code200.json" << 1 << qint64(123);
    QTest::newRow("total flat only") << "comm-page-total-flat-only.json" << 1 << qint64(7);
    QTest::newRow("total nested only") << "comm-page-total-nested-only.json" << 1 << qint64(9);
    QTest::newRow("no total") << "comm-page-no-total.json" << 2 << qint64(-1);
    QTest::newRow("past the end") << "comm-page-empty.json" << 0 << qint64(40);
}

void TestPageCodec::envelopeA()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(qint64, total);
    for (SourceKind kind : {Sources::CommMine, Sources::CommAdmin}) {
        const auto result =
            PageCodec::decodePage(def(kind), fixture(file), QStringLiteral("/communication/logs"));
        QVERIFY2(std::holds_alternative<Page>(result), why(result).constData());
        const Page &page = std::get<Page>(result);
        QCOMPARE(page.records.size(), records);
        QCOMPARE(page.total.value_or(-1), total);
    }
    if (file == u"comm-page.json") {
        const Page page = std::get<Page>(PageCodec::decodePage(def(Sources::CommMine), fixture(file), {}));
        QCOMPARE(page.records.at(0).value(QStringLiteral("id")).toString(), QStringLiteral("log_abc123"));
        QCOMPARE(page.records.at(0).value(QStringLiteral("recipient")).toString(),
                 QStringLiteral("138****8000"));
        QCOMPARE(page.records.at(1).value(QStringLiteral("error")).toString(), QStringLiteral("发送超时"));
        QCOMPARE(page.records.at(1).value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-04-15T09:59:59.250+08:00"));
    }
}

void TestPageCodec::unknownFieldsKept()
{
    const Page page = std::get<Page>(PageCodec::decodePage(
        def(Sources::CommAdmin), fixture(QStringLiteral("comm-page-extra-fields.json")), {}));
    QCOMPARE(page.records.size(), 1);
    QCOMPARE(page.records.first().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(page.records.first()
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("region"))
                 .toString(),
             QStringLiteral("cn"));
}

void TestPageCodec::springVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<qint64>("total");
    QTest::newRow("page object") << "notif-page.json" << 2 << qint64(250);
    QTest::newRow("double-encoded string") << "notif-page-string.json" << 2 << qint64(250);
    QTest::newRow("bare array") << "notif-page-array.json" << 1 << qint64(-1);
}

void TestPageCodec::springVariants()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(qint64, total);
    const auto result = PageCodec::decodePage(def(Sources::NotifAudit), fixture(file), {});
    QVERIFY2(std::holds_alternative<Page>(result), why(result).constData());
    const Page &page = std::get<Page>(result);
    QCOMPARE(page.records.size(), records);
    QCOMPARE(page.total.value_or(-1), total);
    QCOMPARE(page.records.first().value(QStringLiteral("id")).toInt(), 42);
    QCOMPARE(page.records.first().value(QStringLiteral("eventType")).toString(),
             QStringLiteral("USER_CREATED"));
    QCOMPARE(page.records.first()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("ip"))
                 .toString(),
             QStringLiteral("192.0.2.1"));
}

void TestPageCodec::abpVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("camelCase, numbers") << "api-logs-page.json";
    QTest::newRow("PascalCase, names") << "api-logs-page-pascal.json";
}

void TestPageCodec::abpVariants()
{
    QFETCH(QString, file);
    const auto result = PageCodec::decodePage(def(Sources::ApiLogs), fixture(file), {});
    QVERIFY2(std::holds_alternative<Page>(result), why(result).constData());
    const Page &page = std::get<Page>(result);
    QCOMPARE(page.total.value_or(-1), qint64(20000));
    QCOMPARE(page.records.size(), 1);
    const QJsonObject r = page.records.first();
    QCOMPARE(r.value(QStringLiteral("id")).toString(),
             QStringLiteral("664f1394-ac80-42f1-9945-e87206ce3fda"));
    QCOMPARE(r.value(QStringLiteral("transactionId")).toString(), QStringLiteral("txn-1"));
    QCOMPARE(r.value(QStringLiteral("status")).toInt(), 12);
    QCOMPARE(r.value(QStringLiteral("source")).toInt(), 2);
    QCOMPARE(r.value(QStringLiteral("durationMs")).toInt(), 9000);
    QVERIFY(!r.contains(QStringLiteral("Id")));
}

void TestPageCodec::mfaPage()
{
    const Page page = std::get<Page>(
        PageCodec::decodePage(def(Sources::MfaAudit), fixture(QStringLiteral("mfa-page.json")), {}));
    QCOMPARE(page.total.value_or(-1), qint64(1));
    QCOMPARE(page.records.first().value(QStringLiteral("action")).toString(),
             QStringLiteral("mfa_totp.enabled"));
    QCOMPARE(page.records.first().value(QStringLiteral("target_type")).toString(),
             QStringLiteral("mfa_totp"));
}

void TestPageCodec::malformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("mentions");
    const QString a = Sources::CommAdmin.key(), b = Sources::NotifAudit.key(), c = Sources::ApiLogs.key();
    const int malformed = int(ApiError::Kind::MalformedBody);
    QTest::newRow("truncated") << a << fixture(QStringLiteral("truncated.json")) << malformed << "JSON";
    QTest::newRow("empty") << a << QByteArray("  \n") << malformed << "empty";
    QTest::newRow("html") << b << fixture(QStringLiteral("error-html-502.html")) << malformed << "JSON";
    QTest::newRow("total string") << a << fixture(QStringLiteral("comm-page-total-string.json")) << malformed
                                  << "total";
    QTest::newRow("items object") << a << fixture(QStringLiteral("comm-page-items-object.json")) << malformed
                                  << "list";
    QTest::newRow("item string") << a << fixture(QStringLiteral("comm-page-item-string.json")) << malformed
                                 << "record";
    QTest::newRow("code 500 inside 200") << a << fixture(QStringLiteral("comm-page-code-error.json"))
                                         << int(ApiError::Kind::Server) << "database unavailable";
    QTest::newRow("array for envelope A") << a << QByteArray("[]") << malformed << "object";
    QTest::newRow("spring total object")
        << b << fixture(QStringLiteral("notif-page-total-wrong.json")) << malformed << "totalElements";
    QTest::newRow("spring string of garbage") << b << QByteArray("\"not a page\"") << malformed << "JSON";
    QTest::newRow("spring string of number") << b << QByteArray("\"42\"") << malformed << "JSON";
    QTest::newRow("abp negative total")
        << c << QByteArray(R"({"totalCount":-5,"items":[]})") << malformed << "totalCount";
    QTest::newRow("abp fraction total")
        << c << QByteArray(R"({"totalCount":1.5,"items":[]})") << malformed << "totalCount";
    QTest::newRow("abp items missing") << c << QByteArray(R"({"totalCount":1})") << malformed << "list";
    QTest::newRow("abp number body") << c << QByteArray("12") << malformed << "";
}

void TestPageCodec::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(int, errorKind);
    QFETCH(QString, mentions);
    const auto result = PageCodec::decodePage(def(SourceKind(kind)), body, QStringLiteral("/the/endpoint"));
    QVERIFY(std::holds_alternative<ApiError>(result));
    const ApiError &e = std::get<ApiError>(result);
    QCOMPARE(int(e.kind), errorKind);
    QCOMPARE(e.endpoint, QStringLiteral("/the/endpoint"));
    QVERIFY2(e.serverMessage.contains(mentions), qPrintable(e.serverMessage));
    QVERIFY(e.message().contains(QStringLiteral("/the/endpoint")));
}

void TestPageCodec::deeplyNestedAndHuge()
{
    // Nesting beyond what the JSON parser accepts is a clean error, not a stack overflow.
    QByteArray deep = R"({"code":0,"total":1,"items":[{"id":"x","d":)";
    deep += QByteArray(100000, '[') + QByteArray(100000, ']') + "}]}";
    const auto nested = PageCodec::decodePage(def(Sources::CommAdmin), deep, {});
    QVERIFY(std::holds_alternative<ApiError>(nested));
    QCOMPARE(std::get<ApiError>(nested).kind, ApiError::Kind::MalformedBody);

    // A large but valid page decodes completely.
    QJsonArray items;
    for (int i = 0; i < 20000; ++i)
        items.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("log_%1").arg(i)},
                                  {QStringLiteral("content"), QString(200, QLatin1Char('x'))}});
    const QByteArray huge = QJsonDocument(QJsonObject {{QStringLiteral("code"), 0},
                                                       {QStringLiteral("items"), items},
                                                       {QStringLiteral("total"), 20000}})
                                .toJson();
    const auto result = PageCodec::decodePage(def(Sources::CommAdmin), huge, {});
    QVERIFY(std::holds_alternative<Page>(result));
    QCOMPARE(std::get<Page>(result).records.size(), 20000);
    QCOMPARE(std::get<Page>(result).records.last().value(QStringLiteral("id")).toString(),
             QStringLiteral("log_19999"));
}

void TestPageCodec::apiLogDetailAndHistory()
{
    const auto result =
        PageCodec::decodeRecord(def(Sources::ApiLogs), fixture(QStringLiteral("api-log-detail.json")), {});
    QVERIFY(std::holds_alternative<QJsonObject>(result));
    const QList<HistoryStep> steps =
        SourceDefinitions::get(Sources::ApiLogs).history(std::get<QJsonObject>(result)).steps;
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).status.toInt(), 1);
    QCOMPARE(steps.at(0).source, QStringLiteral("Api")); // free text, not the CPaaS/API enum
    QCOMPARE(steps.at(1).status.toInt(), 3); // a name
    QCOMPARE(steps.at(1).detail, QStringLiteral("Queued for processing"));
    QCOMPARE(steps.at(2).status.toInt(), 12); // PascalCase keys
    QCOMPARE(steps.at(2).source, QStringLiteral("Provider"));
    QCOMPARE(steps.at(2).timestamp.toMSecsSinceEpoch() - steps.at(0).timestamp.toMSecsSinceEpoch(),
             qint64(9000));
    const EnumTable *statuses = def(Sources::ApiLogs).enumTable(QStringLiteral("status"));
    QVERIFY(statuses);
    QCOMPARE(statuses->canonicalName(QJsonValue(11)), QStringLiteral("Warning"));
    QVERIFY(!statuses->find(QJsonValue(7)));
}

void TestPageCodec::mutatedBodiesNeverCrash()
{
    // Deterministic: the same 20,000 mutations on every run. Each is decoded by the
    // codec of every source; the point is no crash, hang or sanitizer report, and that
    // every outcome is either a page or a typed error with a message.
    const QStringList files = {
        QStringLiteral("comm-page.json"),         QStringLiteral("notif-page.json"),
        QStringLiteral("notif-page-string.json"), QStringLiteral("api-logs-page-pascal.json"),
        QStringLiteral("api-log-detail.json"),    QStringLiteral("mfa-page.json"),
        QStringLiteral("error-abp-400.json")};
    QList<QByteArray> seeds;
    for (const QString &f : files)
        seeds << fixture(f);
    QRandomGenerator rng(20261122);
    const char tokens[][8] = {"{",     "}", "[",   "]",  "\"",   ",",    ":",   "null",
                              "1e999", "-", "\\u", "\\", "true", "\x00", "\xff"};
    int pages = 0, errors = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray body = seeds.at(int(rng.bounded(quint32(seeds.size()))));
        const int edits = 1 + int(rng.bounded(4u));
        for (int e = 0; e < edits && !body.isEmpty(); ++e) {
            const int pos = int(rng.bounded(quint32(body.size())));
            switch (rng.bounded(5u)) {
            case 0:
                body[pos] = char(rng.bounded(256u));
                break;
            case 1:
                body.truncate(pos);
                break;
            case 2:
                body.insert(pos, tokens[rng.bounded(quint32(std::size(tokens)))]);
                break;
            case 3:
                body.remove(pos, int(rng.bounded(16u)));
                break;
            default:
                body.insert(pos, body.mid(pos, int(rng.bounded(64u))));
                break;
            }
        }
        for (SourceKind kind : SourceRegistry::instance().kinds()) {
            const auto result = PageCodec::decodePage(def(kind), body, QStringLiteral("/x"));
            if (const auto *e = std::get_if<ApiError>(&result)) {
                QVERIFY(!e->message().isEmpty());
                ++errors;
            } else {
                ++pages;
            }
        }
        const auto record = PageCodec::decodeRecord(def(Sources::ApiLogs), body, QStringLiteral("/x"));
        if (const auto *o = std::get_if<QJsonObject>(&record))
            SourceDefinitions::get(Sources::ApiLogs).history(*o).steps;
    }
    // Both outcomes occur: the mutations are neither all fatal nor all harmless.
    QVERIFY(pages > 1000);
    QVERIFY(errors > 1000);
}

void TestPageCodec::goConventions()
{
    // encoding/json: a nil slice is null; omitempty drops a zero total; time.Time's zero
    // value stands for "not set"; RFC3339Nano has nine digits.
    const auto nil = PageCodec::decodePage(
        def(Sources::CommAdmin),
        R"({"code":0,"message":"success","items":null,"pagination":{"page":1,"page_size":100}})", {});
    QVERIFY2(std::holds_alternative<Page>(nil), why(nil).constData());
    QCOMPARE(std::get<Page>(nil).records.size(), 0);
    QCOMPARE(std::get<Page>(nil).total, std::optional<qint64>(0));

    const auto omitted =
        PageCodec::decodePage(def(Sources::MfaAudit), R"({"message":"success","pagination":{"page":1}})", {});
    QVERIFY2(std::holds_alternative<Page>(omitted), why(omitted).constData());
    QCOMPARE(std::get<Page>(omitted).records.size(), 0);

    const auto times = PageCodec::decodePage(
        def(Sources::CommAdmin),
        R"({"code":0,"items":[{"id":"a","created_at":"2026-04-15T10:00:00.123456789Z",)"
        R"("sent_at":"0001-01-01T00:00:00Z","updated_at":"2026-04-15T18:00:00.5+08:00"}],"total":1})",
        {});
    QVERIFY2(std::holds_alternative<Page>(times), why(times).constData());
    const QJsonObject r = std::get<Page>(times).records.first();
    QCOMPARE(Timestamp::parseMsecs(r.value(QStringLiteral("created_at")).toString()),
             std::optional<qint64>(
                 QDateTime(QDate(2026, 4, 15), QTime(10, 0, 0, 123), Qt::UTC).toMSecsSinceEpoch()));
    QVERIFY(r.value(QStringLiteral("sent_at")).isNull());
    QCOMPARE(Timestamp::parseMsecs(r.value(QStringLiteral("updated_at")).toString()),
             std::optional<qint64>(
                 QDateTime(QDate(2026, 4, 15), QTime(10, 0, 0, 500), Qt::UTC).toMSecsSinceEpoch()));

    // Not the envelope at all is still an error, naming the list.
    const auto other = PageCodec::decodePage(def(Sources::CommAdmin), R"({"hello":"world"})", {});
    QVERIFY(std::holds_alternative<ApiError>(other));
}

void TestPageCodec::springPageSerialisations_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("records");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("size");
    const QByteArray item = R"({"id":7,"timestamp":"2026-04-15T10:00:00Z","eventType":"USER_CREATED"})";
    QTest::newRow("PageImpl (Spring Data 2, 3)") << QByteArray(
        R"({"content":[)" + item
        + R"(],"pageable":{"pageNumber":0,"pageSize":20,"sort":)"
          R"({"sorted":true}},"totalElements":41,"totalPages":3,"last":false,"size":20,"number":0,)"
          R"("numberOfElements":1,"first":true,"empty":false})")
                                                 << 1 << qint64(41) << 20;
    QTest::newRow("PagedModel via DTO (Spring Data 3.3)") << QByteArray(
        R"({"content":[)" + item + R"(],"page":{"size":50,"number":0,"totalElements":120,"totalPages":3}})")
                                                          << 1 << qint64(120) << 50;
    QTest::newRow("HATEOAS PagedModel")
        << QByteArray(R"({"_embedded":{"auditLogs":[)" + item
                      + R"(]},"_links":{"self":{"href":"x"}},)"
                        R"("page":{"size":20,"totalElements":5,"totalPages":1,"number":0}})")
        << 1 << qint64(5) << 20;
    QTest::newRow("HATEOAS, empty") << QByteArray(
        R"({"_links":{},"page":{"size":20,"totalElements":0,"totalPages":0,"number":0}})")
                                    << 0 << qint64(0) << 20;
    QTest::newRow("content null") << QByteArray(R"({"content":null,"totalElements":0,"size":100})") << 0
                                  << qint64(0) << 100;
}

void TestPageCodec::springPageSerialisations()
{
    QFETCH(QByteArray, body);
    QFETCH(int, records);
    QFETCH(qint64, total);
    QFETCH(int, size);
    const auto result = PageCodec::decodePage(def(Sources::NotifAudit), body, {});
    QVERIFY2(std::holds_alternative<Page>(result), why(result).constData());
    const Page page = std::get<Page>(result);
    QCOMPARE(page.records.size(), records);
    QCOMPARE(page.total, std::optional<qint64>(total));
    QCOMPARE(page.pageSize, std::optional<int>(size));
    if (records > 0)
        QCOMPARE(page.records.first().value(QStringLiteral("eventType")).toString(),
                 QStringLiteral("USER_CREATED"));
}

void TestPageCodec::jacksonDates_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<qint64>("ms");
    const qint64 at = QDateTime(QDate(2026, 4, 15), QTime(10, 0, 0, 250), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("ISO with offset") << QByteArray(R"("2026-04-15T10:00:00.250+00:00")") << at;
    QTest::newRow("ISO, offset without colon") << QByteArray(R"("2026-04-15T12:00:00.250+0200")") << at;
    QTest::newRow("ZonedDateTime with region")
        << QByteArray(R"("2026-04-15T18:00:00.250+08:00[Asia/Shanghai]")") << at;
    QTest::newRow("LocalDateTime, no zone") << QByteArray(R"("2026-04-15T10:00:00.25")") << at;
    QTest::newRow("Date as epoch ms") << QByteArray::number(at) << at;
    QTest::newRow("Instant as epoch seconds") << QByteArray::number(at / 1000) + ".250000000" << at;
    QTest::newRow("LocalDateTime array") << QByteArray("[2026,4,15,10,0,0,250000000]") << at;
    QTest::newRow("LocalDateTime array, no seconds")
        << QByteArray("[2026,4,15,10,0]")
        << QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
}

void TestPageCodec::jacksonDates()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(qint64, ms);
    const QByteArray body = R"({"content":[{"id":1,"timestamp":)" + timestamp + R"(}],"totalElements":1})";
    const auto result = PageCodec::decodePage(def(Sources::NotifAudit), body, {});
    QVERIFY2(std::holds_alternative<Page>(result), why(result).constData());
    const QJsonValue t = std::get<Page>(result).records.first().value(QStringLiteral("timestamp"));
    QVERIFY(t.isString());
    QCOMPARE(Timestamp::parseMsecs(t.toString()), std::optional<qint64>(ms));
}

void TestPageCodec::abpWrappedResults()
{
    const QByteArray wrapped =
        R"({"result":{"totalCount":2,"items":[{"Id":"a","Status":"Error",)"
        R"("ReceivedAt":"2026-04-15T10:00:00.1234567"},{"id":"b","status":10}]},)"
        R"("targetUrl":null,"success":true,"error":null,"unAuthorizedRequest":false,"__abp":true})";
    const auto result = PageCodec::decodePage(def(Sources::ApiLogs), wrapped, {});
    QVERIFY2(std::holds_alternative<Page>(result), why(result).constData());
    const Page page = std::get<Page>(result);
    QCOMPARE(page.total, std::optional<qint64>(2));
    QCOMPARE(page.records.size(), 2);
    QCOMPARE(page.records.at(0).value(QStringLiteral("status")).toInt(), 12);
    QCOMPARE(page.records.at(1).value(QStringLiteral("status")).toInt(), 10);
    // DateTime without a zone is UTC.
    QCOMPARE(Timestamp::parseMsecs(page.records.at(0).value(QStringLiteral("receivedAt")).toString()),
             std::optional<qint64>(
                 QDateTime(QDate(2026, 4, 15), QTime(10, 0, 0, 123), Qt::UTC).toMSecsSinceEpoch()));

    const QByteArray unauthorised =
        R"({"result":null,"success":false,"error":{"code":0,"message":"Current user did not login to the application!",)"
        R"("details":null,"validationErrors":null},"unAuthorizedRequest":true,"__abp":true})";
    const auto auth =
        PageCodec::decodePage(def(Sources::ApiLogs), unauthorised, QStringLiteral("/api/app/api-logs"));
    QVERIFY(std::holds_alternative<ApiError>(auth));
    QCOMPARE(std::get<ApiError>(auth).kind, ApiError::Kind::Auth);
    QVERIFY(std::get<ApiError>(auth).message().contains(QStringLiteral("did not login")));
    QVERIFY(std::get<ApiError>(auth).message().contains(QStringLiteral("/api/app/api-logs")));

    const QByteArray detail =
        R"({"result":{"id":"a","Status":"OK","StatusHistory":[{"Timestamp":"2026-04-15T10:00:00",)"
        R"("Status":"Received","Source":"Api"}]},"success":true,"error":null,"__abp":true})";
    const auto record = PageCodec::decodeRecord(def(Sources::ApiLogs), detail, {});
    QVERIFY(std::holds_alternative<QJsonObject>(record));
    QCOMPARE(std::get<QJsonObject>(record).value(QStringLiteral("status")).toInt(), 10);
    QCOMPARE(SourceDefinitions::get(Sources::ApiLogs).history(std::get<QJsonObject>(record)).steps.size(), 1);
}

void TestPageCodec::businessErrorsInside200_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("401") << 401 << int(ApiError::Kind::Auth);
    QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden);
    QTest::newRow("429") << 429 << int(ApiError::Kind::RateLimited);
    QTest::newRow("400") << 400 << int(ApiError::Kind::Validation);
    QTest::newRow("500") << 500 << int(ApiError::Kind::Server);
}

void TestPageCodec::businessErrorsInside200()
{
    QFETCH(int, code);
    QFETCH(int, kind);
    const QByteArray body =
        R"({"code":)" + QByteArray::number(code) + R"(,"message":"登录已过期,请重新登录"})";
    const auto result =
        PageCodec::decodePage(def(Sources::CommMine), body, QStringLiteral("/communication/logs"));
    QVERIFY(std::holds_alternative<ApiError>(result));
    const ApiError e = std::get<ApiError>(result);
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.serverMessage, QStringLiteral("登录已过期,请重新登录"));
    QVERIFY(e.message().contains(QStringLiteral("登录已过期")));
    QVERIFY(e.message().contains(QStringLiteral("/communication/logs")));
}

void TestPageCodec::reportedPageSize()
{
    const auto a = PageCodec::decodePage(
        def(Sources::CommAdmin),
        R"({"code":0,"items":[{"id":"x"}],"pagination":{"page":1,"page_size":50,"total":230,"total_pages":5}})",
        {});
    QVERIFY(std::holds_alternative<Page>(a));
    QCOMPARE(std::get<Page>(a).pageSize, std::optional<int>(50));
    const auto abp = PageCodec::decodePage(def(Sources::ApiLogs), R"({"totalCount":1,"items":[]})", {});
    QCOMPARE(std::get<Page>(abp).pageSize, std::nullopt);
}

void TestPageCodec::clampedPageSize()
{
    auto page = [](int held, std::optional<qint64> total, std::optional<int> size) {
        return Page {QList<QJsonObject>(held, QJsonObject {}), total, size};
    };
    QCOMPARE(PageCodec::clampedPageSize(page(50, 230, 50), 100), 50); // says so
    QCOMPARE(PageCodec::clampedPageSize(page(50, 230, 100), 100), 50); // says what was asked
    QCOMPARE(PageCodec::clampedPageSize(page(50, 230, std::nullopt), 100), 50); // says nothing
    QCOMPARE(PageCodec::clampedPageSize(page(30, 30, 100), 100), 0); // a short list, not a clamp
    QCOMPARE(PageCodec::clampedPageSize(page(100, 230, 100), 100), 0);
    QCOMPARE(PageCodec::clampedPageSize(page(0, 0, 20), 100), 20); // an empty list, paged by 20
    QCOMPARE(PageCodec::clampedPageSize(page(30, std::nullopt, std::nullopt), 100), 0); // no total: unknown
}

QTEST_GUILESS_MAIN(TestPageCodec)
#include "tst_pagecodec.moc"
