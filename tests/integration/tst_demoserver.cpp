#include <QTest>
class TestDemoServer : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
