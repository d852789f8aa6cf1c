#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"
#include "store/RecordSchema.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

// RecordSchema::utf8RowFor, the import's way to take a record apart, against rowFor, the
// QJsonObject way every other writer uses: random records of every registered source,
// with the fields each one reads, in any order, of any JSON type.
class TestRecordSchema : public QObject
{
    Q_OBJECT
private slots:
    void utf8RowMatchesRowFor_data();
    void utf8RowMatchesRowFor();
    void utf8RowDeclines();
};

namespace
{
// The names a source's rows read: its id and time, its filters' fields, its text fields.
QStringList namesOf(const SourceDefinition &def)
{
    QStringList names = {def.idField, def.timeField, QStringLiteral("unrelated"), QStringLiteral("zh")};
    for (const FilterSpec &f : def.filters)
        names << (f.recordFields.isEmpty() ? QStringList {f.key} : f.recordFields);
    for (const TextFieldSpec &t : def.textFields)
        names << t.fields;
    names.removeDuplicates();
    names.removeAll(QString());
    return names;
}

QByteArray randomValue(QRandomGenerator &rng, const SourceDefinition &def, const QString &name)
{
    // A numbered status, where the source has one, is a number on the wire.
    static const QList<QByteArray> strings = {
        R"("sms")",
        R"("")",
        R"("failed")",
        R"("Error")",
        R"("您的验证码是491263")",
        R"("line\nbreak \"quoted\" \u00e9")",
        R"("2026-11-19T23:59:58Z")",
        R"("2026-11-19T23:59:58.250+08:00")",
        R"("not a time")",
        R"("usr_0305")",
    };
    static const QList<QByteArray> others = {
        "12", "-3.5", "0", "1e3", "true", "false", "null", R"({"b":1,"a":"x"})", R"([1,"two",null])",
    };
    Q_UNUSED(def);
    Q_UNUSED(name);
    return rng.bounded(3) == 0 ? others.at(rng.bounded(int(others.size())))
                               : strings.at(rng.bounded(int(strings.size())));
}

QByteArray utf8OrNull(const QString &s)
{
    return s.isEmpty() ? QByteArray() : s.toUtf8();
}
} // namespace

void TestRecordSchema::utf8RowMatchesRowFor_data()
{
    QTest::addColumn<QString>("source");
    for (const SourceDefinition *def : SourceRegistry::instance().all())
        QTest::newRow(qPrintable(def->kind.key())) << def->kind.key();
}

void TestRecordSchema::utf8RowMatchesRowFor()
{
    QFETCH(QString, source);
    const SourceDefinition *def = SourceRegistry::instance().find(source);
    QVERIFY(def);
    const bool history = def->history && !def->historyField.isEmpty();
    const QStringList names = namesOf(*def);
    QRandomGenerator rng(qHash(source));
    int taken = 0;
    for (int round = 0; round < 3000; ++round) {
        QStringList chosen = names;
        std::shuffle(chosen.begin(), chosen.end(), rng);
        chosen = chosen.mid(0, 1 + rng.bounded(int(chosen.size())));
        QByteArray text = "{";
        for (const QString &n : std::as_const(chosen)) {
            if (text.size() > 1)
                text += rng.bounded(2) ? "," : " , ";
            text += '"' + n.toUtf8() + "\":" + randomValue(rng, *def, n);
        }
        text += '}';
        const auto fast = RecordSchema::utf8RowFor(*def, text);
        if (history) {
            QVERIFY(!fast); // its history is read from the QJsonObject
            continue;
        }
        QVERIFY2(fast, text.constData()); // every name once, nothing unusual: vouched for
        ++taken;
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        const RecordSchema::Row slow = RecordSchema::rowFor(*def, object, text);
        QCOMPARE(fast->id, slow.id.toUtf8());
        QCOMPARE(fast->id.isNull(), slow.id.toUtf8().isNull());
        QCOMPARE(fast->timestampMs, slow.timestampMs);
        QCOMPARE(fast->filterValues.size(), slow.filterValues.size());
        for (qsizetype i = 0; i < slow.filterValues.size(); ++i) {
            QCOMPARE(fast->filterValues.at(i), utf8OrNull(slow.filterValues.at(i)));
            QCOMPARE(fast->filterValues.at(i).isNull(), utf8OrNull(slow.filterValues.at(i)).isNull());
        }
        QCOMPARE(fast->textValues.size(), slow.textValues.size());
        for (qsizetype i = 0; i < slow.textValues.size(); ++i)
            QCOMPARE(fast->textValues.at(i), slow.textValues.at(i).toUtf8());
    }
    QVERIFY(history || taken == 3000);
}

void TestRecordSchema::utf8RowDeclines()
{
    const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
    // Not JSON; a name the row reads, twice; a name it does not read, twice.
    QVERIFY(!RecordSchema::utf8RowFor(def, R"({"id":"a",)"));
    QVERIFY(!RecordSchema::utf8RowFor(def, R"({"id":"a","channel":"sms","channel":"push"})"));
    const auto row = RecordSchema::utf8RowFor(def, R"({"id":"a","x":1,"x":2})");
    QVERIFY(row);
    QCOMPARE(row->id, "a");
}

QTEST_GUILESS_MAIN(TestRecordSchema)
#include "tst_recordschema.moc"
