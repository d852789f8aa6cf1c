#include "HistogramView.h"
#include "sources/BuiltinSources.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

// The histogram widget on its own: what a drag, a click and a double-click ask for, what
// hovering tells, and that 500 bars paint within a frame.
class TestHistogramView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aDragSelectsTheBucketsItCrosses();
    void aClickSelectsOneBucket();
    void aDoubleClickStepsBack();
    void theToolTipTellsTheBucketAndItsCounts();
    void fiveHundredBarsPaint();

private:
    Overview::Histogram make(int buckets) const;
    std::unique_ptr<HistogramView> m_view;
};

Overview::Histogram TestHistogramView::make(int buckets) const
{
    Overview::Histogram h;
    h.step = {TimeBuckets::Unit::Hour, 1};
    h.stackKey = QStringLiteral("status");
    const qint64 t0 = 1'790'000'000'000 / 3'600'000 * 3'600'000;
    for (int i = 0; i < buckets; ++i) {
        Overview::Bucket b {t0 + i * 3'600'000LL, t0 + (i + 1) * 3'600'000LL, 0, {}};
        b.byStatus.insert(QStringLiteral("delivered"), 10 + i % 7);
        if (i % 3 == 0)
            b.byStatus.insert(QStringLiteral("failed"), 4);
        for (qint64 n : std::as_const(b.byStatus))
            b.count += n;
        h.buckets.append(b);
    }
    return h;
}

void TestHistogramView::init()
{
    m_view = std::make_unique<HistogramView>();
    m_view->resize(800, 100);
    m_view->setHistogram(Sources::CommAdmin, make(20));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestHistogramView::aDragSelectsTheBucketsItCrosses()
{
    QSignalSpy range(m_view.get(), &HistogramView::rangeSelected);
    const int y = m_view->height() / 2;
    QCOMPARE(m_view->bucketAt(m_view->bucketCentre(3)), 3);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->bucketCentre(6), y));
    QTest::mouseMove(m_view.get(), QPoint(m_view->bucketCentre(4), y));
    QTest::mouseMove(m_view.get(), QPoint(m_view->bucketCentre(3), y));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->bucketCentre(3), y));
    QCOMPARE(range.size(), 1); // at once: a drag is no double-click
    const auto &b = m_view->histogram().buckets;
    QCOMPARE(range.at(0).at(0).toLongLong(), b.at(3).startMs);
    QCOMPARE(range.at(0).at(1).toLongLong(), b.at(6).endMs - 1); // inclusive
}

void TestHistogramView::aClickSelectsOneBucket()
{
    QSignalSpy range(m_view.get(), &HistogramView::rangeSelected);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->bucketCentre(10), 50));
    QVERIFY(range.wait(5000));
    QCOMPARE(range.at(0).at(0).toLongLong(), m_view->histogram().buckets.at(10).startMs);
    QCOMPARE(range.at(0).at(1).toLongLong(), m_view->histogram().buckets.at(10).endMs - 1);
}

void TestHistogramView::aDoubleClickStepsBack()
{
    QSignalSpy range(m_view.get(), &HistogramView::rangeSelected);
    QSignalSpy back(m_view.get(), &HistogramView::stepBackRequested);
    const QPoint at(m_view->bucketCentre(8), 50);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, at);
    QCOMPARE(back.size(), 1);
    QVERIFY(!range.wait(QApplication::doubleClickInterval() + 200)); // the click was not a pick
    m_view->setCanStepBack(true);
    auto *button = m_view->findChild<QWidget *>(QStringLiteral("histogramBack"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(back.size(), 2);
}

void TestHistogramView::theToolTipTellsTheBucketAndItsCounts()
{
    const QString tip = m_view->toolTipFor(3);
    // Bucket 3: 13 delivered and 4 failed.
    QVERIFY2(tip.contains(QStringLiteral("17")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral(": 13")));
    QVERIFY(tip.contains(QStringLiteral(": 4")));
    QVERIFY(tip.contains(QStringLiteral("Delivered")));
    QVERIFY(tip.contains(QStringLiteral("Failed")));
    QVERIFY(m_view->toolTipFor(-1).isEmpty());
    QVERIFY(m_view->toolTipFor(20).isEmpty());
}

void TestHistogramView::fiveHundredBarsPaint()
{
    // How long it takes is bench/overview's to say; here, that every bar is drawn.
    m_view->resize(1600, 120);
    m_view->setHistogram(Sources::CommAdmin, make(500));
    QImage image(m_view->size(), QImage::Format_ARGB32);
    m_view->render(&image);
    const QColor base = m_view->palette().color(QPalette::Base);
    const int foot = m_view->height() - 22; // just above the time labels
    for (int i : {0, 1, 250, 499})
        QVERIFY2(image.pixelColor(m_view->bucketCentre(i), foot) != base, qPrintable(QString::number(i)));
}

QTEST_MAIN(TestHistogramView)
#include "tst_histogramview.moc"
