#include "api/PageCodec.h"

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
    for (SourceKind kind : {SourceKind::CommMine, SourceKind::CommAdmin}) {
        const auto result =
            PageCodec::decodePage(def(kind), fixture(file), QStringLiteral("/communication/logs"));
        QVERIFY2(std::holds_alternative<Page>(result), why(result).constData());
        const Page &page = std::get<Page>(result);
        QCOMPARE(page.records.size(), records);
        QCOMPARE(page.total.value_or(-1), total);
    }
    if (file == u"comm-page.json") {
        const Page page = std::get<Page>(PageCodec::decodePage(def(SourceKind::CommMine), fixture(file), {}));
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
        def(SourceKind::CommAdmin), fixture(QStringLiteral("comm-page-extra-fields.json")), {}));
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
    const auto result = PageCodec::decodePage(def(SourceKind::NotifAudit), fixture(file), {});
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
    const auto result = PageCodec::decodePage(def(SourceKind::ApiLogs), fixture(file), {});
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
        PageCodec::decodePage(def(SourceKind::MfaAudit), fixture(QStringLiteral("mfa-page.json")), {}));
    QCOMPARE(page.total.value_or(-1), qint64(1));
    QCOMPARE(page.records.first().value(QStringLiteral("action")).toString(),
             QStringLiteral("mfa_totp.enabled"));
    QCOMPARE(page.records.first().value(QStringLiteral("target_type")).toString(),
             QStringLiteral("mfa_totp"));
}

void TestPageCodec::malformed_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("mentions");
    const int a = int(SourceKind::CommAdmin), b = int(SourceKind::NotifAudit), c = int(SourceKind::ApiLogs);
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
    QFETCH(int, kind);
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
    const auto nested = PageCodec::decodePage(def(SourceKind::CommAdmin), deep, {});
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
    const auto result = PageCodec::decodePage(def(SourceKind::CommAdmin), huge, {});
    QVERIFY(std::holds_alternative<Page>(result));
    QCOMPARE(std::get<Page>(result).records.size(), 20000);
    QCOMPARE(std::get<Page>(result).records.last().value(QStringLiteral("id")).toString(),
             QStringLiteral("log_19999"));
}

void TestPageCodec::apiLogDetailAndHistory()
{
    const auto result =
        PageCodec::decodeRecord(def(SourceKind::ApiLogs), fixture(QStringLiteral("api-log-detail.json")), {});
    QVERIFY(std::holds_alternative<QJsonObject>(result));
    const QList<StatusStep> steps = PageCodec::statusHistory(std::get<QJsonObject>(result));
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).status, 1);
    QCOMPARE(steps.at(0).source, QStringLiteral("Api")); // free text, not the CPaaS/API enum
    QCOMPARE(steps.at(1).status, 3); // a name
    QCOMPARE(steps.at(1).detail, QStringLiteral("Queued for processing"));
    QCOMPARE(steps.at(2).status, 12); // PascalCase keys
    QCOMPARE(steps.at(2).source, QStringLiteral("Provider"));
    QCOMPARE(steps.at(2).timestamp.toMSecsSinceEpoch() - steps.at(0).timestamp.toMSecsSinceEpoch(),
             qint64(9000));
    QCOMPARE(PageCodec::apiLogStatusName(11), QStringLiteral("Warning"));
    QVERIFY(!PageCodec::apiLogStatusNumber(QJsonValue(7)).has_value());
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
        for (SourceKind kind : SourceKinds::all()) {
            const auto result = PageCodec::decodePage(def(kind), body, QStringLiteral("/x"));
            if (const auto *e = std::get_if<ApiError>(&result)) {
                QVERIFY(!e->message().isEmpty());
                ++errors;
            } else {
                ++pages;
            }
        }
        const auto record = PageCodec::decodeRecord(def(SourceKind::ApiLogs), body, QStringLiteral("/x"));
        if (const auto *o = std::get_if<QJsonObject>(&record))
            PageCodec::statusHistory(*o);
    }
    // Both outcomes occur: the mutations are neither all fatal nor all harmless.
    QVERIFY(pages > 1000);
    QVERIFY(errors > 1000);
}

QTEST_GUILESS_MAIN(TestPageCodec)
#include "tst_pagecodec.moc"
