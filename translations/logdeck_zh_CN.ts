<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiClient</name>
    <message>
        <source>the server redirected to %1</source>
        <translation>服务器重定向到 %1</translation>
    </message>
    <message>
        <source>more than %1 MiB</source>
        <translation>超过 %1 MiB</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>the body ended early after %1 bytes</source>
        <translation>响应内容在 %1 字节后中断</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Unauthenticated or invalid token</source>
        <translation>未认证或令牌无效</translation>
    </message>
    <message>
        <source>Insufficient permissions to access this resource</source>
        <translation>无权访问该资源</translation>
    </message>
    <message>
        <source>Invalid request parameters</source>
        <translation>请求参数错误</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>服务内部错误</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器响应超时</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>无法解析服务器的响应</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large</source>
        <translation>服务器的响应过大</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Redirect to another server refused</source>
        <translation>已拒绝重定向到其他服务器</translation>
    </message>
    <message>
        <source> (HTTP %1, %2)</source>
        <translation>（HTTP %1，%2）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category: the server&apos;s own message</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>发送渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>模板ID</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>租户ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider response</source>
        <translation>服务商响应</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Actor ID</source>
        <translation>操作者ID</translation>
    </message>
    <message>
        <source>Notification ID</source>
        <translation>通知ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>事务ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Notification type</source>
        <translation>通知类型</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>Messages created</source>
        <translation>创建消息数</translation>
    </message>
    <message>
        <source>Messages succeeded</source>
        <translation>成功消息数</translation>
    </message>
    <message>
        <source>Messages failed</source>
        <translation>失败消息数</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>状态详情</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>客户端IP</translation>
    </message>
    <message>
        <source>Request payload</source>
        <translation>请求内容</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation>目标ID</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>操作人ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
</context>
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
    <name>PageCodec</name>
    <message>
        <source>not valid JSON (an unterminated string)</source>
        <translation>不是有效的 JSON（字符串未结束）</translation>
    </message>
    <message>
        <source>unknown envelope</source>
        <translation>未知的响应格式</translation>
    </message>
    <message>
        <source>expected one record object</source>
        <translation>应为单条记录对象</translation>
    </message>
    <message>
        <source>the list of records is missing or not a list</source>
        <translation>记录列表缺失或不是列表</translation>
    </message>
    <message>
        <source>a record is not an object</source>
        <translation>有记录不是对象</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>响应内容为空</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>第 %1 字节处不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>expected an object with items and pagination</source>
        <translation>应为包含 items 和 pagination 的对象</translation>
    </message>
    <message>
        <source>code is not a number</source>
        <translation>code 不是数字</translation>
    </message>
    <message>
        <source>total is not a whole number</source>
        <translation>total 不是整数</translation>
    </message>
    <message>
        <source>expected a page object</source>
        <translation>应为分页对象</translation>
    </message>
    <message>
        <source>totalElements is not a whole number</source>
        <translation>totalElements 不是整数</translation>
    </message>
    <message>
        <source>expected an object with totalCount and items</source>
        <translation>应为包含 totalCount 和 items 的对象</translation>
    </message>
    <message>
        <source>totalCount is not a whole number</source>
        <translation>totalCount 不是整数</translation>
    </message>
</context>
<context>
    <name>RemoteLogModel</name>
    <message>
        <source>The server cannot sort by this column</source>
        <translation>服务器不支持按此列排序</translation>
    </message>
</context>
<context>
    <name>SourceDefinition</name>
    <message>
        <source>“%1” is not a valid value for %2</source>
        <translation>“%1”不是 %2 的有效值</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1”不是日期时间</translation>
    </message>
    <message>
        <source>This source cannot be filtered by %1</source>
        <translation>此日志源不支持按 %1 筛选</translation>
    </message>
    <message>
        <source>The server cannot sort by %1</source>
        <translation>服务器不支持按 %1 排序</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Send channel: sms, email or push.</source>
        <translation>发送渠道：sms、email 或 push。</translation>
    </message>
    <message>
        <source>Send status, or API log status (name or number).</source>
        <translation>发送状态，或 API 日志状态（名称或数字）。</translation>
    </message>
    <message>
        <source>User ID.</source>
        <translation>用户ID。</translation>
    </message>
    <message>
        <source>Audit event type, such as NOTIFICATION_SENT.</source>
        <translation>审计事件类型，例如 NOTIFICATION_SENT。</translation>
    </message>
    <message>
        <source>Email address (exact).</source>
        <translation>邮箱地址（精确匹配）。</translation>
    </message>
    <message>
        <source>Username (exact).</source>
        <translation>用户名（精确匹配）。</translation>
    </message>
    <message>
        <source>MFA action, such as mfa_totp.enabled.</source>
        <translation>MFA 操作类型，例如 mfa_totp.enabled。</translation>
    </message>
    <message>
        <source>MFA target type, such as mfa_totp.</source>
        <translation>MFA 目标类型，例如 mfa_totp。</translation>
    </message>
    <message>
        <source>Operator ID.</source>
        <translation>操作人ID。</translation>
    </message>
    <message>
        <source>Start of the time range (RFC 3339, inclusive).</source>
        <translation>时间范围的开始（RFC 3339，包含）。</translation>
    </message>
    <message>
        <source>End of the time range (RFC 3339, inclusive).</source>
        <translation>时间范围的结束（RFC 3339，包含）。</translation>
    </message>
    <message>
        <source>Usage: logdeck-cli COMMAND [options]

Headless access to LogDeck&apos;s log sources and dataset files.

Commands:
  fetch    Fetch one page from a server and print its records as JSON lines

Run logdeck-cli COMMAND --help for the options of a command.
The token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>用法：logdeck-cli 命令 [选项]

以命令行方式访问 LogDeck 的日志源和数据集文件。

命令：
  fetch    从服务器获取一页记录，并以 JSON Lines 输出

运行 logdeck-cli 命令 --help 查看该命令的选项。
令牌从环境变量 LOGDECK_TOKEN 读取。</translation>
    </message>
    <message>
        <source>Fetch one page from a server and print its records as JSON lines.
The token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>从服务器获取一页记录，并以 JSON Lines 输出。
令牌从环境变量 LOGDECK_TOKEN 读取。</translation>
    </message>
    <message>
        <source>Base URL of the server.</source>
        <translation>服务器的基础地址。</translation>
    </message>
    <message>
        <source>comm-mine, comm-admin, notif-audit, api-logs or mfa-audit.</source>
        <translation>comm-mine、comm-admin、notif-audit、api-logs 或 mfa-audit。</translation>
    </message>
    <message>
        <source>Page number, from 1 (default 1).</source>
        <translation>页码，从1开始（默认1）。</translation>
    </message>
    <message>
        <source>Records per page (default 50, at most 100).</source>
        <translation>每页条数（默认50，最多100）。</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>等待响应的秒数（默认30）。</translation>
    </message>
    <message>
        <source>fetch needs --url and --source</source>
        <translation>fetch 需要 --url 和 --source</translation>
    </message>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation>不是 http(s) 地址：%1</translation>
    </message>
    <message>
        <source>credentials do not belong in the URL; put the token in LOGDECK_TOKEN</source>
        <translation>地址中不应包含凭据；请将令牌放入 LOGDECK_TOKEN</translation>
    </message>
    <message>
        <source>unknown source: %1</source>
        <translation>未知的日志源：%1</translation>
    </message>
    <message>
        <source>--page takes a number from 1</source>
        <translation>--page 需要从1开始的数字</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 100</source>
        <translation>--page-size 需要1到100之间的数字</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout 需要正数秒数</translation>
    </message>
    <message>
        <source>%1 records on this page, %2 in all</source>
        <translation>本页 %1 条，总条数 %2</translation>
    </message>
    <message>
        <source>Sort by a column, COLUMN[:asc|desc] (where the server can).</source>
        <translation>按列排序，列名[:asc|desc]（在服务器支持时）。</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 不适用于 %2</translation>
    </message>
    <message>
        <source>--sort takes COLUMN[:asc|desc] with a column of %1</source>
        <translation>--sort 需要 %1 的列名[:asc|desc]</translation>
    </message>
    <message>
        <source>the %1 API has no parameter for --%2; fetch prints one server page and cannot apply it</source>
        <translation>%1 接口没有 --%2 对应的参数；fetch 只输出服务器的一页，无法应用该筛选</translation>
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
