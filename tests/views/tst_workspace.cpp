#include "DetailPane.h"
#include "ErrorBanner.h"
#include "FacetPanel.h"
#include "FilterPanel.h"
#include "HistogramView.h"
#include "LogTableView.h"
#include "OverviewController.h"
#include "ScriptedLogServer.h"
#include "Workspace.h"
#include "core/Timestamp.h"
#include "dataset/RecordSink.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/FacetModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "net/ApiClient.h"
#include "net/ConnectionSession.h"
#include "sources/BuiltinSources.h"
#include "store/PageCache.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// What is shown right of the sidebar, against a scripted server over real HTTP: a
// source's rows and filters, only the shown model's news, finding a record by id, what
// an export would take, and a dataset in the same place.
class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aSourceIsShownWithItsFilters();
    void onlyTheShownModelIsFollowed();
    void goToIdSelectsALoadedRow();
    void theExportTakesWhatIsShown();
    void aDatasetTakesThePlace();
    void theHistogramFollowsAndADragSetsTheDates();
    void aFacetValueFilters();

private:
    ConnectionSession *openSession(const QString &id);
    static bool settled(RemoteLogModel *model) { return !model->isLoading() && model->rowCount() > 0; }

    QTemporaryDir m_dir;
    ScriptedLogServer m_server;
    std::unique_ptr<PageCache> m_cache;
    std::unique_ptr<Workspace> m_workspace;
    QList<ConnectionSession *> m_sessions;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
    QSettings().clear();
    m_server.addRecords(120);
}

void TestWorkspace::init()
{
    m_cache = std::make_unique<PageCache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    m_workspace = std::make_unique<Workspace>(m_cache.get());
    m_workspace->resize(1200, 700);
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    qDeleteAll(std::exchange(m_sessions, {}));
    m_cache.reset();
}

ConnectionSession *TestWorkspace::openSession(const QString &id)
{
    Connection c;
    c.id = id;
    c.name = id;
    c.baseUrl = m_server.baseUrl();
    c.pageSize = 50;
    auto *session = new ConnectionSession(c, m_cache.get());
    session->setToken(QStringLiteral("token"));
    m_sessions << session;
    return session;
}

void TestWorkspace::aSourceIsShownWithItsFilters()
{
    ConnectionSession *s = openSession(QStringLiteral("a"));
    QSignalSpy status(m_workspace.get(), &Workspace::statusChanged);
    m_workspace->showSource(s, Sources::CommAdmin);
    QCOMPARE(m_workspace->session(), s);
    QCOMPARE(m_workspace->source(), std::optional<SourceKind>(Sources::CommAdmin));
    QCOMPARE(m_workspace->table()->model(), s->model());
    QCOMPARE(s->model()->query().source, Sources::CommAdmin);
    QTRY_VERIFY_WITH_TIMEOUT(settled(s->model()), 10000);
    QVERIFY(status.size() > 0);
    QCOMPARE(*s->model()->total(), qint64(120));

    // Filters from the panel reach the model, and are kept for the source.
    QSignalSpy queried(m_workspace.get(), &Workspace::queryChanged);
    m_workspace->filters()->setFilters({{QStringLiteral("status"), QStringLiteral("failed")}});
    m_workspace->filters()->apply();
    QCOMPARE(queried.size(), 1);
    QCOMPARE(s->model()->query().filter(QStringLiteral("status")), QStringLiteral("failed"));
    QTRY_VERIFY_WITH_TIMEOUT(!s->model()->isLoading(), 10000);
    QVERIFY(m_server.requests.constLast().query().contains(QStringLiteral("status=failed")));

    m_workspace->clear();
    QVERIFY(!m_workspace->table()->model());
    QVERIFY(!m_workspace->source());
}

void TestWorkspace::onlyTheShownModelIsFollowed()
{
    ConnectionSession *a = openSession(QStringLiteral("a"));
    ConnectionSession *b = openSession(QStringLiteral("b"));
    m_workspace->showSource(a, Sources::CommAdmin);
    QTRY_VERIFY_WITH_TIMEOUT(settled(a->model()), 10000);
    m_workspace->showSource(b, Sources::CommAdmin);
    QTRY_VERIFY_WITH_TIMEOUT(settled(b->model()), 10000);
    // The shown source's histogram counts too: its requests are b's news, not a's.
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->overview()->isCounting() && b->client()->inFlight() == 0, 10000);

    QSignalSpy status(m_workspace.get(), &Workspace::statusChanged);
    QSignalSpy errors(m_workspace.get(), &Workspace::modelError);
    QSignalSpy aLoaded(a->model(), &RemoteLogModel::pageLoaded);
    a->model()->setQuery(a->model()->query()); // not on screen
    QVERIFY(aLoaded.wait(10000));
    Query bad = a->model()->query();
    bad.setFilter(QLatin1String(Query::From), QStringLiteral("junk"));
    a->model()->setQuery(bad);
    QVERIFY(a->model()->lastError());
    QCOMPARE(status.size(), 0);
    QCOMPARE(errors.size(), 0);

    b->model()->setQuery(bad); // on screen
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().value<ApiError>().message().contains(QStringLiteral("junk")));
}

void TestWorkspace::goToIdSelectsALoadedRow()
{
    ConnectionSession *s = openSession(QStringLiteral("a"));
    m_workspace->show();
    m_workspace->showSource(s, Sources::CommAdmin);
    QTRY_VERIFY_WITH_TIMEOUT(settled(s->model()), 10000);
    const QString id = m_server.ids().at(7);
    m_workspace->goToId(id);
    QCOMPARE(m_workspace->table()->currentIndex().row(), 7);
    QCOMPARE(m_workspace->detail()->record().value(QStringLiteral("id")).toVariant().toString(), id);

    // Not loaded and not in the cache: said so, nothing selected anew.
    m_workspace->goToId(QStringLiteral("no-such-id"));
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->banner()->text().contains(QStringLiteral("no-such-id")), 10000);
    QCOMPARE(m_workspace->table()->currentIndex().row(), 7);
}

void TestWorkspace::theExportTakesWhatIsShown()
{
    QVERIFY(!m_workspace->exportScope(false)); // nothing shown
    ConnectionSession *s = openSession(QStringLiteral("a"));
    m_workspace->showSource(s, Sources::CommAdmin);
    QTRY_VERIFY_WITH_TIMEOUT(settled(s->model()), 10000);
    m_workspace->table()->selectionModel()->select(s->model()->index(2, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const auto all = m_workspace->exportScope(false);
    QVERIFY(all);
    QCOMPARE(all->session, s); // the server is asked for everything
    QVERIFY(all->selection.isEmpty());
    QCOMPARE(all->origin, m_server.baseUrl().toString());
    const auto selected = m_workspace->exportScope(true);
    QCOMPARE(selected->selection.size(), qsizetype(1));
    QCOMPARE(selected->selection.first().value(QStringLiteral("id")).toVariant().toString(),
             m_server.ids().at(2));
}

void TestWorkspace::aDatasetTakesThePlace()
{
    const QString path = m_dir.filePath(QStringLiteral("shown.logdeck"));
    auto sink = RecordSink::forPath(path);
    DatasetInfo info;
    info.source = Sources::CommAdmin;
    info.origin = QStringLiteral("http://logs.test");
    QVERIFY(sink->open(path, info));
    QVERIFY(sink->write(m_server.records().mid(0, 5)));
    QVERIFY(sink->finish());
    DatasetLogModel dataset;
    QSignalSpy opened(&dataset, &DatasetLogModel::opened);
    dataset.open(path);
    QVERIFY(opened.wait(10000));

    ConnectionSession *s = openSession(QStringLiteral("a"));
    m_workspace->showSource(s, Sources::CommAdmin);
    QTRY_VERIFY_WITH_TIMEOUT(settled(s->model()), 10000);
    s->model()->setLiveTail(true, 60000);
    m_workspace->showDataset(&dataset, nullptr);
    QVERIFY(!s->model()->isLiveTail()); // nobody sees it poll
    QVERIFY(!m_workspace->session());
    QVERIFY(!m_workspace->logModel());
    QCOMPARE(m_workspace->dataset(), &dataset);
    QCOMPARE(m_workspace->table()->model(), &dataset);
    QTRY_COMPARE_WITH_TIMEOUT(dataset.rowCount(), 5, 10000);
    const auto scope = m_workspace->exportScope(false);
    QVERIFY(!scope->session); // a dataset holds what it holds
    QCOMPARE(scope->origin, QStringLiteral("http://logs.test"));
    m_workspace->clear();
    QVERIFY(!m_workspace->dataset());
}

namespace
{
// A dataset of the scripted server's records, open.
bool openDataset(DatasetLogModel &dataset, const QString &path, const QList<QJsonObject> &records)
{
    auto sink = RecordSink::forPath(path);
    DatasetInfo info;
    info.source = Sources::CommAdmin;
    info.origin = QStringLiteral("http://logs.test");
    if (!sink->open(path, info) || !sink->write(records) || !sink->finish())
        return false;
    QSignalSpy opened(&dataset, &DatasetLogModel::opened);
    dataset.open(path);
    return opened.wait(10000);
}
} // namespace

void TestWorkspace::theHistogramFollowsAndADragSetsTheDates()
{
    DatasetLogModel dataset;
    QVERIFY(openDataset(dataset, m_dir.filePath(QStringLiteral("histogram.logdeck")), m_server.records()));
    m_workspace->show();
    m_workspace->setHistogramShown(true);
    m_workspace->showDataset(&dataset, nullptr);
    HistogramView *h = m_workspace->histogram();
    QTRY_COMPARE_WITH_TIMEOUT(h->histogram().total(), qint64(120), 10000);
    QVERIFY(h->histogram().buckets.size() >= 4);

    // Dragging across buckets 1 to 3 makes their time the date filter.
    const auto buckets = h->histogram().buckets;
    const int y = h->height() / 2;
    QTest::mousePress(h, Qt::LeftButton, {}, QPoint(h->bucketCentre(1), y));
    QTest::mouseMove(h, QPoint(h->bucketCentre(3), y));
    QTest::mouseRelease(h, Qt::LeftButton, {}, QPoint(h->bucketCentre(3), y));
    const auto from = Timestamp::parseMsecs(dataset.query().filter(QStringLiteral("from")));
    const auto to = Timestamp::parseMsecs(dataset.query().filter(QStringLiteral("to")));
    QCOMPARE(from, std::optional<qint64>(buckets.at(1).startMs));
    QCOMPARE(to, std::optional<qint64>(buckets.at(3).endMs - 1));
    QCOMPARE(m_workspace->filters()->filters().value(QStringLiteral("from")).isEmpty(), false);
    const qint64 inRange = buckets.at(1).count + buckets.at(2).count + buckets.at(3).count;
    QTRY_COMPARE_WITH_TIMEOUT(h->histogram().total(), inRange, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dataset.total(), std::optional<qint64>(inRange), 10000);

    // A double-click steps back out to no date filter.
    QTest::mouseDClick(h, Qt::LeftButton, {}, QPoint(h->bucketCentre(0), y));
    QVERIFY(dataset.query().filter(QStringLiteral("from")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(h->histogram().total(), qint64(120), 10000);
}

void TestWorkspace::aFacetValueFilters()
{
    DatasetLogModel dataset;
    QVERIFY(openDataset(dataset, m_dir.filePath(QStringLiteral("facets.logdeck")), m_server.records()));
    m_workspace->show();
    m_workspace->setFacetsShown(true);
    m_workspace->showDataset(&dataset, nullptr);
    FacetModel *model = m_workspace->facets()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    QModelIndex status;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i, 0).data(FacetModel::KeyRole) == QStringLiteral("status"))
            status = model->index(i, 0);
    }
    QVERIFY(status.isValid());
    const QModelIndex first = model->index(0, 0, status);
    const QString value = first.data(FacetModel::ValueRole).toString();
    const qint64 count = first.data(FacetModel::CountRole).toLongLong();
    QTreeView *view = m_workspace->facets()->view();
    view->scrollTo(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QCOMPARE(dataset.query().filter(QStringLiteral("status")), value);
    QCOMPARE(m_workspace->filters()->filters().value(QStringLiteral("status")), value);
    QTRY_COMPARE_WITH_TIMEOUT(dataset.total(), std::optional<qint64>(count), 10000);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
