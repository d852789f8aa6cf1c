// The proof that a new source is one definition (docs/architecture.md, "How to add a
// source"): a made-up webhook-delivery log, defined here and nowhere else, with its own
// enum and a status history, served by a scripted server in this process. It is browsed
// in the main window (sidebar, filter panel, table, detail pane with its history),
// exported to .logdeck and queried there, and fetched with `logdeck-cli fetch`, with no
// line of models/, views/ or app/ that knows it.
#include "DetailPane.h"
#include "FetchCommand.h"
#include "FilterPanel.h"
#include "LogTableView.h"
#include "MainWindow.h"
#include "QueryCommand.h"
#include "ScriptedLogServer.h"
#include "SourceSidebar.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "itemmodels/StatusHistoryModel.h"
#include "jobs/ExportJob.h"
#include "sources/SourceRegistry.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrlQuery>

#include <cstdio>
#include <unistd.h>

namespace
{
const SourceKind kWebhooks {QStringLiteral("webhook-deliveries")};
constexpr int kRecords = 240;

EnumTable deliveryStates()
{
    return {
        "WebhookState",
        {{QStringLiteral("queued"), {}, QT_TRANSLATE_NOOP("WebhookState", "Queued"), Outcome::InProgress},
         {QStringLiteral("delivered"), {}, QT_TRANSLATE_NOOP("WebhookState", "Delivered"), Outcome::Success},
         {QStringLiteral("retrying"), {}, QT_TRANSLATE_NOOP("WebhookState", "Retrying"), Outcome::Warning},
         {QStringLiteral("abandoned"), {}, QT_TRANSLATE_NOOP("WebhookState", "Abandoned"), Outcome::Failure}},
        Outcome::Info};
}

// Each delivery keeps its attempts: the history is that list.
StatusHistory attempts(const QJsonObject &record)
{
    static const EnumTable states = deliveryStates();
    StatusHistory h;
    for (const QJsonValue &v : record.value(QStringLiteral("attempts")).toArray()) {
        const QJsonObject a = v.toObject();
        HistoryStep step;
        step.timestamp = QDateTime::fromString(a.value(QStringLiteral("at")).toString(), Qt::ISODate);
        step.enumField = QStringLiteral("state");
        step.status = a.value(QStringLiteral("state"));
        step.detail = QStringLiteral("HTTP %1").arg(a.value(QStringLiteral("http_status")).toInt());
        step.source = record.value(QStringLiteral("endpoint")).toString();
        step.outcome = states.outcome(step.status);
        h.steps << step;
    }
    if (h.steps.size() > 1)
        h.totalMs = h.steps.constFirst().timestamp.msecsTo(h.steps.constLast().timestamp);
    return h;
}

SourceDefinition webhookDeliveries()
{
    using F = FilterSpec::Format;
    using A = FilterSpec::AppliedBy;
    SourceDefinition d;
    d.kind = kWebhooks;
    d.title = QT_TRANSLATE_NOOP("Source", "Webhook deliveries");
    d.path = QStringLiteral("/api/webhooks/deliveries");
    d.envelope = Envelope::A;
    d.pageStyle = PageStyle::OneBasedPage;
    d.pageParam = QStringLiteral("page");
    d.pageSizeParam = QStringLiteral("page_size");
    d.defaultSort = {QStringLiteral("created_at"), true};
    d.timeField = QStringLiteral("created_at");
    FilterSpec state {QStringLiteral("delivery_state"), QStringLiteral("state"), F::Enum, A::Server};
    state.label = QT_TRANSLATE_NOOP("Filters", "Delivery state");
    state.recordFields = {QStringLiteral("state")};
    state.enumField = QStringLiteral("state");
    state.cliFlag = QStringLiteral("delivery-state");
    state.cliHelp = QT_TRANSLATE_NOOP("cli", "Webhook delivery state.");
    state.cliValueName = QStringLiteral("state");
    FilterSpec endpoint {QStringLiteral("endpoint"), QStringLiteral("endpoint"), F::Text, A::Server};
    endpoint.label = QT_TRANSLATE_NOOP("Filters", "Endpoint");
    endpoint.cliHelp = QT_TRANSLATE_NOOP("cli", "Webhook endpoint URL (exact).");
    endpoint.cliValueName = QStringLiteral("url");
    d.filters = {state, endpoint};
    using T = ColumnType;
    d.columns = {
        {QStringLiteral("created_at"),
         QT_TRANSLATE_NOOP("Columns", "Created at"),
         T::DateTime,
         true,
         160,
         {}},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("Columns", "Delivery state"), T::Enum, true, 100, {}},
        {QStringLiteral("endpoint"), QT_TRANSLATE_NOOP("Columns", "Endpoint"), T::Text, true, 220, {}},
        {QStringLiteral("attempt_count"), QT_TRANSLATE_NOOP("Columns", "Attempts"), T::Number, true, 70, {}},
        {QStringLiteral("last_error"), QT_TRANSLATE_NOOP("Columns", "Error"), T::Text, true, 160, {}},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "ID"), T::Text, true, 100, {}},
    };
    d.enums.insert(QStringLiteral("state"), deliveryStates());
    d.outcomeField = QStringLiteral("state");
    d.payloadField = QStringLiteral("request_body");
    d.history = attempts;
    d.historyField = QStringLiteral("attempts");
    d.textFields = {{QStringLiteral("error"), {QStringLiteral("last_error")}},
                    {QStringLiteral("payload"), {QStringLiteral("request_body")}}};
    return d;
}

const QStringList kStates = {QStringLiteral("delivered"), QStringLiteral("abandoned"),
                             QStringLiteral("retrying"), QStringLiteral("delivered"),
                             QStringLiteral("queued")};

// Record n: its state cycles, its endpoint is one of three, and it took one attempt per
// failure before the last (a delivered one after up to two failures).
QJsonObject delivery(qint64 n, const QString &at)
{
    const QString state = kStates.at(n % kStates.size());
    const QDateTime created = QDateTime::fromString(at, Qt::ISODate);
    const int attemptCount = state == u"queued" ? 0 : state == u"abandoned" ? 3 : int(n % 3) + 1;
    QJsonArray list;
    for (int i = 0; i < attemptCount; ++i) {
        const bool last = i == attemptCount - 1;
        const QString result = !last ? QStringLiteral("retrying") : state;
        list.append(QJsonObject {{QStringLiteral("at"), created.addSecs(5 * (i + 1)).toString(Qt::ISODate)},
                                 {QStringLiteral("state"), result},
                                 {QStringLiteral("http_status"), result == u"delivered" ? 200 : 503}});
    }
    return {
        {QStringLiteral("id"), QStringLiteral("wh_%1").arg(n, 5, 10, QLatin1Char('0'))},
        {QStringLiteral("created_at"), at},
        {QStringLiteral("state"), state},
        {QStringLiteral("endpoint"), QStringLiteral("https://hooks.example/%1").arg(n % 3)},
        {QStringLiteral("attempt_count"), attemptCount},
        {QStringLiteral("last_error"), state == u"delivered" ? QString() : QStringLiteral("upstream 503")},
        {QStringLiteral("attempts"), list},
        {QStringLiteral("request_body"),
         QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("event"), QStringLiteral("order.paid")},
                                                      {QStringLiteral("n"), n}})
                               .toJson(QJsonDocument::Compact))}};
}

// What a command wrote to stdout, run in this process.
struct Captured {
    int exitCode = -1;
    QByteArray out;
};

template<typename Command>
Captured runCommand(const QStringList &arguments)
{
    Captured result;
    QTemporaryFile file;
    if (!file.open())
        return result;
    std::fflush(stdout);
    const int saved = dup(fileno(stdout));
    dup2(file.handle(), fileno(stdout));
    result.exitCode = Command().run(QStringList {QStringLiteral("logdeck-cli")} + arguments);
    std::fflush(stdout);
    dup2(saved, fileno(stdout));
    close(saved);
    file.seek(0);
    result.out = file.readAll();
    return result;
}

QList<QJsonObject> jsonLines(const QByteArray &text)
{
    QList<QJsonObject> records;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            records << QJsonDocument::fromJson(line).object();
    }
    return records;
}
} // namespace

class TestSixthSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theRegistryKnowsIt();
    void browsedExportedAndQueried();
    void fetchedWithTheCli();

private:
    qint64 count(const std::function<bool(const QJsonObject &)> &test) const;
    int column(RemoteLogModel *model, const QString &key) const;

    QTemporaryDir m_dir;
    ScriptedLogServer m_server;
};

void TestSixthSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sixthsource"));
    QSettings().clear();
    SourceRegistry::instance().add(webhookDeliveries());
    m_server.makeRecord = delivery;
    m_server.matches = [](const QJsonObject &r, const QUrlQuery &q) {
        for (const char *field : {"state", "endpoint"}) {
            const QString wanted = q.queryItemValue(QLatin1String(field), QUrl::FullyDecoded);
            if (!wanted.isEmpty() && r.value(QLatin1String(field)).toString() != wanted)
                return false;
        }
        return true;
    };
    m_server.addRecords(kRecords);
    QVERIFY(m_server.isListening());
}

qint64 TestSixthSource::count(const std::function<bool(const QJsonObject &)> &test) const
{
    return std::count_if(m_server.records().cbegin(), m_server.records().cend(), test);
}

int TestSixthSource::column(RemoteLogModel *model, const QString &key) const
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal, LogRoles::ColumnKeyRole).toString() == key)
            return c;
    }
    return -1;
}

void TestSixthSource::theRegistryKnowsIt()
{
    const SourceRegistry &registry = SourceRegistry::instance();
    QVERIFY(registry.kinds().contains(kWebhooks));
    QCOMPARE(registry.kindForKey(QStringLiteral("webhook-deliveries")), std::optional<SourceKind>(kWebhooks));
    // Its filter values come from its enum table, its filters are dataset columns.
    QCOMPARE(registry.get(kWebhooks).filterSpec(QStringLiteral("delivery_state"))->values,
             deliveryStates().names());
    QVERIFY(registry.filterKeys().contains(QStringLiteral("delivery_state")));
    QVERIFY(registry.filterKeys().contains(QStringLiteral("endpoint")));
}

void TestSixthSource::browsedExportedAndQueried()
{
    MainWindow window(m_dir.filePath(QStringLiteral("cache.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openServer(m_server.baseUrl(), QStringLiteral("token"), kWebhooks);
    const QString connection = window.currentConnectionId();

    // The sidebar lists it under the connection, by its title.
    QTreeWidgetItem *item = window.sidebar()->sourceItem(connection, kWebhooks);
    QVERIFY(item);
    QCOMPARE(item->text(0), QStringLiteral("Webhook deliveries"));

    // The table: its columns, its rows, its enum in words and its outcomes.
    RemoteLogModel *model = window.logModel();
    QTRY_VERIFY(model->total().has_value());
    QCOMPARE(*model->total(), qint64(kRecords));
    QTRY_VERIFY(model->rowCount() > 0 && !model->index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
    const int state = column(model, QStringLiteral("state"));
    QVERIFY(state >= 0);
    QCOMPARE(model->headerData(state, Qt::Horizontal).toString(), QStringLiteral("Delivery state"));
    const QModelIndex first = model->index(0, state);
    QCOMPARE(first.data(LogRoles::RawValueRole).toString(),
             m_server.records().constFirst().value(QStringLiteral("state")).toString());

    // The filter panel: the enum as a choice in words; applying it asks the server.
    auto *combo =
        qobject_cast<QComboBox *>(window.filterPanel()->editorFor(QStringLiteral("delivery_state")));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1 + int(deliveryStates().values.size()));
    const int abandoned = combo->findData(QStringLiteral("abandoned"));
    QVERIFY(abandoned > 0);
    QCOMPARE(combo->itemText(abandoned), QStringLiteral("Abandoned"));
    combo->setCurrentIndex(abandoned);
    QTest::mouseClick(window.filterPanel()->findChild<QPushButton *>(QStringLiteral("applyFilters")),
                      Qt::LeftButton);
    const qint64 expected = count(
        [](const QJsonObject &r) { return r.value(QStringLiteral("state")).toString() == u"abandoned"; });
    QTRY_COMPARE(model->total().value_or(-1), expected);
    QVERIFY(QUrlQuery(m_server.requests.constLast()).queryItemValue(QStringLiteral("state")) == u"abandoned");
    QTRY_VERIFY(!model->index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex cell = model->index(r, state);
        if (cell.data(LogRoles::IsPlaceholderRole).toBool())
            continue;
        QCOMPARE(cell.data().toString(), QStringLiteral("Abandoned"));
        QCOMPARE(cell.data(LogRoles::OutcomeRole).toInt(), int(Outcome::Failure));
    }

    // The detail pane: the attempts as the status history, the request body as payload.
    window.table()->setCurrentIndex(model->index(0, 0));
    StatusHistoryModel *history = window.detailPane()->historyModel();
    QTRY_COMPARE(history->rowCount(), 3);
    QCOMPARE(history->index(0, StatusHistoryModel::StatusColumn).data().toString(),
             QStringLiteral("Retrying"));
    QCOMPARE(history->index(2, StatusHistoryModel::StatusColumn).data().toString(),
             QStringLiteral("Abandoned"));
    QCOMPARE(history->index(2, 0).data(StatusHistoryModel::OutcomeRole).toInt(), int(Outcome::Failure));
    QCOMPARE(history->index(2, StatusHistoryModel::DetailColumn).data().toString(),
             QStringLiteral("HTTP 503"));
    QVERIFY2(window.detailPane()->summaryText().contains(QStringLiteral("Total duration: 10.0 s")),
             qPrintable(window.detailPane()->summaryText()));
    auto *payload = window.detailPane()->findChild<QTreeView *>(QStringLiteral("payloadView"));
    QVERIFY(payload && payload->model());
    QTRY_VERIFY(payload->model()->rowCount() >= 2); // {"event":…, "n":…}

    // Export what was found to .logdeck: every record, its history step by step.
    const QString file = m_dir.filePath(QStringLiteral("abandoned.logdeck"));
    ExportJob *job = window.exportTo(file, false);
    QVERIFY(job);
    QSignalSpy finished(job, &ExportJob::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM status_history")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 3 * expected); // three attempts each
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM records WHERE delivery_state = 'abandoned'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), expected);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // …and query it: as a dataset in the window's model, and with logdeck-cli query.
    DatasetLogModel dataset;
    QSignalSpy opened(&dataset, &DatasetLogModel::opened);
    dataset.open(file);
    QVERIFY(opened.wait(10000));
    QCOMPARE(dataset.info()->source, kWebhooks);
    QCOMPARE(dataset.info()->recordCount, expected);
    Query byEndpoint;
    byEndpoint.source = kWebhooks;
    byEndpoint.setFilter(QStringLiteral("endpoint"), QStringLiteral("https://hooks.example/1"));
    dataset.setQuery(byEndpoint);
    const qint64 onEndpoint = count([](const QJsonObject &r) {
        return r.value(QStringLiteral("state")).toString() == u"abandoned"
            && r.value(QStringLiteral("endpoint")).toString() == u"https://hooks.example/1";
    });
    QVERIFY(onEndpoint > 0 && onEndpoint < expected);
    QTRY_COMPARE(dataset.total().value_or(-1), onEndpoint);

    const Captured queried = runCommand<QueryCommand>(
        {file, QStringLiteral("--endpoint"), QStringLiteral("https://hooks.example/1")});
    QCOMPARE(queried.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(queried.out);
    QCOMPARE(lines.size(), onEndpoint);
    for (const QJsonObject &r : lines)
        QCOMPARE(r.value(QStringLiteral("endpoint")).toString(), QStringLiteral("https://hooks.example/1"));
}

void TestSixthSource::fetchedWithTheCli()
{
    qputenv("LOGDECK_TOKEN", "token");
    const Captured fetched = runCommand<FetchCommand>(
        {QStringLiteral("--url"), m_server.baseUrl().toString(), QStringLiteral("--source"),
         QStringLiteral("webhook-deliveries"), QStringLiteral("--delivery-state"),
         QStringLiteral("delivered"), QStringLiteral("--page-size"), QStringLiteral("10")});
    QCOMPARE(fetched.exitCode, 0);
    const QList<QJsonObject> records = jsonLines(fetched.out);
    QCOMPARE(records.size(), 10);
    for (const QJsonObject &r : records)
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    const QUrlQuery asked(m_server.requests.constLast());
    QCOMPARE(asked.queryItemValue(QStringLiteral("state")), QStringLiteral("delivered"));
    QCOMPARE(m_server.requests.constLast().path(), QStringLiteral("/api/webhooks/deliveries"));
    // A flag of another source is refused for this one.
    const Captured refused = runCommand<FetchCommand>(
        {QStringLiteral("--url"), m_server.baseUrl().toString(), QStringLiteral("--source"),
         QStringLiteral("webhook-deliveries"), QStringLiteral("--channel"), QStringLiteral("sms")});
    QCOMPARE(refused.exitCode, 2);
}

QTEST_MAIN(TestSixthSource)
#include "tst_sixthsource.moc"
