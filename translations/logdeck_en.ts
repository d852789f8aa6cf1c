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
    <message>
        <source>a redirect without a valid Location</source>
        <translation>a redirect without a valid Location</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s)</source>
        <translation>
            <numerusform>more than %n redirect</numerusform>
            <numerusform>more than %n redirects</numerusform>
        </translation>
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
    <message>
        <source>Redirect refused</source>
        <translation>Redirect refused</translation>
    </message>
    <message>
        <source>Too many requests: the server asked LogDeck to slow down</source>
        <translation>Too many requests: the server asked LogDeck to slow down</translation>
    </message>
    <message>
        <source> — %1</source>
        <comment>what the server said was wrong, after its message</comment>
        <translation> — %1</translation>
    </message>
    <message>
        <source> (code %1 in an HTTP 200 answer, %2)</source>
        <translation> (code %1 in an HTTP 200 answer, %2)</translation>
    </message>
</context>
<context>
    <name>ApiLogSource</name>
    <message>
        <source>CPaaS</source>
        <translation>CPaaS</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
</context>
<context>
    <name>ApiLogStatus</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Validation error</source>
        <translation>Validation error</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cache database %1: %2</source>
        <translation>Cache database %1: %2</translation>
    </message>
    <message>
        <source>written by a newer LogDeck (schema %1)</source>
        <translation>written by a newer LogDeck (schema %1)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>not open</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
</context>
<context>
    <name>ClientDateRange</name>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1” is not a date and time</translation>
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
    <message>
        <source>Send status</source>
        <translation>Send status</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>Demo server</source>
        <translation>Demo server</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Starting the demo server…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Remove “%1” and forget its token?</source>
        <translation>Remove “%1” and forget its token?</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>No keychain available</translation>
    </message>
    <message>
        <source>The token could not be stored in the system keychain (%1). It is kept for this session only; you will be asked for it next time.</source>
        <translation>The token could not be stored in the system keychain (%1). It is kept for this session only; you will be asked for it next time.</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>Token for %1</translation>
    </message>
    <message>
        <source>The server did not accept the token. Enter a valid bearer token:</source>
        <translation>The server did not accept the token. Enter a valid bearer token:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;imeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Production, Staging, …</source>
        <translation>Production, Staging, …</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Remember the token in the system keychain</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> rows</translation>
    </message>
    <message>
        <source>Custom paths (for services mounted under a prefix)</source>
        <translation>Custom paths (for services mounted under a prefix)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Plain http to another machine: the token would travel unencrypted. Use https unless this is a trusted network.</source>
        <translation>Plain http to another machine: the token would travel unencrypted. Use https unless this is a trusted network.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only</source>
        <translation>No system keychain is available: the token is kept for this session only</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>testing…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>401: the token is missing or not valid</source>
        <translation>401: the token is missing or not valid</translation>
    </message>
    <message>
        <source>403: this token may not read it</source>
        <translation>403: this token may not read it</translation>
    </message>
    <message>
        <source>not found: check the path</source>
        <translation>not found: check the path</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Show or hide the token</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System settings (or “direct”, or http://proxy:3128)</source>
        <translation>System settings (or “direct”, or http://proxy:3128)</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy settings (http_proxy, https_proxy, no_proxy). “direct”: no proxy. Or a proxy of this connection&apos;s own: http://host:port or socks5://host:port.</source>
        <translation>Empty: the system&apos;s proxy settings (http_proxy, https_proxy, no_proxy). “direct”: no proxy. Or a proxy of this connection&apos;s own: http://host:port or socks5://host:port.</translation>
    </message>
    <message>
        <source>Not a proxy: write http://host:port, socks5://host:port or “direct”.</source>
        <translation>Not a proxy: write http://host:port, socks5://host:port or “direct”.</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>This token may not read this source (403).</source>
        <translation>This token may not read this source (403).</translation>
    </message>
    <message>
        <source>The token is missing or not valid (401).</source>
        <translation>The token is missing or not valid (401).</translation>
    </message>
    <message>
        <source>The server has no such endpoint (404): check the path.</source>
        <translation>The server has no such endpoint (404): check the path.</translation>
    </message>
</context>
<context>
    <name>DatasetController</name>
    <message>
        <source>Cached: %1</source>
        <translation>Cached: %1</translation>
    </message>
    <message>
        <source>%1 · %2 records · from %3</source>
        <translation>%1 · %2 records · from %3</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>Cannot open the dataset</translation>
    </message>
    <message>
        <source>Cannot open the cache</source>
        <translation>Cannot open the cache</translation>
    </message>
    <message>
        <source>The search index of %1 is not finished</source>
        <translation>The search index of %1 is not finished</translation>
    </message>
    <message>
        <source>It is being built now. Rows, filters and sort work meanwhile; a search scans the records, which is slower.</source>
        <translation>It is being built now. Rows, filters and sort work meanwhile; a search scans the records, which is slower.</translation>
    </message>
    <message>
        <source>Cannot finish the search index of %1</source>
        <translation>Cannot finish the search index of %1</translation>
    </message>
    <message>
        <source>%1. Rows, filters and sort work; a search scans the records, which is slower.</source>
        <translation>%1. Rows, filters and sort work; a search scans the records, which is slower.</translation>
    </message>
</context>
<context>
    <name>DatasetFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a LogDeck dataset (not an SQLite file).</source>
        <translation>%1 is not a LogDeck dataset (not an SQLite file).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a LogDeck dataset.</source>
        <translation>%1 is an SQLite file, but not a LogDeck dataset.</translation>
    </message>
    <message>
        <source>%1 was written by a newer LogDeck (dataset format %2; this version reads up to %3). Update LogDeck to open it.</source>
        <translation>%1 was written by a newer LogDeck (dataset format %2; this version reads up to %3). Update LogDeck to open it.</translation>
    </message>
    <message>
        <source>%1 is damaged: its description is incomplete.</source>
        <translation>%1 is damaged: its description is incomplete.</translation>
    </message>
</context>
<context>
    <name>DatasetLogModel</name>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>The cache cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>DatasetOverview</name>
    <message>
        <source>more than 100,000 buckets: choose a longer bucket</source>
        <translation>more than 100,000 buckets: choose a longer bucket</translation>
    </message>
</context>
<context>
    <name>DatasetQuery</name>
    <message>
        <source>“%1” is not a date or a date and time</source>
        <translation>“%1” is not a date or a date and time</translation>
    </message>
    <message>
        <source>unknown filter “%1”</source>
        <translation>unknown filter “%1”</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>unknown status “%1”</translation>
    </message>
    <message>
        <source>cannot sort by “%1”</source>
        <translation>cannot sort by “%1”</translation>
    </message>
</context>
<context>
    <name>DatasetSink</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>The demo server could not be started: %1</translation>
    </message>
    <message>
        <source>The demo server crashed while starting.</source>
        <translation>The demo server crashed while starting.</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (exit code %1).</source>
        <translation>The demo server stopped while starting (exit code %1).</translation>
    </message>
    <message>
        <source>logdeck-demo-server was not found next to LogDeck or on the PATH.</source>
        <translation>logdeck-demo-server was not found next to LogDeck or on the PATH.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>This record has no payload.</source>
        <translation>This record has no payload.</translation>
    </message>
    <message>
        <source>Loading the status history…</source>
        <translation>Loading the status history…</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
    <message>
        <source>Select a row to see its fields and status history.</source>
        <translation>Select a row to see its fields and status history.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Re-enter token…</source>
        <translation>Re-enter token…</translation>
    </message>
    <message>
        <source>Go offline</source>
        <translation>Go offline</translation>
    </message>
    <message>
        <source>Show what is in the cache instead of asking the server</source>
        <translation>Show what is in the cache instead of asking the server</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>Notification sent</source>
        <translation>Notification sent</translation>
    </message>
    <message>
        <source>Notification failed</source>
        <translation>Notification failed</translation>
    </message>
    <message>
        <source>Notification retried</source>
        <translation>Notification retried</translation>
    </message>
    <message>
        <source>Notification delivered</source>
        <translation>Notification delivered</translation>
    </message>
    <message>
        <source>Notification read</source>
        <translation>Notification read</translation>
    </message>
    <message>
        <source>Notification clicked</source>
        <translation>Notification clicked</translation>
    </message>
    <message>
        <source>Unsubscribed from notifications</source>
        <translation>Unsubscribed from notifications</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>User updated</source>
        <translation>User updated</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>User deleted</translation>
    </message>
    <message>
        <source>User subscription updated</source>
        <translation>User subscription updated</translation>
    </message>
    <message>
        <source>Admin resent a notification</source>
        <translation>Admin resent a notification</translation>
    </message>
    <message>
        <source>Admin unblocked an email address</source>
        <translation>Admin unblocked an email address</translation>
    </message>
    <message>
        <source>Admin changed a category subscription</source>
        <translation>Admin changed a category subscription</translation>
    </message>
    <message>
        <source>Admin read the audit logs</source>
        <translation>Admin read the audit logs</translation>
    </message>
    <message>
        <source>Admin added a category subscription</source>
        <translation>Admin added a category subscription</translation>
    </message>
    <message>
        <source>Admin added a notification subscription</source>
        <translation>Admin added a notification subscription</translation>
    </message>
    <message>
        <source>Email blocked after a bounce</source>
        <translation>Email blocked after a bounce</translation>
    </message>
    <message>
        <source>Email unsubscribed after a complaint</source>
        <translation>Email unsubscribed after a complaint</translation>
    </message>
    <message>
        <source>Email blocked for a while after a transient bounce</source>
        <translation>Email blocked for a while after a transient bounce</translation>
    </message>
    <message>
        <source>Device token created</source>
        <translation>Device token created</translation>
    </message>
    <message>
        <source>Device token deleted</source>
        <translation>Device token deleted</translation>
    </message>
    <message>
        <source>Notification sent through the API</source>
        <translation>Notification sent through the API</translation>
    </message>
    <message>
        <source>Admin blocked a webhook URL</source>
        <translation>Admin blocked a webhook URL</translation>
    </message>
    <message>
        <source>Admin unblocked a webhook URL</source>
        <translation>Admin unblocked a webhook URL</translation>
    </message>
    <message>
        <source>Admin re-triggered a webhook</source>
        <translation>Admin re-triggered a webhook</translation>
    </message>
    <message>
        <source>Webhook re-triggered</source>
        <translation>Webhook re-triggered</translation>
    </message>
    <message>
        <source>User muted an enterprise</source>
        <translation>User muted an enterprise</translation>
    </message>
    <message>
        <source>User unmuted an enterprise</source>
        <translation>User unmuted an enterprise</translation>
    </message>
    <message>
        <source>User muted a wallet</source>
        <translation>User muted a wallet</translation>
    </message>
    <message>
        <source>User unmuted a wallet</source>
        <translation>User unmuted a wallet</translation>
    </message>
    <message>
        <source>User updated muted wallets</source>
        <translation>User updated muted wallets</translation>
    </message>
    <message>
        <source>User updated muted enterprises</source>
        <translation>User updated muted enterprises</translation>
    </message>
    <message>
        <source>Admin muted an enterprise</source>
        <translation>Admin muted an enterprise</translation>
    </message>
    <message>
        <source>Admin unmuted an enterprise</source>
        <translation>Admin unmuted an enterprise</translation>
    </message>
    <message>
        <source>Admin muted a wallet</source>
        <translation>Admin muted a wallet</translation>
    </message>
    <message>
        <source>Admin unmuted a wallet</source>
        <translation>Admin unmuted a wallet</translation>
    </message>
    <message>
        <source>Admin updated muted wallets</source>
        <translation>Admin updated muted wallets</translation>
    </message>
    <message>
        <source>Admin updated muted enterprises</source>
        <translation>Admin updated muted enterprises</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>LogDeck dataset (*.logdeck);;JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>LogDeck dataset (*.logdeck);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>Only the %n selected row</numerusform>
            <numerusform>Only the %n selected rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark (for spreadsheet programs)</source>
        <translation>Start the CSV with a byte order mark (for spreadsheet programs)</translation>
    </message>
    <message>
        <source>Fetch each entry&apos;s status history (one request per entry)</source>
        <translation>Fetch each entry&apos;s status history (one request per entry)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>A LogDeck dataset: opens offline at any size, with filters and search.</source>
        <translation>A LogDeck dataset: opens offline at any size, with filters and search.</translation>
    </message>
    <message>
        <source>JSON Lines: one record per line, as the server sent it.</source>
        <translation>JSON Lines: one record per line, as the server sent it.</translation>
    </message>
    <message>
        <source>CSV (RFC 4180, UTF-8): the columns, then the whole record as JSON.</source>
        <translation>CSV (RFC 4180, UTF-8): the columns, then the whole record as JSON.</translation>
    </message>
    <message>
        <source>The file name must end in .logdeck, .jsonl or .csv.</source>
        <translation>The file name must end in .logdeck, .jsonl or .csv.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>the server&apos;s list is not in time order, so the date range cannot be found; export without it and filter the dataset</source>
        <translation>the server&apos;s list is not in time order, so the date range cannot be found; export without it and filter the dataset</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s); the server reports no total</source>
        <translation>
            <numerusform>Read %n record; the server reports no total</numerusform>
            <numerusform>Read %n records; the server reports no total</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of the %2 records the server reported</source>
        <translation>Read %1 of the %2 records the server reported</translation>
    </message>
    <message>
        <source>Read %1 of the %2 records the server reported: %3 missing</source>
        <translation>Read %1 of the %2 records the server reported: %3 missing</translation>
    </message>
    <message numerus="yes">
        <source>; %n arrived during the export</source>
        <translation>
            <numerusform>; %n arrived during the export</numerusform>
            <numerusform>; %n arrived during the export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n shown twice as the list moved, written once</source>
        <translation>
            <numerusform>; %n shown twice as the list moved, written once</numerusform>
            <numerusform>; %n shown twice as the list moved, written once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <source>%1 (top %Ln)</source>
        <translation>
            <numerusform>%1 (top %Ln)</numerusform>
            <numerusform>%1 (top %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Apply the filters (Enter)</source>
        <translation>Apply the filters (Enter)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>text in content, errors, recipients, payloads, details, messages</source>
        <translation>text in content, errors, recipients, payloads, details, messages</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>exact match</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>applied locally</source>
        <translation>applied locally</translation>
    </message>
    <message>
        <source>This API has no date parameters: LogDeck finds the rows of the range by bisecting the newest-first pages.</source>
        <translation>This API has no date parameters: LogDeck finds the rows of the range by bisecting the newest-first pages.</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>not %1</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target user ID</source>
        <translation>Target user ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Send status</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Target type</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>Operator ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <source>Back to the previous time range (or double-click the histogram)</source>
        <translation>Back to the previous time range (or double-click the histogram)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import records from</source>
        <translation>Import records from</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>Records (*.jsonl *.ndjson *.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>New dataset</translation>
    </message>
    <message>
        <source>LogDeck dataset (*.logdeck)</source>
        <translation>LogDeck dataset (*.logdeck)</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Import records</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>New dataset:</source>
        <translation>New dataset:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Refuse the files at their first bad record</source>
        <translation>Refuse the files at their first bad record</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Add JSON Lines, a JSON array, a saved API response or a CSV that LogDeck exported.</source>
        <translation>Add JSON Lines, a JSON array, a saved API response or a CSV that LogDeck exported.</translation>
    </message>
    <message>
        <source>The dataset&apos;s name must end in .logdeck.</source>
        <translation>The dataset&apos;s name must end in .logdeck.</translation>
    </message>
    <message>
        <source>The dataset cannot replace one of the files it is made from.</source>
        <translation>The dataset cannot replace one of the files it is made from.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced when the import is complete.</source>
        <translation>%1 exists and will be replaced when the import is complete.</translation>
    </message>
    <message>
        <source>The first bad record stops the import, and no dataset is made.</source>
        <translation>The first bad record stops the import, and no dataset is made.</translation>
    </message>
    <message>
        <source>Bad records are skipped and listed when the import ends.</source>
        <translation>Bad records are skipped and listed when the import ends.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The dataset&apos;s name must end in .logdeck.</source>
        <translation>The dataset&apos;s name must end in .logdeck.</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>%1 of %2 records · %3 per second · about %4 left</source>
        <translation>%1 of %2 records · %3 per second · about %4 left</translation>
    </message>
    <message>
        <source>%1 records · %2 per second · about %3 left</source>
        <translation>%1 records · %2 per second · about %3 left</translation>
    </message>
    <message>
        <source>%1 records · %2 per second</source>
        <translation>%1 records · %2 per second</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Finding the records…</source>
        <translation>Finding the records…</translation>
    </message>
    <message>
        <source>Waiting for the server: %1 s</source>
        <translation>Waiting for the server: %1 s</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 records · building the indexes…</source>
        <translation>%1 records · building the indexes…</translation>
    </message>
    <message>
        <source>Cancel the import?</source>
        <translation>Cancel the import?</translation>
    </message>
    <message>
        <source>%1 records are in %2 so far. Keep them as a smaller dataset, or discard them?</source>
        <translation>%1 records are in %2 so far. Keep them as a smaller dataset, or discard them?</translation>
    </message>
    <message>
        <source>Keep %1 records</source>
        <translation>Keep %1 records</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Continue importing</source>
        <translation>Continue importing</translation>
    </message>
    <message>
        <source>Keeping %1 records · building the indexes…</source>
        <translation>Keeping %1 records · building the indexes…</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Copy as TSV</source>
        <translation>Copy as TSV</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copy as JSON</translation>
    </message>
    <message>
        <source>Open detail</source>
        <translation>Open detail</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Add connection…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;Open dataset…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save what the filters found, or the selected rows, to a file (Ctrl+E)</source>
        <translation>Save what the filters found, or the selected rows, to a file (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>&amp;Import records…</translation>
    </message>
    <message>
        <source>Make a dataset of records saved as JSON Lines, a JSON array, an API response or CSV (Ctrl+I)</source>
        <translation>Make a dataset of records saved as JSON Lines, a JSON array, an API response or CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Fetch the rows again, keeping the selection (F5)</source>
        <translation>Fetch the rows again, keeping the selection (F5)</translation>
    </message>
    <message>
        <source>&amp;Live tail</source>
        <translation>&amp;Live tail</translation>
    </message>
    <message>
        <source>Check for new records every 10 seconds and add them at the top</source>
        <translation>Check for new records every 10 seconds and add them at the top</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <source>Show only what is in the cache; ask the server nothing</source>
        <translation>Show only what is in the cache; ask the server nothing</translation>
    </message>
    <message>
        <source>Everything &amp;cached for this source</source>
        <translation>Everything &amp;cached for this source</translation>
    </message>
    <message>
        <source>Browse every record of this source that the cache holds, with filters, sort and full-text search, as a dataset</source>
        <translation>Browse every record of this source that the cache holds, with filters, sort and full-text search, as a dataset</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Times in &amp;UTC</translation>
    </message>
    <message>
        <source>Show times in UTC instead of the local time zone</source>
        <translation>Show times in UTC instead of the local time zone</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>appearance: as the desktop has it</comment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <comment>appearance</comment>
        <translation>L&amp;ight</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <comment>appearance</comment>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>&amp;Go to ID…</source>
        <translation>&amp;Go to ID…</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>&amp;Clear selection</translation>
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
        <source>About LogDeck</source>
        <translation>About LogDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LogDeck %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for communication, notification and audit logs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LogDeck %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for communication, notification and audit logs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Histogram</source>
        <translation>&amp;Histogram</translation>
    </message>
    <message>
        <source>Records over time above the table; drag across bars to filter on their time (Ctrl+Shift+H)</source>
        <translation>Records over time above the table; drag across bars to filter on their time (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>F&amp;acets</translation>
    </message>
    <message>
        <source>Each filter&apos;s values with how many records have them; click one to filter on it (Ctrl+Shift+F)</source>
        <translation>Each filter&apos;s values with how many records have them; click one to filter on it (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LogDeck</source>
        <translation>LogDeck</translation>
    </message>
    <message>
        <source>%1 — LogDeck</source>
        <translation>%1 — LogDeck</translation>
    </message>
    <message>
        <source>Go to ID</source>
        <translation>Go to ID</translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation>Record ID:</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Open dataset</translation>
    </message>
    <message>
        <source>LogDeck datasets (*.logdeck);;All files (*)</source>
        <translation>LogDeck datasets (*.logdeck);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MfaAction</name>
    <message>
        <source>TOTP enabled</source>
        <translation>TOTP enabled</translation>
    </message>
    <message>
        <source>TOTP disabled</source>
        <translation>TOTP disabled</translation>
    </message>
    <message>
        <source>TOTP reset</source>
        <translation>TOTP reset</translation>
    </message>
    <message>
        <source>SMS verification enabled</source>
        <translation>SMS verification enabled</translation>
    </message>
    <message>
        <source>SMS verification disabled</source>
        <translation>SMS verification disabled</translation>
    </message>
    <message>
        <source>Email verification enabled</source>
        <translation>Email verification enabled</translation>
    </message>
    <message>
        <source>Email verification disabled</source>
        <translation>Email verification disabled</translation>
    </message>
    <message>
        <source>Security key registered</source>
        <translation>Security key registered</translation>
    </message>
    <message>
        <source>Security key removed</source>
        <translation>Security key removed</translation>
    </message>
    <message>
        <source>Recovery codes generated</source>
        <translation>Recovery codes generated</translation>
    </message>
    <message>
        <source>MFA policy updated</source>
        <translation>MFA policy updated</translation>
    </message>
    <message>
        <source>MFA enforced</source>
        <translation>MFA enforced</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>OverviewController</name>
    <message>
        <source>No records to count</source>
        <translation>No records to count</translation>
    </message>
    <message>
        <source>Counting… %1 of %2 requests</source>
        <translation>Counting… %1 of %2 requests</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Not counted: %1</translation>
    </message>
    <message>
        <source>This source has no values to count on the server.</source>
        <translation>This source has no values to count on the server.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
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
    <name>RecordFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at column %2)</source>
        <translation>not JSON (%1 at column %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>%1: not a JSON array</source>
        <translation>%1: not a JSON array</translation>
    </message>
    <message>
        <source>text after the end of the array</source>
        <translation>text after the end of the array</translation>
    </message>
    <message>
        <source>element is not a JSON object</source>
        <translation>element is not a JSON object</translation>
    </message>
    <message>
        <source>the array is not closed (the file ends early)</source>
        <translation>the array is not closed (the file ends early)</translation>
    </message>
    <message>
        <source>%1: a single JSON document larger than %2 MiB; save it as JSON Lines instead</source>
        <translation>%1: a single JSON document larger than %2 MiB; save it as JSON Lines instead</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 fields, the header has %2</translation>
    </message>
    <message>
        <source>the record column is not a JSON object</source>
        <translation>the record column is not a JSON object</translation>
    </message>
    <message>
        <source>a quoted field is not closed (the file ends early)</source>
        <translation>a quoted field is not closed (the file ends early)</translation>
    </message>
</context>
<context>
    <name>RecordSink</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <source>nothing to finish</source>
        <translation>nothing to finish</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>the folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” is a file, not a folder.</translation>
    </message>
    <message>
        <source>the folder “%1” may not be written to.</source>
        <translation>the folder “%1” may not be written to.</translation>
    </message>
    <message>
        <source>a folder has that name.</source>
        <translation>a folder has that name.</translation>
    </message>
</context>
<context>
    <name>RemoteLogModel</name>
    <message>
        <source>The server cannot sort by this column</source>
        <translation>The server cannot sort by this column</translation>
    </message>
    <message>
        <source>not cached</source>
        <translation>not cached</translation>
    </message>
</context>
<context>
    <name>SearchIndexBuilder</name>
    <message>
        <source>Cannot build the search index of %1: %2</source>
        <translation>Cannot build the search index of %1: %2</translation>
    </message>
</context>
<context>
    <name>SendStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
</context>
<context>
    <name>ServerOverview</name>
    <message>
        <source>too many buckets: choose a longer bucket</source>
        <translation>too many buckets: choose a longer bucket</translation>
    </message>
    <message>
        <source>The server does not say how many records match, so they cannot be counted without reading them all.</source>
        <translation>The server does not say how many records match, so they cannot be counted without reading them all.</translation>
    </message>
    <message>
        <source>A record has no readable %1, so the records cannot be counted by time.</source>
        <translation>A record has no readable %1, so the records cannot be counted by time.</translation>
    </message>
    <message>
        <source>The server&apos;s list is not in time order, so its records cannot be counted by time.</source>
        <translation>The server&apos;s list is not in time order, so its records cannot be counted by time.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>My communication logs</source>
        <translation>My communication logs</translation>
    </message>
    <message>
        <source>All users&apos; communication logs</source>
        <translation>All users&apos; communication logs</translation>
    </message>
    <message>
        <source>Notification audit logs</source>
        <translation>Notification audit logs</translation>
    </message>
    <message>
        <source>Notification API logs</source>
        <translation>Notification API logs</translation>
    </message>
    <message>
        <source>MFA configuration audit logs</source>
        <translation>MFA configuration audit logs</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list of source keys, &quot;a, b or c&quot;</extracomment>
        <translation>, </translation>
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
    <name>SourceSidebar</name>
    <message>
        <source>Edit connection…</source>
        <translation>Edit connection…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Exported datasets open here.</source>
        <translation>Exported datasets open here.</translation>
    </message>
</context>
<context>
    <name>StatusFields</name>
    <message>
        <source>Choose a source</source>
        <translation>Choose a source</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Dataset: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded · %3 the server counted but did not send</source>
        <translation>%1 of %2 rows loaded · %3 the server counted but did not send</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows loaded · %Ln new at the top (F5 shows them)</source>
        <translation>
            <numerusform>%1 of %2 rows loaded · %Ln new at the top (F5 shows them)</numerusform>
            <numerusform>%1 of %2 rows loaded · %Ln new at the top (F5 shows them)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded</source>
        <translation>%1 of %2 rows loaded</translation>
    </message>
    <message>
        <source>%1 rows loaded</source>
        <translation>%1 rows loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>last response %1 ms</source>
        <translation>last response %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the server: %1 s</source>
        <translation>Waiting for the server: %1 s</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Cached (%1)</source>
        <translation>Cached (%1)</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live tail</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>importing…</translation>
    </message>
    <message>
        <source>search index: %1 %</source>
        <translation>search index: %1 %</translation>
    </message>
    <message>
        <source>search index: not built</source>
        <translation>search index: not built</translation>
    </message>
    <message>
        <source>(searching by a scan meanwhile)</source>
        <translation>(searching by a scan meanwhile)</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Since previous</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation>Total duration: %1</translation>
    </message>
    <message>
        <source>Messages created %1 · succeeded %2 · failed %3</source>
        <translation>Messages created %1 · succeeded %2 · failed %3</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>The file name must end in .logdeck, .jsonl or .csv.</source>
        <translation>The file name must end in .logdeck, .jsonl or .csv.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln record to %1.</numerusform>
            <numerusform>Exported %Ln records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export incomplete</source>
        <translation>Export incomplete</translation>
    </message>
    <message>
        <source>%1. The file %2 holds what was read.</source>
        <translation>%1. The file %2 holds what was read.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Nothing was written to %1.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) into %1.</source>
        <translation>
            <numerusform>Imported %Ln record into %1.</numerusform>
            <numerusform>Imported %Ln records into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad record(s) skipped</source>
        <translation>
            <numerusform>%n bad record skipped</numerusform>
            <numerusform>%n bad records skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; %1 was not written.</source>
        <translation>Import cancelled; %1 was not written.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 was not written.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s)</source>
        <translation>
            <numerusform>Exported %Ln record</numerusform>
            <numerusform>Exported %Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>to %1. %2.</source>
        <translation>to %1. %2.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; kept %Ln record(s) in %1.</source>
        <translation>
            <numerusform>Import cancelled; kept %Ln record in %1.</numerusform>
            <numerusform>Import cancelled; kept %Ln records in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LogDeck</source>
        <translation>Welcome to LogDeck</translation>
    </message>
    <message>
        <source>See what happened to a message, a notification request or an MFA change: connect to your log server, or try LogDeck on a demo server with a million generated records.</source>
        <translation>See what happened to a message, a notification request or an MFA change: connect to your log server, or try LogDeck on a demo server with a million generated records.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation>Add connection…</translation>
    </message>
    <message>
        <source>Open dataset…</source>
        <translation>Open dataset…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The server cannot sort by “%1”.</source>
        <translation>The server cannot sort by “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the cache.</source>
        <translation>Found in the cache.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>No record with ID “%1” is loaded or in the cache for this source.</source>
        <translation>No record with ID “%1” is loaded or in the cache for this source.</translation>
    </message>
    <message>
        <source>The cache is not available</source>
        <translation>The cache is not available</translation>
    </message>
    <message>
        <source>LogDeck works on without it; offline mode shows nothing.</source>
        <translation>LogDeck works on without it; offline mode shows nothing.</translation>
    </message>
    <message>
        <source>The server&apos;s list is not in time order</source>
        <translation>The server&apos;s list is not in time order</translation>
    </message>
    <message>
        <source>The date range could not be found by bisection; it is applied to the rows loaded so far only. Scroll down to load more.</source>
        <translation>The date range could not be found by bisection; it is applied to the rows loaded so far only. Scroll down to load more.</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) at the top.</source>
        <translation>
            <numerusform>%n new record at the top.</numerusform>
            <numerusform>%n new records at the top.</numerusform>
        </translation>
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
    <message>
        <source>Export every record a query finds on a server to a file: .logdeck, .jsonl or .csv (from the
extension). The file appears only when complete. The token is read from LOGDECK_TOKEN.</source>
        <translation>Export every record a query finds on a server to a file: .logdeck, .jsonl or .csv (from the
extension). The file appears only when complete. The token is read from LOGDECK_TOKEN.</translation>
    </message>
    <message>
        <source>The file to write: .logdeck, .jsonl or .csv.</source>
        <translation>The file to write: .logdeck, .jsonl or .csv.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 BOM (for spreadsheets).</source>
        <translation>CSV: start with a UTF-8 BOM (for spreadsheets).</translation>
    </message>
    <message>
        <source>Requests at a time (default 4).</source>
        <translation>Requests at a time (default 4).</translation>
    </message>
    <message>
        <source>export needs --url, --source and --out</source>
        <translation>export needs --url, --source and --out</translation>
    </message>
    <message>
        <source>--out must end in .logdeck, .jsonl or .csv</source>
        <translation>--out must end in .logdeck, .jsonl or .csv</translation>
    </message>
    <message>
        <source>%1 records written to %2</source>
        <translation>%1 records written to %2</translation>
    </message>
    <message>
        <source>Import JSON Lines, JSON arrays, saved API pages or LogDeck CSV into a .logdeck dataset.
Malformed records are reported with their line numbers and skipped.</source>
        <translation>Import JSON Lines, JSON arrays, saved API pages or LogDeck CSV into a .logdeck dataset.
Malformed records are reported with their line numbers and skipped.</translation>
    </message>
    <message>
        <source>The dataset to write (.logdeck).</source>
        <translation>The dataset to write (.logdeck).</translation>
    </message>
    <message>
        <source>Refuse the input at its first bad record.</source>
        <translation>Refuse the input at its first bad record.</translation>
    </message>
    <message>
        <source>Input files.</source>
        <translation>Input files.</translation>
    </message>
    <message>
        <source>import needs --out FILE.logdeck</source>
        <translation>import needs --out FILE.logdeck</translation>
    </message>
    <message>
        <source>import needs at least one input file</source>
        <translation>import needs at least one input file</translation>
    </message>
    <message>
        <source>%1 records imported, %2 skipped</source>
        <translation>%1 records imported, %2 skipped</translation>
    </message>
    <message>
        <source>Query a .logdeck dataset with the same filters as a server, and full-text search.</source>
        <translation>Query a .logdeck dataset with the same filters as a server, and full-text search.</translation>
    </message>
    <message>
        <source>Full-text search (taken literally).</source>
        <translation>Full-text search (taken literally).</translation>
    </message>
    <message>
        <source>Print the number of matching records only.</source>
        <translation>Print the number of matching records only.</translation>
    </message>
    <message>
        <source>jsonl (default), csv or table.</source>
        <translation>jsonl (default), csv or table.</translation>
    </message>
    <message>
        <source>At most this many records.</source>
        <translation>At most this many records.</translation>
    </message>
    <message>
        <source>A .logdeck file.</source>
        <translation>A .logdeck file.</translation>
    </message>
    <message>
        <source>query needs one dataset file</source>
        <translation>query needs one dataset file</translation>
    </message>
    <message>
        <source>--format takes jsonl, csv or table</source>
        <translation>--format takes jsonl, csv or table</translation>
    </message>
    <message>
        <source>%1 / %2 records (%3/s)</source>
        <translation>%1 / %2 records (%3/s)</translation>
    </message>
    <message>
        <source>%1 records (%2/s)</source>
        <translation>%1 records (%2/s)</translation>
    </message>
    <message>
        <source>no record with the id %1 in %2</source>
        <translation>no record with the id %1 in %2</translation>
    </message>
    <message>
        <source>text (default: fields and status history) or json (the record).</source>
        <translation>text (default: fields and status history) or json (the record).</translation>
    </message>
    <message>
        <source>A .logdeck file, unless --url is given.</source>
        <translation>A .logdeck file, unless --url is given.</translation>
    </message>
    <message>
        <source>The record&apos;s id.</source>
        <translation>The record&apos;s id.</translation>
    </message>
    <message>
        <source>show --url needs --source and one record id</source>
        <translation>show --url needs --source and one record id</translation>
    </message>
    <message>
        <source>show needs a dataset file and a record id, or --url, --source and an id</source>
        <translation>show needs a dataset file and a record id, or --url, --source and an id</translation>
    </message>
    <message>
        <source>--format takes text or json</source>
        <translation>--format takes text or json</translation>
    </message>
    <message>
        <source>the %1 API has no endpoint for one record; export it and run show on the dataset</source>
        <translation>the %1 API has no endpoint for one record; export it and run show on the dataset</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Times in UTC rather than local time.</source>
        <translation>Times in UTC rather than local time.</translation>
    </message>
    <message>
        <source>Keep the file and exit 0 even when fewer records were read than the
server reported (otherwise: exit 3).</source>
        <translation>Keep the file and exit 0 even when fewer records were read than the
server reported (otherwise: exit 3).</translation>
    </message>
    <message>
        <source>waiting for the server: %1 s</source>
        <translation>waiting for the server: %1 s</translation>
    </message>
    <message numerus="yes">
        <source>logdeck-cli: %n record(s) the server reported were not read; the file is kept, --allow-partial accepts it</source>
        <translation>
            <numerusform>logdeck-cli: %n record the server reported was not read; the file is kept, --allow-partial accepts it</numerusform>
            <numerusform>logdeck-cli: %n records the server reported were not read; the file is kept, --allow-partial accepts it</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fetch every entry by id for its status history.</source>
        <translation>%1: fetch every entry by id for its status history.</translation>
    </message>
    <message>
        <source>import needs --source (%1)</source>
        <translation>import needs --source (%1)</translation>
    </message>
    <message>
        <source>Show one record, with every field and its status history, from a server or a .logdeck dataset.
From a server, only sources with an endpoint for one record (%1) can be shown.
The token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>Show one record, with every field and its status history, from a server or a .logdeck dataset.
From a server, only sources with an endpoint for one record (%1) can be shown.
The token is read from the LOGDECK_TOKEN environment variable.</translation>
    </message>
    <message>
        <source>API log status (name or number).</source>
        <translation>API log status (name or number).</translation>
    </message>
    <message>
        <source>Send status: pending, sent, failed or delivered.</source>
        <translation>Send status: pending, sent, failed or delivered.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (default), csv or json.</translation>
    </message>
    <message>
        <source>Free-text filters: the N most frequent values (default 10).</source>
        <translation>Free-text filters: the N most frequent values (default 10).</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format takes table, csv or json</translation>
    </message>
    <message>
        <source>--top takes a number of at least 1</source>
        <translation>--top takes a number of at least 1</translation>
    </message>
    <message>
        <source>Count the records of a .logdeck dataset or a server per time bucket, by status.
On a server, the token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>Count the records of a .logdeck dataset or a server per time bucket, by status.
On a server, the token is read from the LOGDECK_TOKEN environment variable.</translation>
    </message>
    <message>
        <source>Count the records of a .logdeck dataset or a server per value of each filter.
On a server, the token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>Count the records of a .logdeck dataset or a server per value of each filter.
On a server, the token is read from the LOGDECK_TOKEN environment variable.</translation>
    </message>
    <message>
        <source>The bucket: 1m, 15m, 1h, 1d, 1w, 1mo… (default: at most 60 buckets over the range), on the local calendar.</source>
        <translation>The bucket: 1m, 15m, 1h, 1d, 1w, 1mo… (default: at most 60 buckets over the range), on the local calendar.</translation>
    </message>
    <message>
        <source>On a server: print to stderr how many requests it took.</source>
        <translation>On a server: print to stderr how many requests it took.</translation>
    </message>
    <message>
        <source>histogram needs one dataset file, or --url and --source</source>
        <translation>histogram needs one dataset file, or --url and --source</translation>
    </message>
    <message>
        <source>facets needs one dataset file, or --url and --source</source>
        <translation>facets needs one dataset file, or --url and --source</translation>
    </message>
    <message>
        <source>--bucket takes a number and m, h, d, w or mo, like 15m (minutes and hours that divide a day)</source>
        <translation>--bucket takes a number and m, h, d, w or mo, like 15m (minutes and hours that divide a day)</translation>
    </message>
    <message>
        <source>--search works on datasets only: the APIs have no search</source>
        <translation>--search works on datasets only: the APIs have no search</translation>
    </message>
    <message>
        <source>Usage: logdeck-cli COMMAND [options]

Headless access to LogDeck&apos;s log sources and dataset files.

Commands:
  fetch    Fetch one page from a server and print its records as JSON lines
  export   Export everything a query finds on a server to .logdeck, .jsonl or .csv
  import   Import JSON Lines, JSON arrays, saved pages or CSV into a .logdeck dataset
  query    Filter, search and print a .logdeck dataset
  histogram  Count records per time bucket, by status, on a server or a dataset
  facets   Count records per value of each filter, on a server or a dataset
  show     Show one record with its status history, from a server or a dataset

Run logdeck-cli COMMAND --help for the options of a command.
The token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>Usage: logdeck-cli COMMAND [options]

Headless access to LogDeck&apos;s log sources and dataset files.

Commands:
  fetch    Fetch one page from a server and print its records as JSON lines
  export   Export everything a query finds on a server to .logdeck, .jsonl or .csv
  import   Import JSON Lines, JSON arrays, saved pages or CSV into a .logdeck dataset
  query    Filter, search and print a .logdeck dataset
  histogram  Count records per time bucket, by status, on a server or a dataset
  facets   Count records per value of each filter, on a server or a dataset
  show     Show one record with its status history, from a server or a dataset

Run logdeck-cli COMMAND --help for the options of a command.
The token is read from the LOGDECK_TOKEN environment variable.</translation>
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
        <source>Interface language: en or zh_CN.</source>
        <translation>Interface language: en or zh_CN.</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Not an http(s) URL: %1</translation>
    </message>
    <message>
        <source>Unknown source: %1</source>
        <translation>Unknown source: %1</translation>
    </message>
    <message>
        <source>Source to show first: %1.</source>
        <translation>Source to show first: %1.</translation>
    </message>
    <message>
        <source>A .logdeck dataset to open, or JSON Lines or CSV records to import.</source>
        <translation>A .logdeck dataset to open, or JSON Lines or CSV records to import.</translation>
    </message>
</context>
</TS>
