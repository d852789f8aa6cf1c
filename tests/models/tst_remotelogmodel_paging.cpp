// RemoteLogModel's paging logic over a page source the test drives (FakePageSource) and
// the scheduler's clock set by hand: every step happens when the test says, so these run
// in milliseconds and the same way on a busy machine. The integration suite
// (tests/integration/tst_remotelogmodel.cpp) runs the same model against the demo server.
#include "FakePageSource.h"
#include "itemmodels/RemoteLogModel.h"
#include "itemmodels/ViewportScheduler.h"
#include "sources/BuiltinSources.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

class TestRemoteLogModelPaging : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void firstPageGivesTheRows();
    void onlyThePagesInViewAreFetched();
    void scrolledPastPagesAreCancelled();
    void arrivalsStayHiddenUntilRefresh();
    void refreshKeepsTheSelection();
    void aClampedFirstPageStartsOver();
    void answersOutOfOrderLandWhereTheyBelong();

private:
    QString idAt(int row) const
    {
        return m_model->index(row, m_idColumn).data(LogRoles::RecordIdRole).toString();
    }
    // Asks for a row as a painting view would, then lets the scheduler's pause pass.
    void view(int row);

    FakePageSource *m_source = nullptr;
    RemoteLogModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_now = 0;
    int m_idColumn = -1;
};

void TestRemoteLogModelPaging::init()
{
    m_source = new FakePageSource;
    m_source->addRecords(1000);
    m_model = new RemoteLogModel(m_source);
    m_source->setParent(m_model);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_now = 1000;
    m_model->scheduler()->setClock([this] { return m_now; });
    Query q;
    q.source = Sources::CommAdmin;
    q.pageSize = 50;
    m_model->setQuery(q);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->headerData(c, Qt::Horizontal, LogRoles::ColumnKeyRole).toString() == u"id")
            m_idColumn = c;
    }
}

void TestRemoteLogModelPaging::cleanup()
{
    m_tester.reset();
    delete m_model;
}

void TestRemoteLogModelPaging::view(int row)
{
    m_model->index(row, 0).data();
    m_now += ViewportScheduler::SettleMs + 1;
    QVERIFY(QTest::qWaitFor([this] { return m_model->scheduler()->delayMs() < 0; }, 5000));
}

void TestRemoteLogModelPaging::firstPageGivesTheRows()
{
    QCOMPARE(m_source->waiting().size(), 1);
    QCOMPARE(m_source->waiting().constFirst().page, 0);
    QVERIFY(m_model->isLoading());
    QSignalSpy total(m_model, &RemoteLogModel::totalChanged);
    m_source->answer();
    QCOMPARE(total.size(), 1);
    QCOMPARE(m_model->rowCount(), 1000);
    QCOMPARE(idAt(0), QStringLiteral("r1000"));
    QCOMPARE(idAt(49), QStringLiteral("r951"));
    QVERIFY(m_model->index(50, 0).data(LogRoles::IsPlaceholderRole).toBool());
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_source->remembered, 1); // written through for offline use
}

void TestRemoteLogModelPaging::onlyThePagesInViewAreFetched()
{
    m_source->answer();
    view(900); // page 18, and one ahead
    QCOMPARE(m_source->waiting().size(), 2);
    QCOMPARE(m_source->waiting().at(0).page + m_source->waiting().at(1).page, 18 + 19);
    m_source->answer();
    QCOMPARE(idAt(900), QStringLiteral("r100"));
    QCOMPARE(m_model->requestCount(), 3); // not 19: the pages in between were never asked for
}

void TestRemoteLogModelPaging::scrolledPastPagesAreCancelled()
{
    m_source->answer();
    view(500); // pages 10 and 11 asked…
    QCOMPARE(m_source->waiting().size(), 2);
    view(950); // …but the view moved on before they came
    QCOMPARE(m_source->cancelled, 2);
    QCOMPARE(m_model->cancelledCount(), 2);
    m_source->answer();
    QCOMPARE(idAt(950), QStringLiteral("r50"));
    QVERIFY(m_model->index(500, 0).data(LogRoles::IsPlaceholderRole).toBool());
}

void TestRemoteLogModelPaging::arrivalsStayHiddenUntilRefresh()
{
    m_source->answer();
    m_source->addRecords(7); // arrived while the user pages
    view(100);
    m_source->answer();
    // The first answer to show the growth voids the requests made for the old positions;
    // the view, painting again, asks for what it still lacks.
    view(100);
    m_source->answer();
    // The rows shown stay where they are, and no record is shown twice.
    QCOMPARE(m_model->rowCount(), 1000);
    QCOMPARE(m_model->hiddenArrivalCount(), 7);
    QCOMPARE(idAt(49), QStringLiteral("r951"));
    QCOMPARE(idAt(100), QStringLiteral("r900"));
    QSignalSpy arrived(m_model, &RemoteLogModel::newRecordsArrived);
    m_model->refresh();
    m_source->answer();
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.first().first().toInt(), 7);
    QCOMPARE(m_model->rowCount(), 1007);
    QCOMPARE(idAt(0), QStringLiteral("r1007"));
    QCOMPARE(idAt(7), QStringLiteral("r1000"));
    QCOMPARE(m_model->hiddenArrivalCount(), 0);
}

void TestRemoteLogModelPaging::refreshKeepsTheSelection()
{
    m_source->answer();
    view(120);
    m_source->answer();
    QItemSelectionModel selection(m_model);
    selection.setCurrentIndex(m_model->index(120, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selected = selection.currentIndex().data(LogRoles::RecordIdRole).toString();
    QCOMPARE(selected, QStringLiteral("r880"));
    m_source->addRecords(3);
    m_model->refresh(); // polls the top first…
    m_source->answer();
    m_source->answer(); // …then the pages it holds again
    QCOMPARE(selection.currentIndex().row(), 123);
    QCOMPARE(selection.currentIndex().data(LogRoles::RecordIdRole).toString(), selected);
}

void TestRemoteLogModelPaging::aClampedFirstPageStartsOver()
{
    m_source->maxPageSize = 20;
    m_source->answer(); // 20 records where 50 were asked: the server's maximum
    QCOMPARE(m_model->effectivePageSize(), 20);
    QCOMPARE(m_source->waiting().size(), 1);
    QCOMPARE(m_source->waiting().constFirst().query.pageSize, 20);
    m_source->answer();
    view(25);
    m_source->answer();
    for (int row = 0; row < 40; ++row)
        QCOMPARE(idAt(row), QStringLiteral("r%1").arg(1000 - row));
}

void TestRemoteLogModelPaging::answersOutOfOrderLandWhereTheyBelong()
{
    m_source->answer();
    view(100);
    view(200);
    view(150);
    QVERIFY(m_source->waiting().size() >= 2);
    m_source->answer(true);
    QCOMPARE(idAt(150), QStringLiteral("r850"));
    QCOMPARE(idAt(199), QStringLiteral("r801"));
}

QTEST_GUILESS_MAIN(TestRemoteLogModelPaging)
#include "tst_remotelogmodel_paging.moc"
