#include "itemmodels/FacetModel.h"
#include "sources/BuiltinSources.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The facet tree: filters and their values with counts, checked by Qt's model tester.
class TestFacetModel : public QObject
{
    Q_OBJECT

private slots:
    void valuesAreListedUnderTheirFilters();
};

void TestFacetModel::valuesAreListedUnderTheirFilters()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QList<Overview::Facet> facets;
    facets.append(
        {QStringLiteral("channel"), {{QStringLiteral("email"), 30}, {QStringLiteral("sms"), 12}}, true});
    facets.append({QStringLiteral("status"), {{QStringLiteral("failed"), 7}}, true});
    facets.append(
        {QStringLiteral("user_id"), {{QStringLiteral("usr_1"), 9}, {QStringLiteral("usr_2"), 3}}, false});
    model.setFacets(Sources::CommAdmin, facets, {{QStringLiteral("status"), QStringLiteral("failed")}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    const QModelIndex channel = model.index(0, 0);
    QCOMPARE(channel.data(FacetModel::KeyRole).toString(), QStringLiteral("channel"));
    QCOMPARE(channel.data().toString(), QStringLiteral("Channel"));
    // Every channel, push with none.
    QCOMPARE(model.rowCount(channel), 3);
    QCOMPARE(model.index(0, 0, channel).data(FacetModel::ValueRole).toString(), QStringLiteral("email"));
    QCOMPARE(model.index(0, 1, channel).data(FacetModel::CountRole).toLongLong(), qint64(30));
    QCOMPARE(model.index(2, 0, channel).data(FacetModel::ValueRole).toString(), QStringLiteral("push"));
    QCOMPARE(model.index(2, 1, channel).data(FacetModel::CountRole).toLongLong(), qint64(0));
    QCOMPARE(model.index(0, 0, channel).parent(), channel);
    // The value filtered on is marked; a free-text filter says it lists its top values.
    const QModelIndex status = model.index(1, 0);
    QCOMPARE(model.rowCount(status), 4);
    QVERIFY(model.index(0, 0, status).data(FacetModel::SelectedRole).toBool());
    QVERIFY(!model.index(1, 0, status).data(FacetModel::SelectedRole).toBool());
    QVERIFY(model.index(2, 0).data().toString().contains(QStringLiteral("2")));
    QCOMPARE(model.rowCount(model.index(2, 0)), 2);
    QCOMPARE(model.rowCount(model.index(0, 1)), 0); // only column 0 has children
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"
