#include "NoticeBar.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The strip that says what an export wrote, until it is dismissed.
class TestNoticeBar : public QObject
{
    Q_OBJECT
private slots:
    void saysWhatWasWrittenUntilDismissed();
    void openAsksForTheFile();
    void wordsFollowTheLanguage();
};

void TestNoticeBar::saysWhatWasWrittenUntilDismissed()
{
    QWidget window;
    NoticeBar bar(&window);
    window.show();
    QVERIFY(!bar.isVisible());
    bar.showFile(QStringLiteral("/data/logs-20261201-1920.logdeck"), [] {
        return std::pair(QStringLiteral("Exported 100,036 records"),
                         QStringLiteral("to logs-20261201-1920.logdeck"));
    });
    QVERIFY(bar.isVisible());
    QVERIFY(bar.text().contains(QStringLiteral("Exported 100,036 records")));
    QVERIFY(bar.text().contains(QStringLiteral("to logs-20261201-1920.logdeck")));
    QCOMPARE(bar.path(), QStringLiteral("/data/logs-20261201-1920.logdeck"));
    QVERIFY(bar.openButton()->isVisible());
    QVERIFY(bar.folderButton()->isVisible());
    QCOMPARE(bar.openButton()->text(), QStringLiteral("Open"));
    QCOMPARE(bar.folderButton()->text(), QStringLiteral("Show in folder"));
    QTest::qWait(0); // it stays: no timer takes it away
    QVERIFY(bar.isVisible());
    for (QPushButton *b : bar.findChildren<QPushButton *>()) {
        if (b->text() == u"Dismiss")
            b->click();
    }
    QVERIFY(!bar.isVisible());
}

void TestNoticeBar::openAsksForTheFile()
{
    QWidget window;
    NoticeBar bar(&window);
    window.show();
    QSignalSpy open(&bar, &NoticeBar::openRequested);
    bar.showFile(QStringLiteral("/data/a.jsonl"),
                 [] { return std::pair(QStringLiteral("Exported"), QString()); });
    bar.openButton()->click();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("/data/a.jsonl"));
}

void TestNoticeBar::wordsFollowTheLanguage()
{
    QWidget window;
    NoticeBar bar(&window);
    window.show();
    int asked = 0;
    bar.showFile(QStringLiteral("/data/a.csv"), [&asked] {
        ++asked;
        return std::pair(QStringLiteral("title %1").arg(asked), QString());
    });
    QCOMPARE(asked, 1);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&bar, &change);
    QCOMPARE(asked, 2);
    QVERIFY(bar.text().contains(QStringLiteral("title 2")));
}

QTEST_MAIN(TestNoticeBar)
#include "tst_noticebar.moc"
