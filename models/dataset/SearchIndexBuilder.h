#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

struct sqlite3;
struct SourceDefinition;

// The second half of writing a dataset (format 2 and later): the records and their B-tree
// indexes are complete and browsable, and the text to search waits in `records_text` (a
// table in format 2, a view of the records' json since). This copies it into the trigram
// index in steps of 40,000 records, each its own transaction
// that also moves the cursor in the meta table (`search_indexed_rowid`, the last rowid
// indexed), so that readers get in between steps and a build that was stopped or killed
// goes on where it was. The last step drops `records_text`.
class SearchIndexBuilder
{
public:
    struct Progress {
        qint64 indexed = 0;
        qint64 total = 0;
        int percent() const { return total > 0 ? int(indexed * 100 / total) : 100; }
    };

    explicit SearchIndexBuilder(const QString &path);
    ~SearchIndexBuilder();

    // Where the build stands, from the file; nothing if it cannot be read.
    static std::optional<Progress> progressOf(const QString &path, QString *error = nullptr);

    // `progress` after every step, on the caller's thread. `stop`, from any thread, ends
    // it within a step (false, and errorString() empty). True once the index is complete.
    bool build(const std::function<void(const Progress &)> &progress, const std::atomic_bool &stop);
    QString errorString() const { return m_error; }

    static constexpr int StepRecords = 40000;

    // The rows of records_text not in the index yet, as a table to select from (in
    // parentheses); a search scans them while the index is built.
    static QString unindexedText();
    // The statement that makes `records_text` (format 3): a view of the text columns of
    // `def`'s records, read from their json, so that the writer of the records need not
    // write the text a second time.
    static QString textView(const SourceDefinition &def);

private:
    static int busy(void *builder, int attempts);
    bool exec(const char *sql);
    bool fail();
    std::optional<qint64> scalar(const char *sql);

    QString m_path;
    sqlite3 *m_db = nullptr;
    const std::atomic_bool *m_stop = nullptr; // build()'s, while it runs
    QString m_error;
};
