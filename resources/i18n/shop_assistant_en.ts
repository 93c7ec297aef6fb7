<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../gui/findings_panel.py" line="28" />
        <source>检查结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="46" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="46" />
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="46" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="54" />
        <source>✔ 没有发现问题。</source>
        <translation>✔ No problems found.</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="56" />
        <source>✖ %1 个错误，%2 个提醒：请先处理错误。</source>
        <translation>✖ %1 errors, %2 warnings: fix the errors first.</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="59" />
        <source>没有错误，%1 个提醒。</source>
        <translation>No errors, %1 warnings.</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="68" />
        <source>依据 %1：《%2》（%3）</source>
        <translation>Source %1: «%2» (%3)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="33" />
        <source>小店合规助手</source>
        <translation>Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="38" />
        <source>当前店铺</source>
        <translation>Current shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="40" />
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="42" />
        <source>当前店铺：</source>
        <translation>Current shop:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="46" />
        <source>添加店铺</source>
        <translation>Add shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="47" />
        <source>编辑店铺</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="48" />
        <location filename="../../gui/main_window.py" line="186" />
        <source>删除店铺</source>
        <translation>Delete shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="68" />
        <source>规则包 %1 · 共 %2 条规则 · 数据只保存在本机</source>
        <translation>Rule pack %1 · %2 rules · your data stays on this computer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="75" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="86" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="88" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="89" />
        <location filename="../../gui/main_window.py" line="99" />
        <source>关于小店合规助手</source>
        <translation>About Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="92" />
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
        <location filename="../../gui/main_window.py" line="105" />
        <source>欢迎！还没有店铺。添加您的店铺，或先用示例店铺看看各项检查。</source>
        <translation>Welcome! There is no shop yet. Add yours, or try the checks with the sample shop first.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="107" />
        <source>添加我的店铺</source>
        <translation>Add my shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="109" />
        <source>使用示例店铺</source>
        <translation>Use the sample shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138" />
        <source>体验分 %1</source>
        <translation>Experience %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140" />
        <source>口碑分 %1</source>
        <translation>Reputation %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142" />
        <source>考核期内</source>
        <translation>in assessment</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144" />
        <source>专业电商主播</source>
        <translation>Professional e-commerce streamer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157" />
        <source>无法保存店铺</source>
        <translation>Cannot save the shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187" />
        <source>确定删除店铺“%1”及其保存的全部方案吗？此操作不能撤销。</source>
        <translation>Delete the shop “%1” and all plans saved for it? This cannot be undone.</translation>
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
        <location filename="../../gui/tabs/rules_tab.py" line="73" />
        <source>规则库</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="80" />
        <source>按编号或关键词搜索，例如 value_cap 或 抽奖</source>
        <translation>Search by id or words, e.g. value_cap or 抽奖</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="81" />
        <source>搜索规则</source>
        <translation>Search rules</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="84" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="85" />
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="86" />
        <source>快手小店</source>
        <translation>Kuaishou shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="87" />
        <source>抖店</source>
        <translation>Douyin shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="91" />
        <source>查看日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="104" />
        <source>规则详情</source>
        <translation>Rule details</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="109" />
        <source>按日期：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="130" />
        <source>共 %1 条规则（规则包版本 %2）</source>
        <translation>%1 rules (rule pack %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="137" />
        <source>没有找到匹配的规则。</source>
        <translation>No matching rule.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="148" />
        <source>生效中</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="148" />
        <source>未生效/已失效</source>
        <translation>Not in force</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="149" />
        <source>公告未写明</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="150" />
        <source>至今</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="151" />
        <source>生效</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="151" />
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="152" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="152" />
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