#pragma once

#include "core/Query.h"
#include "sources/SourceDefinition.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSqlDatabase>

#include <functional>

#include <optional>

// The filter flags every command shares (--channel … --sort), so that `fetch`, `export`
// and `query` accept the same words, and their translation into a Query.
class QueryOptions
{
public:
    QueryOptions();
    void addTo(QCommandLineParser &parser) const;
    // nullopt with `error` set when a flag's value is unusable.
    std::optional<Query> query(const QCommandLineParser &parser, SourceKind source, QString *error) const;
    // The dataset file given as the one positional argument, opened, and the query its
    // flags make for its source: `work` runs on them (CliSupport::withDataset). Returns
    // work's code, or the failure's.
    using DatasetWork = std::function<int(QSqlDatabase &db, const SourceDefinition &def, const Query &query)>;
    int onDataset(const QCommandLineParser &parser, const DatasetWork &work) const;

private:
    struct Flag {
        QCommandLineOption option;
        QString key;
    };
    QList<Flag> m_flags;
    QCommandLineOption m_sort;
};
