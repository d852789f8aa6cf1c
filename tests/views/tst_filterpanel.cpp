#include "FilterPanel.h"
#include "sources/BuiltinSources.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using QStringMap = QMap<QString, QString>;

// The filters of a source, built from its definition.
class TestFilterPanel : public QObject
{
    Q_OBJECT
private slots:
    void editorsFollowTheDefinition();
    void enumChoicesInWords();
    void applyEmitsTheFilters();
    void datesAndPresets();
    void searchOnlyForDatasets();
};

void TestFilterPanel::editorsFollowTheDefinition()
{
    FilterPanel panel;
    panel.setDefinition(SourceDefinitions::get(Sources::CommAdmin));
    QVERIFY(qobject_cast<QComboBox *>(panel.editorFor(QStringLiteral("channel"))));
    QVERIFY(qobject_cast<QLineEdit *>(panel.editorFor(QStringLiteral("user_id"))));
    QVERIFY(!panel.editorFor(QStringLiteral("event_type")));
    // The label is the source's own word: the admin API's target user.
    QStringList labels;
    for (QLabel *l : panel.findChildren<QLabel *>())
        labels << l->text();
    QVERIFY2(labels.contains(QStringLiteral("Target user ID:")), qPrintable(labels.join(u'|')));
    QVERIFY(labels.contains(QStringLiteral("Send status:")));
    // The API has no date parameters: the panel says the range is applied locally.
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("appliedLocallyNote")));

    panel.setDefinition(SourceDefinitions::get(Sources::ApiLogs));
    QVERIFY(!panel.editorFor(QStringLiteral("channel")));
    QVERIFY(qobject_cast<QComboBox *>(panel.editorFor(QStringLiteral("status"))));
    // The server applies this one's dates: the note goes (deleted later, with the old editors).
    QTRY_VERIFY(!panel.findChild<QLabel *>(QStringLiteral("appliedLocallyNote")));
}

void TestFilterPanel::enumChoicesInWords()
{
    FilterPanel panel;
    panel.setDefinition(SourceDefinitions::get(Sources::NotifAudit));
    auto *events = qobject_cast<QComboBox *>(panel.editorFor(QStringLiteral("event_type")));
    QVERIFY(events);
    QCOMPARE(events->count(), 40); // "Any" and the 39 event types
    QVERIFY(events->isEditable()); // a long list is searchable
    const int sent = events->findData(QStringLiteral("NOTIFICATION_SENT"));
    QCOMPARE(events->itemText(sent), QStringLiteral("Notification sent"));
    panel.setDefinition(SourceDefinitions::get(Sources::ApiLogs));
    auto *status = qobject_cast<QComboBox *>(panel.editorFor(QStringLiteral("status")));
    QCOMPARE(status->itemText(status->findData(QStringLiteral("ValidationError"))),
             QStringLiteral("Validation error"));
    QVERIFY(!status->isEditable());
}

void TestFilterPanel::applyEmitsTheFilters()
{
    FilterPanel panel;
    panel.setDefinition(SourceDefinitions::get(Sources::CommAdmin));
    QSignalSpy applied(&panel, &FilterPanel::applied);
    auto *channel = qobject_cast<QComboBox *>(panel.editorFor(QStringLiteral("channel")));
    channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
    auto *user = qobject_cast<QLineEdit *>(panel.editorFor(QStringLiteral("user_id")));
    user->setText(QStringLiteral("  u42 "));
    QTest::keyClick(user, Qt::Key_Return); // Enter applies
    QCOMPARE(applied.size(), 1);
    const auto filters = applied.first().first().value<QStringMap>();
    QCOMPARE(filters.value(QStringLiteral("channel")), QStringLiteral("email"));
    QCOMPARE(filters.value(QStringLiteral("user_id")), QStringLiteral("u42"));
    QVERIFY(!filters.contains(QStringLiteral("status"))); // "Any" is no filter
    // Reset clears and applies.
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("resetFilters")), Qt::LeftButton);
    QCOMPARE(applied.size(), 2);
    QVERIFY(applied.last().first().value<QStringMap>().isEmpty());
    // setFilters shows what it is given.
    panel.setFilters({{QStringLiteral("status"), QStringLiteral("failed")}});
    QCOMPARE(panel.filters().value(QStringLiteral("status")), QStringLiteral("failed"));
}

void TestFilterPanel::datesAndPresets()
{
    FilterPanel panel;
    panel.setDefinition(SourceDefinitions::get(Sources::MfaAudit));
    QVERIFY(!panel.filters().contains(QStringLiteral("from")));
    panel.setDatePreset(FilterPanel::DatePreset::LastHour);
    const auto from = QDateTime::fromString(panel.filters().value(QStringLiteral("from")), Qt::ISODate);
    QVERIFY(from.isValid());
    QVERIFY(qAbs(from.secsTo(QDateTime::currentDateTimeUtc()) - 3600) < 120);
    QVERIFY(!panel.filters().contains(QStringLiteral("to")));
    panel.setFilters({{QStringLiteral("from"), QStringLiteral("2026-04-01T00:00:00Z")},
                      {QStringLiteral("to"), QStringLiteral("2026-04-02T00:00:00Z")}});
    QCOMPARE(panel.filters().value(QStringLiteral("from")), QStringLiteral("2026-04-01T00:00:00Z"));
    QCOMPARE(panel.filters().value(QStringLiteral("to")), QStringLiteral("2026-04-02T00:00:00Z"));
}

void TestFilterPanel::searchOnlyForDatasets()
{
    FilterPanel panel;
    panel.setDefinition(SourceDefinitions::get(Sources::CommMine));
    panel.show();
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("filter_search"));
    QVERIFY(search && !search->isVisible());
    panel.setDatasetMode(true);
    QVERIFY(search->isVisible());
    search->setText(QStringLiteral("timeout"));
    QCOMPARE(panel.searchText(), QStringLiteral("timeout"));
    panel.setDatasetMode(false);
    QCOMPARE(panel.searchText(), QString());
}

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
