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
    <message>
        <source>a redirect without a valid Location</source>
        <translation>重定向缺少有效的 Location</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s)</source>
        <translation>
            <numerusform>重定向超过 %n 次</numerusform>
        </translation>
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
    <message>
        <source>Redirect refused</source>
        <translation>已拒绝重定向</translation>
    </message>
    <message>
        <source>Too many requests: the server asked LogDeck to slow down</source>
        <translation>请求过多：服务器要求 LogDeck 放慢速度</translation>
    </message>
    <message>
        <source> — %1</source>
        <comment>what the server said was wrong, after its message</comment>
        <translation> — %1</translation>
    </message>
    <message>
        <source> (code %1 in an HTTP 200 answer, %2)</source>
        <translation>（HTTP 200 响应中的错误码 %1，%2）</translation>
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
        <translation>已接收</translation>
    </message>
    <message>
        <source>Validation error</source>
        <translation>校验错误</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cache database %1: %2</source>
        <translation>缓存数据库 %1：%2</translation>
    </message>
    <message>
        <source>written by a newer LogDeck (schema %1)</source>
        <translation>由更新版本的 LogDeck 写入（结构版本 %1）</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
</context>
<context>
    <name>ClientDateRange</name>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1”不是日期时间</translation>
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
    <message>
        <source>Send status</source>
        <translation>发送状态</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>正在启动演示服务器……</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Remove “%1” and forget its token?</source>
        <translation>删除“%1”并清除其令牌？</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>The token could not be stored in the system keychain (%1). It is kept for this session only; you will be asked for it next time.</source>
        <translation>无法将令牌保存到系统钥匙串（%1）。令牌仅在本次会话中保留；下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>%1 的令牌</translation>
    </message>
    <message>
        <source>The server did not accept the token. Enter a valid bearer token:</source>
        <translation>未认证或令牌无效。请输入有效的 Bearer 令牌：</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础地址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>每页条数(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Production, Staging, …</source>
        <translation>生产环境、预发布环境……</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>将令牌保存在系统钥匙串中</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>Custom paths (for services mounted under a prefix)</source>
        <translation>自定义路径（用于挂载在路径前缀下的服务）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Plain http to another machine: the token would travel unencrypted. Use https unless this is a trusted network.</source>
        <translation>通过明文 http 连接其他主机：令牌将以未加密的方式传输。除非是可信网络，请使用 https。</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only</source>
        <translation>没有可用的系统钥匙串：令牌仅在本次会话中保留</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>测试中……</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>401: the token is missing or not valid</source>
        <translation>401：未认证或令牌无效</translation>
    </message>
    <message>
        <source>403: this token may not read it</source>
        <translation>403：无权访问该资源</translation>
    </message>
    <message>
        <source>not found: check the path</source>
        <translation>未找到：请检查路径</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>显示或隐藏令牌</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>System settings (or “direct”, or http://proxy:3128)</source>
        <translation>系统设置（或 “direct”，或 http://proxy:3128）</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s proxy settings (http_proxy, https_proxy, no_proxy). “direct”: no proxy. Or a proxy of this connection&apos;s own: http://host:port or socks5://host:port.</source>
        <translation>留空：使用系统代理设置（http_proxy、https_proxy、no_proxy）。“direct”：不使用代理。或为此连接单独指定代理：http://主机:端口 或 socks5://主机:端口。</translation>
    </message>
    <message>
        <source>Not a proxy: write http://host:port, socks5://host:port or “direct”.</source>
        <translation>不是有效的代理：请填写 http://主机:端口、socks5://主机:端口 或 “direct”。</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>This token may not read this source (403).</source>
        <translation>无权访问该资源（403）：此令牌不能读取该日志源。</translation>
    </message>
    <message>
        <source>The token is missing or not valid (401).</source>
        <translation>未认证或令牌无效（401）。</translation>
    </message>
    <message>
        <source>The server has no such endpoint (404): check the path.</source>
        <translation>服务器上没有此接口（404）：请检查路径。</translation>
    </message>
</context>
<context>
    <name>DatasetController</name>
    <message>
        <source>Cached: %1</source>
        <translation>缓存：%1</translation>
    </message>
    <message>
        <source>%1 · %2 records · from %3</source>
        <translation>%1 · %2 条记录 · 来自 %3</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>Cannot open the cache</source>
        <translation>无法打开缓存</translation>
    </message>
    <message>
        <source>The search index of %1 is not finished</source>
        <translation>%1 的搜索索引尚未完成</translation>
    </message>
    <message>
        <source>It is being built now. Rows, filters and sort work meanwhile; a search scans the records, which is slower.</source>
        <translation>正在建立索引。其间可以浏览、筛选和排序；搜索会逐条扫描记录，速度较慢。</translation>
    </message>
    <message>
        <source>Cannot finish the search index of %1</source>
        <translation>无法完成 %1 的搜索索引</translation>
    </message>
    <message>
        <source>%1. Rows, filters and sort work; a search scans the records, which is slower.</source>
        <translation>%1。仍可浏览、筛选和排序；搜索会逐条扫描记录，速度较慢。</translation>
    </message>
</context>
<context>
    <name>DatasetFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a LogDeck dataset (not an SQLite file).</source>
        <translation>%1 不是 LogDeck 数据集（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a LogDeck dataset.</source>
        <translation>%1 是 SQLite 文件，但不是 LogDeck 数据集。</translation>
    </message>
    <message>
        <source>%1 was written by a newer LogDeck (dataset format %2; this version reads up to %3). Update LogDeck to open it.</source>
        <translation>%1 由更新版本的 LogDeck 写入（数据集格式 %2；此版本最高支持 %3）。请更新 LogDeck 后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: its description is incomplete.</source>
        <translation>%1 已损坏：其描述信息不完整。</translation>
    </message>
</context>
<context>
    <name>DatasetLogModel</name>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
</context>
<context>
    <name>DatasetOverview</name>
    <message>
        <source>more than 100,000 buckets: choose a longer bucket</source>
        <translation>时间桶超过 100,000 个：请选择更长的时间桶</translation>
    </message>
</context>
<context>
    <name>DatasetQuery</name>
    <message>
        <source>“%1” is not a date or a date and time</source>
        <translation>“%1”不是日期或日期时间</translation>
    </message>
    <message>
        <source>unknown filter “%1”</source>
        <translation>未知的筛选条件“%1”</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>未知的状态“%1”</translation>
    </message>
    <message>
        <source>cannot sort by “%1”</source>
        <translation>不能按“%1”排序</translation>
    </message>
</context>
<context>
    <name>DatasetSink</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>无法启动演示服务器：%1</translation>
    </message>
    <message>
        <source>The demo server crashed while starting.</source>
        <translation>演示服务器在启动时崩溃。</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (exit code %1).</source>
        <translation>演示服务器在启动时退出（退出码 %1）。</translation>
    </message>
    <message>
        <source>logdeck-demo-server was not found next to LogDeck or on the PATH.</source>
        <translation>在 LogDeck 所在目录和 PATH 中都找不到 logdeck-demo-server。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>This record has no payload.</source>
        <translation>此记录没有请求内容。</translation>
    </message>
    <message>
        <source>Loading the status history…</source>
        <translation>正在加载状态历史……</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>请求内容</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Select a row to see its fields and status history.</source>
        <translation>选择一行以查看其字段和状态历史。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Re-enter token…</source>
        <translation>重新输入令牌……</translation>
    </message>
    <message>
        <source>Go offline</source>
        <translation>离线工作</translation>
    </message>
    <message>
        <source>Show what is in the cache instead of asking the server</source>
        <translation>显示缓存中的内容，不再请求服务器</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>Notification sent</source>
        <translation>通知已发送</translation>
    </message>
    <message>
        <source>Notification failed</source>
        <translation>通知发送失败</translation>
    </message>
    <message>
        <source>Notification retried</source>
        <translation>通知已重试</translation>
    </message>
    <message>
        <source>Notification delivered</source>
        <translation>通知已送达</translation>
    </message>
    <message>
        <source>Notification read</source>
        <translation>通知已读</translation>
    </message>
    <message>
        <source>Notification clicked</source>
        <translation>通知已点击</translation>
    </message>
    <message>
        <source>Unsubscribed from notifications</source>
        <translation>已退订通知</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>用户已创建</translation>
    </message>
    <message>
        <source>User updated</source>
        <translation>用户已更新</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>用户已删除</translation>
    </message>
    <message>
        <source>User subscription updated</source>
        <translation>用户订阅已更新</translation>
    </message>
    <message>
        <source>Admin resent a notification</source>
        <translation>管理员重发了通知</translation>
    </message>
    <message>
        <source>Admin unblocked an email address</source>
        <translation>管理员解除了邮箱地址的屏蔽</translation>
    </message>
    <message>
        <source>Admin changed a category subscription</source>
        <translation>管理员修改了分类订阅</translation>
    </message>
    <message>
        <source>Admin read the audit logs</source>
        <translation>管理员查看了审计日志</translation>
    </message>
    <message>
        <source>Admin added a category subscription</source>
        <translation>管理员添加了分类订阅</translation>
    </message>
    <message>
        <source>Admin added a notification subscription</source>
        <translation>管理员添加了通知订阅</translation>
    </message>
    <message>
        <source>Email blocked after a bounce</source>
        <translation>邮箱因退信被屏蔽</translation>
    </message>
    <message>
        <source>Email unsubscribed after a complaint</source>
        <translation>邮箱因投诉被退订</translation>
    </message>
    <message>
        <source>Email blocked for a while after a transient bounce</source>
        <translation>邮箱因临时退信被暂时屏蔽</translation>
    </message>
    <message>
        <source>Device token created</source>
        <translation>设备令牌已创建</translation>
    </message>
    <message>
        <source>Device token deleted</source>
        <translation>设备令牌已删除</translation>
    </message>
    <message>
        <source>Notification sent through the API</source>
        <translation>通过 API 发送了通知</translation>
    </message>
    <message>
        <source>Admin blocked a webhook URL</source>
        <translation>管理员屏蔽了 Webhook 地址</translation>
    </message>
    <message>
        <source>Admin unblocked a webhook URL</source>
        <translation>管理员解除了 Webhook 地址的屏蔽</translation>
    </message>
    <message>
        <source>Admin re-triggered a webhook</source>
        <translation>管理员重新触发了 Webhook</translation>
    </message>
    <message>
        <source>Webhook re-triggered</source>
        <translation>Webhook 已重新触发</translation>
    </message>
    <message>
        <source>User muted an enterprise</source>
        <translation>用户屏蔽了企业</translation>
    </message>
    <message>
        <source>User unmuted an enterprise</source>
        <translation>用户取消屏蔽企业</translation>
    </message>
    <message>
        <source>User muted a wallet</source>
        <translation>用户屏蔽了钱包</translation>
    </message>
    <message>
        <source>User unmuted a wallet</source>
        <translation>用户取消屏蔽钱包</translation>
    </message>
    <message>
        <source>User updated muted wallets</source>
        <translation>用户更新了屏蔽的钱包</translation>
    </message>
    <message>
        <source>User updated muted enterprises</source>
        <translation>用户更新了屏蔽的企业</translation>
    </message>
    <message>
        <source>Admin muted an enterprise</source>
        <translation>管理员屏蔽了企业</translation>
    </message>
    <message>
        <source>Admin unmuted an enterprise</source>
        <translation>管理员取消屏蔽企业</translation>
    </message>
    <message>
        <source>Admin muted a wallet</source>
        <translation>管理员屏蔽了钱包</translation>
    </message>
    <message>
        <source>Admin unmuted a wallet</source>
        <translation>管理员取消屏蔽钱包</translation>
    </message>
    <message>
        <source>Admin updated muted wallets</source>
        <translation>管理员更新了屏蔽的钱包</translation>
    </message>
    <message>
        <source>Admin updated muted enterprises</source>
        <translation>管理员更新了屏蔽的企业</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>LogDeck dataset (*.logdeck);;JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>LogDeck 数据集 (*.logdeck);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>仅导出选中的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark (for spreadsheet programs)</source>
        <translation>在 CSV 开头写入字节顺序标记（供电子表格程序使用）</translation>
    </message>
    <message>
        <source>Fetch each entry&apos;s status history (one request per entry)</source>
        <translation>获取每条记录的状态历史（每条记录一次请求）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>A LogDeck dataset: opens offline at any size, with filters and search.</source>
        <translation>LogDeck 数据集：任意大小都可离线打开，支持筛选和搜索。</translation>
    </message>
    <message>
        <source>JSON Lines: one record per line, as the server sent it.</source>
        <translation>JSON Lines：每行一条记录，与服务器返回的内容一致。</translation>
    </message>
    <message>
        <source>CSV (RFC 4180, UTF-8): the columns, then the whole record as JSON.</source>
        <translation>CSV（RFC 4180，UTF-8）：各列，然后是整条记录的 JSON。</translation>
    </message>
    <message>
        <source>The file name must end in .logdeck, .jsonl or .csv.</source>
        <translation>文件名必须以 .logdeck、.jsonl 或 .csv 结尾。</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>the server&apos;s list is not in time order, so the date range cannot be found; export without it and filter the dataset</source>
        <translation>服务器返回的列表未按时间排序，无法确定日期范围；请不带日期范围导出，再在数据集中筛选</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s); the server reports no total</source>
        <translation>
            <numerusform>已读取 %n 条记录；服务器未提供总数</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of the %2 records the server reported</source>
        <translation>已读取服务器报告的 %2 条记录中的 %1 条</translation>
    </message>
    <message>
        <source>Read %1 of the %2 records the server reported: %3 missing</source>
        <translation>已读取服务器报告的 %2 条记录中的 %1 条：缺少 %3 条</translation>
    </message>
    <message numerus="yes">
        <source>; %n arrived during the export</source>
        <translation>
            <numerusform>；导出期间新到 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n shown twice as the list moved, written once</source>
        <translation>
            <numerusform>；列表变动导致 %n 条重复出现，只写入一次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <source>%1 (top %Ln)</source>
        <translation>
            <numerusform>%1（前 %Ln 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the filters (Enter)</source>
        <translation>应用筛选条件（Enter）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>text in content, errors, recipients, payloads, details, messages</source>
        <translation>在内容、错误信息、接收方、请求内容、详情和消息中查找文字</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>精确匹配</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>applied locally</source>
        <translation>由本地应用</translation>
    </message>
    <message>
        <source>This API has no date parameters: LogDeck finds the rows of the range by bisecting the newest-first pages.</source>
        <translation>此接口没有日期参数：LogDeck 通过对按时间倒序排列的分页做二分查找来确定范围内的记录。</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>非 %1</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Target user ID</source>
        <translation>目标用户ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>发送渠道</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>发送状态</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>操作人ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <source>Back to the previous time range (or double-click the histogram)</source>
        <translation>回到上一个时间范围（或双击直方图）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import records from</source>
        <translation>从以下文件导入记录</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>记录 (*.jsonl *.ndjson *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>新数据集</translation>
    </message>
    <message>
        <source>LogDeck dataset (*.logdeck)</source>
        <translation>LogDeck 数据集 (*.logdeck)</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>New dataset:</source>
        <translation>新数据集：</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件……</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>Refuse the files at their first bad record</source>
        <translation>遇到第一条错误记录即拒绝整个文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Add JSON Lines, a JSON array, a saved API response or a CSV that LogDeck exported.</source>
        <translation>请添加 JSON Lines、JSON 数组、保存的 API 响应，或由 LogDeck 导出的 CSV。</translation>
    </message>
    <message>
        <source>The dataset&apos;s name must end in .logdeck.</source>
        <translation>数据集的文件名必须以 .logdeck 结尾。</translation>
    </message>
    <message>
        <source>The dataset cannot replace one of the files it is made from.</source>
        <translation>数据集不能覆盖用来生成它的文件。</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced when the import is complete.</source>
        <translation>%1 已存在，导入完成后将被替换。</translation>
    </message>
    <message>
        <source>The first bad record stops the import, and no dataset is made.</source>
        <translation>遇到第一条错误记录即停止导入，不会生成数据集。</translation>
    </message>
    <message>
        <source>Bad records are skipped and listed when the import ends.</source>
        <translation>错误记录将被跳过，并在导入结束时列出。</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The dataset&apos;s name must end in .logdeck.</source>
        <translation>数据集的文件名必须以 .logdeck 结尾。</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>%1 of %2 records · %3 per second · about %4 left</source>
        <translation>%1 / %2 条记录 · 每秒 %3 条 · 约剩 %4</translation>
    </message>
    <message>
        <source>%1 records · %2 per second · about %3 left</source>
        <translation>%1 条记录 · 每秒 %2 条 · 约剩 %3</translation>
    </message>
    <message>
        <source>%1 records · %2 per second</source>
        <translation>%1 条记录 · 每秒 %2 条</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Finding the records…</source>
        <translation>正在查找记录……</translation>
    </message>
    <message>
        <source>Waiting for the server: %1 s</source>
        <translation>等待服务器：%1 秒</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1……</translation>
    </message>
    <message>
        <source>%1 records · building the indexes…</source>
        <translation>%1 条记录 · 正在建立索引……</translation>
    </message>
    <message>
        <source>Cancel the import?</source>
        <translation>取消导入？</translation>
    </message>
    <message>
        <source>%1 records are in %2 so far. Keep them as a smaller dataset, or discard them?</source>
        <translation>%2 中目前已有 %1 条记录。要把它们保留为一个较小的数据集，还是丢弃？</translation>
    </message>
    <message>
        <source>Keep %1 records</source>
        <translation>保留 %1 条记录</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Continue importing</source>
        <translation>继续导入</translation>
    </message>
    <message>
        <source>Keeping %1 records · building the indexes…</source>
        <translation>保留 %1 条记录 · 正在建立索引…</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>Copy as TSV</source>
        <translation>复制为 TSV</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Open detail</source>
        <translation>查看详情</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>添加连接(&amp;A)……</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>打开数据集(&amp;O)……</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)……</translation>
    </message>
    <message>
        <source>Save what the filters found, or the selected rows, to a file (Ctrl+E)</source>
        <translation>将筛选结果或选中的行保存到文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>导入记录(&amp;I)……</translation>
    </message>
    <message>
        <source>Make a dataset of records saved as JSON Lines, a JSON array, an API response or CSV (Ctrl+I)</source>
        <translation>用保存为 JSON Lines、JSON 数组、API 响应或 CSV 的记录生成数据集（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the rows again, keeping the selection (F5)</source>
        <translation>重新获取记录并保留选择（F5）</translation>
    </message>
    <message>
        <source>&amp;Live tail</source>
        <translation>实时跟踪(&amp;L)</translation>
    </message>
    <message>
        <source>Check for new records every 10 seconds and add them at the top</source>
        <translation>每 10 秒检查一次新记录，并将其添加到顶部</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <source>Show only what is in the cache; ask the server nothing</source>
        <translation>只显示缓存中的内容，不请求服务器</translation>
    </message>
    <message>
        <source>Everything &amp;cached for this source</source>
        <translation>此日志源的全部缓存记录(&amp;C)</translation>
    </message>
    <message>
        <source>Browse every record of this source that the cache holds, with filters, sort and full-text search, as a dataset</source>
        <translation>以数据集的方式浏览缓存中此日志源的全部记录，支持筛选、排序和全文搜索</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>以 &amp;UTC 显示时间</translation>
    </message>
    <message>
        <source>Show times in UTC instead of the local time zone</source>
        <translation>以 UTC 而非本地时区显示时间</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>appearance: as the desktop has it</comment>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <comment>appearance</comment>
        <translation>浅色(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <comment>appearance</comment>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)……</translation>
    </message>
    <message>
        <source>&amp;Go to ID…</source>
        <translation>按 ID 转到(&amp;G)……</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>清除选择(&amp;C)</translation>
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
        <source>About LogDeck</source>
        <translation>关于 LogDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LogDeck %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for communication, notification and audit logs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LogDeck %1&lt;/h3&gt;&lt;p&gt;用于浏览通信日志、通知日志和审计日志的桌面工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Histogram</source>
        <translation>直方图(&amp;H)</translation>
    </message>
    <message>
        <source>Records over time above the table; drag across bars to filter on their time (Ctrl+Shift+H)</source>
        <translation>在表格上方按时间显示记录数；拖过柱形即按其时间筛选（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>分面统计(&amp;A)</translation>
    </message>
    <message>
        <source>Each filter&apos;s values with how many records have them; click one to filter on it (Ctrl+Shift+F)</source>
        <translation>每个筛选条件的各个取值及其记录数；点击某个取值即按其筛选（Ctrl+Shift+F）</translation>
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
        <translation>按 ID 转到</translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation>记录 ID：</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>LogDeck datasets (*.logdeck);;All files (*)</source>
        <translation>LogDeck 数据集 (*.logdeck);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MfaAction</name>
    <message>
        <source>TOTP enabled</source>
        <translation>已启用 TOTP</translation>
    </message>
    <message>
        <source>TOTP disabled</source>
        <translation>已停用 TOTP</translation>
    </message>
    <message>
        <source>TOTP reset</source>
        <translation>已重置 TOTP</translation>
    </message>
    <message>
        <source>SMS verification enabled</source>
        <translation>已启用短信验证</translation>
    </message>
    <message>
        <source>SMS verification disabled</source>
        <translation>已停用短信验证</translation>
    </message>
    <message>
        <source>Email verification enabled</source>
        <translation>已启用邮件验证</translation>
    </message>
    <message>
        <source>Email verification disabled</source>
        <translation>已停用邮件验证</translation>
    </message>
    <message>
        <source>Security key registered</source>
        <translation>已注册安全密钥</translation>
    </message>
    <message>
        <source>Security key removed</source>
        <translation>已移除安全密钥</translation>
    </message>
    <message>
        <source>Recovery codes generated</source>
        <translation>已生成恢复码</translation>
    </message>
    <message>
        <source>MFA policy updated</source>
        <translation>已更新 MFA 策略</translation>
    </message>
    <message>
        <source>MFA enforced</source>
        <translation>已强制启用 MFA</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OverviewController</name>
    <message>
        <source>No records to count</source>
        <translation>没有可统计的记录</translation>
    </message>
    <message>
        <source>Counting… %1 of %2 requests</source>
        <translation>正在统计… 已完成 %1/%2 个请求</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>未能统计：%1</translation>
    </message>
    <message>
        <source>This source has no values to count on the server.</source>
        <translation>该日志源在服务器上没有可统计的取值。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计……</translation>
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
    <name>RecordFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not JSON (%1 at column %2)</source>
        <translation>不是 JSON（第 %2 列：%1）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: not a JSON array</source>
        <translation>%1：不是 JSON 数组</translation>
    </message>
    <message>
        <source>text after the end of the array</source>
        <translation>数组结束后还有内容</translation>
    </message>
    <message>
        <source>element is not a JSON object</source>
        <translation>数组元素不是 JSON 对象</translation>
    </message>
    <message>
        <source>the array is not closed (the file ends early)</source>
        <translation>数组没有闭合（文件提前结束）</translation>
    </message>
    <message>
        <source>%1: a single JSON document larger than %2 MiB; save it as JSON Lines instead</source>
        <translation>%1：单个 JSON 文档超过 %2 MiB；请改存为 JSON Lines</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>the record column is not a JSON object</source>
        <translation>record 列不是 JSON 对象</translation>
    </message>
    <message>
        <source>a quoted field is not closed (the file ends early)</source>
        <translation>带引号的字段没有闭合（文件提前结束）</translation>
    </message>
</context>
<context>
    <name>RecordSink</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>nothing to finish</source>
        <translation>没有需要完成的写入</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>the folder “%1” may not be written to.</source>
        <translation>没有写入文件夹“%1”的权限。</translation>
    </message>
    <message>
        <source>a folder has that name.</source>
        <translation>已有同名文件夹。</translation>
    </message>
</context>
<context>
    <name>RemoteLogModel</name>
    <message>
        <source>The server cannot sort by this column</source>
        <translation>服务器不支持按此列排序</translation>
    </message>
    <message>
        <source>not cached</source>
        <translation>未缓存</translation>
    </message>
</context>
<context>
    <name>SearchIndexBuilder</name>
    <message>
        <source>Cannot build the search index of %1: %2</source>
        <translation>无法为 %1 建立搜索索引：%2</translation>
    </message>
</context>
<context>
    <name>SendStatus</name>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
</context>
<context>
    <name>ServerOverview</name>
    <message>
        <source>too many buckets: choose a longer bucket</source>
        <translation>时间桶过多：请选择更长的时间桶</translation>
    </message>
    <message>
        <source>The server does not say how many records match, so they cannot be counted without reading them all.</source>
        <translation>服务器未返回匹配的总条数，无法在不读取全部记录的情况下统计。</translation>
    </message>
    <message>
        <source>A record has no readable %1, so the records cannot be counted by time.</source>
        <translation>有记录缺少可读取的 %1，无法按时间统计。</translation>
    </message>
    <message>
        <source>The server&apos;s list is not in time order, so its records cannot be counted by time.</source>
        <translation>服务器返回的列表未按时间排序，无法按时间统计。</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>My communication logs</source>
        <translation>我的通信日志</translation>
    </message>
    <message>
        <source>All users&apos; communication logs</source>
        <translation>全部用户的通信日志</translation>
    </message>
    <message>
        <source>Notification audit logs</source>
        <translation>通知审计日志</translation>
    </message>
    <message>
        <source>Notification API logs</source>
        <translation>通知 API 日志</translation>
    </message>
    <message>
        <source>MFA configuration audit logs</source>
        <translation>MFA 配置审计日志</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list of source keys, &quot;a, b or c&quot;</extracomment>
        <translation>、</translation>
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
    <name>SourceSidebar</name>
    <message>
        <source>Edit connection…</source>
        <translation>编辑连接……</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Exported datasets open here.</source>
        <translation>导出的数据集在此打开。</translation>
    </message>
</context>
<context>
    <name>StatusFields</name>
    <message>
        <source>Choose a source</source>
        <translation>请选择日志源</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>数据集：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded · %3 the server counted but did not send</source>
        <translation>已加载 %1 / %2 行 · 服务器计入但未返回 %3 行</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows loaded · %Ln new at the top (F5 shows them)</source>
        <translation>
            <numerusform>已加载 %1 / %2 行 · 顶部有 %Ln 条新记录（按 F5 显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded</source>
        <translation>已加载 %1 条，总条数 %2</translation>
    </message>
    <message>
        <source>%1 rows loaded</source>
        <translation>已加载 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>last response %1 ms</source>
        <translation>上次响应 %1 毫秒</translation>
    </message>
    <message>
        <source>Waiting for the server: %1 s</source>
        <translation>等待服务器：%1 秒</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Cached (%1)</source>
        <translation>来自缓存（%1）</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>实时跟踪</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>search index: %1 %</source>
        <translation>搜索索引：%1%</translation>
    </message>
    <message>
        <source>search index: not built</source>
        <translation>搜索索引：未建立</translation>
    </message>
    <message>
        <source>(searching by a scan meanwhile)</source>
        <translation>（其间以扫描方式搜索）</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>距上一步</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation>总耗时：%1</translation>
    </message>
    <message>
        <source>Messages created %1 · succeeded %2 · failed %3</source>
        <translation>创建消息 %1 · 成功 %2 · 失败 %3</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>The file name must end in .logdeck, .jsonl or .csv.</source>
        <translation>文件名必须以 .logdeck、.jsonl 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export incomplete</source>
        <translation>导出不完整</translation>
    </message>
    <message>
        <source>%1. The file %2 holds what was read.</source>
        <translation>%1。文件 %2 包含已读取的内容。</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>未向 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>……另有 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) into %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录导入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad record(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 条错误记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; %1 was not written.</source>
        <translation>导入已取消；未写入 %1。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>未写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s)</source>
        <translation>
            <numerusform>已导出 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>to %1. %2.</source>
        <translation>到 %1。%2。</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; kept %Ln record(s) in %1.</source>
        <translation>
            <numerusform>导入已取消；%1 中保留了 %Ln 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LogDeck</source>
        <translation>欢迎使用 LogDeck</translation>
    </message>
    <message>
        <source>See what happened to a message, a notification request or an MFA change: connect to your log server, or try LogDeck on a demo server with a million generated records.</source>
        <translation>查看一条消息、一次通知请求或一项 MFA 变更的经过：连接到你的日志服务器，或在含有一百万条生成记录的演示服务器上试用 LogDeck。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation>添加连接……</translation>
    </message>
    <message>
        <source>Open dataset…</source>
        <translation>打开数据集……</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The server cannot sort by “%1”.</source>
        <translation>服务器不支持按“%1”排序。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the cache.</source>
        <translation>已在缓存中找到。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>No record with ID “%1” is loaded or in the cache for this source.</source>
        <translation>此日志源已加载的记录和缓存中都没有 ID 为“%1”的记录。</translation>
    </message>
    <message>
        <source>The cache is not available</source>
        <translation>缓存不可用</translation>
    </message>
    <message>
        <source>LogDeck works on without it; offline mode shows nothing.</source>
        <translation>LogDeck 可继续工作，但离线模式下不会显示任何内容。</translation>
    </message>
    <message>
        <source>The server&apos;s list is not in time order</source>
        <translation>服务器返回的列表未按时间排序</translation>
    </message>
    <message>
        <source>The date range could not be found by bisection; it is applied to the rows loaded so far only. Scroll down to load more.</source>
        <translation>无法通过二分查找确定日期范围；该范围只应用于已加载的记录。向下滚动可加载更多记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) at the top.</source>
        <translation>
            <numerusform>顶部有 %n 条新记录。</numerusform>
        </translation>
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
    <message>
        <source>Export every record a query finds on a server to a file: .logdeck, .jsonl or .csv (from the
extension). The file appears only when complete. The token is read from LOGDECK_TOKEN.</source>
        <translation>将服务器上查询到的全部记录导出到文件：.logdeck、.jsonl 或 .csv（由扩展名决定）。
文件只在完成后出现。令牌从 LOGDECK_TOKEN 读取。</translation>
    </message>
    <message>
        <source>The file to write: .logdeck, .jsonl or .csv.</source>
        <translation>要写入的文件：.logdeck、.jsonl 或 .csv。</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 BOM (for spreadsheets).</source>
        <translation>CSV：以 UTF-8 BOM 开头（供电子表格使用）。</translation>
    </message>
    <message>
        <source>Requests at a time (default 4).</source>
        <translation>同时进行的请求数（默认4）。</translation>
    </message>
    <message>
        <source>export needs --url, --source and --out</source>
        <translation>export 需要 --url、--source 和 --out</translation>
    </message>
    <message>
        <source>--out must end in .logdeck, .jsonl or .csv</source>
        <translation>--out 必须以 .logdeck、.jsonl 或 .csv 结尾</translation>
    </message>
    <message>
        <source>%1 records written to %2</source>
        <translation>已将 %1 条记录写入 %2</translation>
    </message>
    <message>
        <source>Import JSON Lines, JSON arrays, saved API pages or LogDeck CSV into a .logdeck dataset.
Malformed records are reported with their line numbers and skipped.</source>
        <translation>将 JSON Lines、JSON 数组、保存的接口响应页或 LogDeck CSV 导入为 .logdeck 数据集。
格式错误的记录会报告其行号并跳过。</translation>
    </message>
    <message>
        <source>The dataset to write (.logdeck).</source>
        <translation>要写入的数据集（.logdeck）。</translation>
    </message>
    <message>
        <source>Refuse the input at its first bad record.</source>
        <translation>遇到第一条错误记录时拒绝整个输入。</translation>
    </message>
    <message>
        <source>Input files.</source>
        <translation>输入文件。</translation>
    </message>
    <message>
        <source>import needs --out FILE.logdeck</source>
        <translation>import 需要 --out FILE.logdeck</translation>
    </message>
    <message>
        <source>import needs at least one input file</source>
        <translation>import 至少需要一个输入文件</translation>
    </message>
    <message>
        <source>%1 records imported, %2 skipped</source>
        <translation>已导入 %1 条记录，跳过 %2 条</translation>
    </message>
    <message>
        <source>Query a .logdeck dataset with the same filters as a server, and full-text search.</source>
        <translation>使用与服务器相同的筛选条件及全文搜索查询 .logdeck 数据集。</translation>
    </message>
    <message>
        <source>Full-text search (taken literally).</source>
        <translation>全文搜索（按字面匹配）。</translation>
    </message>
    <message>
        <source>Print the number of matching records only.</source>
        <translation>只输出匹配记录的条数。</translation>
    </message>
    <message>
        <source>jsonl (default), csv or table.</source>
        <translation>jsonl（默认）、csv 或 table。</translation>
    </message>
    <message>
        <source>At most this many records.</source>
        <translation>最多输出这么多条记录。</translation>
    </message>
    <message>
        <source>A .logdeck file.</source>
        <translation>一个 .logdeck 文件。</translation>
    </message>
    <message>
        <source>query needs one dataset file</source>
        <translation>query 需要一个数据集文件</translation>
    </message>
    <message>
        <source>--format takes jsonl, csv or table</source>
        <translation>--format 的取值为 jsonl、csv 或 table</translation>
    </message>
    <message>
        <source>%1 / %2 records (%3/s)</source>
        <translation>%1 / %2 条记录（每秒 %3 条）</translation>
    </message>
    <message>
        <source>%1 records (%2/s)</source>
        <translation>%1 条记录（每秒 %2 条）</translation>
    </message>
    <message>
        <source>no record with the id %1 in %2</source>
        <translation>%2 中没有 ID 为 %1 的记录</translation>
    </message>
    <message>
        <source>text (default: fields and status history) or json (the record).</source>
        <translation>text（默认：字段和状态历史）或 json（记录本身）。</translation>
    </message>
    <message>
        <source>A .logdeck file, unless --url is given.</source>
        <translation>.logdeck 文件（未指定 --url 时）。</translation>
    </message>
    <message>
        <source>The record&apos;s id.</source>
        <translation>记录的 ID。</translation>
    </message>
    <message>
        <source>show --url needs --source and one record id</source>
        <translation>show --url 需要 --source 和一个记录 ID</translation>
    </message>
    <message>
        <source>show needs a dataset file and a record id, or --url, --source and an id</source>
        <translation>show 需要一个数据集文件和一个记录 ID，或者 --url、--source 和一个 ID</translation>
    </message>
    <message>
        <source>--format takes text or json</source>
        <translation>--format 只接受 text 或 json</translation>
    </message>
    <message>
        <source>the %1 API has no endpoint for one record; export it and run show on the dataset</source>
        <translation>%1 接口没有查询单条记录的端点；请先导出，再对数据集运行 show</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Times in UTC rather than local time.</source>
        <translation>以 UTC 而非本地时间显示时间。</translation>
    </message>
    <message>
        <source>Keep the file and exit 0 even when fewer records were read than the
server reported (otherwise: exit 3).</source>
        <translation>即使读取的记录少于服务器报告的数量，也保留文件并以 0 退出
（否则退出码为 3）。</translation>
    </message>
    <message>
        <source>waiting for the server: %1 s</source>
        <translation>等待服务器：%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>logdeck-cli: %n record(s) the server reported were not read; the file is kept, --allow-partial accepts it</source>
        <translation>
            <numerusform>logdeck-cli：服务器报告的 %n 条记录未能读取；文件已保留，使用 --allow-partial 可接受部分结果</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fetch every entry by id for its status history.</source>
        <translation>%1：按 ID 获取每条记录以得到其状态历史。</translation>
    </message>
    <message>
        <source>import needs --source (%1)</source>
        <translation>import 需要 --source（%1）</translation>
    </message>
    <message>
        <source>Show one record, with every field and its status history, from a server or a .logdeck dataset.
From a server, only sources with an endpoint for one record (%1) can be shown.
The token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>显示一条记录的全部字段及其状态历史，来源可以是服务器或 .logdeck 数据集。
从服务器只能显示提供单条记录接口的日志源（%1）。
令牌从环境变量 LOGDECK_TOKEN 读取。</translation>
    </message>
    <message>
        <source>API log status (name or number).</source>
        <translation>API 日志状态（名称或数字）。</translation>
    </message>
    <message>
        <source>Send status: pending, sent, failed or delivered.</source>
        <translation>发送状态：pending、sent、failed 或 delivered。</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>Free-text filters: the N most frequent values (default 10).</source>
        <translation>自由文本筛选条件：出现最多的 N 个取值（默认 10）。</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format 可取 table、csv 或 json</translation>
    </message>
    <message>
        <source>--top takes a number of at least 1</source>
        <translation>--top 取不小于 1 的数字</translation>
    </message>
    <message>
        <source>Count the records of a .logdeck dataset or a server per time bucket, by status.
On a server, the token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>按时间桶统计 .logdeck 数据集或服务器上的记录数，并按状态分列。
统计服务器时，令牌从环境变量 LOGDECK_TOKEN 读取。</translation>
    </message>
    <message>
        <source>Count the records of a .logdeck dataset or a server per value of each filter.
On a server, the token is read from the LOGDECK_TOKEN environment variable.</source>
        <translation>按每个筛选条件的取值统计 .logdeck 数据集或服务器上的记录数。
统计服务器时，令牌从环境变量 LOGDECK_TOKEN 读取。</translation>
    </message>
    <message>
        <source>The bucket: 1m, 15m, 1h, 1d, 1w, 1mo… (default: at most 60 buckets over the range), on the local calendar.</source>
        <translation>时间桶：1m、15m、1h、1d、1w、1mo……（默认：整个范围内最多 60 个桶），按本地日历对齐。</translation>
    </message>
    <message>
        <source>On a server: print to stderr how many requests it took.</source>
        <translation>统计服务器时：在标准错误输出中打印所用的请求数。</translation>
    </message>
    <message>
        <source>histogram needs one dataset file, or --url and --source</source>
        <translation>histogram 需要一个数据集文件，或者 --url 和 --source</translation>
    </message>
    <message>
        <source>facets needs one dataset file, or --url and --source</source>
        <translation>facets 需要一个数据集文件，或者 --url 和 --source</translation>
    </message>
    <message>
        <source>--bucket takes a number and m, h, d, w or mo, like 15m (minutes and hours that divide a day)</source>
        <translation>--bucket 需要数字加 m、h、d、w 或 mo，例如 15m（分钟和小时须能整除一天）</translation>
    </message>
    <message>
        <source>--search works on datasets only: the APIs have no search</source>
        <translation>--search 只适用于数据集：这些接口不支持搜索</translation>
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
        <translation>用法：logdeck-cli 命令 [选项]

无界面访问 LogDeck 的日志源和数据集文件。

命令：
  fetch    从服务器获取一页记录，并以 JSON Lines 输出
  export   将服务器上查询到的全部记录导出为 .logdeck、.jsonl 或 .csv
  import   将 JSON Lines、JSON 数组、保存的响应页或 CSV 导入为 .logdeck 数据集
  query    筛选、搜索并输出 .logdeck 数据集
  histogram  按时间桶统计服务器或数据集的记录数，并按状态分列
  facets   按每个筛选条件的取值统计服务器或数据集的记录数
  show     显示一条记录及其状态历史，来源可以是服务器或数据集

运行 logdeck-cli 命令 --help 查看该命令的选项。
令牌从环境变量 LOGDECK_TOKEN 读取。</translation>
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
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>不是 http(s) 地址：%1</translation>
    </message>
    <message>
        <source>Unknown source: %1</source>
        <translation>未知的日志源：%1</translation>
    </message>
    <message>
        <source>Source to show first: %1.</source>
        <translation>首先显示的日志源：%1。</translation>
    </message>
    <message>
        <source>A .logdeck dataset to open, or JSON Lines or CSV records to import.</source>
        <translation>要打开的 .logdeck 数据集，或要导入的 JSON Lines 或 CSV 记录。</translation>
    </message>
</context>
</TS>
