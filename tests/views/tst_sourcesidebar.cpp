#include "SourceSidebar.h"
#include "sources/BuiltinSources.h"
#include "sources/EnumText.h"
#include "sources/SourceRegistry.h"

#include <QSignalSpy>
#include <QTest>

// The connections with their sources, and the open datasets.
class TestSourceSidebar : public QObject
{
    Q_OBJECT
private slots:
    void everyRegisteredSourceUnderAConnection();
    void unavailableSourcesAreGreyedOut();
    void activationSaysWhich();
    void datasets();
};

void TestSourceSidebar::everyRegisteredSourceUnderAConnection()
{
    SourceSidebar sidebar;
    sidebar.addConnection(QStringLiteral("c1"), QStringLiteral("Production"));
    const QList<SourceKind> kinds = SourceRegistry::instance().kinds();
    for (const SourceKind &kind : kinds) {
        QTreeWidgetItem *item = sidebar.sourceItem(QStringLiteral("c1"), kind);
        QVERIFY2(item, qPrintable(kind.key()));
        QCOMPARE(item->text(0), EnumText::sourceTitle(kind));
        QCOMPARE(item->parent()->text(0), QStringLiteral("Production"));
    }
    QCOMPARE(sidebar.sourceItem(QStringLiteral("c1"), Sources::ApiLogs)->parent()->childCount(),
             kinds.size());
    sidebar.renameConnection(QStringLiteral("c1"), QStringLiteral("Staging"));
    QCOMPARE(sidebar.sourceItem(QStringLiteral("c1"), Sources::ApiLogs)->parent()->text(0),
             QStringLiteral("Staging"));
    sidebar.removeConnection(QStringLiteral("c1"));
    QVERIFY(!sidebar.sourceItem(QStringLiteral("c1"), Sources::ApiLogs));
}

void TestSourceSidebar::unavailableSourcesAreGreyedOut()
{
    SourceSidebar sidebar;
    sidebar.addConnection(QStringLiteral("c1"), QStringLiteral("Production"));
    QVERIFY(sidebar.isSourceAvailable(QStringLiteral("c1"), Sources::CommAdmin));
    sidebar.setSourceUnavailable(QStringLiteral("c1"), Sources::CommAdmin,
                                 QStringLiteral("403: admins only"));
    QVERIFY(!sidebar.isSourceAvailable(QStringLiteral("c1"), Sources::CommAdmin));
    QVERIFY(sidebar.sourceItem(QStringLiteral("c1"), Sources::CommAdmin)
                ->toolTip(0)
                .contains(QStringLiteral("403")));
    QVERIFY(sidebar.isSourceAvailable(QStringLiteral("c1"), Sources::CommMine));
    sidebar.setSourceUnavailable(QStringLiteral("c1"), Sources::CommAdmin, QString());
    QVERIFY(sidebar.isSourceAvailable(QStringLiteral("c1"), Sources::CommAdmin));
}

void TestSourceSidebar::activationSaysWhich()
{
    SourceSidebar sidebar;
    sidebar.addConnection(QStringLiteral("c1"), QStringLiteral("Production"));
    sidebar.addConnection(QStringLiteral("c2"), QStringLiteral("Staging"));
    sidebar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
    QSignalSpy activated(&sidebar, &SourceSidebar::sourceActivated);
    sidebar.setCurrentItem(sidebar.sourceItem(QStringLiteral("c2"), Sources::MfaAudit));
    QTRY_VERIFY(!activated.isEmpty());
    QCOMPARE(activated.last().at(0).toString(), QStringLiteral("c2"));
    QCOMPARE(activated.last().at(1).value<SourceKind>(), Sources::MfaAudit);
    // A greyed-out source stays selectable: the user reads why, and retries after a
    // token change.
    sidebar.setSourceUnavailable(QStringLiteral("c1"), Sources::ApiLogs, QStringLiteral("403"));
    sidebar.setCurrentItem(sidebar.sourceItem(QStringLiteral("c1"), Sources::ApiLogs));
    QCOMPARE(activated.last().at(1).value<SourceKind>(), Sources::ApiLogs);
    // The window moving the selection itself is not the user choosing a source.
    const qsizetype before = activated.size();
    sidebar.setCurrentSource(QStringLiteral("c1"), Sources::CommMine);
    QCOMPARE(activated.size(), before);
    QCOMPARE(sidebar.currentItem(), sidebar.sourceItem(QStringLiteral("c1"), Sources::CommMine));
}

void TestSourceSidebar::datasets()
{
    SourceSidebar sidebar;
    QSignalSpy activated(&sidebar, &SourceSidebar::datasetActivated);
    sidebar.addDataset(QStringLiteral("/tmp/a.logdeck"), QStringLiteral("a.logdeck"),
                       QStringLiteral("1,000 records"));
    sidebar.addDataset(QStringLiteral("/tmp/b.logdeck"), QStringLiteral("b.logdeck"), QString());
    sidebar.setCurrentDataset(QStringLiteral("/tmp/a.logdeck")); // programmatic: no signal
    QCOMPARE(activated.size(), 0);
    QCOMPARE(sidebar.currentItem()->text(0), QStringLiteral("a.logdeck"));
    QTreeWidgetItem *b = sidebar.currentItem()->parent()->child(1);
    sidebar.setCurrentItem(b); // the user's click
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("/tmp/b.logdeck"));
    sidebar.setCurrentDataset(QStringLiteral("/tmp/a.logdeck"));
    sidebar.setDatasetTitle(QStringLiteral("/tmp/a.logdeck"), QStringLiteral("renamed"));
    QCOMPARE(sidebar.currentItem()->text(0), QStringLiteral("renamed"));
    sidebar.setDatasetToolTip(QStringLiteral("/tmp/a.logdeck"), QStringLiteral("2 records"));
    QCOMPARE(sidebar.currentItem()->toolTip(0), QStringLiteral("2 records"));
}

QTEST_MAIN(TestSourceSidebar)
#include "tst_sourcesidebar.moc"
