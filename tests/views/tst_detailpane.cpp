#include "DetailPane.h"
#include "itemmodels/RecordFieldsModel.h"
#include "itemmodels/StatusHistoryModel.h"
#include "sources/BuiltinSources.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

// One record in its four tabs: fields, status history, payload and raw JSON.
class TestDetailPane : public QObject
{
    Q_OBJECT
private slots:
    void aCommunicationLog();
    void aRecordWithoutPayload();
    void clearShowsThePlaceholder();

private:
    static QJsonObject commLog()
    {
        return {{QStringLiteral("id"), QStringLiteral("log_1")},
                {QStringLiteral("created_at"), QStringLiteral("2026-04-15T10:00:00Z")},
                {QStringLiteral("sent_at"), QStringLiteral("2026-04-15T10:00:02Z")},
                {QStringLiteral("updated_at"), QStringLiteral("2026-04-15T10:00:05Z")},
                {QStringLiteral("status"), QStringLiteral("failed")},
                {QStringLiteral("channel"), QStringLiteral("sms")},
                {QStringLiteral("error"), QStringLiteral("carrier rejected")},
                {QStringLiteral("response"), QStringLiteral(R"({"code":"E42","retry":false})")}};
    }
};

void TestDetailPane::aCommunicationLog()
{
    DetailPane pane;
    pane.show();
    QAbstractItemModelTester history(pane.historyModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester fields(pane.fieldsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.showRecord(SourceDefinitions::get(Sources::CommAdmin), commLog());
    QCOMPARE(pane.record().value(QStringLiteral("id")).toString(), QStringLiteral("log_1"));
    QVERIFY(pane.fieldsModel()->rowCount() >= 8);
    // Created → sent → failed, told from the record's times.
    StatusHistoryModel *steps = pane.historyModel();
    QCOMPARE(steps->rowCount(), 3);
    QCOMPARE(steps->index(2, StatusHistoryModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(steps->index(2, StatusHistoryModel::DetailColumn).data().toString(),
             QStringLiteral("carrier rejected"));
    QCOMPARE(steps->index(2, 0).data(StatusHistoryModel::OutcomeRole).toInt(), int(Outcome::Failure));
    QVERIFY(pane.summaryText().contains(QStringLiteral("5.00 s")));
    // The provider's response, parsed from its text, as a tree.
    auto *payload = pane.findChild<QTreeView *>(QStringLiteral("payloadView"));
    QCOMPARE(payload->model()->rowCount(), 2);
    auto *raw = pane.findChild<QPlainTextEdit *>(QStringLiteral("rawJson"));
    QVERIFY(raw->toPlainText().contains(QStringLiteral("\"carrier rejected\"")));
}

void TestDetailPane::aRecordWithoutPayload()
{
    DetailPane pane;
    pane.show();
    pane.showRecord(SourceDefinitions::get(Sources::MfaAudit),
                    {{QStringLiteral("id"), QStringLiteral("m1")},
                     {QStringLiteral("timestamp"), QStringLiteral("2026-04-15T10:00:00Z")},
                     {QStringLiteral("action"), QStringLiteral("mfa_totp.enabled")},
                     {QStringLiteral("message"), QStringLiteral("enabled by admin")}});
    QCOMPARE(pane.historyModel()->rowCount(), 1); // the single event
    QCOMPARE(pane.historyModel()->index(0, StatusHistoryModel::StatusColumn).data().toString(),
             QStringLiteral("TOTP enabled"));
    pane.tabs()->setCurrentIndex(DetailPane::PayloadTab);
    bool noted = false;
    for (QLabel *label : pane.findChildren<QLabel *>())
        noted |= label->isVisible() && label->text() == u"This record has no payload.";
    QVERIFY(noted);
}

void TestDetailPane::clearShowsThePlaceholder()
{
    DetailPane pane;
    pane.show();
    pane.showRecord(SourceDefinitions::get(Sources::CommAdmin), commLog());
    QVERIFY(pane.tabs()->isVisible());
    pane.clear();
    QVERIFY(!pane.tabs()->isVisible());
    QCOMPARE(pane.historyModel()->rowCount(), 0);
    QVERIFY(pane.record().isEmpty());
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
