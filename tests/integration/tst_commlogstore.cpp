#include "CommLogStore.h"

#include <QJsonDocument>
#include <QTest>

// The demo server writes communication-log pages as text without building QJsonObjects:
// byte for byte what QJsonDocument writes of the same records, for every filter, and
// with the Chinese texts as UTF-8.
class TestCommLogStore : public QObject
{
    Q_OBJECT

private slots:
    void pagesAsTextAreWhatQJsonDocumentWrites_data();
    void pagesAsTextAreWhatQJsonDocumentWrites();
    void chineseErrorsAreUtf8();

private:
    DemoDirectory m_directory {7, 60, 5, QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC)};
    CommLogStore m_store {m_directory, 5000};
};

void TestCommLogStore::pagesAsTextAreWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("user");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::newRow("all, the newest") << -1 << -1 << 0 << 0 << 100;
    QTest::newRow("all, deep") << -1 << -1 << 0 << 4321 << 100;
    QTest::newRow("pending") << -1 << 0 << 0 << 0 << 100;
    QTest::newRow("failed sms") << 0 << 2 << 0 << 10 << 57;
    QTest::newRow("delivered email") << 1 << 3 << 0 << 3 << 100;
    QTest::newRow("push of one user") << 2 << -1 << 4 << 0 << 100;
    QTest::newRow("past the end") << -1 << -1 << 0 << 6000 << 20;
}

void TestCommLogStore::pagesAsTextAreWhatQJsonDocumentWrites()
{
    QFETCH(int, channel);
    QFETCH(int, status);
    QFETCH(int, user);
    QFETCH(int, offset);
    QFETCH(int, limit);
    CommLogStore::Filter filter;
    if (channel >= 0)
        filter.channel = channel;
    if (status >= 0)
        filter.status = status;
    if (user > 0)
        filter.user = user;
    const QJsonArray page = m_store.page(filter, offset, limit);
    QCOMPARE(m_store.pageJson(filter, offset, limit), QJsonDocument(page).toJson(QJsonDocument::Compact));
    QJsonArray reversed;
    for (qsizetype i = page.size() - 1; i >= 0; --i)
        reversed.append(page.at(i));
    QCOMPARE(m_store.pageJson(filter, offset, limit, true),
             QJsonDocument(reversed).toJson(QJsonDocument::Compact));
    if (offset < 5000)
        QVERIFY(!page.isEmpty());
}

void TestCommLogStore::chineseErrorsAreUtf8()
{
    CommLogStore::Filter failed;
    failed.status = 2;
    QSet<QString> errors;
    for (const QJsonValue &v : m_store.page(failed, 0, 100))
        errors.insert(v.toObject().value(QStringLiteral("error")).toString());
    const QSet<QString> chinese {QStringLiteral("发送超时"), QStringLiteral("号码已停机"),
                                 QStringLiteral("邮箱不存在"), QStringLiteral("设备未注册")};
    QVERIFY2(errors.intersects(chinese), qPrintable(QStringList(errors.values()).join(u", ")));
    const QByteArray text = m_store.pageJson(failed, 0, 100);
    QVERIFY(text.contains(QStringLiteral("\"error\":\"发送超时\"").toUtf8())
            || text.contains(QStringLiteral("\"error\":\"设备未注册\"").toUtf8()));
}

QTEST_GUILESS_MAIN(TestCommLogStore)
#include "tst_commlogstore.moc"
