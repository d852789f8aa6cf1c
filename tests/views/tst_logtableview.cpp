#include "FakePageSource.h"
#include "LogTableView.h"
#include "itemmodels/RemoteLogModel.h"
#include "sources/BuiltinSources.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The log table over a model with the log roles (here a RemoteLogModel on a page source
// the test answers by hand).
class TestLogTableView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultLayoutFromTheDefinition();
    void copiesTheSelectionAsTsv();
    void enterOpensTheRecord();
    void layoutIsRememberedPerKey();
    void unsortableColumnsSaySo();

private:
    int column(const QString &key) const;
    FakePageSource *m_source = nullptr;
    RemoteLogModel *m_model = nullptr;
    LogTableView *m_view = nullptr;
};

void TestLogTableView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logtableview"));
    QSettings().clear();
}

void TestLogTableView::init()
{
    m_source = new FakePageSource;
    m_source->addRecords(30);
    m_model = new RemoteLogModel(m_source);
    m_source->setParent(m_model);
    Query q;
    q.source = Sources::CommAdmin;
    q.pageSize = 50;
    m_model->setQuery(q);
    m_source->answer();
    m_view = new LogTableView;
    m_view->setModel(m_model);
    m_view->applyDefaultLayout(m_model->definition());
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestLogTableView::cleanup()
{
    delete m_view;
    delete m_model;
}

int TestLogTableView::column(const QString &key) const
{
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->headerData(c, Qt::Horizontal, LogRoles::ColumnKeyRole).toString() == key)
            return c;
    }
    return -1;
}

void TestLogTableView::defaultLayoutFromTheDefinition()
{
    const SourceDefinition &def = m_model->definition();
    for (int c = 0; c < def.columns.size(); ++c)
        QCOMPARE(m_view->horizontalHeader()->isSectionHidden(c), !def.columns.at(c).visible);
    QCOMPARE(m_view->horizontalHeader()->sectionSize(column(QStringLiteral("content"))), 280);
}

void TestLogTableView::copiesTheSelectionAsTsv()
{
    m_view->selectRow(0);
    m_view->selectionModel()->select(m_model->index(2, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_view->selectedRows(), (QList<int> {0, 2}));
    const QStringList lines = m_view->selectionAsTsv().trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3); // the header and two rows
    QVERIFY(lines.at(0).contains(QStringLiteral("Send status")));
    QVERIFY(lines.at(1).contains(QStringLiteral("r30")));
    QVERIFY(lines.at(1).contains(QStringLiteral("\tsent\t"))); // raw values, not the words
    QSignalSpy copied(m_view, &LogTableView::copied);
    QTest::keySequence(m_view, QKeySequence::Copy);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().first().toInt(), 2);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_view->selectionAsTsv());
    QVERIFY(m_view->selectionAsJson().contains(QStringLiteral("\"r28\"")));
}

void TestLogTableView::enterOpensTheRecord()
{
    QSignalSpy activated(m_view, &LogTableView::recordActivated);
    m_view->setCurrentIndex(m_model->index(4, 0));
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toModelIndex().row(), 4);
}

void TestLogTableView::layoutIsRememberedPerKey()
{
    const int content = column(QStringLiteral("content"));
    m_view->horizontalHeader()->resizeSection(content, 111);
    m_view->horizontalHeader()->setSectionHidden(column(QStringLiteral("provider")), true);
    m_view->saveLayout(QStringLiteral("layout/test"));
    m_view->applyDefaultLayout(m_model->definition());
    QCOMPARE(m_view->horizontalHeader()->sectionSize(content), 280);
    QVERIFY(m_view->restoreLayout(QStringLiteral("layout/test")));
    QCOMPARE(m_view->horizontalHeader()->sectionSize(content), 111);
    QVERIFY(m_view->horizontalHeader()->isSectionHidden(column(QStringLiteral("provider"))));
    QVERIFY(!m_view->restoreLayout(QStringLiteral("layout/none")));
}

void TestLogTableView::unsortableColumnsSaySo()
{
    // The communication APIs sort by nothing but their default order.
    QSignalSpy refused(m_view, &LogTableView::sortRefused);
    const int channel = column(QStringLiteral("channel"));
    const QRect header =
        QRect(m_view->horizontalHeader()->sectionViewportPosition(channel), 0,
              m_view->horizontalHeader()->sectionSize(channel), m_view->horizontalHeader()->height());
    QTest::mouseClick(m_view->horizontalHeader()->viewport(), Qt::LeftButton, {}, header.center());
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(), QStringLiteral("Channel"));
    QCOMPARE(m_source->waiting().size(), 0); // nothing was asked of the server
}

QTEST_MAIN(TestLogTableView)
#include "tst_logtableview.moc"
