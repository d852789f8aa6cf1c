// JsonTreeModel: a payload as a foldable Key | Value tree.
#include "itemmodels/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void objectsAndArraysAreBranches();
    void leavesShowTheirValuesAsWritten();
    void textThatIsNotJsonIsOneLeaf();
};

namespace
{
QString text(const QAbstractItemModel &model, const QModelIndex &index, int column)
{
    return model.index(index.row(), column, index.parent()).data().toString();
}

QModelIndex childNamed(const QAbstractItemModel &model, const QString &key, const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, JsonTreeModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}
} // namespace

void TestJsonTreeModel::objectsAndArraysAreBranches()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject payload {
        {QStringLiteral("applicationCode"), QStringLiteral("CRM")},
        {QStringLiteral("data"),
         QJsonObject {{QStringLiteral("amount"), 382.93},
                      {QStringLiteral("orderId"), QStringLiteral("SO-1")}}},
        {QStringLiteral("recipients"),
         QJsonArray {QJsonObject {
             {QStringLiteral("channels"), QJsonArray {QStringLiteral("email"), QStringLiteral("push")}},
             {QStringLiteral("userId"), QStringLiteral("usr_0500")}}}},
    };
    model.setJson(payload);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("Key"));

    const QModelIndex data = childNamed(model, QStringLiteral("data"));
    QVERIFY(data.isValid());
    QCOMPARE(text(model, data, JsonTreeModel::ValueColumn), QStringLiteral("{2}"));
    QCOMPARE(model.rowCount(data), 2);
    const QModelIndex orderId = childNamed(model, QStringLiteral("orderId"), data);
    QCOMPARE(orderId.parent(), data);
    QCOMPARE(text(model, orderId, JsonTreeModel::ValueColumn), QStringLiteral("SO-1"));

    const QModelIndex recipients = childNamed(model, QStringLiteral("recipients"));
    QCOMPARE(text(model, recipients, JsonTreeModel::ValueColumn), QStringLiteral("[1]"));
    const QModelIndex first = childNamed(model, QStringLiteral("[0]"), recipients);
    QVERIFY(first.isValid());
    const QModelIndex channels = childNamed(model, QStringLiteral("channels"), first);
    QCOMPARE(text(model, channels, JsonTreeModel::ValueColumn), QStringLiteral("[2]"));
    QCOMPARE(text(model, model.index(1, 0, channels), JsonTreeModel::ValueColumn), QStringLiteral("push"));
    QCOMPARE(model.index(1, 0, channels).parent().parent(), first);

    // A top-level array: its items are the rows.
    model.setJson(QJsonArray {1, 2, 3});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("[2]"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::leavesShowTheirValuesAsWritten()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setText(QStringLiteral(R"({"amount": 382.93, "count": 12, "big": 9007199254740991,
                                             "ratio": -0.1, "small": 1.5e-7, "ok": true, "none": null,
                                             "name": "订单"})")));
    auto value = [&model](const char *key) {
        const QModelIndex index = childNamed(model, QLatin1String(key));
        return model.index(index.row(), JsonTreeModel::ValueColumn).data().toString();
    };
    // Not the nearest 17 digits (382.93000000000001): what the server wrote.
    QCOMPARE(value("amount"), QStringLiteral("382.93"));
    QCOMPARE(value("count"), QStringLiteral("12"));
    QCOMPARE(value("big"), QStringLiteral("9007199254740991"));
    QCOMPARE(value("ratio"), QStringLiteral("-0.1"));
    QCOMPARE(value("small").toDouble(), 1.5e-7);
    QCOMPARE(value("ok"), QStringLiteral("true"));
    QCOMPARE(value("none"), QStringLiteral("null"));
    QCOMPARE(value("name"), QStringLiteral("订单"));
    QCOMPARE(model.rowCount(childNamed(model, QStringLiteral("amount"))), 0);
}

void TestJsonTreeModel::textThatIsNotJsonIsOneLeaf()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.setText(QStringLiteral("plain text, {not json")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("plain text, {not json"));
    QVERIFY(!model.setText(QString()));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
