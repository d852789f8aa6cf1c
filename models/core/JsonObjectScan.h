#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

// Reads the top level of one JSON object's text without building a QJsonObject: each
// member's name and value as spans of the text. An import reads a million records, and
// QJsonDocument spent most of its time building objects only to be taken apart again.
//
// The scanner vouches only for text that it is sure QJsonDocument reads alike: member
// names at the top without escapes, no surrogate escapes, no number that could overflow,
// no deeper nesting than 64. Anything else, invalid or merely unusual, it declines, and
// the caller parses with QJsonDocument, which then also says what is wrong.
namespace JsonObjectScan
{
enum class Type { String, Number, Bool, Null, Object, Array };

struct Member {
    QByteArrayView name; // between its quotes; never escaped
    QByteArrayView raw; // the value as written (a string with its quotes)
    Type type = Type::Null;
    bool escaped = false; // a string with backslash escapes
    // A string's text between its quotes (as written: escapes are left as they are).
    QByteArrayView content() const { return raw.sliced(1, raw.size() - 2); }
};
using Members = QVarLengthArray<Member, 24>;

// True when `text`, JSON whitespace around it allowed, is one object the scanner vouches
// for; then `members` holds its top-level members in the order written.
bool scan(QByteArrayView text, Members *members);
} // namespace JsonObjectScan
