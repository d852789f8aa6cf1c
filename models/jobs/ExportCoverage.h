#pragma once

#include <QString>

#include <optional>

// How much of what the server reported an export read: the figures, and the sentence
// users read ("Read 230 of the 230 records the server reported", or what is missing).
struct ExportCoverage {
    std::optional<qint64> reported; // the server's count for the query when it ended
    qint64 written = 0;
    qint64 repeated = 0; // records the moving list showed twice, written once
    qint64 arrived = 0; // records that arrived during the export and were fetched
    qint64 missing() const { return reported ? qMax<qint64>(0, *reported - written) : 0; }
    bool isComplete() const { return missing() == 0; }
    QString text() const; // translated
};
