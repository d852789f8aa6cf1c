<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiClient</name>
    <message>
        <source>the server redirected to %1</source>
        <translation>the server redirected to %1</translation>
    </message>
    <message>
        <source>more than %1 MiB</source>
        <translation>more than %1 MiB</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>the body ended early after %1 bytes</source>
        <translation>the body ended early after %1 bytes</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Unauthenticated or invalid token</source>
        <translation>Unauthenticated or invalid token</translation>
    </message>
    <message>
        <source>Insufficient permissions to access this resource</source>
        <translation>Insufficient permissions to access this resource</translation>
    </message>
    <message>
        <source>Invalid request parameters</source>
        <translation>Invalid request parameters</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Internal server error</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Cannot reach the server</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>The server&apos;s answer could not be read</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large</source>
        <translation>The server&apos;s answer is too large</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Redirect to another server refused</source>
        <translation>Redirect to another server refused</translation>
    </message>
    <message>
        <source> (HTTP %1, %2)</source>
        <translation> (HTTP %1, %2)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category: the server&apos;s own message</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Template ID</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Updated at</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider response</source>
        <translation>Provider response</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Actor ID</source>
        <translation>Actor ID</translation>
    </message>
    <message>
        <source>Notification ID</source>
        <translation>Notification ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Notification type</source>
        <translation>Notification type</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duration (ms)</translation>
    </message>
    <message>
        <source>Messages created</source>
        <translation>Messages created</translation>
    </message>
    <message>
        <source>Messages succeeded</source>
        <translation>Messages succeeded</translation>
    </message>
    <message>
        <source>Messages failed</source>
        <translation>Messages failed</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Status detail</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client IP</translation>
    </message>
    <message>
        <source>Request payload</source>
        <translation>Request payload</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Target type</translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation>Target ID</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>Operator ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No log source open</source>
        <translation>No log source open</translation>
    </message>
    <message>
        <source>Connect to a server or open a dataset file to browse logs.</source>
        <translation>Connect to a server or open a dataset file to browse logs.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About LogDeck</source>
        <translation>About LogDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LogDeck %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for communication, notification and audit logs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LogDeck %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for communication, notification and audit logs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LogDeck</source>
        <translation>LogDeck</translation>
    </message>
    <message>
        <source>%1 — LogDeck</source>
        <translation>%1 — LogDeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About LogDeck</source>
        <translation>&amp;About LogDeck</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>PageCodec</name>
    <message>
        <source>not valid JSON (an unterminated string)</source>
        <translation>not valid JSON (an unterminated string)</translation>
    </message>
    <message>
        <source>unknown envelope</source>
        <translation>unknown envelope</translation>
    </message>
    <message>
        <source>expected one record object</source>
        <translation>expected one record object</translation>
    </message>
    <message>
        <source>the list of records is missing or not a list</source>
        <translation>the list of records is missing or not a list</translation>
    </message>
    <message>
        <source>a record is not an object</source>
        <translation>a record is not an object</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>the body is empty</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>not valid JSON at byte %1 (%2)</translation>
    </message>
    <message>
        <source>expected an object with items and pagination</source>
        <translation>expected an object with items and pagination</translation>
    </message>
    <message>
        <source>code is not a number</source>
        <translation>code is not a number</translation>
    </message>
    <message>
        <source>total is not a whole number</source>
        <translation>total is not a whole number</translation>
    </message>
    <message>
        <source>expected a page object</source>
        <translation>expected a page object</translation>
    </message>
    <message>
        <source>totalElements is not a whole number</source>
        <translation>totalElements is not a whole number</translation>
    </message>
    <message>
        <source>expected an object with totalCount and items</source>
        <translation>expected an object with totalCount and items</translation>
    </message>
    <message>
        <source>totalCount is not a whole number</source>
        <translation>totalCount is not a whole number</translation>
    </message>
</context>
<context>
    <name>RemoteLogModel</name>
    <message>
        <source>The server cannot sort by this column</source>
        <translation>The server cannot sort by this column</translation>
    </message>
</context>
<context>
    <name>SourceDefinition</name>
    <message>
        <source>“%1” is not a valid value for %2</source>
        <translation>“%1” is not a valid value for %2</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1” is not a date and time</translation>
    </message>
    <message>
        <source>This source cannot be filtered by %1</source>
        <translation>This source cannot be filtered by %1</translation>
    </message>
    <message>
        <source>The server cannot sort by %1</source>
        <translation>The server cannot sort by %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Send channel: sms, email or push.</source>
        <translation>Send channel: sms, email or push.</translation>
    </message>
    <message>
        <source>Send status, or API log status (name or number).</source>
        <translation>Send status, or API log status (name or number).</translation>
    </message>
    <message>
        <source>User ID.</source>
        <translation>User ID.</translation>
    </message>
    <message>
        <source>Audit event type, such as NOTIFICATION_SENT.</source>
        <translation>Audit event type, such as NOTIFICATION_SENT.</translation>
    </message>
    <message>
        <source>Email address (exact).</source>
        <translation>Email address (exact).</translation>
    </message>
    <message>
        <source>Username (exact).</source>
        <translation>Username (exact).</translation>
    </message>
    <message>
        <source>MFA action, such as mfa_totp.enabled.</source>
        <translation>MFA action, such as mfa_totp.enabled.</translation>
    </message>
    <message>
        <source>MFA target type, such as mfa_totp.</source>
        <translation>MFA target type, such as mfa_totp.</translation>
    </message>
    <message>
        <source>Operator ID.</source>
        <translation>Operator ID.</translation>
    </message>
    <message>
        <source>Start of the time range (RFC 3339, inclusive).</source>
        <translation>Start of the time range (RFC 3339, inclusive).</translation>
    </message>
    <message>
        <source>End of the time range (RFC 3339, inclusive).</source>
        <translation>End of the time range (RFC 3339, inclusive).</translation>
    </message>
    <message>
        <source>Usage: logdeck-cli COMMAND [options]

Headless access to LogDeck&apos;s log sources and dataset files.

Commands:
  fetch    Fetch one page from a server and print its records as JSON lines

Run logdeck-cli COMMAND --help for the options of a command.
The token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>Usage: logdeck-cli COMMAND [options]

Headless access to LogDeck&apos;s log sources and dataset files.

Commands:
  fetch    Fetch one page from a server and print its records as JSON lines

Run logdeck-cli COMMAND --help for the options of a command.
The token is read from the LOGDECK_TOKEN environment variable.</translation>
    </message>
    <message>
        <source>Fetch one page from a server and print its records as JSON lines.
The token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>Fetch one page from a server and print its records as JSON lines.
The token is read from the LOGDECK_TOKEN environment variable.</translation>
    </message>
    <message>
        <source>Base URL of the server.</source>
        <translation>Base URL of the server.</translation>
    </message>
    <message>
        <source>comm-mine, comm-admin, notif-audit, api-logs or mfa-audit.</source>
        <translation>comm-mine, comm-admin, notif-audit, api-logs or mfa-audit.</translation>
    </message>
    <message>
        <source>Page number, from 1 (default 1).</source>
        <translation>Page number, from 1 (default 1).</translation>
    </message>
    <message>
        <source>Records per page (default 50, at most 100).</source>
        <translation>Records per page (default 50, at most 100).</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Seconds to wait for an answer (default 30).</translation>
    </message>
    <message>
        <source>fetch needs --url and --source</source>
        <translation>fetch needs --url and --source</translation>
    </message>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation>not an http(s) URL: %1</translation>
    </message>
    <message>
        <source>credentials do not belong in the URL; put the token in LOGDECK_TOKEN</source>
        <translation>credentials do not belong in the URL; put the token in LOGDECK_TOKEN</translation>
    </message>
    <message>
        <source>unknown source: %1</source>
        <translation>unknown source: %1</translation>
    </message>
    <message>
        <source>--page takes a number from 1</source>
        <translation>--page takes a number from 1</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 100</source>
        <translation>--page-size takes a number from 1 to 100</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout takes a positive number of seconds</translation>
    </message>
    <message>
        <source>%1 records on this page, %2 in all</source>
        <translation>%1 records on this page, %2 in all</translation>
    </message>
    <message>
        <source>Sort by a column, COLUMN[:asc|desc] (where the server can).</source>
        <translation>Sort by a column, COLUMN[:asc|desc] (where the server can).</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 does not apply to %2</translation>
    </message>
    <message>
        <source>--sort takes COLUMN[:asc|desc] with a column of %1</source>
        <translation>--sort takes COLUMN[:asc|desc] with a column of %1</translation>
    </message>
    <message>
        <source>the %1 API has no parameter for --%2; fetch prints one server page and cannot apply it</source>
        <translation>the %1 API has no parameter for --%2; fetch prints one server page and cannot apply it</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse communication, notification and audit logs.</source>
        <translation>Browse communication, notification and audit logs.</translation>
    </message>
    <message>
        <source>Open the server at &lt;url&gt;; the token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>Open the server at &lt;url&gt;; the token is read from the LOGDECK_TOKEN environment variable.</translation>
    </message>
    <message>
        <source>Source to show first: comm-mine, comm-admin, notif-audit, api-logs or mfa-audit.</source>
        <translation>Source to show first: comm-mine, comm-admin, notif-audit, api-logs or mfa-audit.</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>Interface language: en or zh_CN.</translation>
    </message>
    <message>
        <source>A .logdeck dataset to open.</source>
        <translation>A .logdeck dataset to open.</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Not an http(s) URL: %1</translation>
    </message>
</context>
</TS>
