#pragma once

#include "core/Query.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

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

private:
    struct Flag {
        QCommandLineOption option;
        QString key;
    };
    QList<Flag> m_flags;
    QCommandLineOption m_sort;
};
