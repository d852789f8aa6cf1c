#include "core/JsonObjectScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

// JsonObjectScan vouches for a text only where QJsonDocument reads it alike: the
// differential test mutates valid records at random and holds every text the scanner
// accepts against QJsonDocument.
class TestJsonObjectScan : public QObject
{
    Q_OBJECT
private slots:
    void members();
    void declines_data();
    void declines();
    void acceptsWhatRecordsLookLike_data();
    void acceptsWhatRecordsLookLike();
    void agreesWithQJsonDocumentOnMutations();
};

namespace
{
using JsonObjectScan::Type;

QJsonValue decode(QByteArrayView raw)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + raw.toByteArray() + "]", &error);
    return error.error == QJsonParseError::NoError ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

// What the scanner said, checked against QJsonDocument: the object parses, has the same
// names, and each value reads the same.
void agree(const QByteArray &text, const JsonObjectScan::Members &members)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QVERIFY2(
        error.error == QJsonParseError::NoError && doc.isObject(),
        qPrintable(QStringLiteral("vouched for what QJsonDocument refuses (%1): %2")
                       .arg(error.errorString(), QString::fromUtf8(text.toPercentEncoding(" {}[]:,\"")))));
    const QJsonObject object = doc.object();
    QSet<QByteArray> names;
    for (const auto &m : members)
        names.insert(m.name.toByteArray());
    QCOMPARE(qsizetype(names.size()), object.size());
    if (names.size() != members.size())
        return; // a repeated name: which value QJsonObject keeps is its own affair
    for (const auto &m : members) {
        const QString name = QString::fromUtf8(m.name);
        QVERIFY2(object.contains(name), m.name.data());
        QCOMPARE(decode(m.raw), object.value(name));
        QCOMPARE(m.type == Type::String, object.value(name).isString());
    }
}
} // namespace

void TestJsonObjectScan::members()
{
    const QByteArray text = R"(  {"id":"log_1", "n" : -12.5e3,"ok":true,"none":null,"tags":["a",{"b":[]}],)"
                            R"("o":{"x":"\"y\""},"text":"a\nb","zh":"验证码"}  )";
    JsonObjectScan::Members members;
    QVERIFY(JsonObjectScan::scan(text, &members));
    QCOMPARE(members.size(), 8);
    QCOMPARE(members[0].name, "id");
    QCOMPARE(members[0].raw, "\"log_1\"");
    QCOMPARE(members[0].content(), "log_1");
    QCOMPARE(members[0].type, Type::String);
    QVERIFY(!members[0].escaped);
    QCOMPARE(members[1].raw, "-12.5e3");
    QCOMPARE(members[1].type, Type::Number);
    QCOMPARE(members[2].type, Type::Bool);
    QCOMPARE(members[3].type, Type::Null);
    QCOMPARE(members[4].type, Type::Array);
    QCOMPARE(members[4].raw, R"(["a",{"b":[]}])");
    QCOMPARE(members[5].type, Type::Object);
    QCOMPARE(members[6].content(), "a\\nb");
    QVERIFY(members[6].escaped);
    QCOMPARE(members[7].content(), "验证码");
    agree(text, members);

    QVERIFY(JsonObjectScan::scan("{}", &members));
    QCOMPARE(members.size(), 0);
}

void TestJsonObjectScan::declines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("string") << QByteArray("\"a\"");
    QTest::newRow("unclosed") << QByteArray(R"({"a":1)");
    QTest::newRow("text after") << QByteArray(R"({"a":1} x)");
    QTest::newRow("two objects") << QByteArray(R"({"a":1}{"b":2})");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("no colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("bare name") << QByteArray(R"({a:1})");
    QTest::newRow("single quotes") << QByteArray(R"({'a':1})");
    QTest::newRow("unclosed string") << QByteArray(R"({"a":"b})");
    QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"b\nc\"}");
    QTest::newRow("escaped top-level name") << QByteArray(R"({"a\"":1})");
    QTest::newRow("bad escape") << QByteArray(R"({"a":"\x"})");
    QTest::newRow("short unicode escape") << QByteArray(R"({"a":"\u12"})");
    QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})");
    QTest::newRow("surrogate pair") << QByteArray(R"({"a":"\ud83d\ude00"})");
    QTest::newRow("NUL escape") << QByteArray(R"({"a":"\u0000"})");
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
    QTest::newRow("bare point") << QByteArray(R"({"a":1.})");
    QTest::newRow("leading point") << QByteArray(R"({"a":.5})");
    QTest::newRow("minus alone") << QByteArray(R"({"a":-})");
    QTest::newRow("plus") << QByteArray(R"({"a":+1})");
    QTest::newRow("empty exponent") << QByteArray(R"({"a":1e})");
    QTest::newRow("huge exponent") << QByteArray(R"({"a":1e400})");
    QTest::newRow("NaN") << QByteArray(R"({"a":NaN})");
    QTest::newRow("truth") << QByteArray(R"({"a":tru})");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xC3\x28\"}");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xC0\xAF\"}");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{}");
    QByteArray deep = "{\"a\":";
    for (int i = 0; i < 70; ++i)
        deep += '[';
    for (int i = 0; i < 70; ++i)
        deep += ']';
    QTest::newRow("deep") << deep + "}";
}

void TestJsonObjectScan::declines()
{
    QFETCH(QByteArray, text);
    JsonObjectScan::Members members;
    QVERIFY(!JsonObjectScan::scan(text, &members));
}

void TestJsonObjectScan::acceptsWhatRecordsLookLike_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("communication log") << QByteArray(
        R"({"channel":"sms","content":"您的验证码是491263，5分钟内有效。","created_at":)"
        R"("2026-11-19T23:59:58Z","id":"log_00999999","status":"pending","user_id":"usr_0387"})");
    QTest::newRow("API log") << QByteArray(
        R"({"id":7,"status":12,"statusHistory":[{"status":1,"timestamp":"2026-11-01T00:00:00.123+08:00"}],)"
        R"("requestPayload":"{\"to\":\"a@b.c\"}","latency":0.25,"retry":false,"extra":null})");
    QTest::newRow("whitespace") << QByteArray("\t{ \"a\" : [ 1 , 2 ] ,\r\n \"b\" : { } }\n");
    QTest::newRow("escapes") << QByteArray(R"({"a":"tab\t quote\" slash\/ back\\ \u00e9 \u4e2d"})");
    QTest::newRow("numbers") << QByteArray(
        R"({"a":0,"b":-0.5,"c":1E+10,"d":123456789012345678901234567890})");
}

void TestJsonObjectScan::acceptsWhatRecordsLookLike()
{
    QFETCH(QByteArray, text);
    JsonObjectScan::Members members;
    QVERIFY(JsonObjectScan::scan(text, &members));
    agree(text, members);
}

void TestJsonObjectScan::agreesWithQJsonDocumentOnMutations()
{
    const QList<QByteArray> seeds = {
        R"({"channel":"sms","content":"Your order #163814 has shipped","id":"log_1","n":-1.5e3})",
        R"({"a":[1,{"b":"\u4e2d\n"},true,null],"c":"验证码","d":{"e":false}})",
        R"({"id":7,"statusHistory":[{"status":1,"detail":"x\"y"}],"latency":0.25})",
    };
    // Bytes a mutation puts in: the grammar's own, and a few that break UTF-8.
    const QByteArray alphabet = QByteArray("{}[]:,\"\\ \n0123456789.-+eEtrufalsn\x01") + "\xC3\xE4\x80\xBF";
    QRandomGenerator rng(20261206);
    JsonObjectScan::Members members;
    int vouched = 0, mutated = 0;
    for (int round = 0; round < 40000; ++round) {
        QByteArray text = seeds.at(round % seeds.size());
        const int edits = 1 + int(rng.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = rng.bounded(int(text.size()));
            const char c = alphabet.at(rng.bounded(int(alphabet.size())));
            switch (rng.bounded(3)) {
            case 0:
                text[at] = c;
                break;
            case 1:
                text.insert(at, c);
                break;
            default:
                text.remove(at, 1);
            }
        }
        ++mutated;
        if (!JsonObjectScan::scan(text, &members))
            continue;
        ++vouched;
        agree(text, members);
        if (QTest::currentTestFailed())
            return;
    }
    // Both sides were exercised: some mutants are still objects, most are not.
    QVERIFY2(vouched > 1000 && vouched < mutated / 2, qPrintable(QString::number(vouched)));
}

QTEST_GUILESS_MAIN(TestJsonObjectScan)
#include "tst_jsonobjectscan.moc"
