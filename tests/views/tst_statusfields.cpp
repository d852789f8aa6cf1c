#include "FakePageSource.h"
#include "StatusFields.h"
#include "core/Translations.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "itemmodels/ViewportScheduler.h"
#include "net/ApiClient.h"
#include "sources/BuiltinSources.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

// The status bar's words for what is shown: nothing, a server's source, a dataset.
class TestStatusFields : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nothingShown();
    void aServersSource();
    void aDataset();

private:
    Translations m_translations; // English plurals ("1 request", "2 requests")
};

void TestStatusFields::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_translations.install(QStringLiteral("en")));
}

void TestStatusFields::nothingShown()
{
    QStatusBar bar;
    StatusFields status(&bar);
    status.showNothing(false);
    QCOMPARE(status.text(), QStringLiteral("Not connected"));
    status.showNothing(true);
    QCOMPARE(status.text(), QStringLiteral("Choose a source"));
    QCOMPARE(bar.findChildren<QLabel *>().size(), 4);
}

void TestStatusFields::aServersSource()
{
    auto *source = new FakePageSource;
    source->addRecords(1000);
    RemoteLogModel model(source);
    source->setParent(&model);
    qint64 now = 1000;
    model.scheduler()->setClock([&now] { return now; });
    Query q;
    q.source = Sources::CommAdmin;
    q.pageSize = 50;
    model.setQuery(q);
    ApiClient client;
    QStatusBar bar;
    StatusFields status(&bar);

    status.showServer(&model, &client, {});
    QCOMPARE(status.text(), QStringLiteral("0 rows loaded | 0 requests in flight | Live"));
    now += 42;
    source->answer();
    status.showServer(&model, &client, {});
    QCOMPARE(status.text(),
             QStringLiteral("50 of 1,000 rows loaded | 0 requests in flight | last response 42 ms | Live"));
    status.showServer(&model, &client, QStringLiteral("12/1/26 9:30 AM"));
    QVERIFY(status.text().endsWith(QStringLiteral("| Cached (12/1/26 9:30 AM)")));
    model.setLiveTail(true, 60000);
    status.showServer(&model, &client, {});
    QVERIFY(status.text().endsWith(QStringLiteral("| Live tail")));
}

void TestStatusFields::aDataset()
{
    DatasetLogModel dataset; // not opened yet: its count is not known
    QStatusBar bar;
    StatusFields status(&bar);
    status.showDataset(&dataset, QStringLiteral("april.logdeck"));
    QCOMPARE(status.text(), QStringLiteral("Counting… | Dataset: april.logdeck"));
}

QTEST_MAIN(TestStatusFields)
#include "tst_statusfields.moc"
