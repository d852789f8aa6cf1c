// RecordFieldsModel: every field of a record, known ones first, unknown ones kept.
#include "core/TimeDisplay.h"
#include "itemmodels/RecordFieldsModel.h"
#include "net/PageCodec.h"
#include "sources/BuiltinSources.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

class TestRecordFieldsModel : public QObject
{
    Q_OBJECT
private slots:
    void knownFieldsThenUnknownOnes();
    void valuesAsSent();
    void timesReadAsInTheTable();
    void apiLogDetailWithPascalKeys();
};

namespace
{
QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("LOGDECK_FIXTURES") + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList column(const QAbstractItemModel &model, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, c).data(role).toString();
    return out;
}
} // namespace

void TestRecordFieldsModel::knownFieldsThenUnknownOnes()
{
    RecordFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
    const Page page = std::get<Page>(
        PageCodec::decodePage(def, fixture(QStringLiteral("comm-page-extra-fields.json")), {}));
    model.setRecord(def, page.records.first());
    QCOMPARE(model.rowCount(), page.records.first().size());
    const QStringList keys = column(model, 0, RecordFieldsModel::FieldKeyRole);
    // The source's columns in their order, then the others by name.
    QCOMPARE(keys.first(), def.columns.first().key);
    QCOMPARE(keys.mid(keys.size() - 2), (QStringList {QStringLiteral("meta"), QStringLiteral("priority")}));
    QCOMPARE(model.knownFieldCount(), keys.size() - 2);
    QVERIFY(model.index(0, 0).data(RecordFieldsModel::IsKnownRole).toBool());
    QVERIFY(!model.index(keys.size() - 1, 0).data(RecordFieldsModel::IsKnownRole).toBool());
    // Known fields are titled; unknown ones show their key.
    QCOMPARE(model.index(keys.indexOf(QStringLiteral("recipient")), 0).data().toString(),
             QStringLiteral("Recipient"));
    QCOMPARE(model.index(keys.size() - 1, 0).data().toString(), QStringLiteral("priority"));
    // Enum values in words, with the value as sent.
    QCOMPARE(model.index(keys.indexOf(QStringLiteral("status")), 1).data().toString(),
             QStringLiteral("Delivered (delivered)"));
    QCOMPARE(model.index(keys.indexOf(QStringLiteral("status")), 1)
                 .data(RecordFieldsModel::RawValueRole)
                 .toString(),
             QStringLiteral("delivered"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordFieldsModel::valuesAsSent()
{
    RecordFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject record {
        {QStringLiteral("id"), 42},
        {QStringLiteral("details"), QJsonObject {{QStringLiteral("k"), QStringLiteral("v")}}},
        {QStringLiteral("flag"), true},
        {QStringLiteral("gone"), QJsonValue::Null},
        {QStringLiteral("big"), 9007199254740991.0},
        {QStringLiteral("amount"), 382.93},
        {QStringLiteral("tiny"), 1.5e-7},
        {QStringLiteral("huge"), 1e22},
        {QStringLiteral("negative"), -0.1}};
    model.setRecord(SourceDefinitions::get(Sources::NotifAudit), record);
    const QStringList keys = column(model, 0, RecordFieldsModel::FieldKeyRole);
    auto value = [&](const char *key) {
        return model.index(keys.indexOf(QLatin1String(key)), 1).data().toString();
    };
    QCOMPARE(value("details"), QStringLiteral("{\"k\":\"v\"}"));
    QCOMPARE(value("id"), QStringLiteral("42"));
    QCOMPARE(value("flag"), QStringLiteral("true"));
    QCOMPARE(value("gone"), QStringLiteral("null"));
    QCOMPARE(value("big"), QStringLiteral("9007199254740991"));
    // Fractions as written, not as the nearest 17 digits (382.93000000000001).
    QCOMPARE(value("amount"), QStringLiteral("382.93"));
    QCOMPARE(value("negative"), QStringLiteral("-0.1"));
    QCOMPARE(value("tiny").toDouble(), 1.5e-7);
    QCOMPARE(value("huge").toDouble(), 1e22);
    QCOMPARE(model.index(keys.indexOf(QStringLiteral("details")), 1)
                 .data(RecordFieldsModel::RawValueRole)
                 .toMap()
                 .value(QStringLiteral("k")),
             QVariant(QStringLiteral("v")));
}

void TestRecordFieldsModel::timesReadAsInTheTable()
{
    RecordFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject record {{QStringLiteral("id"), QStringLiteral("log_1")},
                              {QStringLiteral("created_at"), QStringLiteral("2026-11-01T08:30:05.250Z")},
                              {QStringLiteral("sent_at"), QStringLiteral("not a time")},
                              {QStringLiteral("x_when"), QStringLiteral("2026-11-01T08:30:05Z")}};
    const bool wasUtc = TimeDisplay::isUtc();
    TimeDisplay::setUtc(true);
    model.setRecord(SourceDefinitions::get(Sources::CommAdmin), record);
    const QStringList keys = column(model, 0, RecordFieldsModel::FieldKeyRole);
    auto cell = [&](const char *key, int role = Qt::DisplayRole) {
        return model.index(keys.indexOf(QLatin1String(key)), 1).data(role).toString();
    };
    QCOMPARE(cell("created_at"), QStringLiteral("2026-11-01 08:30:05.250 UTC"));
    QCOMPARE(cell("created_at", Qt::ToolTipRole), QStringLiteral("2026-11-01T08:30:05.250Z"));
    QCOMPARE(model.index(keys.indexOf(QStringLiteral("created_at")), 1).data(RecordFieldsModel::RawValueRole),
             QVariant(QStringLiteral("2026-11-01T08:30:05.250Z")));
    QCOMPARE(cell("sent_at"), QStringLiteral("not a time")); // what does not parse stays as it is
    QCOMPARE(cell("x_when"), QStringLiteral("2026-11-01T08:30:05Z")); // not a column of the source
    // In local time, the same text the table shows for it.
    TimeDisplay::setUtc(false);
    QCOMPARE(cell("created_at"), TimeDisplay::formatText(QStringLiteral("2026-11-01T08:30:05.250Z")));
    TimeDisplay::setUtc(wasUtc);
}

void TestRecordFieldsModel::apiLogDetailWithPascalKeys()
{
    RecordFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SourceDefinition &def = SourceDefinitions::get(Sources::ApiLogs);
    const QJsonObject record = std::get<QJsonObject>(
        PageCodec::decodeRecord(def, fixture(QStringLiteral("api-log-detail.json")), {}));
    model.setRecord(def, record);
    const QStringList keys = column(model, 0, RecordFieldsModel::FieldKeyRole);
    QVERIFY(keys.contains(QStringLiteral("statusHistory")));
    QVERIFY(keys.contains(QStringLiteral("requestPayload")));
    QCOMPARE(keys.size(), record.size());
}

QTEST_GUILESS_MAIN(TestRecordFieldsModel)
#include "tst_recordfieldsmodel.moc"
