#pragma once

#include <QStringList>

// `logdeck-cli fetch --url URL --source KIND [filters] [--page N] [--page-size N]`:
// one page from a server, printed as JSON lines (each record's own fields). On an error
// it prints the typed error with the server's own message and exits non-zero.
class FetchCommand
{
public:
    int run(const QStringList &arguments);
};
