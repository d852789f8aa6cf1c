<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No log source open</source>
        <translation>未打开日志源</translation>
    </message>
    <message>
        <source>Connect to a server or open a dataset file to browse logs.</source>
        <translation>连接服务器或打开数据集文件以浏览日志。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About LogDeck</source>
        <translation>关于 LogDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LogDeck %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for communication, notification and audit logs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LogDeck %1&lt;/h3&gt;&lt;p&gt;用于浏览通信日志、通知日志和审计日志的桌面工具。&lt;/p&gt;</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About LogDeck</source>
        <translation>关于 LogDeck(&amp;A)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Headless access to LogDeck&apos;s log sources and dataset files.</source>
        <translation>以命令行方式访问 LogDeck 的日志源和数据集文件。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要执行的命令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse communication, notification and audit logs.</source>
        <translation>浏览通信日志、通知日志和审计日志。</translation>
    </message>
    <message>
        <source>Open the server at &lt;url&gt;; the token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>打开 &lt;url&gt; 处的服务器；令牌从环境变量 LOGDECK_TOKEN 读取。</translation>
    </message>
    <message>
        <source>Source to show first: comm-mine, comm-admin, notif-audit, api-logs or mfa-audit.</source>
        <translation>首先显示的日志源：comm-mine、comm-admin、notif-audit、api-logs 或 mfa-audit。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>A .logdeck dataset to open.</source>
        <translation>要打开的 .logdeck 数据集。</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>不是 http(s) 地址：%1</translation>
    </message>
</context>
</TS>
