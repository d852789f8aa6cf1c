#include "core/TimeDisplay.h"
#include "itemmodels/LogRoles.h"
#include "itemmodels/RecordCells.h"
#include "sources/BuiltinSources.h"

#include <QJsonArray>
#include <QTest>

// The one cell formatter both table models use: what a remote table shows, a dataset
// shows too (they had drifted: a JSON list showed in one and not in the other).
class TestRecordCells : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { TimeDisplay::setUtc(true); }
    void cellsOfOneRecord();
    void headers();

private:
    static QVariant cell(const QJsonObject &record, const QString &key, int role = Qt::DisplayRole)
    {
        const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
        return RecordCells::data(def, *def.column(key), record, role);
    }
};

void TestRecordCells::cellsOfOneRecord()
{
    const QJsonObject record {
        {QStringLiteral("id"), QStringLiteral("log_1")},
        {QStringLiteral("created_at"), QStringLiteral("2026-04-15T10:00:00Z")},
        {QStringLiteral("status"), QStringLiteral("failed")},
        {QStringLiteral("channel"), QStringLiteral("carrier-pigeon")},
        {QStringLiteral("response"), QJsonArray {1, QStringLiteral("two")}},
        {QStringLiteral("content"), QJsonValue::Null},
    };
    QCOMPARE(cell(record, QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QCOMPARE(cell(record, QStringLiteral("status"), LogRoles::RawValueRole).toString(),
             QStringLiteral("failed"));
    QCOMPARE(cell(record, QStringLiteral("status"), LogRoles::OutcomeRole).toInt(), int(Outcome::Failure));
    // An enum value the table does not know: as sent, and no outcome for a non-status.
    QCOMPARE(cell(record, QStringLiteral("channel")).toString(), QStringLiteral("carrier-pigeon"));
    QVERIFY(!cell(record, QStringLiteral("channel"), LogRoles::OutcomeRole).isValid());
    QCOMPARE(cell(record, QStringLiteral("created_at")).toString(),
             TimeDisplay::formatText(QStringLiteral("2026-04-15T10:00:00Z")));
    QCOMPARE(cell(record, QStringLiteral("response")).toString(), QStringLiteral("[1,\"two\"]"));
    QCOMPARE(cell(record, QStringLiteral("content")).toString(), QString());
    QCOMPARE(cell(record, QStringLiteral("error")).toString(), QString()); // absent
    QCOMPARE(cell(record, QStringLiteral("id"), LogRoles::RecordIdRole).toString(), QStringLiteral("log_1"));
    QCOMPARE(cell(record, QStringLiteral("id"), LogRoles::RecordRole).toJsonObject(), record);
    QCOMPARE(cell(record, QStringLiteral("status"), Qt::ToolTipRole).toString(), QStringLiteral("failed"));
}

void TestRecordCells::headers()
{
    const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
    const ColumnSpec &status = *def.column(QStringLiteral("status"));
    using RecordCells::Sorter;
    QCOMPARE(RecordCells::header(def, status, Qt::DisplayRole, Sorter::Server).toString(),
             QStringLiteral("Send status"));
    QCOMPARE(RecordCells::header(def, status, LogRoles::ColumnKeyRole, Sorter::Server).toString(),
             QStringLiteral("status"));
    // The server sorts by what the definition says it can; a dataset's SQL by anything.
    const ColumnSpec &channel = *def.column(QStringLiteral("channel"));
    QVERIFY(!def.canSortRemotely(channel.key));
    QCOMPARE(RecordCells::header(def, channel, LogRoles::RemoteSortableRole, Sorter::Server).toBool(), false);
    QVERIFY(!RecordCells::header(def, channel, Qt::ToolTipRole, Sorter::Server).toString().isEmpty());
    QCOMPARE(RecordCells::header(def, channel, LogRoles::RemoteSortableRole, Sorter::Sql).toBool(), true);
    QVERIFY(RecordCells::header(def, channel, Qt::ToolTipRole, Sorter::Sql).isNull());
    const SourceDefinition &apiLogs = SourceDefinitions::get(Sources::ApiLogs);
    const ColumnSpec &time = *apiLogs.column(apiLogs.timeField);
    QCOMPARE(RecordCells::header(apiLogs, time, LogRoles::RemoteSortableRole, Sorter::Server).toBool(), true);
}

QTEST_GUILESS_MAIN(TestRecordCells)
#include "tst_recordcells.moc"
