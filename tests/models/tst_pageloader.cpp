#include "FakePageSource.h"
#include "itemmodels/PageLoader.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

// The pages of one query over a page source the test answers by hand: what is stored
// where, what a clamped first page, a date range and records arriving on top do.
class TestPageLoader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void storesWhatIsAnswered();
    void aClampedFirstPageIsLearned();
    void requestsOutsideTheReachAreCancelled();
    void aDateRangeIsBisectedToItsBlock();
    void arrivalsOnTopMoveThePagesDown();
    void badBoundsAreReported();

private:
    void start(const Query &query);
    static Query query(int pageSize = 50);

    FakePageSource *m_source = nullptr;
    PageLoader *m_loader = nullptr;
};

void TestPageLoader::init()
{
    m_loader = new PageLoader;
    m_source = new FakePageSource(m_loader);
    m_source->addRecords(1000);
    m_loader->setSource(m_source);
}

void TestPageLoader::cleanup()
{
    delete m_loader;
}

Query TestPageLoader::query(int pageSize)
{
    Query q;
    q.source = Sources::CommAdmin;
    q.pageSize = pageSize;
    return q;
}

void TestPageLoader::start(const Query &q)
{
    QVERIFY(!m_loader->reset(SourceDefinitions::get(q.source), q));
    m_loader->start();
}

void TestPageLoader::storesWhatIsAnswered()
{
    QSignalSpy stored(m_loader, &PageLoader::pageStored);
    QSignalSpy loading(m_loader, &PageLoader::loadingChanged);
    start(query());
    QVERIFY(m_loader->isLoading());
    QCOMPARE(m_source->waiting().size(), 1);
    QCOMPARE(m_source->answer(), 1);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).at(0).toInt(), 0); // page
    QCOMPARE(stored.at(0).at(1).toLongLong(), 0); // first row
    QCOMPARE(stored.at(0).at(2).toInt(), 50); // rows
    QCOMPARE(m_loader->serverTotal(), std::optional<qint64>(1000));
    QVERIFY(m_loader->isPageLoaded(0));
    QVERIFY(!m_loader->isPageLoaded(1));
    QCOMPARE(m_loader->recordAt(49)->value(QStringLiteral("id")).toString(), m_source->ids().at(49));
    QVERIFY(!m_loader->recordAt(50));
    QCOMPARE(m_source->remembered, 1); // written through
    QVERIFY(!m_loader->isLoading());
    QCOMPARE(loading.size(), 2);

    m_loader->requestAll({3, 7});
    m_loader->requestAll({3}); // on its way already
    QCOMPARE(m_source->waiting().size(), 2);
    m_source->answer(true); // out of order
    QCOMPARE(m_loader->loadedPage(7)->constFirst().value(QStringLiteral("id")).toString(),
             m_source->ids().at(350));
    QCOMPARE(m_loader->loadedPage(3)->size(), qsizetype(50));
    QCOMPARE(m_loader->requests().requestCount(), 3);
}

void TestPageLoader::aClampedFirstPageIsLearned()
{
    m_source->maxPageSize = 20; // the server sends 20 where 50 were asked for
    QSignalSpy learned(m_loader, &PageLoader::pageSizeLearned);
    QSignalSpy stored(m_loader, &PageLoader::pageStored);
    start(query());
    m_source->answer();
    QCOMPARE(learned.size(), 1);
    QCOMPARE(stored.size(), 0); // not stored under the wrong page size
    start(query());
    QCOMPARE(m_loader->pageSize(), 20);
    QCOMPARE(m_source->waiting().constFirst().query.pageSize, 20);
    m_source->answer();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).at(2).toInt(), 20);
}

void TestPageLoader::requestsOutsideTheReachAreCancelled()
{
    start(query());
    m_source->answer();
    m_loader->requestAll({1, 2, 3, 4});
    m_loader->cancelOutside({3, 4});
    QCOMPARE(m_source->cancelled, 2);
    QCOMPARE(m_loader->requests().cancelledCount(), 2);
    QCOMPARE(m_loader->requests().pages().size(), 2);
    QSignalSpy stored(m_loader, &PageLoader::pageStored);
    m_source->answer();
    QCOMPARE(stored.size(), 2);
    m_loader->requestAll({5});
    m_loader->stop();
    QVERIFY(m_source->waiting().isEmpty());
    QVERIFY(!m_loader->isLoading());
}

void TestPageLoader::aDateRangeIsBisectedToItsBlock()
{
    // FakePageSource: r1 … r1000 a minute apart from 2026-04-15 10:00 UTC, newest first.
    const QDateTime start0(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC);
    Query q = query(20);
    q.setFilter(QLatin1String(Query::From), start0.addSecs(60 * 301).toString(Qt::ISODate)); // r301
    q.setFilter(QLatin1String(Query::To), start0.addSecs(60 * 650).toString(Qt::ISODate)); // r650
    QSignalSpy resolved(m_loader, &PageLoader::rangeResolved);
    start(q);
    QVERIFY(m_loader->range().isBisecting());
    for (int round = 0; round < 50 && resolved.isEmpty(); ++round)
        QVERIFY(m_source->answer() > 0);
    QCOMPARE(resolved.size(), 1);
    const QStringList ids = m_source->ids();
    QCOMPARE(resolved.at(0).at(0).toLongLong(), qint64(ids.indexOf(QStringLiteral("r650"))));
    QCOMPARE(resolved.at(0).at(1).toLongLong(), qint64(ids.indexOf(QStringLiteral("r301")) + 1));
    QCOMPARE(m_loader->origin(), qint64(ids.indexOf(QStringLiteral("r650"))));
    QVERIFY(resolved.at(0).at(2).toInt() < 20); // pages, not the whole list
    QVERIFY(!m_loader->range().isBisecting());
    QVERIFY(!m_loader->isLoading());
}

void TestPageLoader::arrivalsOnTopMoveThePagesDown()
{
    start(query());
    m_source->answer();
    const QString oldTop = m_source->ids().constFirst();
    m_source->addRecords(5);
    m_loader->requestAll({1});
    m_source->answer(); // total 1005: everything moved 5 down
    QCOMPARE(m_loader->origin(), qint64(5));
    QCOMPARE(m_loader->hiddenArrivals(), qint64(5));
    QCOMPARE(m_loader->recordAt(5)->value(QStringLiteral("id")).toString(), oldTop);
    QCOMPARE(m_loader->recordAt(50)->value(QStringLiteral("id")).toString(), m_source->ids().at(50));

    // The first page polled again: 5 above the old top, then shown.
    QSignalSpy polled(m_loader, &PageLoader::topPolled);
    m_loader->pollTop(false);
    m_source->answer();
    QCOMPARE(polled.size(), 1);
    const Page top = polled.at(0).at(0).value<Page>();
    QCOMPARE(m_loader->arrivalsIn(top), qint64(5));
    m_loader->insertOnTop(5);
    QCOMPARE(m_loader->origin(), qint64(0));
    QCOMPARE(m_loader->replaceTop(top), 50);
    QCOMPARE(m_loader->recordAt(0)->value(QStringLiteral("id")).toString(), m_source->ids().constFirst());
    QCOMPARE(m_loader->recordAt(5)->value(QStringLiteral("id")).toString(), oldTop);
}

void TestPageLoader::badBoundsAreReported()
{
    Query q = query();
    q.setFilter(QLatin1String(Query::To), QStringLiteral("not a date"));
    const auto why = m_loader->reset(SourceDefinitions::get(q.source), q);
    QVERIFY(why);
    QSignalSpy failed(m_loader, &PageLoader::failed);
    m_loader->report(ApiError(ApiError::Kind::Validation, 0, *why, QString()));
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_source->waiting().isEmpty());
}

QTEST_GUILESS_MAIN(TestPageLoader)
#include "tst_pageloader.moc"
