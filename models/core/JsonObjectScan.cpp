#include "core/JsonObjectScan.h"

#include <cstring>

namespace
{
constexpr int kMaxDepth = 64;
// Digits of a number, and of its exponent, that cannot make a double overflow.
constexpr int kMaxNumberDigits = 40;
constexpr int kMaxExponentDigits = 2;

using JsonObjectScan::Type;

class Scanner
{
public:
    Scanner(const char *begin, const char *end)
        : p(begin)
        , end(end)
    { }

    const char *p;
    const char *end;
    bool highBytes = false; // UTF-8 to check once at the end

    bool at(char c) const { return p < end && *p == c; }
    bool skip(char c) // past `c` if it is next
    {
        const bool there = at(c);
        p += there;
        return there;
    }
    void skipSpace()
    {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }

    // From the opening quote to just past the closing one.
    bool string(bool *escaped)
    {
        ++p;
        for (;;) {
            // The common case, a run of plain characters, in a tight loop.
            while (p < end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20 && uchar(*p) < 0x80)
                ++p;
            if (p >= end)
                return false;
            const uchar c = uchar(*p);
            if (c == '"') {
                ++p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                highBytes = true;
                ++p;
                continue;
            }
            // A backslash.
            *escaped = true;
            if (end - p < 2)
                return false;
            const char e = p[1];
            if (e == 'u') {
                if (end - p < 6)
                    return false;
                uint code = 0;
                for (int i = 2; i < 6; ++i) {
                    const char h = p[i];
                    const int digit = h >= '0' && h <= '9' ? h - '0'
                        : h >= 'a' && h <= 'f'             ? h - 'a' + 10
                        : h >= 'A' && h <= 'F'             ? h - 'A' + 10
                                                           : -1;
                    if (digit < 0)
                        return false;
                    code = code * 16 + uint(digit);
                }
                // Surrogates, paired or not, and NUL: QJsonDocument's to judge.
                if (code == 0 || (code >= 0xD800 && code <= 0xDFFF))
                    return false;
                p += 6;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                return false;
            p += 2;
        }
    }

    int digits()
    {
        const char *start = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return int(p - start);
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, short enough to stay finite.
    bool number()
    {
        skip('-');
        if (!skip('0')) {
            const int n = digits();
            if (n == 0 || n > kMaxNumberDigits)
                return false;
        }
        if (skip('.')) {
            const int n = digits();
            if (n == 0 || n > kMaxNumberDigits)
                return false;
        }
        if (skip('e') || skip('E')) {
            if (!skip('+'))
                skip('-');
            const int n = digits();
            if (n == 0 || n > kMaxExponentDigits)
                return false;
        }
        return true;
    }

    bool literal(const char *word, int size)
    {
        if (end - p < size || std::memcmp(p, word, size_t(size)) != 0)
            return false;
        p += size;
        return true;
    }

    bool value(int depth, Type *type, bool *escaped)
    {
        if (p >= end)
            return false;
        switch (*p) {
        case '"':
            *type = Type::String;
            return string(escaped);
        case '{':
            *type = Type::Object;
            return object(depth + 1, nullptr);
        case '[':
            *type = Type::Array;
            return array(depth + 1);
        case 't':
            *type = Type::Bool;
            return literal("true", 4);
        case 'f':
            *type = Type::Bool;
            return literal("false", 5);
        case 'n':
            *type = Type::Null;
            return literal("null", 4);
        default:
            *type = Type::Number;
            return (*p == '-' || (*p >= '0' && *p <= '9')) && number();
        }
    }

    bool array(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        ++p;
        skipSpace();
        if (skip(']'))
            return true;
        for (;;) {
            Type type;
            bool escaped = false;
            if (!value(depth, &type, &escaped))
                return false;
            skipSpace();
            if (skip(']'))
                return true;
            if (!skip(','))
                return false;
            skipSpace();
        }
    }

    // `members`: where to put them, at the top level only.
    bool object(int depth, JsonObjectScan::Members *members)
    {
        if (depth > kMaxDepth)
            return false;
        ++p;
        skipSpace();
        if (skip('}'))
            return true;
        for (;;) {
            if (!at('"'))
                return false;
            const char *nameStart = p;
            bool nameEscaped = false;
            if (!string(&nameEscaped) || (members && nameEscaped))
                return false;
            const QByteArrayView name(nameStart + 1, p - nameStart - 2);
            skipSpace();
            if (!skip(':'))
                return false;
            skipSpace();
            const char *valueStart = p;
            Type type;
            bool escaped = false;
            if (!value(depth, &type, &escaped))
                return false;
            if (members)
                members->append({name, QByteArrayView(valueStart, p - valueStart), type, escaped});
            skipSpace();
            if (skip('}'))
                return true;
            if (!skip(','))
                return false;
            skipSpace();
        }
    }
};
} // namespace

bool JsonObjectScan::scan(QByteArrayView text, Members *members)
{
    members->clear();
    Scanner s(text.data(), text.data() + text.size());
    s.skipSpace();
    if (!s.at('{') || !s.object(1, members))
        return false;
    s.skipSpace();
    return s.p == s.end && (!s.highBytes || text.isValidUtf8());
}
