#include "core/SourceKind.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include <QCoreApplication>

#include <QSet>
#include <QTest>

class TestSourceRegistry : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip();
    void unknownKeys();
    void everyDefinitionIsComplete();
    void filterValuesComeFromTheEnumTables();
    void schemaColumnsInFirstSeenOrder();
    void defaults();
    void enumTables();
};

void TestSourceRegistry::keysRoundTrip()
{
    const QStringList expected = {QStringLiteral("comm-mine"), QStringLiteral("comm-admin"),
                                  QStringLiteral("notif-audit"), QStringLiteral("api-logs"),
                                  QStringLiteral("mfa-audit")};
    QStringList keys;
    for (SourceKind kind : SourceRegistry::instance().kinds()) {
        keys << kind.key();
        QCOMPARE(SourceRegistry::instance().kindForKey(kind.key()), std::optional<SourceKind>(kind));
    }
    QCOMPARE(keys, expected);
}

void TestSourceRegistry::unknownKeys()
{
    QVERIFY(!SourceRegistry::instance().kindForKey(QString()).has_value());
    QVERIFY(!SourceRegistry::instance().kindForKey(QStringLiteral("COMM-MINE")).has_value());
    QVERIFY(!SourceRegistry::instance().kindForKey(QStringLiteral("comm")).has_value());
}

void TestSourceRegistry::everyDefinitionIsComplete()
{
    for (const SourceDefinition *def : SourceRegistry::instance().all()) {
        QVERIFY2(def->title, qPrintable(def->kind.key()));
        QVERIFY(def->history);
        QVERIFY(!def->columns.isEmpty());
        QVERIFY(def->column(def->timeField));
        QVERIFY(!def->textFields.isEmpty());
        for (const FilterSpec &f : def->filters) {
            const bool date = f.key == QLatin1String(Query::From) || f.key == QLatin1String(Query::To);
            QVERIFY2(date || f.label, qPrintable(f.key));
            QVERIFY2(f.cliHelp, qPrintable(f.key));
            QVERIFY(!f.cliFlag.isEmpty());
        }
        if (!def->outcomeField.isEmpty())
            QVERIFY(def->enumTable(def->outcomeField));
        for (auto it = def->enums.cbegin(); it != def->enums.cend(); ++it) {
            QVERIFY2(def->column(it.key()), qPrintable(it.key())); // an enum is shown somewhere
            for (const EnumValue &v : it->values)
                QVERIFY(v.text && !v.raw.isEmpty());
        }
    }
}

void TestSourceRegistry::filterValuesComeFromTheEnumTables()
{
    const SourceDefinition &api = SourceDefinitions::get(Sources::ApiLogs);
    const FilterSpec *status = api.filterSpec(QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->values, api.enumTable(QStringLiteral("status"))->names());
    QCOMPARE(status->numbers, (QList<int> {1, 2, 3, 10, 11, 12}));
    const FilterSpec *events =
        SourceDefinitions::get(Sources::NotifAudit).filterSpec(QStringLiteral("event_type"));
    QCOMPARE(events->values.size(), 39);
    QCOMPARE(events->enumField, QStringLiteral("eventType"));
}

void TestSourceRegistry::schemaColumnsInFirstSeenOrder()
{
    // The order dataset files have always had: older files open as they are.
    QCOMPARE(SourceRegistry::instance().filterKeys(),
             (QStringList {QStringLiteral("channel"), QStringLiteral("status"), QStringLiteral("user_id"),
                           QStringLiteral("event_type"), QStringLiteral("email"), QStringLiteral("username"),
                           QStringLiteral("action"), QStringLiteral("target_type"),
                           QStringLiteral("operator_id")}));
}

void TestSourceRegistry::defaults()
{
    QCOMPARE(SourceRegistry::instance().defaultKind(), Sources::CommMine);
    QCOMPARE(SourceRegistry::instance().defaultKind(true), Sources::CommAdmin);
    // An unknown kind reads as the first source rather than crashing a caller.
    QCOMPARE(SourceRegistry::instance().get(SourceKind(QStringLiteral("nope"))).kind, Sources::CommMine);
    QVERIFY(!SourceRegistry::instance().find(QStringLiteral("nope")));
}

void TestSourceRegistry::enumTables()
{
    const EnumTable *status = SourceDefinitions::get(Sources::ApiLogs).enumTable(QStringLiteral("status"));
    QVERIFY(status && status->isNumbered());
    QCOMPARE(status->find(QJsonValue(10))->raw, QStringLiteral("OK"));
    QCOMPARE(status->find(QJsonValue(QStringLiteral("validationerror")))->number, std::optional<int>(2));
    QCOMPARE(status->find(QJsonValue(QStringLiteral("12")))->raw, QStringLiteral("Error"));
    QCOMPARE(status->outcome(QJsonValue(11)), Outcome::Warning);
    QCOMPARE(status->outcome(QJsonValue(99)), Outcome::Info); // unknown status: neutral
    QCOMPARE(status->display(QJsonValue(2)), QStringLiteral("Validation error"));
    QCOMPARE(status->canonicalName(QJsonValue(99)), QStringLiteral("99"));
    // String enums match exactly, as their servers do.
    const EnumTable *send = SourceDefinitions::get(Sources::CommMine).enumTable(QStringLiteral("status"));
    QVERIFY(send && !send->isNumbered());
    QVERIFY(send->find(QJsonValue(QStringLiteral("sent"))));
    QVERIFY(!send->find(QJsonValue(QStringLiteral("SENT"))));
    QCOMPARE(send->outcome(QJsonValue(QStringLiteral("pending"))), Outcome::InProgress);
}

QTEST_GUILESS_MAIN(TestSourceRegistry)
#include "tst_sourceregistry.moc"
