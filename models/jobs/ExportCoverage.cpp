#include "jobs/ExportCoverage.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

QString ExportCoverage::text() const
{
    const ExportCoverage &c = *this;
    // %n takes an int; counts past two thousand million are shown as that.
    const auto n = [](qint64 count) {
        return int(std::min(count, qint64(INT_MAX)));
    };
    const int written = n(c.written), arrived = n(c.arrived), repeated = n(c.repeated);
    QString text;
    if (!c.reported)
        text = QCoreApplication::translate("ExportJob", "Read %n record(s); the server reports no total",
                                           nullptr, written);
    else if (c.isComplete())
        text = QCoreApplication::translate("ExportJob", "Read %1 of the %2 records the server reported")
                   .arg(QLocale().toString(c.written), QLocale().toString(*c.reported));
    else
        text = QCoreApplication::translate("ExportJob",
                                           "Read %1 of the %2 records the server reported: %3 missing")
                   .arg(QLocale().toString(c.written), QLocale().toString(*c.reported),
                        QLocale().toString(c.missing()));
    if (c.arrived > 0)
        text += QCoreApplication::translate("ExportJob", "; %n arrived during the export", nullptr, arrived);
    if (c.repeated > 0)
        text += QCoreApplication::translate("ExportJob", "; %n shown twice as the list moved, written once",
                                            nullptr, repeated);
    return text;
}
