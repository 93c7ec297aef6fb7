<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../gui/findings_panel.py" line="52" />
        <location filename="../../gui/findings_panel.py" line="70" />
        <source>规则原文 ▸</source>
        <translation>Rule text ▸</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="70" />
        <source>规则原文 ▾</source>
        <translation>Rule text ▾</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../gui/findings_panel.py" line="107" />
        <source>检查结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="115" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="115" />
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="115" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="142" />
        <source>✔ 没有发现问题。</source>
        <translation>✔ No problems found.</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="144" />
        <source>✖ %1 个错误，%2 个提醒：请先处理错误。</source>
        <translation>✖ %1 errors, %2 warnings: fix the errors first.</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="147" />
        <source>没有错误，%1 个提醒。</source>
        <translation>No errors, %1 warnings.</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="173" />
        <source>依据 %1：《%2》（%3）</source>
        <translation>Source %1: «%2» (%3)</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="182" />
        <source>✖ 有一处填写无法识别，改正后才能检查：</source>
        <translation>✖ One entry cannot be read; fix it and the plan will be checked:</translation>
    </message>
</context>
<context>
    <name>FulfilmentModel</name>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="35" />
        <source>奖品</source>
        <translation>Prize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="35" />
        <source>发货截止（北京时间）</source>
        <translation>Ship by (Beijing time)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="35" />
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="35" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="77" />
        <source>（未命名奖品）</source>
        <translation>(unnamed prize)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="79" />
        <source>未设开奖时间</source>
        <translation>no draw time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="84" />
        <source>已超时 %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="84" />
        <source>还剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="86" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="86" />
        <source>待发货</source>
        <translation>to ship</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="86" />
        <source>已超时，请立即发货</source>
        <translation>Overdue — ship now</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="87" />
        <source>已按时发货 %1</source>
        <translation>Shipped on time %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="87" />
        <source>超时发货 %1</source>
        <translation>Shipped late %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentView</name>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="103" />
        <source>奖品发货</source>
        <translation>Prize shipping</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="105" />
        <source>标记为已发货（现在）</source>
        <translation>Mark shipped (now)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="106" />
        <source>撤销发货记录</source>
        <translation>Undo shipped</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment.py" line="109" />
        <source>平台规则：开奖后48小时内完成奖品发货。恰好48小时仍算按时。</source>
        <translation>Platform rule: ship every prize within 48 hours of its draw. Exactly 48 hours is still on time.</translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="20" />
        <source>奖品主图</source>
        <translation>Prize main image</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="21" />
        <location filename="../../gui/tabs/lottery/image_panel.py" line="66" />
        <source>未选择图片</source>
        <translation>No image</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="26" />
        <source>选择主图…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="39" />
        <source>确认主图符合要求：</source>
        <translation>Confirm the image:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="71" />
        <source>无法显示</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="72" />
        <source>图片“%1”无法读取：%2。请换一张 JPG 或 PNG 图片。</source>
        <translation>The image “%1” cannot be read: %2. Choose a JPG or PNG image.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="81" />
        <source>选择奖品主图</source>
        <translation>Choose the prize image</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="82" />
        <source>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>LotteryTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="28" />
        <source>0元抽奖</source>
        <translation>Lottery (0元抽奖)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="54" />
        <source>例如：6月10日晚场直播</source>
        <translation>e.g. 10 June evening live</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="55" />
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="59" />
        <source>直播场次</source>
        <translation>Live session</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="56" />
        <source>直播开始</source>
        <translation>Session start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="57" />
        <source>直播结束</source>
        <translation>Session end</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="59" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="60" />
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="69" />
        <source>奖品列表</source>
        <translation>Prizes</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="78" />
        <source>添加奖品</source>
        <translation>Add prize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="79" />
        <source>复制</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="80" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="81" />
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="82" />
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="83" />
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="92" />
        <source>直播中口播/展示的抽奖说明，例如：关注主播即可参与抽奖，中奖后48小时内发货，包邮。</source>
        <translation>The lottery terms you read out or show, e.g. follow the streamer to take part; prizes ship within 48 hours, free shipping.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="93" />
        <source>抽奖说明</source>
        <translation>Lottery terms</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="98" />
        <source>抽奖说明（口播与展示文字）</source>
        <translation>Lottery terms (read out and shown)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="116" />
        <source>方案与检查</source>
        <translation>Plan and check</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="117" />
        <source>开奖后发货</source>
        <translation>After the draw</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="211" />
        <source>同一用户本场最多可得 %1 元（上限 %2 元）· 奖品总价值 %3 元</source>
        <translation>One user can win at most ¥%1 this session (cap ¥%2) · all prizes ¥%3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="237" />
        <source>（未命名奖品）</source>
        <translation>(unnamed prize)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="238" />
        <source>删除奖品</source>
        <translation>Delete prize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="238" />
        <source>删除奖品“%1”？</source>
        <translation>Delete the prize “%1”?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="273" />
        <source>无法标记发货</source>
        <translation>Cannot mark shipped</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="274" />
        <source>这个奖品还没有开奖（或开奖时间未填写），不能标记为已发货。</source>
        <translation>This prize has not been drawn yet (or has no draw time), so it cannot be marked shipped.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="310" />
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="320" />
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="310" />
        <source>请先改正标红的填写错误，再导出。</source>
        <translation>Fix the entry marked in red first, then export.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="313" />
        <source>抽奖方案</source>
        <translation>lottery plan</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="314" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="321" />
        <source>文件没有保存：%1
请关闭正在打开该文件的 Excel，或换一个文件夹后重试。</source>
        <translation>The file was not saved: %1
Close Excel if it has the file open, or choose another folder, and try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="35" />
        <source>小店合规助手</source>
        <translation>Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="40" />
        <source>当前店铺</source>
        <translation>Current shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="42" />
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="44" />
        <source>当前店铺：</source>
        <translation>Current shop:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="48" />
        <source>添加店铺</source>
        <translation>Add shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="49" />
        <source>编辑店铺</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="50" />
        <location filename="../../gui/main_window.py" line="207" />
        <source>删除店铺</source>
        <translation>Delete shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="70" />
        <source>规则包 %1 · 共 %2 条规则 · 数据只保存在本机</source>
        <translation>Rule pack %1 · %2 rules · your data stays on this computer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="96" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="97" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="107" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="109" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="110" />
        <location filename="../../gui/main_window.py" line="120" />
        <source>关于小店合规助手</source>
        <translation>About Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="113" />
        <source>小店合规助手 %1
规则包版本 %2（%3 条规则）
数据文件：%4

按快手小店、抖店公布的规则，在您操作之前检查方案。每条结果都引用规则原文与日期，请以平台后台为准。</source>
        <translation>Shop Rules Assistant %1
Rule pack %2 (%3 rules)
Data file: %4

Checks your plans against the rules Kuaishou and Douyin have published, before you act. Every finding quotes the rule and its date; the platform's back-end has the last word.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="126" />
        <source>欢迎！还没有店铺。添加您的店铺，或先用示例店铺看看各项检查。</source>
        <translation>Welcome! There is no shop yet. Add yours, or try the checks with the sample shop first.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128" />
        <source>添加我的店铺</source>
        <translation>Add my shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130" />
        <source>使用示例店铺</source>
        <translation>Use the sample shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159" />
        <source>体验分 %1</source>
        <translation>Experience %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161" />
        <source>口碑分 %1</source>
        <translation>Reputation %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163" />
        <source>考核期内</source>
        <translation>in assessment</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165" />
        <source>专业电商主播</source>
        <translation>Professional e-commerce streamer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178" />
        <source>无法保存店铺</source>
        <translation>Cannot save the shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="208" />
        <source>确定删除店铺“%1”及其保存的全部方案吗？此操作不能撤销。</source>
        <translation>Delete the shop “%1” and all plans saved for it? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PlanBar</name>
    <message>
        <location filename="../../gui/plan_bar.py" line="41" />
        <source>已保存的方案</source>
        <translation>Saved plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="46" />
        <source>方案：</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="50" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="50" />
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="51" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="51" />
        <source>打开文件…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="52" />
        <source>另存为文件…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="108" />
        <source>已自动保存 %1</source>
        <translation>Saved automatically %1</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="112" />
        <source>未命名方案 %1</source>
        <translation>Untitled plan %1</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="124" />
        <source>重命名方案</source>
        <translation>Rename plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="124" />
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="134" />
        <source>删除方案</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="135" />
        <source>确定删除方案“%1”吗？此操作不能撤销。</source>
        <translation>Delete the plan “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="145" />
        <source>打开方案文件</source>
        <translation>Open plan file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="151" />
        <source>无法打开方案文件</source>
        <translation>Cannot open the plan file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="163" />
        <source>另存为方案文件</source>
        <translation>Save plan file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="171" />
        <source>无法保存文件</source>
        <translation>Cannot save the file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="172" />
        <source>文件没有保存：%1
请换一个文件夹，或关闭正在使用该文件的程序后重试。</source>
        <translation>The file was not saved: %1
Choose another folder, or close the program using the file, and try again.</translation>
    </message>
</context>
<context>
    <name>PrizeTableModel</name>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="20" />
        <source>奖品标题</source>
        <translation>Prize title</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="20" />
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="20" />
        <source>材质</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="21" />
        <source>类目</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="21" />
        <source>本店可上架</source>
        <translation>Shop category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="22" />
        <source>单价（元）</source>
        <translation>Value (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="22" />
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="23" />
        <source>每人最多中</source>
        <translation>Max wins/user</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="23" />
        <source>需资质</source>
        <translation>Needs licence</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="24" />
        <source>已有资质</source>
        <translation>Has licence</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="24" />
        <source>使用权天数</source>
        <translation>Usage days</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="25" />
        <source>使用权市场价值</source>
        <translation>Usage value (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="25" />
        <source>开奖时间</source>
        <translation>Draw time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="98" />
        <source>一级 &gt; 二级 &gt; 三级，例如：服饰/鞋靴 &gt; 男装 &gt; T恤</source>
        <translation>Level 1 &gt; level 2 &gt; level 3, e.g. 服饰/鞋靴 &gt; 男装 &gt; T恤</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="100" />
        <source>北京时间，例如 2023-06-10 21:00</source>
        <translation>Beijing time, e.g. 2023-06-10 21:00</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="34" />
        <source>规则编号</source>
        <translation>Rule id</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="34" />
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="34" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="34" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="64" />
        <source>快手</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="64" />
        <source>抖音</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="65" />
        <source>生效中</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="65" />
        <source>未生效/已失效</source>
        <translation>Not in force</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="29" />
        <source>规则库</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="76" />
        <source>按编号或关键词搜索，例如 value_cap 或 抽奖</source>
        <translation>Search by id or words, e.g. value_cap or 抽奖</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="77" />
        <source>搜索规则</source>
        <translation>Search rules</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="80" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="81" />
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="82" />
        <source>快手小店</source>
        <translation>Kuaishou shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="83" />
        <source>抖店</source>
        <translation>Douyin shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="87" />
        <source>查看日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="100" />
        <source>规则详情</source>
        <translation>Rule details</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="105" />
        <source>按日期：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="126" />
        <source>共 %1 条规则（规则包版本 %2）</source>
        <translation>%1 rules (rule pack %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="133" />
        <source>没有找到匹配的规则。</source>
        <translation>No matching rule.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="144" />
        <source>生效中</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="144" />
        <source>未生效/已失效</source>
        <translation>Not in force</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="145" />
        <source>公告未写明</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="146" />
        <source>至今</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="147" />
        <source>生效</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="147" />
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="148" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="148" />
        <source>参数（按所选日期）</source>
        <translation>Parameters (as of the chosen date)</translation>
    </message>
</context>
<context>
    <name>Shop</name>
    <message>
        <location filename="../../gui/shop_dialog.py" line="18" />
        <source>快手小店</source>
        <translation>Kuaishou shop</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="18" />
        <source>抖店</source>
        <translation>Douyin shop</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="23" />
        <source>个人店</source>
        <translation>Personal shop (个人店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="23" />
        <source>个体工商户店</source>
        <translation>Sole proprietor shop (个体工商户店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="24" />
        <source>普通企业店</source>
        <translation>Enterprise shop (普通企业店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="24" />
        <source>旗舰店</source>
        <translation>Flagship store (旗舰店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="25" />
        <source>专卖店</source>
        <translation>Exclusive store (专卖店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="25" />
        <source>专营店</source>
        <translation>Multi-brand store (专营店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="26" />
        <source>卖场型旗舰店</source>
        <translation>Mall flagship store (卖场型旗舰店)</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../gui/shop_dialog.py" line="35" />
        <source>编辑店铺</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="35" />
        <source>添加店铺</source>
        <translation>Add shop</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="38" />
        <location filename="../../gui/shop_dialog.py" line="57" />
        <source>店铺名称</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="47" />
        <location filename="../../gui/shop_dialog.py" line="60" />
        <source>店铺体验分</source>
        <translation>Shop experience score (店铺体验分)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="48" />
        <location filename="../../gui/shop_dialog.py" line="61" />
        <source>带货口碑分</source>
        <translation>Reputation score (带货口碑分)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="49" />
        <source>处于经营能力考核期</source>
        <translation>In the business-assessment period</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="51" />
        <source>专业电商主播</source>
        <translation>Professional e-commerce streamer</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="58" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="59" />
        <source>店铺类型</source>
        <translation>Shop type</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="79" />
        <source>未知</source>
        <translation>unknown</translation>
    </message>
</context>
</TS>