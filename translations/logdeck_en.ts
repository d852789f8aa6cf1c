<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>cli</name>
    <message>
        <source>Headless access to LogDeck&apos;s log sources and dataset files.</source>
        <translation>Headless access to LogDeck&apos;s log sources and dataset files.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
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
