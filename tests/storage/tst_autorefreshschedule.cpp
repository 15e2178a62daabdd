#include "storage/autorefreshschedule.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

/** The auto-refresh clock with short intervals: fires, pauses during refreshes, turns off. */
class tst_AutoRefreshSchedule : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault();
    void firesRepeatedly();
    void waitsWhileRefreshing();
    void turningOffStops();
    void minutes();
};

void tst_AutoRefreshSchedule::offByDefault()
{
    AutoRefreshSchedule schedule;
    QSignalSpy due(&schedule, &AutoRefreshSchedule::refreshDue);
    QVERIFY(!schedule.isEnabled());
    QVERIFY(!schedule.nextRefresh().isValid());
    QVERIFY(!due.wait(150));
}

void tst_AutoRefreshSchedule::firesRepeatedly()
{
    AutoRefreshSchedule schedule;
    QSignalSpy due(&schedule, &AutoRefreshSchedule::refreshDue);
    QSignalSpy next(&schedule, &AutoRefreshSchedule::nextRefreshChanged);
    schedule.setInterval(30ms);
    QVERIFY(schedule.isEnabled());
    QVERIFY(schedule.nextRefresh().isValid());
    QCOMPARE(next.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(due.count() >= 3, 5000);
}

void tst_AutoRefreshSchedule::waitsWhileRefreshing()
{
    AutoRefreshSchedule schedule;
    QSignalSpy due(&schedule, &AutoRefreshSchedule::refreshDue);
    // A receiver that starts a refresh on every tick, as the window does.
    connect(&schedule, &AutoRefreshSchedule::refreshDue, &schedule, &AutoRefreshSchedule::refreshStarted);
    schedule.setInterval(30ms);

    QVERIFY(due.wait(5000));
    QVERIFY(!schedule.nextRefresh().isValid());
    // However long the refresh takes, no second tick piles up behind it.
    QVERIFY(!due.wait(200));
    QCOMPARE(due.count(), 1);

    schedule.refreshFinished();
    QVERIFY(schedule.nextRefresh().isValid());
    QVERIFY(due.wait(5000));
    QCOMPARE(due.count(), 2);
}

void tst_AutoRefreshSchedule::turningOffStops()
{
    AutoRefreshSchedule schedule;
    QSignalSpy due(&schedule, &AutoRefreshSchedule::refreshDue);
    QSignalSpy next(&schedule, &AutoRefreshSchedule::nextRefreshChanged);
    schedule.setInterval(40ms);
    schedule.setIntervalMinutes(0);
    QVERIFY(!schedule.isEnabled());
    QCOMPARE(next.count(), 2);
    QVERIFY(!next.last().at(0).toDateTime().isValid());
    QVERIFY(!due.wait(200));
}

void tst_AutoRefreshSchedule::minutes()
{
    AutoRefreshSchedule schedule;
    schedule.setIntervalMinutes(15);
    QCOMPARE(schedule.interval(), std::chrono::milliseconds(15min));
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(schedule.nextRefresh());
    QVERIFY2(ahead > 14 * 60 && ahead <= 15 * 60, qPrintable(QString::number(ahead)));
}

QTEST_GUILESS_MAIN(tst_AutoRefreshSchedule)
#include "tst_autorefreshschedule.moc"
