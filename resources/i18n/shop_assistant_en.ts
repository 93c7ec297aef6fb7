<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AftersaleTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="37"/>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="433"/>
        <source>售后时效</source>
        <translation>After-sales deadlines</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="207"/>
        <source>添加售后单…</source>
        <translation>Add case…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="208"/>
        <source>导入表格…</source>
        <translation>Import spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="209"/>
        <source>下载导入模板…</source>
        <translation>Save import template…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="210"/>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="473"/>
        <source>标记为已处理</source>
        <translation>Mark as handled</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="211"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="224"/>
        <source>售后单列表</source>
        <translation>After-sales cases</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="239"/>
        <source>所选售后单的说明</source>
        <translation>About the selected case</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="248"/>
        <source>把刚删除的售后单恢复回来</source>
        <translation>Bring back the after-sales case just deleted</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="259"/>
        <source>售后单与时效</source>
        <translation>Cases and deadlines</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="260"/>
        <source>假一赔四计算器</source>
        <translation>Counterfeit payouts (假一赔四)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="272"/>
        <source>售后时效要按店铺保存和提醒：没有店铺就没有可以记下的售后单。</source>
        <translation>After-sales deadlines are kept and reminded per shop: without a shop there is nowhere to record a case.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="305"/>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="317"/>
        <source>没有读到售后记录</source>
        <translation>Could not read the after-sales records</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="420"/>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="676"/>
        <source>售后单</source>
        <translation>After-sales cases</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="421"/>
        <source>赔付记录</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="426"/>
        <source>%1第 %2 行“%3”：</source>
        <translation>%1, row %2, “%3”: </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="589"/>
        <source>删除售后单“%1”？删除后 10 秒内可以点“撤销”恢复。</source>
        <translation>Delete after-sales case “%1”? You can click “Undo” within 10 seconds to bring it back.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="594"/>
        <source>已删除售后单“%1”</source>
        <translation>Deleted after-sales case “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="611"/>
        <source>没有恢复：已有售后单“%1”</source>
        <translation>Not restored: after-sales case “%1” is already in the list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="615"/>
        <source>已恢复售后单“%1”</source>
        <translation>Restored after-sales case “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="653"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="653"/>
        <source>列表里的修改还没有保存（%1），请稍后再导入。</source>
        <translation>The changes in the list are not saved yet (%1); please import again in a moment.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="677"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="189"/>
        <source>售后记录</source>
        <translation>after-sales records</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="333"/>
        <source>⚠ 上一个店铺的修改没能存进数据文件，已另存为 %1</source>
        <translation>⚠ The previous shop&apos;s changes could not reach the data file; they were kept as %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="389"/>
        <source>有一处填写需要改正（见下方）：已照填写保存，改正后才会按它检查。</source>
        <translation>One entry needs correcting (see below): it is saved as typed and will be checked once corrected.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="449"/>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="452"/>
        <source>⚠ 修改还没有保存：%1。修改仍在屏幕上，程序会每隔几秒自动重试。</source>
        <translation>⚠ Changes not saved yet: %1. They are still on screen; the app retries every few seconds.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="473"/>
        <source>改回未处理</source>
        <translation>Mark as not handled</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="587"/>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="615"/>
        <source>（无单号）</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="588"/>
        <source>删除售后单</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="648"/>
        <source>导入售后单</source>
        <translation>Import cases</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="649"/>
        <source>表格文件 (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="671"/>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="671"/>
        <source>售后单导入模板.xlsx</source>
        <translation>after-sales import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/aftersale_tab.py" line="678"/>
        <source>模板已保存到 %1：按表头填好后点“导入表格…”。</source>
        <translation>Template saved to %1. Fill it in under its headers, then click “Import spreadsheet…”.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../gui/app.py" line="145"/>
        <source>没有恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="154"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="155"/>
        <source>已从 %1 恢复。原来的数据文件已另存在数据文件夹中。</source>
        <translation>Restored from %1. The data file it replaced was kept in the data folder.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="402"/>
        <source>规则包</source>
        <translation>Rule pack</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../gui/autosave.py" line="262"/>
        <source>修改还没有保存</source>
        <translation>Changes not saved yet</translation>
    </message>
    <message>
        <location filename="../../gui/autosave.py" line="263"/>
        <source>以下修改还没有存进数据文件：
%1

可以重试；或者先把它们另存为文件再继续，之后用“打开文件…”找回。</source>
        <translation>These changes have not reached the data file yet:
%1

You can retry, or keep them in a file and go on; reopen them later with “Open file…”.</translation>
    </message>
    <message>
        <location filename="../../gui/autosave.py" line="265"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../gui/autosave.py" line="266"/>
        <source>另存为文件后继续</source>
        <translation>Keep in a file and go on</translation>
    </message>
    <message>
        <location filename="../../gui/autosave.py" line="267"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/autosave.py" line="280"/>
        <source>已另存为文件</source>
        <translation>Kept in a file</translation>
    </message>
    <message>
        <location filename="../../gui/autosave.py" line="281"/>
        <source>没有保存进数据文件的修改已另存为：
%1</source>
        <translation>The changes that did not reach the data file were kept as:
%1</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="104"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="104"/>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="104"/>
        <source>保证金增加（元）</source>
        <translation>Deposit added (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="104"/>
        <source>保证金余额（元）</source>
        <translation>Deposit balance (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="105"/>
        <source>距应缴还差（元）</source>
        <translation>Shortfall (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="117"/>
        <source>按之后的余额倒推（假定每次提现都等额充值了保证金）</source>
        <translation>Worked back from the later balance (assuming each withdrawal topped up the deposit by the same amount)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="124"/>
        <source>现在（按您填写的余额）</source>
        <translation>Now (the balance you entered)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="125"/>
        <source>提现 %1 元</source>
        <translation>Withdrawal of ¥%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="125"/>
        <source>计划提现 %1 元后</source>
        <translation>After the planned ¥%1 withdrawal</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="91"/>
        <source>批量测试：%1</source>
        <translation>Batch test: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="95"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="97"/>
        <source>正在读取问题并匹配…</source>
        <translation>Reading the questions and matching…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="101"/>
        <source>显示哪些问题</source>
        <translation>Which questions to show</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="102"/>
        <source>全部问题</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="102"/>
        <source>只看转人工的</source>
        <translation>Only those handed to a human</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="103"/>
        <source>只看答错的</source>
        <translation>Only wrong answers</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="109"/>
        <source>批量测试结果</source>
        <translation>Batch test results</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="113"/>
        <source>导出报告…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="116"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="122"/>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="140"/>
        <source>批量测试</source>
        <translation>Batch test</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="168"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="183"/>
        <source>文件里没有找到买家问题：请把问题放在第一列，或给那一列加上表头“问题”。</source>
        <translation>No buyer questions found in the file. Put the questions in the first column, or give that column the header “问题”.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="185"/>
        <source>共 %1 个问题，机器人回答 %2 个（回答率 %3），转人工 %4 个。</source>
        <translation>%1 questions: the bot answered %2 (answer rate %3) and handed %4 to a human.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="187"/>
        <source>有期望的 %1 个问题中，符合期望 %2，答错 %3 个。</source>
        <translation> Of the %1 questions with an expected answer, %2 were as expected and %3 were answered wrongly.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="189"/>
        <source>（测试被取消，只含已完成的问题）</source>
        <translation> (Test cancelled: only the questions done so far.)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="193"/>
        <source>比上次好 %1 条。</source>
        <translation>%1 more right than last time.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="193"/>
        <source>比上次差 %1 条。</source>
        <translation>%1 fewer right than last time.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="195"/>
        <source>与上次相同。</source>
        <translation>Same as last time.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="202"/>
        <source>无法完成批量测试：%1</source>
        <translation>The batch test could not finish: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="221"/>
        <source>_测试报告</source>
        <translation>_test report</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="222"/>
        <source>导出测试报告</source>
        <translation>Export test report</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="223"/>
        <source>Excel 表格 (*.xlsx);;CSV 表格 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="229"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="230"/>
        <source>正在导出报告…</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="230"/>
        <source> 报告已导出到 %1</source>
        <translation> Report exported to %1</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="56"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="56"/>
        <source>买家问题</source>
        <translation>Buyer question</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="56"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="56"/>
        <source>命中的知识</source>
        <translation>Matched entry</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="57"/>
        <source>相似度</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="57"/>
        <source>期望</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="61"/>
        <source>符合期望</source>
        <translation>As expected</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="61"/>
        <source>已回答</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="61"/>
        <source>答错（命中其他知识）</source>
        <translation>Wrong (matched another entry)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="62"/>
        <source>转人工</source>
        <translation>To a human</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="62"/>
        <source>正确转人工</source>
        <translation>Rightly to a human</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/batch_dialog.py" line="63"/>
        <source>应转人工却回答了</source>
        <translation>Answered; should go to a human</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="31"/>
        <location filename="../../gui/tabs/board_tab.py" line="461"/>
        <location filename="../../gui/tabs/board_tab.py" line="481"/>
        <source>时限看板</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="232"/>
        <source>时限列表</source>
        <translation>Deadline list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="203"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="61"/>
        <source>0元抽奖</source>
        <translation>Free lottery</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="62"/>
        <source>类目迁移</source>
        <translation>Category migration</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="63"/>
        <source>试运营提现</source>
        <translation>Trial withdrawal</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="64"/>
        <source>售后</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="204"/>
        <source>在它所在的标签页中打开（也可双击或按回车）</source>
        <translation>Open it in its tab (or double-click it, or press Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="206"/>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="208"/>
        <location filename="../../gui/tabs/board_tab.py" line="424"/>
        <source>延后</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="212"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="214"/>
        <location filename="../../gui/tabs/board_tab.py" line="544"/>
        <source>全部店铺</source>
        <translation>All shops</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="215"/>
        <source>同时列出所有店铺的时限</source>
        <translation>List the deadlines of every shop at once</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="218"/>
        <source>托盘提醒本店</source>
        <translation>Tray reminders for this shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="219"/>
        <source>程序运行时，每天汇总一次，并在每项到期前 1 小时在系统托盘提醒</source>
        <translation>While the app runs: a daily summary, and a reminder in the system tray 1 hour before each item is due</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="221"/>
        <source>导出到日历…</source>
        <translation>Export to calendar…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="222"/>
        <source>把待办的时限存为日历文件（.ics），可导入手机或电脑日历，每项提前 1 小时提醒</source>
        <translation>Save the open deadlines as a calendar file (.ics) for your phone or computer calendar, each with a reminder 1 hour before</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="234"/>
        <source>已过期或已完成的时限</source>
        <translation>Expired or done deadlines</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="239"/>
        <source>恢复为待办</source>
        <translation>Back to open</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="251"/>
        <source>红色：已超时；橙色：24 小时内到期；灰色：已延后。双击或按回车在对应标签页打开。超时 30 天以上或已完成的事项收在下方。</source>
        <translation>Red: overdue; amber: due within 24 hours; grey: snoozed. Double-click or press Enter to open an item in its tab. Items done or more than 30 days overdue are folded away below.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="298"/>
        <source>还没有店铺：添加店铺后，这里会列出所有要赶的时限。</source>
        <translation>No shop yet. Add a shop and every deadline you must meet is listed here.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="322"/>
        <source>时限没有读出来：%1</source>
        <translation>The deadlines could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="348"/>
        <source>%1 已过期/已完成（%2）</source>
        <translation>%1 Expired / done (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="356"/>
        <source>全部 %1 个店铺：%2 项已超时，%3 项 24 小时内到期，共 %4 项。</source>
        <translation>All %1 shops: %2 overdue, %3 due within 24 hours, %4 in all.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="358"/>
        <source>全部 %1 个店铺目前都没有要赶的时限。</source>
        <translation>None of the %1 shops has a deadline to meet right now.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="360"/>
        <source>“%1”目前没有要赶的时限。</source>
        <translation>“%1” has no deadlines to meet right now.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="362"/>
        <source>“%1”：%2 项已超时，%3 项 24 小时内到期，共 %4 项。</source>
        <translation>“%1”: %2 overdue, %3 due within 24 hours, %4 in all.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="364"/>
        <source>以下方案有填写错误，未计入：</source>
        <translation>These plans have entry errors and are not counted: </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="435"/>
        <source>1 小时后（%1）</source>
        <translation>In 1 hour (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="436"/>
        <source>今晚 20:00</source>
        <translation>Tonight at 20:00</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="436"/>
        <source>明天 9:00</source>
        <translation>Tomorrow at 9:00</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="441"/>
        <source>选择时间…</source>
        <translation>Choose a time…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/board_tab.py" line="487"/>
        <source>已标记完成 %n 项，已移到下方“已过期/已完成”。</source>
        <translation>
            <numerusform>Marked %n item done; it moved to “Expired / done” below.</numerusform>
            <numerusform>Marked %n items done; they moved to “Expired / done” below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/board_tab.py" line="493"/>
        <source>已延后 %n 项，到 %1 再显示并提醒。</source>
        <translation>
            <numerusform>Snoozed %n item until %1: it shows and reminds again then.</numerusform>
            <numerusform>Snoozed %n items until %1: they show and remind again then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/board_tab.py" line="501"/>
        <source>已恢复为待办 %n 项。</source>
        <translation>
            <numerusform>%n item is open again.</numerusform>
            <numerusform>%n items are open again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="509"/>
        <source>已撤销。</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="530"/>
        <source>托盘提醒的设置</source>
        <translation>The tray reminder setting</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="534"/>
        <source>“%1”的时限会在系统托盘提醒。</source>
        <translation>Deadlines of “%1” are reminded in the system tray.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="535"/>
        <source>“%1”的时限不再在系统托盘提醒。</source>
        <translation>Deadlines of “%1” are no longer reminded in the system tray.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="548"/>
        <location filename="../../gui/tabs/board_tab.py" line="565"/>
        <location filename="../../gui/tabs/board_tab.py" line="572"/>
        <source>导出到日历</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="548"/>
        <source>时限-%1.ics</source>
        <translation>deadlines-%1.ics</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="549"/>
        <source>日历文件 (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="553"/>
        <source>小店时限 · %1</source>
        <translation>Shop deadlines · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/board_tab.py" line="569"/>
        <source>已导出 %n 项到日历文件：在手机或电脑日历中打开它即可导入；再次导出会更新，不会重复。</source>
        <translation>
            <numerusform>Exported %n item to the calendar file: open it in your phone or computer calendar to import it; exporting again updates the events instead of adding copies.</numerusform>
            <numerusform>Exported %n items to the calendar file: open it in your phone or computer calendar to import them; exporting again updates the events instead of adding copies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="36"/>
        <source>客服机器人</source>
        <translation>Service bot</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="114"/>
        <source>测试问答</source>
        <translation>Test answers</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="115"/>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="316"/>
        <source>设置与检查</source>
        <translation>Settings and check</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="134"/>
        <source>还没有店铺。客服机器人的设置要按店铺所在的平台（快手小店或抖店）来检查：请先在窗口上方点“添加店铺”，或点“使用示例店铺”先看看。</source>
        <translation>No shop yet. The customer-service bot&apos;s settings are checked against the shop&apos;s platform (Kuaishou shop or Douyin shop): first click “Add shop” at the top of the window, or “Use the sample shop” to have a look.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="139"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="234"/>
        <source>内置知识（未修改）：可以直接改写，改过的会标为“已修改”，随时可以恢复默认。</source>
        <translation>Built-in entry (unchanged): you can rewrite it; a changed entry is marked “Edited” and can be restored to the default at any time.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="236"/>
        <source>您自建的知识（编号 %1）。</source>
        <translation>Your own entry (ID %1).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="239"/>
        <source>内置知识 · 已修改：%1。点左侧“恢复默认”可还原。</source>
        <translation>Built-in entry · edited: %1. Click “Restore default” on the left to undo.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="296"/>
        <source>有一处填写需要改正，改正后才能检查（您的修改已保存）。</source>
        <translation>One entry needs fixing before the check can run (your changes are saved).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="310"/>
        <source>机器人可用的知识：%1 条 · 已按 %2 条规则检查设置和知识。</source>
        <translation>Entries the bot can use: %1 · settings and entries checked against %2 rules.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="317"/>
        <source>%1（%2 条要处理）</source>
        <translation>%1 (%2 to fix)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="335"/>
        <source>（未填写问题）</source>
        <translation>(no question yet)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="336"/>
        <source>知识“%1”：</source>
        <translation>Entry “%1”: </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="356"/>
        <source>选择买家问题表</source>
        <translation>Choose a buyer question sheet</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/bot_tab.py" line="357"/>
        <source>问题表 (*.xlsx *.csv *.txt)</source>
        <translation>Question sheets (*.xlsx *.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>CapDelegate</name>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="129"/>
        <source>例如 2000</source>
        <translation>e.g. 2000</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="130"/>
        <source>类目上限</source>
        <translation>Category cap</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="226"/>
        <source>平台对每个一级类目也有在架上限，但公告没有写具体数字。请在商家后台查看本店各一级类目的上限，双击“类目上限”一栏填写（只计在售商品；清空即不检查）。</source>
        <translation>The platform also caps listings per level-1 category, but the announcement gives no figures. Look up this shop&apos;s cap for each level-1 category in the back-end and double-click the “Cap” column to enter it (only products on sale count; leave it empty to skip the check).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="230"/>
        <source>一级类目在售数与上限</source>
        <translation>Products on sale and cap per level-1 category</translation>
    </message>
</context>
<context>
    <name>CategoryCapModel</name>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="36"/>
        <source>一级类目</source>
        <translation>Level-1 category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="36"/>
        <source>在售（件）</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="37"/>
        <source>类目上限（双击填写）</source>
        <translation>Cap (double-click)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="37"/>
        <source>占用</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="64"/>
        <source>填写商家后台显示的该一级类目在架上限；清空即不检查该类目。</source>
        <translation>Enter the listing cap the back-end shows for this level-1 category; leave it empty to skip the check.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="88"/>
        <source>未填写</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="98"/>
        <source>未填写上限</source>
        <translation>no cap set</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/category_model.py" line="100"/>
        <source>%1 / %2，超出 %Ln 件</source>
        <translation>
            <numerusform>%1 / %2, %Ln over</numerusform>
            <numerusform>%1 / %2, %Ln over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/category_model.py" line="103"/>
        <source>%1 / %2，还可上架 %Ln 件</source>
        <translation>
            <numerusform>%1 / %2, room for %Ln more</numerusform>
            <numerusform>%1 / %2, room for %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/category_model.py" line="102"/>
        <source>%1 / %2，已达上限</source>
        <translation>%1 / %2, cap reached</translation>
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="55"/>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="68"/>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="207"/>
        <source>直播日期</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="59"/>
        <source>发起挑战次数</source>
        <translation>Challenges started</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="59"/>
        <source>可不填；最多 3 次</source>
        <translation>Optional; at most 3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="60"/>
        <source>挑战成功次数</source>
        <translation>Successful challenges</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="61"/>
        <source>直播间在线人数</source>
        <translation>Viewers online</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="61"/>
        <source>挑战成功时的在线人数</source>
        <translation>Viewers online when the challenge succeeded</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="62"/>
        <source>本场GMV（元）</source>
        <translation>Session GMV (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="62"/>
        <source>单场，不是单日</source>
        <translation>This session, not the whole day</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="63"/>
        <source>风控后付费GMV（元）</source>
        <translation>Paid GMV after risk control (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="64"/>
        <source>近180天峰值GMV（元）</source>
        <translation>Peak GMV, last 180 days (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="64"/>
        <source>近180天单场最高GMV</source>
        <translation>Highest single-session GMV in the last 180 days</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="69"/>
        <source>这一天是品类日（按运营通知勾选）</source>
        <translation>This day is a category day (tick if the operations notice says so)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="77"/>
        <source>已单独签订1212框架协议</source>
        <translation>Signed a separate 1212 framework agreement</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="78"/>
        <source>被限制参与激励活动</source>
        <translation>Barred from incentive campaigns</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="83"/>
        <source>本场直播</source>
        <translation>This live session</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="90"/>
        <source>首轮红包：</source>
        <translation>First-round red packet:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="91"/>
        <source>红包数量：</source>
        <translation>Red packets:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="92"/>
        <source>粉丝返现：</source>
        <translation>Fan cashback:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="93"/>
        <source>本场能得到</source>
        <translation>What this session earns</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="95"/>
        <source>公告未写年份，本计算器按2022年活动（11月26日至12月12日）的规则计算。</source>
        <translation>The announcement gives no year; this calculator uses the rules of the 2022 campaign (26 November to 12 December).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="156"/>
        <source>%1 挑战赛</source>
        <translation>%1 challenge</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="191"/>
        <source>无（这一天没有挑战赛红包）</source>
        <translation>None (no challenge red packets on this day)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="193"/>
        <source>满 %1 减 %2（平台出资，每次挑战成功发放）</source>
        <translation>¥%2 off orders of ¥%1 (paid by the platform, given for each successful challenge)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="195"/>
        <source>%Ln 张</source>
        <translation>
            <numerusform>%Ln packet</numerusform>
            <numerusform>%Ln packets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="197"/>
        <source>✔ 可获得，约 %1 至 %2 元（现金粉丝券，有效期30天）</source>
        <translation>✔ Eligible: about ¥%1 to ¥%2 (cash fan coupons, valid for 30 days)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/challenge_page.py" line="201"/>
        <source>✖ 不能获得（原因见右侧检查结果）</source>
        <translation>✖ Not eligible (the findings on the right say why)</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../gui/rule_packs.py" line="171"/>
        <source>安装规则包 %1</source>
        <translation>Install rule pack %1</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="172"/>
        <source>签名与文件核对无误，规则测试全部通过。安装后，所有检查都按新规则进行：</source>
        <translation>The signature and every file check out, and all its rule tests pass. Once installed, every check uses the new rules:</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="178"/>
        <source>安装并启用</source>
        <translation>Install and use</translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="146"/>
        <source>例如 99 或 129.90</source>
        <translation>e.g. 99 or 129.90</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="147"/>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="168"/>
        <source>商品价款（元）</source>
        <translation>Item price (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="149"/>
        <source>按索赔日期计算</source>
        <translation>Use the claim date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="150"/>
        <source>2023-02-23（含）之前的索赔按“退一赔三”（正品保障）计算，之后按“假一赔四”</source>
        <translation>Claims up to and including 2023-02-23 follow &apos;refund plus three times&apos; (genuine guarantee); later ones follow &apos;four times for a fake&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="154"/>
        <source>索赔日期</source>
        <translation>Claim date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="157"/>
        <source>订单号（可不填）</source>
        <translation>Order no. (optional)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="158"/>
        <source>赔付记录的订单号</source>
        <translation>Order number for the payout record</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="160"/>
        <source>记入赔付记录</source>
        <translation>Add to payouts</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="174"/>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="191"/>
        <source>适用规则</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="191"/>
        <source>退回价款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="192"/>
        <source>赔付金额</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="192"/>
        <source>合计应付买家</source>
        <translation>Total owed to the buyer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="203"/>
        <source>假一赔四计算器（抖店假货赔付）</source>
        <translation>假一赔四 calculator (Douyin counterfeit payouts)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="214"/>
        <source>赔付记录</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="218"/>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="320"/>
        <source>删除赔付记录</source>
        <translation>Delete payout</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="219"/>
        <source>赔付记录（保存在本店）</source>
        <translation>Payouts (kept for this shop)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="257"/>
        <source>输入商品价款即可计算应退金额与赔付金额。</source>
        <translation>Enter the item price to work out the refund and the compensation.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="269"/>
        <source>价款：%1</source>
        <translation>Price: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="274"/>
        <source>%1 元</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="284"/>
        <source>依据《%1》（%2）：</source>
        <translation>Source: «%1» (%2): </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="287"/>
        <source>说明：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="305"/>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="307"/>
        <source>赔付%1</source>
        <translation>Payout %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="309"/>
        <source>订单号“%1”已在赔付记录中。</source>
        <translation>Order number “%1” is already in the payouts.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="320"/>
        <source>删除赔付记录“%1”？</source>
        <translation>Delete the payout “%1”?</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="76"/>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="76"/>
        <source>索赔日期</source>
        <translation>Claim date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="76"/>
        <source>价款（元）</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="77"/>
        <source>退回价款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="77"/>
        <source>赔付</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="78"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/claims_panel.py" line="78"/>
        <source>适用规则</source>
        <translation>Scheme</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../gui/import_questions.py" line="34"/>
        <source>确认各列</source>
        <translation>Confirm columns</translation>
    </message>
    <message>
        <location filename="../../gui/import_questions.py" line="35"/>
        <source>没有认全第 %1 行的表头。请指定每一列对应什么（* 为必填），选过一次后，这个店铺再导入同样的表格时会自动使用。</source>
        <translation>Not every column of the header in row %1 was recognised. Say what each column holds (* required); the choice is used automatically the next time this shop imports the same kind of file.</translation>
    </message>
    <message>
        <location filename="../../gui/import_questions.py" line="44"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../gui/import_questions.py" line="54"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/import_questions.py" line="73"/>
        <source>还需要指定：%1</source>
        <translation>Still to choose: %1</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="46"/>
        <source>输入买家的问题，例如：你们发啥快递</source>
        <translation>Type a buyer&apos;s question, e.g. 你们发啥快递</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="47"/>
        <source>输入买家的问题</source>
        <translation>Buyer&apos;s question</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="51"/>
        <source>测试</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="59"/>
        <source>在知识列表中查看</source>
        <translation>Show in the list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="66"/>
        <source>机器人的回答</source>
        <translation>The bot&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="77"/>
        <source>最近测试过的问题（双击再测一次）</source>
        <translation>Recently tested questions (double-click to test again)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="79"/>
        <source>最近测试过的问题</source>
        <translation>Recently tested questions</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="82"/>
        <source>批量测试…</source>
        <translation>Batch test…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="83"/>
        <source>从 Excel/CSV 读取一列真实的买家问题，看机器人能回答多少、哪些答错了</source>
        <translation>Read a column of real buyer questions from Excel/CSV and see how many the bot answers and which it gets wrong</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="86"/>
        <source>批量测试：从表格（.xlsx / .csv）读取一列买家问题，算出回答率，列出转人工和答错的问题。</source>
        <translation>Batch test: reads a column of buyer questions from a spreadsheet (.xlsx / .csv), works out the answer rate and lists the questions handed to a human or answered wrongly.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="108"/>
        <source>正在准备匹配…（第一次打开需要几秒）</source>
        <translation>Preparing the matcher… (the first time takes a few seconds)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="110"/>
        <source>%1机器人能用 %2 条知识回答（停用的知识不会回答）。</source>
        <translation>The %1 bot can answer from %2 entries (disabled entries are not used).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="121"/>
        <source>在上方输入买家可能会问的话，这里显示机器人的回答。</source>
        <translation>Type above what a buyer might ask; the bot&apos;s answer shows here.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="124"/>
        <source>正在准备匹配…</source>
        <translation>Preparing the matcher…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="128"/>
        <source>转人工（机器人不回答）</source>
        <translation>Handed to a human (the bot does not answer)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="130"/>
        <source>机器人会这样回答：</source>
        <translation>The bot would answer:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="131"/>
        <source>命中知识：%1</source>
        <translation>Matched entry: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="132"/>
        <source>（这条知识的答案是空的）</source>
        <translation>(this entry&apos;s answer is empty)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/console.py" line="137"/>
        <source>其他相近的知识：</source>
        <translation>Other close entries: </translation>
    </message>
</context>
<context>
    <name>CouponPage</name>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="88"/>
        <source>例如：6月10日晚场直播</source>
        <translation>e.g. 10 June evening live</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="89"/>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="157"/>
        <source>直播场次</source>
        <translation>Live session</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="90"/>
        <source>开播时间</source>
        <translation>Session start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="91"/>
        <source>下播时间</source>
        <translation>Session end</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="96"/>
        <source>时间提醒</source>
        <translation>Timing notes</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="99"/>
        <source>本场的优惠券</source>
        <translation>Coupons of this session</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="107"/>
        <source>商品及适用情况</source>
        <translation>Products and whether the coupon applies</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="157"/>
        <source>开播</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="158"/>
        <source>下播</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="164"/>
        <source>添加优惠券</source>
        <translation>Add coupon</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="165"/>
        <source>复制这张券</source>
        <translation>Duplicate coupon</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="166"/>
        <source>删除这张券</source>
        <translation>Delete coupon</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="170"/>
        <source>从店铺商品中选择…</source>
        <translation>Pick shop products…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="171"/>
        <source>添加商品</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="172"/>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="447"/>
        <source>删除商品</source>
        <translation>Remove product</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="190"/>
        <source>后台设置单</source>
        <translation>Back-end setup sheet</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="196"/>
        <source>复制设置单</source>
        <translation>Copy sheet</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="197"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="199"/>
        <source>后台设置单（照此在快手小店后台创建）</source>
        <translation>Setup sheet (create these in the Kuaishou shop back-end)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="281"/>
        <source>有一处填写无法识别（见下方检查结果），改正后这里显示要在后台填写的数值。</source>
        <translation>One entry cannot be read (see the findings below). Once it is fixed, the values to enter in the back-end show here.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="295"/>
        <source>券名</source>
        <translation>Coupon name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="295"/>
        <source>券类型</source>
        <translation>Coupon type</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="295"/>
        <source>使用条件金额（满）</source>
        <translation>Minimum spend</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="296"/>
        <source>优惠券面额（减）</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="296"/>
        <source>发放数量</source>
        <translation>Quantity issued</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="297"/>
        <source>每人限领</source>
        <translation>Limit per buyer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="297"/>
        <source>发放时间</source>
        <translation>Issue time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="298"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="299"/>
        <source>商品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="299"/>
        <source>商品标题</source>
        <translation>Product title</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="299"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="300"/>
        <source>佣金</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="300"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="305"/>
        <source>“%1”的%2</source>
        <translation>%2 of “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="308"/>
        <source>第 %1 个商品的%2</source>
        <translation>%2 of product %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="310"/>
        <source>优惠券</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="324"/>
        <source>满%1减%2</source>
        <translation>¥%2 off ¥%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="338"/>
        <source>商品（%1）：填写无误后显示每件商品能否用券。</source>
        <translation>Products (%1): once everything is filled in correctly, each product shows whether the coupon applies.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="338"/>
        <source>共 %Ln 件</source>
        <translation>
            <numerusform>%Ln in total</numerusform>
            <numerusform>%Ln in total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="349"/>
        <source>“%1”（%2 满%3减%4）：%5，%6</source>
        <translation>“%1” (%2, ¥%4 off orders of ¥%3): %5, %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="351"/>
        <source>适用 %Ln 件</source>
        <translation>
            <numerusform>applies to %Ln product</numerusform>
            <numerusform>applies to %Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="351"/>
        <source>不适用 %Ln 件</source>
        <translation>
            <numerusform>not to %Ln</numerusform>
            <numerusform>not to %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="343"/>
        <source>还没有商品：点“从店铺商品中选择…”，或点“添加商品”填写商品ID、价格、佣金和来源。</source>
        <translation>No products yet: click “Pick shop products…”, or “Add product” to enter a product ID, price, commission and source.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="406"/>
        <source>删除优惠券</source>
        <translation>Delete coupon</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="406"/>
        <source>删除“%1”？</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="425"/>
        <source>还没有店铺商品</source>
        <translation>No shop products yet</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="426"/>
        <source>当前店铺还没有导入商品。可以在“类目迁移”标签页导入商品表，或点“添加商品”逐个填写。</source>
        <translation>No products have been imported for this shop. Import a product list in the “Category migration” tab, or click “Add product” to enter them one by one.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="446"/>
        <source>（未填写的商品）</source>
        <translation>(unnamed product)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="447"/>
        <source>从本方案中删除商品“%1”？</source>
        <translation>Remove the product “%1” from this plan?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="479"/>
        <source>已复制，可粘贴到记事本或微信</source>
        <translation>Copied: paste it into Notepad or WeChat</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="484"/>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="492"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="484"/>
        <source>请先改正标红的填写错误，再导出。</source>
        <translation>Fix the entry marked in red first, then export.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="487"/>
        <source>定时优惠设置单</source>
        <translation>timed coupon setup sheet</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="488"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_page.py" line="493"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>CouponSetup</name>
    <message numerus="yes">
        <location filename="../../gui/tabs/coupon/setup_text.py" line="20"/>
        <source>⚠ 检查发现 %Ln 个错误（见下方检查结果），改正后再到后台创建。</source>
        <translation>
            <numerusform>⚠ The check found %Ln error (see the findings below); fix it before creating the coupons in the back-end.</numerusform>
            <numerusform>⚠ The check found %Ln errors (see the findings below); fix them before creating the coupons in the back-end.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="35"/>
        <source> 等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="38"/>
        <source>  使用条件金额：%1 元</source>
        <translation>  Minimum spend: ¥%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="39"/>
        <source>  优惠券面额：%1 元</source>
        <translation>  Discount: ¥%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="40"/>
        <source>  发放数量：%1 张</source>
        <translation>  Quantity issued: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="41"/>
        <source>  每人限领：%1 张</source>
        <translation>  Limit per buyer: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="42"/>
        <source>  发放时间：%1</source>
        <translation>  Issue time: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="43"/>
        <source>  有效期至：%1</source>
        <translation>  Valid until: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="44"/>
        <source>  适用商品（%1 件）：%2</source>
        <translation>  Applicable products (%1): %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="45"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="51"/>
        <source>后台操作：</source>
        <translation>In the back-end:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="52"/>
        <source>1. 快手小店商家后台 → %1：按上面的数值逐张创建。</source>
        <translation>1. Kuaishou shop back-end → %1: create each coupon with the values above.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/setup_text.py" line="54"/>
        <source>2. %1：选择已创建的定时优惠，加入本场直播计划。</source>
        <translation>2. %1: choose the timed coupons you created and add them to this live session&apos;s plan.</translation>
    </message>
</context>
<context>
    <name>CouponTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="35"/>
        <source>定时优惠/1212</source>
        <translation>Timed coupons/1212</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_tab.py" line="22"/>
        <source>当前店铺是抖店：定时优惠和1212主播挑战赛都是快手小店的工具，抖店后台没有。下面按快手的规则计算，仅供您在快手开店时参考。</source>
        <translation>The current shop is a Douyin shop: timed coupons and the 1212 streamer challenge are Kuaishou shop tools that the Douyin back-end does not have. The figures below follow Kuaishou&apos;s rules, for reference if you open a Kuaishou shop.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_tab.py" line="29"/>
        <source>定时优惠券</source>
        <translation>Timed coupons</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_tab.py" line="30"/>
        <source>1212挑战赛计算器</source>
        <translation>1212 challenge calculator</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_tab.py" line="34"/>
        <source>定时优惠要看店铺是否为专业电商主播，1212挑战赛要按店铺计算：没有店铺就没有可检查的。</source>
        <translation>Timed coupons depend on whether the shop is a professional e-commerce streamer, and the 1212 challenge is worked out per shop: without a shop there is nothing to check.</translation>
    </message>
</context>
<context>
    <name>CouponTableModel</name>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="32"/>
        <source>店铺满减券</source>
        <translation>Shop discount coupon</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="33"/>
        <source>主播满减券</source>
        <translation>Streamer discount coupon</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="39"/>
        <source>券名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="40"/>
        <source>券类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="41"/>
        <source>满（元）</source>
        <translation>Min. spend (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="42"/>
        <source>减（元）</source>
        <translation>Discount (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="43"/>
        <source>发放数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="44"/>
        <source>每人限领</source>
        <translation>Per buyer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="45"/>
        <source>发放时间</source>
        <translation>Issue time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="46"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="52"/>
        <source>券%1</source>
        <translation>Coupon %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="115"/>
        <source>第%1张券</source>
        <translation>Coupon #%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="133"/>
        <source>自己起的名字，用来区分本场的几张券，例如：开场券</source>
        <translation>A name of your own to tell this session&apos;s coupons apart, e.g. Opening coupon</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="134"/>
        <source>使用条件金额：订单满多少元可用</source>
        <translation>Minimum spend: the order total from which the coupon can be used</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="135"/>
        <source>优惠券面额：减多少元，须小于使用条件金额</source>
        <translation>Discount: how much it takes off; must be less than the minimum spend</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="136"/>
        <source>北京时间，例如 2023-06-10 20:00</source>
        <translation>Beijing time, e.g. 2023-06-10 20:00</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="137"/>
        <source>北京时间，须晚于发放时间，例如 2023-06-10 23:59</source>
        <translation>Beijing time, later than the issue time, e.g. 2023-06-10 23:59</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="153"/>
        <source>未知类型：%1</source>
        <translation>Unknown type: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/coupon_model.py" line="164"/>
        <source>这张券的发放时段与本场另一张券重叠</source>
        <translation>This coupon&apos;s issue window overlaps another coupon of this session</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="25"/>
        <source>类目迁移截止</source>
        <translation>Category migration deadline</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="30"/>
        <source>全店在售商品数与上限</source>
        <translation>Products on sale in the shop against the cap</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="43"/>
        <source>类目迁移</source>
        <translation>Category migration</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="44"/>
        <source>全店在售上限</source>
        <translation>Shop listing cap</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="69"/>
        <source>无需迁移</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="70"/>
        <source>本店的店铺类型不在已公布的类目关闭范围内。</source>
        <translation>The announced category closure does not apply to this shop&apos;s type.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="75"/>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="76"/>
        <source>“%1”已于 %2 关闭，逾期未迁移的在架商品已被平台下架。</source>
        <translation>“%1” closed on %2; listed products not migrated in time have been taken down by the platform.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="79"/>
        <source>今天截止</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/dashboard.py" line="79"/>
        <source>还剩 %Ln 天</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/dashboard.py" line="85"/>
        <source>待迁移 %Ln 件，迁移到“%1”。</source>
        <translation>
            <numerusform>%Ln product to move, to “%1”.</numerusform>
            <numerusform>%Ln products to move, to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/dashboard.py" line="99"/>
        <source>超出上限 %Ln 件：平台将限制上架和发布新商品。</source>
        <translation>
            <numerusform>%Ln product over the cap: the platform will restrict listing and publishing new products.</numerusform>
            <numerusform>%Ln products over the cap: the platform will restrict listing and publishing new products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/dashboard.py" line="103"/>
        <source>还可上架 %Ln 件。</source>
        <translation>
            <numerusform>Room for %Ln more product.</numerusform>
            <numerusform>Room for %Ln more products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/dashboard.py" line="114"/>
        <source>%Ln 个超出</source>
        <translation>
            <numerusform>%Ln over</numerusform>
            <numerusform>%Ln over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/dashboard.py" line="115"/>
        <source>%Ln 个已达上限</source>
        <translation>
            <numerusform>%Ln at the cap</numerusform>
            <numerusform>%Ln at the cap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/dashboard.py" line="118"/>
        <source>一级类目上限：已填 %Ln 个，均未超出</source>
        <translation>
            <numerusform>Level-1 category caps: %Ln entered, none exceeded</numerusform>
            <numerusform>Level-1 category caps: %Ln entered, none exceeded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="81"/>
        <source>“%1”将于 %2 关闭，请在此之前迁移。</source>
        <translation>“%1” closes on %2; migrate before then.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="83"/>
        <source>导入商品表后，这里显示要迁移的商品数。</source>
        <translation>Import the product list to see how many products must migrate.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="87"/>
        <source>✔ 没有待迁移的商品。</source>
        <translation>✔ No products left to migrate.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="94"/>
        <source>在售 %1 / %2 件</source>
        <translation>%1 / %2 on sale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="97"/>
        <source>考核期内上限</source>
        <translation>Cap during assessment</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="97"/>
        <source>全店上限</source>
        <translation>Shop cap</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="101"/>
        <source>已达上限：不能再发布新商品。</source>
        <translation>Cap reached: no new products can be published.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="104"/>
        <source>（该上限 %1 起生效）</source>
        <translation> (this cap applies from %1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="112"/>
        <source>一级类目上限：未填写</source>
        <translation>Level-1 category caps: not set</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="116"/>
        <source>一级类目上限：%1</source>
        <translation>Level-1 category caps: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="119"/>
        <source>填写</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/dashboard.py" line="119"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="116"/>
        <source>试运营状态</source>
        <translation>Trial status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="117"/>
        <source>去填写试运营数据</source>
        <translation>Enter trial data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="122"/>
        <source>试运营结束条件（任一条件达到即结束）</source>
        <translation>What ends the trial (any one of these)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="127"/>
        <source>保证金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="139"/>
        <location filename="../../gui/tabs/trial/dashboard.py" line="144"/>
        <source>现在受到的限制</source>
        <translation>Restrictions now in force</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="160"/>
        <source>还没有试运营数据。</source>
        <translation>No trial data yet. </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="164"/>
        <source>试运营状态未知</source>
        <translation>Trial status unknown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="165"/>
        <source>请到“试运营数据”页填写或改正，这里会立即显示试运营状态。</source>
        <translation>Fill in or correct the “Trial data” page; the trial status shows here at once.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="188"/>
        <source>没有试运营限制。</source>
        <translation>No trial restrictions.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="195"/>
        <source>试运营中</source>
        <translation>In trial</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="197"/>
        <source>下列任一条件达到、或保证金缴足，试运营即结束。最接近的是：%1。</source>
        <translation>The trial ends when any condition below is reached or the deposit is paid in full. Closest: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="201"/>
        <source>试运营已结束</source>
        <translation>Trial ended</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="203"/>
        <source>结束原因：%1。</source>
        <translation>Ended because: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="205"/>
        <source>保证金还差 %1 元：缴足前限制发布商品、店铺限制成交。</source>
        <translation> The deposit is still ¥%1 short: until it is paid in full, publishing products and the shop&apos;s sales are restricted.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="211"/>
        <source>保证金已缴足</source>
        <translation>deposit paid in full</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="214"/>
        <source>%1 %2，超过 %3</source>
        <translation>%1 %2, above %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="214"/>
        <source>%1 %2，达到 %3</source>
        <translation>%1 %2, reached %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="218"/>
        <source>保证金余额 %1 元 / 应缴 %2 元</source>
        <translation>Deposit balance ¥%1 / required ¥%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="220"/>
        <source>余额低于 0：平台用货款抵扣，且限制提现、发品和成交。</source>
        <translation>Balance below 0: the platform deducts it from sales proceeds and restricts withdrawals, publishing and sales.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="224"/>
        <source>还差 %1 元。试运营期间每次提现，平台会从货款中等额充值保证金。</source>
        <translation>¥%1 still to pay. During the trial, each withdrawal tops up the deposit from sales proceeds by the same amount.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="226"/>
        <source>已缴足。</source>
        <translation>Paid in full.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="228"/>
        <source>按本次计划提现：提现后保证金 %1 元，还差 %2 元。</source>
        <translation>With the planned withdrawal: deposit ¥%1 afterwards, ¥%2 still to pay.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../gui/data_menu.py" line="31"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="32"/>
        <source>立即备份到文件…</source>
        <translation>Back up now to a file…</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="33"/>
        <source>从备份文件恢复…</source>
        <translation>Restore from a backup file…</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="35"/>
        <source>打开备份文件夹</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="46"/>
        <source>备份到文件</source>
        <translation>Back up to a file</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="47"/>
        <source>数据备份 (*.db)</source>
        <translation>Data backup (*.db)</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="60"/>
        <source>已备份</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="61"/>
        <source>已备份到 %1（%2 个店铺、%3 个方案，已通过完整性检查）。</source>
        <translation>Backed up to %1 (%2 shops, %3 plans; the integrity check passed).</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="63"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="64"/>
        <source>正在备份并校验…</source>
        <translation>Backing up and verifying…</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="75"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="76"/>
        <source>数据备份 (*.db *.db.gz)</source>
        <translation>Data backup (*.db *.db.gz)</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="79"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="79"/>
        <source>用这份备份替换现在的数据？
%1

现在的数据文件会另存一份（.replaced-日期时间），不会删除。</source>
        <translation>Replace the current data with this backup?
%1

The current data file will be kept as a copy (.replaced-date-time); nothing is deleted.</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="82"/>
        <source>到期（北京时间）</source>
        <translation>Due (Beijing time)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="82"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="82"/>
        <source>要做的事</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="83"/>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="83"/>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="83"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="83"/>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="110"/>
        <source>%1（%2 导入）</source>
        <translation>%1 (imported %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="112"/>
        <source>%1（%2 更新 · 编号 %3）</source>
        <translation>%1 (updated %2 · no. %3)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="113"/>
        <source>%1（%2 更新）</source>
        <translation>%1 (updated %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="147"/>
        <source>已完成（%1）</source>
        <translation>Done (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="149"/>
        <source>已延后至 %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="152"/>
        <source>现在可以</source>
        <translation>possible now</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="153"/>
        <source>%1 后</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="155"/>
        <source>已超时 %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_tab.py" line="156"/>
        <source>还剩 %1</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <location filename="../../gui/notifier.py" line="41"/>
        <source>打开小店合规助手</source>
        <translation>Open Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/notifier.py" line="43"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/notifier.py" line="46"/>
        <source>小店合规助手</source>
        <translation>Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/notifier.py" line="72"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/notifier.py" line="74"/>
        <source>%1：%2，已超时 %3</source>
        <translation>%1: %2, overdue by %3</translation>
    </message>
    <message>
        <location filename="../../gui/notifier.py" line="75"/>
        <source>%1：%2，还剩 %3</source>
        <translation>%1: %2, %3 left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notifier.py" line="80"/>
        <source>另有 %n 项，请打开时限看板查看</source>
        <translation>
            <numerusform>%n more: see the deadline board</numerusform>
            <numerusform>%n more: see the deadline board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notifier.py" line="88"/>
        <source>%n 项即将到期</source>
        <translation>
            <numerusform>%n item falls due soon</numerusform>
            <numerusform>%n items fall due soon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notifier.py" line="91"/>
        <source>今日时限：%1 项已超时，%2 项 24 小时内到期</source>
        <translation>Today: %1 overdue, %2 due within 24 hours</translation>
    </message>
    <message>
        <location filename="../../gui/notifier.py" line="93"/>
        <source>今日时限</source>
        <translation>Today&apos;s deadlines</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="30"/>
        <source>知识内容</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="35"/>
        <source>买家最常见的问法，例如：发什么快递？</source>
        <translation>How buyers most often ask it, e.g. 发什么快递？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="36"/>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="63"/>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="133"/>
        <source>标准问题</source>
        <translation>Main question</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="38"/>
        <source>同一个意思的其他问法，每行一个，例如：
默认快递是哪家
能发顺丰吗</source>
        <translation>Other ways of asking the same thing, one per line, e.g.
默认快递是哪家
能发顺丰吗</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="39"/>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="64"/>
        <source>相似问题（每行一个）</source>
        <translation>Similar questions (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="42"/>
        <source>机器人回复买家的话</source>
        <translation>What the bot replies to the buyer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="43"/>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="65"/>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="133"/>
        <source>答案</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="46"/>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="67"/>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="134"/>
        <source>场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="49"/>
        <source>（未分类）</source>
        <translation>(uncategorised)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="51"/>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="134"/>
        <source>适用平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="52"/>
        <source>通用</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="52"/>
        <source>快手</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="52"/>
        <source>抖音</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="54"/>
        <source>启用（停用后机器人不会用这条回答）</source>
        <translation>Enabled (off: never used in answers)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="67"/>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="107"/>
        <source>在左侧选择一条知识，或点“新建”添加您自己的问答。</source>
        <translation>Choose an entry on the left, or click “New” to add your own question and answer.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="133"/>
        <source>相似问题</source>
        <translation>Similar questions</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/entry_editor.py" line="134"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gui/errors.py" line="27"/>
        <source>没有保存：%1。</source>
        <translation>Not saved: %1. </translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="34"/>
        <source>数据文件暂时无法读取：%1。</source>
        <translation>The data file cannot be read just now: %1. </translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="38"/>
        <source>无法读写文件 %1：文件可能正被 Excel 或其他程序打开，或没有权限。请关闭后重试。</source>
        <translation>Cannot read or write %1: it may be open in Excel or another program, or you lack permission. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="40"/>
        <source>找不到文件 %1。</source>
        <translation>File %1 not found.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="42"/>
        <source>无法读写文件：%1。请确认磁盘有空间、文件没有被其他程序占用后重试。</source>
        <translation>Cannot read or write the file: %1. Make sure the disk has space and no other program is using the file, then try again.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="44"/>
        <source>内存不足，这项工作没有完成。请关闭其他程序，或把文件分成几份后重试。</source>
        <translation>Not enough memory; this was not done. Close other programs, or split the file, and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="46"/>
        <source>已取消，没有做任何改动。</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="48"/>
        <source>出现了一个意外问题，已记录到日志文件（数据文件夹中的 shop-assistant.log）。这一步没有完成；程序可以继续使用。</source>
        <translation>Something unexpected went wrong; it was written to the log (shop-assistant.log in the data folder). This step was not done; you can keep using the app.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="60"/>
        <source>可能有导入正在进行，请稍后再试。</source>
        <translation>An import may be running; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="61"/>
        <source>请先腾出磁盘空间。</source>
        <translation>Free some disk space first.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="62"/>
        <source>请检查数据文件和文件夹的权限（文件属性中不要勾选“只读”）。</source>
        <translation>Check the permissions of the data file and folder (“Read-only” must not be ticked in the file&apos;s properties).</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="63"/>
        <source>请重新启动程序，按提示从备份恢复。</source>
        <translation>Restart the app and restore from a backup when asked.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="64"/>
        <source>请稍后重试。</source>
        <translation>Please try again later.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="70"/>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="70"/>
        <source>%1没有保存。

%2</source>
        <translation>%1 was not saved.

%2</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="83"/>
        <source>程序出现了一个意外问题，已记录到日志文件（数据文件夹中的 shop-assistant.log）。刚才那一步可能没有完成，请检查后重试；程序可以继续使用。</source>
        <translation>Something unexpected went wrong; it was written to the log (shop-assistant.log in the data folder). The last step may not have been done: please check and try again. You can keep using the app.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="37"/>
        <source>添加售后单</source>
        <translation>Add after-sales case</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="39"/>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="40"/>
        <source>订单号或售后单号</source>
        <translation>Order or after-sales number</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="44"/>
        <source>售后类型</source>
        <translation>After-sales type</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="48"/>
        <source>发生时间（北京时间）</source>
        <translation>When it happened (Beijing time)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="50"/>
        <source>可不填，例如：买家拍错尺码</source>
        <translation>Optional, e.g. buyer ordered the wrong size</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="51"/>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="59"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="58"/>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="58"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="59"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="64"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="65"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="91"/>
        <source>请填写订单号或售后单号。</source>
        <translation>Enter the order or after-sales number.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_dialog.py" line="95"/>
        <source>单号“%1”已在列表中：同一售后单进入下一步时，请在列表里修改它的类型和时间。</source>
        <translation>Number “%1” is already in the list. When a case moves on to its next step, change its type and time in the list.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="34"/>
        <source>发货前仅退款</source>
        <translation>Refund before shipping</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="34"/>
        <source>发货后退款·退货退款</source>
        <translation>Refund after shipping · return and refund</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="35"/>
        <source>同意退货</source>
        <translation>Return approved</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="35"/>
        <source>买家已寄回</source>
        <translation>Buyer shipped it back</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="40"/>
        <source>您（商家）</source>
        <translation>You (seller)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="41"/>
        <source>买家填退货物流</source>
        <translation>Buyer enters return tracking</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="41"/>
        <source>您签收/平台退款</source>
        <translation>You sign for it / platform refunds</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="47"/>
        <source>您需在截止前到后台同意或拒绝退款申请</source>
        <translation>Before the deadline, approve or reject the refund request in the back-end</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="48"/>
        <source>您需在截止前到后台同意或拒绝退款/退货退款申请</source>
        <translation>Before the deadline, approve or reject the refund / return request in the back-end</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="49"/>
        <source>买家需在截止前填写退货物流；逾期不算您超时</source>
        <translation>The buyer must enter return tracking before the deadline; if they are late, it does not count against you</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="50"/>
        <source>您需在截止前签收验货；到时没有签收记录的，平台自动确认收货并退款给买家</source>
        <translation>Sign for and inspect the return before the deadline; without a signature by then, the platform confirms receipt and refunds the buyer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="57"/>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="58"/>
        <source>%1 小时</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="67"/>
        <source>%1期间 %2</source>
        <translation>during %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="131"/>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="234"/>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="292"/>
        <source>已处理</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="131"/>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="131"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="131"/>
        <source>发生时间</source>
        <translation>Happened</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="132"/>
        <source>截止时间</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="132"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="132"/>
        <source>谁来处理</source>
        <translation>Who acts</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="133"/>
        <source>时效</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="133"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="241"/>
        <source>买家已逾期 %1</source>
        <translation>buyer late by %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="242"/>
        <source>已超时 %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="243"/>
        <source>还剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="258"/>
        <source>勾选表示已处理：您已同意/拒绝申请，或买家已填写退货物流，或您已签收退货</source>
        <translation>Tick when handled: you agreed to or refused the request, the buyer entered the return shipment, or you signed for the return</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="259"/>
        <source>北京时间，例如 2022-01-26 09:15：买家申请/修改、您同意退货或买家寄回的时间</source>
        <translation>Beijing time, e.g. 2022-01-26 09:15: when the buyer applied or changed the request, you agreed to the return, or the buyer sent it back</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="260"/>
        <source>平台规定的处理时限；春节等特殊时期按公告延长</source>
        <translation>The time limit the platform sets; extended by announcement for periods such as Spring Festival</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="292"/>
        <source>未处理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="328"/>
        <source>%1期间发生的售后按公告延长时效</source>
        <translation>After-sales cases arising during %1 get longer time limits, as announced</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="29"/>
        <source>快手小店售后时效：发货前仅退款 %1内处理 · 发货后退款/退货退款 %2内处理 · 同意退货后买家 %3内填写退货物流 · 买家寄回后 %4无签收则系统自动退款。春节等时期按公告延长，见“时效”列。</source>
        <translation>Kuaishou shop after-sales time limits: refund only, before shipping: handle within %1 · refund or return after shipping: handle within %2 · after you agree to a return, the buyer enters the return shipment within %3 · if you have not signed for a returned parcel within %4, the system refunds automatically. Periods such as Spring Festival are extended by announcement; see the “Time limit” column.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="33"/>
        <source>注意：当前店铺在抖店，以上时效按快手小店规则计算，抖店的售后时效请以抖店后台为准。</source>
        <translation> Note: the current shop is on Douyin. These time limits follow the Kuaishou shop rules; for Douyin&apos;s after-sales time limits, go by the Douyin shop back-end.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="40"/>
        <source>%1：%2 至 %3 期间发生的售后，时效延长为 %4。</source>
        <translation>%1: after-sales cases arising from %2 to %3 get longer time limits: %4.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="46"/>
        <source>还没有售后单。点“添加售后单…”逐条录入，或“导入表格…”从后台导出的表格导入。</source>
        <translation>No after-sales cases yet. Click “Add case…” to enter them one by one, or “Import spreadsheet…” to import a sheet exported from the back-end.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="48"/>
        <source>售后单 %1 条
已超时 %2 · 24 小时内到期 %3 · 进行中 %4 · 已处理 %5</source>
        <translation>%1 after-sales cases
Overdue %2 · due within 24 h %3 · open %4 · done %5</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="54"/>
        <source>下一个截止：%1 · %2（%3）</source>
        <translation>Next deadline: %1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="55"/>
        <source>还剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="61"/>
        <source>选中一条售后单，这里会说明谁要在什么时候做什么。</source>
        <translation>Select a case to see who must do what, and by when.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="64"/>
        <source>售后单第 %1 行的填写有误，改正后显示截止时间。</source>
        <translation>Row %1 of the cases has an entry error; its deadline shows once it is fixed.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="67"/>
        <source>买家于 %1 申请/修改发货前仅退款：您需在 %2 前到后台同意或拒绝。</source>
        <translation>The buyer applied for (or changed) a refund before shipping at %1: agree or refuse in the back-end before %2.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="68"/>
        <source>买家于 %1 申请/修改发货后退款/退货退款：您需在 %2 前到后台处理。</source>
        <translation>The buyer applied for (or changed) a refund or return after shipping at %1: handle it in the back-end before %2.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="69"/>
        <source>您于 %1 同意退货：买家需在 %2 前填写退货物流信息，逾期不算您超时。</source>
        <translation>You agreed to the return at %1: the buyer must enter the return shipment before %2; if the buyer is late, you are not.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="70"/>
        <source>买家于 %1 寄回退货：请在 %2 前签收验货，到时仍没有签收记录的，系统自动确认收货并退款给买家。</source>
        <translation>The buyer sent the return back at %1: sign for and inspect it before %2. If it is still not signed for by then, the system confirms receipt and refunds the buyer.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="77"/>
        <source>%1期间 %2（平时 %3）</source>
        <translation>%2 during %1 (normally %3)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="78"/>
        <source>%1（%2）：</source>
        <translation>%1 (%2): </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="79"/>
        <source>时效：%1。</source>
        <translation> Time limit: %1. </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="79"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="81"/>
        <source>备注：%1</source>
        <translation> Note: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="82"/>
        <source>依据《%1》（%2）：“%3”</source>
        <translation>Source: «%1» (%2): “%3”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="89"/>
        <source>%1期间 %2</source>
        <translation>%2 during %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/explain.py" line="90"/>
        <source>处理截止：%1（%2）</source>
        <translation>Handle by: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../gui/findings_panel.py" line="197"/>
        <source>依据 %1（%2）</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="197"/>
        <source>依据 %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="215"/>
        <source>收起</source>
        <translation>Show less</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="216"/>
        <source>展开全文（共 %1 字）</source>
        <translation>Show all (%1 characters)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../gui/findings_panel.py" line="276"/>
        <source>检查结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="289"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="289"/>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="289"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="361"/>
        <source>还有 %1 条，点此再显示 %2 条</source>
        <translation>%1 more — click to show %2 more</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/findings_panel.py" line="362"/>
        <source>还有 %Ln 条，点此全部显示</source>
        <translation>
            <numerusform>%Ln more — click to show it</numerusform>
            <numerusform>%Ln more — click to show them all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="368"/>
        <source>✖ %1，%2：请先处理错误。</source>
        <translation>✖ %1, %2: deal with the errors first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/findings_panel.py" line="368"/>
        <source>%Ln 个错误</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/findings_panel.py" line="369"/>
        <location filename="../../gui/findings_panel.py" line="371"/>
        <location filename="../../gui/findings_panel.py" line="373"/>
        <source>%Ln 个提醒</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="371"/>
        <location filename="../../gui/findings_panel.py" line="373"/>
        <source>没有错误，%1。</source>
        <translation>No errors, %1.</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="366"/>
        <source>✔ 没有发现问题。</source>
        <translation>✔ No problems found.</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="422"/>
        <source>✖ 有一处填写无法识别，改正后才能检查：</source>
        <translation>✖ One entry cannot be read; fix it and the plan will be checked:</translation>
    </message>
</context>
<context>
    <name>FulfilmentModel</name>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="39"/>
        <source>奖品</source>
        <translation>Prize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="39"/>
        <source>发货截止（北京时间）</source>
        <translation>Ship by (Beijing time)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="39"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="39"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="71"/>
        <source>（未命名奖品）</source>
        <translation>(unnamed prize)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="73"/>
        <source>未设开奖时间</source>
        <translation>no draw time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="78"/>
        <source>已超时 %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="78"/>
        <source>还剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="80"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="80"/>
        <source>待发货</source>
        <translation>to ship</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="80"/>
        <source>已超时，请立即发货</source>
        <translation>Overdue — ship now</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="81"/>
        <source>已按时发货 %1</source>
        <translation>Shipped on time %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="81"/>
        <source>超时发货 %1</source>
        <translation>Shipped late %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentView</name>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="97"/>
        <source>奖品发货</source>
        <translation>Prize shipping</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="99"/>
        <source>标记为已发货（现在）</source>
        <translation>Mark shipped (now)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="100"/>
        <source>撤销发货记录</source>
        <translation>Undo shipped</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/fulfilment_panel.py" line="103"/>
        <source>平台规则：开奖后48小时内完成奖品发货。恰好48小时仍算按时。</source>
        <translation>Platform rule: ship every prize within 48 hours of its draw. Exactly 48 hours is still on time.</translation>
    </message>
</context>
<context>
    <name>Gauge</name>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="87"/>
        <source>超过 %1结束试运营</source>
        <translation>trial ends above %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="87"/>
        <source>达到 %1结束试运营</source>
        <translation>trial ends at %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="89"/>
        <source>已达到，试运营已结束</source>
        <translation>reached: the trial has ended</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="91"/>
        <source>还可 %1</source>
        <translation>%1 to go</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="96"/>
        <source>再有 %1就会结束试运营</source>
        <translation>%1 more ends the trial</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="94"/>
        <source>已到上限，再增加就会结束试运营</source>
        <translation>at the limit: any more ends the trial</translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="23"/>
        <source>奖品主图</source>
        <translation>Prize main image</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="24"/>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="69"/>
        <source>未选择图片</source>
        <translation>No image</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="29"/>
        <source>选择主图…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="42"/>
        <source>确认主图符合要求：</source>
        <translation>Confirm the image:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="74"/>
        <source>无法显示</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="75"/>
        <source>图片“%1”无法读取：%2。请换一张 JPG 或 PNG 图片。</source>
        <translation>The image “%1” cannot be read: %2. Choose a JPG or PNG image.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="83"/>
        <source>选择奖品主图</source>
        <translation>Choose the prize image</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/image_panel.py" line="84"/>
        <source>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="52"/>
        <source>导入商品表</source>
        <translation>Import product list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="54"/>
        <source>UTF-8（带 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="56"/>
        <source>文件：%1 · 编码：%2 · 表头在第 %3 行 · 下面是前 %4 行</source>
        <translation>File: %1 · Encoding: %2 · Header on row %3 · The first %4 rows are shown below</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="62"/>
        <source>文件预览</source>
        <translation>File preview</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="71"/>
        <source>各列对应（* 为必填；类目填“整串”一列，或“一级、二级…”多列）</source>
        <translation>Columns (* required; for the category pick the one whole-path column (整串), or one column per level (一级, 二级…))</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="78"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="80"/>
        <source>第 %1 列：%2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="90"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="91"/>
        <source>分（除以 100 换算为元）</source>
        <translation>fen (divided by 100 into yuan)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="98"/>
        <source>价格单位：</source>
        <translation>Price unit:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="132"/>
        <source>问题清单</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="133"/>
        <source>复制问题清单</source>
        <translation>Copy the problems</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="149"/>
        <source>导入进度</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="155"/>
        <source>返回修改列对应</source>
        <translation>Back to the columns</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="158"/>
        <source>开始导入</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="161"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="204"/>
        <source>例：第一行价格“%1”按元是 %2 元，按分是 %3 元。</source>
        <translation>E.g. the first row&apos;s price “%1” is ¥%2 read as yuan, ¥%3 read as fen.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="207"/>
        <source>类目（整串或一级类目）</source>
        <translation>Category (whole path or level 1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="211"/>
        <source>还需指定：%1。</source>
        <translation>Still to choose: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="213"/>
        <source>请确认价格单位是元还是分。</source>
        <translation>Confirm whether prices are in yuan or fen.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="216"/>
        <source>同一列被指定给了多个字段，请检查。</source>
        <translation>The same column is chosen for more than one field; please check.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="219"/>
        <source>文件里没有商品，只有表头。请在商家后台确认导出的是全部商品后重新导出。</source>
        <translation>The file has only a header and no products. In the back-end, make sure you export all products, then export again.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="224"/>
        <source>✔ 请核对上面的预览，确认无误后点击“开始导入”。</source>
        <translation>✔ Check the preview above; if it is right, click “Start import”.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="237"/>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="241"/>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="261"/>
        <source>正在备份现有数据…</source>
        <translation>Backing up the current data…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="265"/>
        <source>已保存，正在检查…</source>
        <translation>Saved; checking…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="270"/>
        <source>正在读取并保存第 %1 行（共约 %2 行）…</source>
        <translation>Reading and saving row %1 (of about %2)…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="271"/>
        <source>正在读取并保存第 %1 行…</source>
        <translation>Reading and saving row %1…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="290"/>
        <source>发现 %1 处问题（%2 行），本次没有导入任何商品，原有的商品数据保持不变。请在 Excel 中改正这些行后重新导入；如果几乎每行都报同一个问题，可能是列对应选错了。</source>
        <translation>Found %1 problems (%2 rows); no product was imported and the products there were are unchanged. Correct these rows in Excel and import again; if nearly every row has the same problem, a column may be matched wrongly.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="276"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="311"/>
        <source>已取消导入，原有的商品数据没有改动。</source>
        <translation>Import cancelled; the existing product data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/import_dialog.py" line="333"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="59"/>
        <source>导入售后单</source>
        <translation>Import cases</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="90"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="95"/>
        <source>已取消导入，列表没有改动。</source>
        <translation>Import cancelled; the list is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="86"/>
        <source>……另有 %1 处问题</source>
        <translation>…and %1 more problems</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="60"/>
        <source>正在导入“%1”…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="80"/>
        <source>没有导入，列表没有改动。</source>
        <translation>Nothing imported; the list is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="87"/>
        <source>没有导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="88"/>
        <source>“%1”中有 %2 处需要改正，这次没有导入任何售后单。请在表格里改正后重新导入：

%3</source>
        <translation>“%1” has %2 problems to fix, so no after-sales cases were imported. Fix them in the spreadsheet and import again:

%3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/aftersale/import_flow.py" line="71"/>
        <source>已从“%1”导入：新增 %2 条，更新 %3 条，%4 条已在列表中未改动。</source>
        <translation>Imported from “%1”: %2 added, %3 updated, %4 already in the list and unchanged.</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <location filename="../../gui/import_questions.py" line="87"/>
        <source>导入前需要确认</source>
        <translation>Before importing</translation>
    </message>
</context>
<context>
    <name>KnowledgeModel</name>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="351"/>
        <source>启用</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="351"/>
        <source>标准问题</source>
        <translation>Main question</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="351"/>
        <source>场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="351"/>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="351"/>
        <source>答案</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="355"/>
        <source>内置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="355"/>
        <source>已修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="355"/>
        <source>自建</source>
        <translation>Own</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="365"/>
        <source>（未填写问题）</source>
        <translation>(no question yet)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="381"/>
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_model.py" line="381"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="63"/>
        <source>搜索问题或答案</source>
        <translation>Search questions or answers</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="64"/>
        <source>搜索知识</source>
        <translation>Search entries</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="67"/>
        <source>按场景筛选</source>
        <translation>Filter by scenario</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="68"/>
        <source>全部场景</source>
        <translation>All scenarios</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="72"/>
        <source>关闭后，机器人只用您自己添加或导入的知识</source>
        <translation>When off, the bot uses only the entries you added or imported</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="80"/>
        <source>把刚删除的知识恢复到原来的位置</source>
        <translation>Put the entry just deleted back where it was</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="86"/>
        <source>知识列表</source>
        <translation>Entry list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="100"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="100"/>
        <source>添加一条您自己的问答</source>
        <translation>Add your own question and answer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="101"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="101"/>
        <source>只能删除您自建的知识；内置知识可以停用</source>
        <translation>Only your own entries can be deleted; built-in entries can be disabled</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="102"/>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="102"/>
        <source>把修改过的内置知识还原成默认内容</source>
        <translation>Put an edited built-in entry back to its default</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="103"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="103"/>
        <source>从 Excel、CSV 或 JSON 导入知识</source>
        <translation>Import entries from Excel, CSV or JSON</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="104"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="104"/>
        <source>导出为 Excel、CSV 或 JSON，方便粘贴到平台后台</source>
        <translation>Export to Excel, CSV or JSON, ready to paste into the platform back-end</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="152"/>
        <source>使用内置行业知识（%1 条）</source>
        <translation>Use the built-in industry knowledge (%1 entries)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="166"/>
        <source>共 %1 条 · 启用 %2 条</source>
        <translation>%1 entries · %2 enabled</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="168"/>
        <source>显示 %1 条（%2）</source>
        <translation>Showing %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="170"/>
        <source> · 已修改 %1 条</source>
        <translation> · %1 modified</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="172"/>
        <source> · 自建 %1 条</source>
        <translation> · %1 your own</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="235"/>
        <source>删除知识</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="234"/>
        <source>（未填写问题）</source>
        <translation>(no question yet)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="270"/>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="275"/>
        <source>导入知识</source>
        <translation>Import entries</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="271"/>
        <source>知识表格 (*.xlsx *.csv *.json)</source>
        <translation>Knowledge files (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="277"/>
        <source>正在读取“%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="285"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="309"/>
        <source>正在导出知识…</source>
        <translation>Exporting the knowledge…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="289"/>
        <source>覆盖已修改的知识？</source>
        <translation>Replace edited entries?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="235"/>
        <source>删除“%1”？删除后 10 秒内可以点“撤销”恢复。</source>
        <translation>Delete “%1”? You can click “Undo” within 10 seconds to bring it back.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="242"/>
        <source>已删除知识“%1”</source>
        <translation>Deleted entry “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="289"/>
        <source>导入的 %1 条知识会替换您已修改或自建的同编号知识，继续导入吗？</source>
        <translation>%1 imported entries will replace entries with the same ID that you edited or created. Import anyway?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="293"/>
        <source>✔ 已从“%1”导入 %2 条知识：新增 %3 条，更新 %4 条。</source>
        <translation>✔ Imported %2 entries from “%1”: %3 added, %4 updated.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="302"/>
        <source>导出知识</source>
        <translation>Export entries</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="302"/>
        <source>客服知识库.xlsx</source>
        <translation>service bot knowledge.xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="308"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="313"/>
        <source>✔ 已导出到 %1</source>
        <translation>✔ Exported to %1</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="77"/>
        <source>提现日期</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="77"/>
        <source>提现额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="77"/>
        <source>同时充值保证金（元）</source>
        <translation>Deposit top-up (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="78"/>
        <source>提现后保证金余额（元）</source>
        <translation>Deposit after (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="87"/>
        <source>补记的提现：记录时没有改动保证金余额和货款余额</source>
        <translation>A past withdrawal: recording it did not change the deposit or sales balance</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="93"/>
        <source>（补记）</source>
        <translation>(past record)</translation>
    </message>
</context>
<context>
    <name>ListingTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="33"/>
        <source>类目迁移</source>
        <translation>Category migration</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="77"/>
        <source>提示</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="79"/>
        <source>导入商品表…</source>
        <translation>Import product list…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="80"/>
        <source>从快手小店商家后台导出的商品列表（.csv 或 .xlsx）</source>
        <translation>The product list exported from the Kuaishou shop back-end (.csv or .xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="110"/>
        <source>全部商品</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="111"/>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="244"/>
        <source>迁移清单</source>
        <translation>Migration list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="112"/>
        <source>一级类目上限</source>
        <translation>Level-1 category caps</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="170"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="189"/>
        <source>没有读到本店的商品数据：%1</source>
        <translation>Could not read this shop&apos;s product data: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="233"/>
        <source>导入商品表后，这里会列出要处理的问题。</source>
        <translation>Import the product list to see the problems to deal with here.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="244"/>
        <source>迁移清单（%1）</source>
        <translation>Migration list (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="252"/>
        <source>还没有导入商品表。</source>
        <translation>No product list imported yet.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="261"/>
        <source>选择商品表</source>
        <translation>Choose the product list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="262"/>
        <source>商品表 (*.csv *.xlsx *.txt);;所有文件 (*)</source>
        <translation>Product lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="272"/>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="281"/>
        <source>正在读取“%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="286"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="309"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="336"/>
        <source>迁移标记</source>
        <translation>The migration marks</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="349"/>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="393"/>
        <source>正在导出迁移清单…</source>
        <translation>Exporting the migration worksheet…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="382"/>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="392"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="145"/>
        <source>请先添加或选择店铺。

点窗口上方的“添加我的店铺”，选择快手小店和店铺类型，再回到这里导入商品表；或点“使用示例店铺”先看看。</source>
        <translation>Please add or choose a shop first.

Click “Add my shop” at the top of the window, choose Kuaishou and the shop type, then come back here to import the product list; or click “Use the sample shop” to look around first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="149"/>
        <source>“%1”是抖店。本页的类目迁移与在架数量规则是快手小店的规则（快手关闭“二手 &gt; 二手车”类目、《商品在架量级等限制说明》），不适用于抖店。如需检查快手小店，请在上方切换或添加快手小店。</source>
        <translation>“%1” is a Douyin shop. The category migration and listing-cap rules on this page are Kuaishou rules (Kuaishou closing the “二手 &gt; 二手车” category, 《商品在架量级等限制说明》) and do not apply to Douyin. To check a Kuaishou shop, switch to or add one above.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/listing_tab.py" line="249"/>
        <source>已导入 %Ln 件商品 · 来自 %1 · %2 导入（再次导入会替换，已迁移标记保留）</source>
        <translation>
            <numerusform>%Ln product imported · from %1 · imported %2 (importing again replaces them; “moved” marks are kept)</numerusform>
            <numerusform>%Ln products imported · from %1 · imported %2 (importing again replaces them; “moved” marks are kept)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="382"/>
        <source>没有需要迁移的商品，迁移清单是空的。</source>
        <translation>No products need to migrate; the migration list is empty.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="387"/>
        <source>%1-类目迁移清单</source>
        <translation>%1-category migration list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="385"/>
        <source>CSV（UTF-8，Excel 可直接打开）(*.csv)</source>
        <translation>CSV (UTF-8, opens directly in Excel) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="351"/>
        <source>类目上限</source>
        <translation>The category cap</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_tab.py" line="386"/>
        <source>导出迁移清单</source>
        <translation>Export migration list</translation>
    </message>
</context>
<context>
    <name>LotteryTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="32"/>
        <source>0元抽奖</source>
        <translation>Lottery (0元抽奖)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="75"/>
        <source>例如：6月10日晚场直播</source>
        <translation>e.g. 10 June evening live</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="76"/>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="80"/>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="311"/>
        <source>直播场次</source>
        <translation>Live session</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="77"/>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="311"/>
        <source>直播开始</source>
        <translation>Session start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="78"/>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="312"/>
        <source>直播结束</source>
        <translation>Session end</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="80"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="81"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="90"/>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="312"/>
        <source>奖品列表</source>
        <translation>Prizes</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="99"/>
        <source>添加奖品</source>
        <translation>Add prize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="100"/>
        <source>复制</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="101"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="102"/>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="103"/>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="104"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="113"/>
        <source>直播中口播/展示的抽奖说明，例如：关注主播即可参与抽奖，中奖后48小时内发货，包邮。</source>
        <translation>The lottery terms you read out or show, e.g. follow the streamer to take part; prizes ship within 48 hours, free shipping.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="114"/>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="312"/>
        <source>抽奖说明</source>
        <translation>Lottery terms</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="119"/>
        <source>抽奖说明（口播与展示文字）</source>
        <translation>Lottery terms (read out and shown)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="137"/>
        <source>方案与检查</source>
        <translation>Plan and check</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="138"/>
        <source>开奖后发货</source>
        <translation>After the draw</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="142"/>
        <source>正在检查抽奖说明…（说明较长，检查在后台进行，可以继续输入）</source>
        <translation>Checking the lottery terms… (long terms are checked in the background; you can keep typing)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="164"/>
        <source>0元抽奖的检查要用到店铺的体验分、口碑分和是否在考核期：没有店铺就没有可检查的。</source>
        <translation>The 0-yuan lottery check needs the shop&apos;s experience score, reputation score and whether it is in its assessment period: without a shop there is nothing to check.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="274"/>
        <source>无法检查</source>
        <translation>Cannot check</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="300"/>
        <source>同一用户本场最多可得 %1 元（上限 %2 元）· 奖品总价值 %3 元</source>
        <translation>One user can win at most ¥%1 this session (cap ¥%2) · all prizes ¥%3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="310"/>
        <source>第 %1 个奖品的%2</source>
        <translation>%2 of prize %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="313"/>
        <source>店铺资料</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="336"/>
        <source>（未命名奖品）</source>
        <translation>(unnamed prize)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="337"/>
        <source>删除奖品</source>
        <translation>Delete prize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="337"/>
        <source>删除奖品“%1”？</source>
        <translation>Delete the prize “%1”?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="371"/>
        <source>无法标记发货</source>
        <translation>Cannot mark shipped</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="372"/>
        <source>这个奖品还没有开奖（或开奖时间未填写），不能标记为已发货。</source>
        <translation>This prize has not been drawn yet (or has no draw time), so it cannot be marked shipped.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="411"/>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="416"/>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="433"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="412"/>
        <source>请先改正这处填写错误，再导出：%1</source>
        <translation>Correct this entry first, then export: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="416"/>
        <source>请先改正标红的填写错误，再导出。</source>
        <translation>Fix the entry marked in red first, then export.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="419"/>
        <source>抽奖方案</source>
        <translation>lottery plan</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="420"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/lottery_tab.py" line="434"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="62"/>
        <source>小店合规助手</source>
        <translation>Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="67"/>
        <source>当前店铺</source>
        <translation>Current shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="69"/>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="71"/>
        <source>当前店铺：</source>
        <translation>Current shop:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>添加店铺</source>
        <translation>Add shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>编辑店铺</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <location filename="../../gui/main_window.py" line="446"/>
        <source>删除店铺</source>
        <translation>Delete shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="93"/>
        <source>把刚删除的店铺连同它的方案、商品和设置恢复回来</source>
        <translation>Bring back the shop just deleted with its plans, products and settings</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>数据只保存在本机</source>
        <translation>Your data stays on this computer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122"/>
        <source>规则包 %1 · 共 %2 条规则 · 数据只保存在本机</source>
        <translation>Rule pack %1 · %2 rules · your data stays on this computer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="197"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="198"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="211"/>
        <source>规则包…</source>
        <translation>Rule packs…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="217"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="218"/>
        <source>导入文件…</source>
        <translation>Import file…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="219"/>
        <source>方案另存为文件…</source>
        <translation>Save plan as file…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="220"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>报告(&amp;R)</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223"/>
        <source>打印体检报告…</source>
        <translation>Print compliance check-up…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="226"/>
        <location filename="../../gui/main_window.py" line="340"/>
        <source>关于小店合规助手</source>
        <translation>About Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>当前标签页不导入文件。请切换到要导入的标签页（类目迁移、售后时效、保证金与试运营、客服机器人）再拖入。</source>
        <translation>This tab does not import files. Switch to the tab that imports it (category migration, after-sales deadlines, deposit and trial, customer-service bot) and drop the file there.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>导入文件</source>
        <translation>Import file</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>表格或规则包 (*.xlsx *.csv *.json *.rulepack);;所有文件 (*)</source>
        <translation>Spreadsheets or rule packs (*.xlsx *.csv *.json *.rulepack);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>当前标签页没有可以另存的方案。</source>
        <translation>This tab has no plan to save as a file.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="334"/>
        <source>小店合规助手 %1
规则包 %2（%3 条规则）
数据文件：%4

按快手小店、抖店公布的规则，在您操作之前检查方案。每条结果都引用规则原文与日期，请以平台后台为准。</source>
        <translation>Shop Rules Assistant %1
Rule pack %2 (%3 rules)
Data file: %4

Checks your plans against the rules Kuaishou and Douyin publish, before you act. Every finding quotes the rule and its date; the platform&apos;s back office has the final word.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>欢迎！还没有店铺。添加您的店铺，或先用示例店铺看看各项检查。</source>
        <translation>Welcome! There is no shop yet. Add yours, or try the checks with the sample shop first.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="348"/>
        <source>添加我的店铺</source>
        <translation>Add my shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>使用示例店铺</source>
        <translation>Use the sample shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="379"/>
        <source>体验分 %1</source>
        <translation>Experience %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="381"/>
        <source>口碑分 %1</source>
        <translation>Reputation %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="383"/>
        <source>考核期内</source>
        <translation>in assessment</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="385"/>
        <source>专业电商主播</source>
        <translation>Professional e-commerce streamer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="404"/>
        <source>当前店铺的选择</source>
        <translation>The choice of current shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="411"/>
        <source>无法保存店铺</source>
        <translation>Cannot save the shop</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="414"/>
        <source>店铺“%1”</source>
        <translation>Shop “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="447"/>
        <source>确定删除店铺“%1”及其保存的全部方案吗？删除后 10 秒内可以点“撤销”恢复。</source>
        <translation>Delete shop “%1” and all its saved plans? You can click “Undo” within 10 seconds to bring it back.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="460"/>
        <source>已删除店铺“%1”</source>
        <translation>Deleted shop “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="481"/>
        <source>恢复店铺“%1”</source>
        <translation>Restoring shop “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="454"/>
        <source>删除店铺“%1”</source>
        <translation>Deleting shop “%1”</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../../gui/maintenance.py" line="40"/>
        <source>数据文件可能已损坏</source>
        <translation>The data file may be damaged</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance.py" line="40"/>
        <source>今天的自动备份在校验时发现数据文件有损坏：%1

请尽快在“设置 → 备份与恢复 → 从备份文件恢复”中选一份较早的备份恢复；恢复前现在的文件会另存，不会删除。</source>
        <translation>Today&apos;s automatic backup found damage in the data file while verifying it: %1

Please restore an earlier backup soon under “Settings → Backup and restore → Restore from a backup file”; the current file is kept, not deleted.</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance.py" line="44"/>
        <source>今天的自动备份没有完成：%1</source>
        <translation>Today&apos;s automatic backup was not made: %1</translation>
    </message>
</context>
<context>
    <name>MigrationModel</name>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="25"/>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="71"/>
        <source>已迁移</source>
        <translation>Migrated</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="25"/>
        <source>商品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="25"/>
        <source>商品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="26"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="26"/>
        <source>原类目</source>
        <translation>From category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="26"/>
        <source>迁移到（新类目）</source>
        <translation>Migrate to (new category)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="27"/>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="71"/>
        <source>待迁移</source>
        <translation>To migrate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="79"/>
        <source>在售</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/worksheet_model.py" line="79"/>
        <source>未在售</source>
        <translation>Off sale</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../gui/tabs/trial/notice.py" line="27"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/notice.py" line="28"/>
        <source>编辑店铺</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/notice.py" line="43"/>
        <source>请先添加或选择店铺。“0元入驻”试运营是抖店的规则：请在窗口上方点“添加我的店铺”，平台选“抖店”。</source>
        <translation>Please add or choose a shop first. The “0元入驻” trial is a Douyin rule: click “Add my shop” at the top of the window and choose Douyin as the platform.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/notice.py" line="46"/>
        <source>当前店铺“%1”是%2。“0元入驻”试运营是抖店的规则，%2没有这项试运营，这里没有要检查的。如果这家店其实是抖店，请编辑店铺，把平台改为“抖店”。</source>
        <translation>The current shop “%1” is a %2. The “0元入驻” (zero-deposit entry) trial is a Douyin shop rule and does not exist for a %2, so there is nothing to check here. If this shop is actually a Douyin shop, edit the shop and change its platform to “Douyin shop”.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/notice.py" line="50"/>
        <source>“0元入驻”试运营只适用于抖店的%1。当前店铺“%2”是%3，不适用。如果店铺类型填错了，请编辑店铺。</source>
        <translation>The “0元入驻” (zero-deposit entry) trial applies only to these Douyin shop types: %1. The current shop “%2” is of type %3, so it does not apply. If the shop type is wrong, edit the shop.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../gui/ops.py" line="106"/>
        <source>小店合规助手</source>
        <translation>Shop Rules Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/ops.py" line="207"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanBar</name>
    <message>
        <location filename="../../gui/plan_bar.py" line="95"/>
        <source>已保存的方案</source>
        <translation>Saved plans</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="100"/>
        <source>方案：</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="104"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="104"/>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="105"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="105"/>
        <source>打开文件…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="106"/>
        <source>另存为文件…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="110"/>
        <source>把刚删除的方案连同内容恢复回来</source>
        <translation>Bring back the plan just deleted, with everything in it</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="145"/>
        <source>⚠ 上一个方案的修改没能存进数据文件，已另存为 %1</source>
        <translation>⚠ The previous plan&apos;s changes could not reach the data file; they were kept as %1</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="170"/>
        <location filename="../../gui/plan_bar.py" line="180"/>
        <source>无法打开方案</source>
        <translation>Cannot open the plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="240"/>
        <source>方案“%1”</source>
        <translation>plan “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="240"/>
        <source>新方案</source>
        <translation>new plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="245"/>
        <source>已自动保存 %1</source>
        <translation>Saved automatically %1</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="248"/>
        <source>⚠ 修改还没有保存：%1。修改仍在屏幕上，程序会每隔几秒自动重试。</source>
        <translation>⚠ Changes not saved yet: %1. They are still on screen; the app retries every few seconds.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="252"/>
        <source>0元抽奖</source>
        <translation>0-yuan lottery</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="252"/>
        <source>定时优惠</source>
        <translation>Timed coupons</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="252"/>
        <source>1212挑战赛</source>
        <translation>1212 challenge</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="253"/>
        <source>客服机器人</source>
        <translation>Customer-service bot</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="253"/>
        <source>售后时效</source>
        <translation>After-sales deadlines</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="254"/>
        <source>试运营数据</source>
        <translation>Trial data</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="254"/>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="265"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="306"/>
        <source>删除方案“%1”吗？删除后 10 秒内可以点“撤销”恢复。</source>
        <translation>Delete the plan “%1”? For 10 seconds afterwards you can click “Undo” to bring it back.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="313"/>
        <source>没有删除</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="317"/>
        <source>已删除方案“%1”</source>
        <translation>Deleted the plan “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="344"/>
        <source>没有恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="351"/>
        <source>已恢复方案“%1”</source>
        <translation>Restored the plan “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="286"/>
        <source>重命名方案</source>
        <translation>Rename plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="286"/>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="294"/>
        <source>没有重命名</source>
        <translation>Not renamed</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="299"/>
        <source>已有方案叫“%1”，这个方案改名为“%2”。</source>
        <translation>Another plan is already called “%1”; this one is now called “%2”.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="306"/>
        <source>删除方案</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="356"/>
        <source>打开方案文件</source>
        <translation>Open plan file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="362"/>
        <source>无法打开方案文件</source>
        <translation>Cannot open the plan file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="376"/>
        <source>另存为方案文件</source>
        <translation>Save plan file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="384"/>
        <source>无法保存文件</source>
        <translation>Cannot save the file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_bar.py" line="385"/>
        <source>文件没有保存：%1
请换一个文件夹，或关闭正在使用该文件的程序后重试。</source>
        <translation>The file was not saved: %1
Choose another folder, or close the program using the file, and try again.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../gui/tabs/listing/preview_model.py" line="48"/>
        <source>第 %1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/preview_model.py" line="50"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>PrizeTableModel</name>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="25"/>
        <source>奖品标题</source>
        <translation>Prize title</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="25"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="26"/>
        <source>材质</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="26"/>
        <source>类目</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="27"/>
        <source>本店
可上架</source>
        <translation>In
shop?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="28"/>
        <source>单价
（元）</source>
        <translation>Value
(¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="28"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="29"/>
        <source>每人
最多中</source>
        <translation>Wins per
user</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="29"/>
        <source>需
资质</source>
        <translation>Needs
licence</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="30"/>
        <source>已有
资质</source>
        <translation>Has
licence</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="30"/>
        <source>使用权
天数</source>
        <translation>Usage
days</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="31"/>
        <source>使用权
市场价值</source>
        <translation>Usage
value (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="31"/>
        <source>开奖时间</source>
        <translation>Draw time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="38"/>
        <source>奖品标题：须写明品牌、材质、品类</source>
        <translation>Prize title: must name the brand, material and kind of product</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="39"/>
        <source>品牌：奖品标题里要写出的品牌</source>
        <translation>Brand: the brand the prize title must name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="40"/>
        <source>材质：奖品标题里要写出的材质</source>
        <translation>Material: the material the prize title must name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="41"/>
        <source>一级 &gt; 二级 &gt; 三级，例如：服饰/鞋靴 &gt; 男装 &gt; T恤</source>
        <translation>Level 1 &gt; level 2 &gt; level 3, e.g. 服饰/鞋靴 &gt; 男装 &gt; T恤</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="42"/>
        <source>本店可上架：奖品的类目在本店可上架的类目内</source>
        <translation>Sellable in shop: the prize&apos;s category is one this shop may list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="43"/>
        <source>单价（元）：一件奖品的价值</source>
        <translation>Unit value (¥): the value of one prize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="44"/>
        <source>数量：这个奖品共送出几件</source>
        <translation>Quantity: how many of this prize are given away</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="45"/>
        <source>每人最多中：同一用户最多能中这个奖品几次</source>
        <translation>Max wins per user: how many times one user can win this prize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="46"/>
        <source>需资质：这类奖品需要经营资质</source>
        <translation>Needs licence: this kind of prize needs a business licence</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="47"/>
        <source>已有资质：本店已有这类奖品需要的资质</source>
        <translation>Has licence: the shop has the licence this kind of prize needs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="48"/>
        <source>使用权天数：奖品是使用权（如会员卡）时，可使用的天数</source>
        <translation>Usage days: for a prize that is a usage right (such as a membership card), how many days it can be used</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="49"/>
        <source>使用权市场价值（元）：奖品是使用权时，它的市场价值</source>
        <translation>Usage right value (¥): for a prize that is a usage right, its market value</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lottery/prize_model.py" line="50"/>
        <source>开奖时间：北京时间，例如 2023-06-10 21:00</source>
        <translation>Draw time: Beijing time, e.g. 2023-06-10 21:00</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="37"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="39"/>
        <source>“%1”有 %2 处问题，没有导入任何知识，知识库保持原样。请在表格中改正下列各行后重新导入：</source>
        <translation>“%1” has %2 problems, so no entries were imported and the knowledge base is unchanged. Fix these rows in the spreadsheet and import again:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/knowledge_panel.py" line="43"/>
        <source>有问题的行</source>
        <translation>Rows with problems</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="123"/>
        <source>从店铺商品中选择</source>
        <translation>Pick shop products</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="127"/>
        <source>输入商品ID、标题或类目筛选</source>
        <translation>Filter by product ID, title or category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="128"/>
        <source>筛选商品</source>
        <translation>Filter products</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="135"/>
        <source>店铺商品</source>
        <translation>Shop products</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="141"/>
        <source>勾选筛选出的在售商品</source>
        <translation>Tick the shown products on sale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="143"/>
        <source>共 %1 件商品（来自“类目迁移”标签页导入的商品表）。添加后请填写佣金和来源。</source>
        <translation>%1 products (from the product list imported in the “Category migration” tab). After adding them, fill in their commission and source.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="147"/>
        <source>添加所选商品</source>
        <translation>Add ticked products</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="148"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="152"/>
        <source>筛选：</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="30"/>
        <source>本店商品</source>
        <translation>Own product</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="31"/>
        <source>好物联盟</source>
        <translation>Affiliate (好物联盟)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="36"/>
        <location filename="../../gui/tabs/listing/product_model.py" line="93"/>
        <source>商品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="37"/>
        <source>商品标题</source>
        <translation>Product title</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="38"/>
        <location filename="../../gui/tabs/listing/product_model.py" line="94"/>
        <source>价格（元）</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="39"/>
        <source>佣金（元）</source>
        <translation>Commission (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="40"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="41"/>
        <source>适用</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="42"/>
        <source>不适用原因</source>
        <translation>Why not</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="102"/>
        <source>推广佣金金额（元）：须不低于优惠券面额。本店商品没有设佣金可留空</source>
        <translation>Promotion commission (¥): must be at least the coupon&apos;s discount. Leave it empty for own products with no commission set</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="103"/>
        <source>本店商品：自己创建的商品（店铺满减券可用）；好物联盟：从好物联盟推广的商品（主播满减券可用）</source>
        <translation>Own product: a product you created (shop discount coupons apply); Affiliate (好物联盟): a product promoted through 好物联盟 (streamer discount coupons apply)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="104"/>
        <source>所选优惠券能否用于这件商品</source>
        <translation>Whether the chosen coupon can be used on this product</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="124"/>
        <source>未知来源：%1</source>
        <translation>Unknown source: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="141"/>
        <source>✔ 适用</source>
        <translation>✔ Applies</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_model.py" line="141"/>
        <source>✖ 不适用</source>
        <translation>✖ Does not apply</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="93"/>
        <source>商品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="93"/>
        <source>类目</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="94"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="94"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="95"/>
        <source>需要处理</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="96"/>
        <source>在售</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="96"/>
        <source>未在售</source>
        <translation>Off sale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="97"/>
        <source>已标记迁移（下次导入时核对）</source>
        <translation>Marked migrated (verified at the next import)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="98"/>
        <source>已标记迁移</source>
        <translation>Marked migrated</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="98"/>
        <source>需迁移</source>
        <translation>To migrate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="99"/>
        <source>一级类目超出上限</source>
        <translation>Level-1 category over its cap</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/product_model.py" line="275"/>
        <source>需迁移至 %1</source>
        <translation>Migrate to %1</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="59"/>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="60"/>
        <source>搜索商品ID或名称</source>
        <translation>Search product ID or name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="70"/>
        <source>商品列表</source>
        <translation>Product list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="79"/>
        <source>还没有导入商品。

请在快手小店商家后台导出商品列表（.csv 或 .xlsx），然后点击左上角的“导入商品表…”。
导入后这里会列出每件商品，以及需要迁移的和超出类目上限的商品。</source>
        <translation>No products imported yet.

Export the product list (.csv or .xlsx) from the Kuaishou shop back-end, then click “Import product list…” at the top left.
Once imported, every product is listed here, along with those that must migrate and those over a category cap.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="91"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="91"/>
        <source>需迁移</source>
        <translation>To migrate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="91"/>
        <source>超出上限的一级类目</source>
        <translation>Over category cap</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="92"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="96"/>
        <source>筛选：%1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>PushRow</name>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="64"/>
        <source>催拍</source>
        <translation>Order reminder</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="64"/>
        <source>催付</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="66"/>
        <source>%1 开启</source>
        <translation>%1 on</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="69"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="70"/>
        <source>%1：咨询后几分钟推送</source>
        <translation>%1: minutes after the chat before sending</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="72"/>
        <source>开始</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="72"/>
        <source>结束</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="74"/>
        <source>%1 发送时段%2</source>
        <translation>%1 sending window %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="75"/>
        <source>咨询后</source>
        <translation>after chat</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="76"/>
        <source>时段</source>
        <translation>window</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="77"/>
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>QuoteLabel</name>
    <message>
        <location filename="../../gui/findings_panel.py" line="123"/>
        <source>展开全文</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../gui/findings_panel.py" line="123"/>
        <source>收起</source>
        <translation>Show less</translation>
    </message>
</context>
<context>
    <name>ReceiptModel</name>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="140"/>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="140"/>
        <source>确认收货时间</source>
        <translation>Receipt confirmed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="140"/>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="150"/>
        <source>北京时间，例如 2023-04-01 10:00</source>
        <translation>Beijing time, e.g. 2023-04-01 10:00</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="32"/>
        <source>收货记录</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="36"/>
        <source>添加一笔</source>
        <translation>Add receipt</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="37"/>
        <source>删除所选…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="38"/>
        <source>从 Excel/CSV 导入…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="44"/>
        <source>导入的表格需有 订单号、确认收货时间、金额 三列（CSV 可为 UTF-8 或 GBK 编码）。同一订单号再次导入会更新原记录。</source>
        <translation>The sheet to import needs three columns: 订单号 (order no.), 确认收货时间 (receipt confirmed) and 金额 (amount); a CSV may be UTF-8 or GBK. Importing the same order number again updates its record.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="50"/>
        <source>已确认收货的订单</source>
        <translation>Orders with receipt confirmed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="58"/>
        <source>结算日历</source>
        <translation>Settlement calendar</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="61"/>
        <source>结算日历（货款在确认收货后多少天计入货款余额，按规则计算）</source>
        <translation>Settlement calendar (when sales proceeds join the sales balance after receipt is confirmed, by the rules)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="96"/>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="99"/>
        <source>删除收货记录</source>
        <translation>Delete receipt</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="96"/>
        <source>请先在表格中选中要删除的一行。</source>
        <translation>First select the row to delete in the table.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="98"/>
        <source>（未填单号）</source>
        <translation>(no order no.)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="99"/>
        <source>删除订单 %1 的收货记录？</source>
        <translation>Delete the receipt for order %1?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="108"/>
        <source>导入收货记录</source>
        <translation>Import receipts</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="109"/>
        <source>表格文件 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="118"/>
        <source>%1：%2，%3。</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="118"/>
        <source>已导入 %Ln 笔</source>
        <translation>
            <numerusform>Imported %Ln receipt</numerusform>
            <numerusform>Imported %Ln receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="118"/>
        <source>新增 %Ln 笔</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="119"/>
        <source>更新 %Ln 笔</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="130"/>
        <source>货款在买家确认收货 %Ln 天后结算。</source>
        <translation>
            <numerusform>Sales settle %Ln day after the buyer confirms receipt. </numerusform>
            <numerusform>Sales settle %Ln days after the buyer confirms receipt. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="131"/>
        <source>待结算 %Ln 笔，共 %1 元；</source>
        <translation>
            <numerusform>%Ln receipt to settle, ¥%1 in all; </numerusform>
            <numerusform>%Ln receipts to settle, ¥%1 in all; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="132"/>
        <source>已结算 %Ln 笔。</source>
        <translation>
            <numerusform>%Ln settled.</numerusform>
            <numerusform>%Ln settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="135"/>
        <source>（其中 %Ln 笔没有填金额，未计入合计。）</source>
        <translation>
            <numerusform> (%Ln of them has no amount and is not in the total.)</numerusform>
            <numerusform> (%Ln of them have no amount and are not in the total.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/receipts_panel.py" line="127"/>
        <source>还没有收货记录。添加或导入后，这里按日期列出每笔货款何时结算。</source>
        <translation>No receipts yet. Add or import them to see here, by date, when each sum settles.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../gui/recovery.py" line="43"/>
        <source>小店合规助手 · 数据文件需要处理</source>
        <translation>Shop Rules Assistant · the data file needs attention</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="44"/>
        <source>小店合规助手 · 无法使用数据文件</source>
        <translation>Shop Rules Assistant · the data file cannot be used</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="65"/>
        <source>请安装最新版本的小店合规助手后再打开这份数据；或换一个数据文件夹。</source>
        <translation>Install the latest version of Shop Rules Assistant to open this data, or choose another data folder.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="71"/>
        <source>换一个数据文件夹…</source>
        <translation>Choose another data folder…</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="72"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="81"/>
        <source>您的原文件不会被删除或改写：恢复或新建之前，它会另存为 %1.damaged-日期时间，以后仍可交给技术人员尝试修复。</source>
        <translation>Your file is never deleted or overwritten: before a restore or a new start it is kept as %1.damaged-date-time, which a technician can still try to repair.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="87"/>
        <source>数据文件本身：%1。
加上这个日志文件：%2。</source>
        <translation>The data file alone: %1.
With this log file: %2.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="91"/>
        <source>可用的备份（最新的在前）：</source>
        <translation>Available backups (newest first):</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="93"/>
        <source>备份时间</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="93"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="93"/>
        <source>店铺</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="93"/>
        <source>方案</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="94"/>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="94"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="99"/>
        <source>备份列表</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="103"/>
        <source>完好</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="113"/>
        <source>还没有备份可以恢复。</source>
        <translation>There is no backup to restore yet.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="117"/>
        <source>从所选备份恢复</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="119"/>
        <source>不用这个日志，打开数据文件本身</source>
        <translation>Open the data file without this log</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="120"/>
        <source>新建空数据（原文件另存）</source>
        <translation>Start empty (the old file is kept)</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="132"/>
        <source>无法读取</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="133"/>
        <source>%1 个店铺、%2 个方案、%3 件商品</source>
        <translation>%1 shops, %2 plans, %3 products</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="153"/>
        <source>没有恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="155"/>
        <source>已从 %1 的备份恢复。原来的数据文件已另存在同一文件夹中。</source>
        <translation>Restored the backup of %1. The old data file was kept in the same folder.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="158"/>
        <source>新建空数据</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="158"/>
        <source>新建一份空数据，程序将从头开始（原文件另存，不会删除）。确定吗？</source>
        <translation>Start with empty data? The old file is kept, not deleted.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="163"/>
        <location filename="../../gui/recovery.py" line="171"/>
        <source>没有完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="165"/>
        <source>原数据文件已另存为：%1</source>
        <translation>The old data file was kept as: %1</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="173"/>
        <source>日志文件已另存为：%1</source>
        <translation>The log file was kept as: %1</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="176"/>
        <source>已处理</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="183"/>
        <source>请在文件资源管理器中右键该文件 →“属性”，取消勾选“只读”；或把数据文件夹移到您有写入权限的位置（例如“文档”）。</source>
        <translation>In File Explorer, right-click the file → “Properties” and untick “Read-only”; or move the data folder somewhere you can write (e.g. “Documents”).</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="185"/>
        <source>请确认这个文件夹不在只读的位置（例如光盘或受保护的系统文件夹），或换一个数据文件夹。</source>
        <translation>Make sure this folder is not in a read-only place (such as a CD or a protected system folder), or choose another data folder.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="187"/>
        <source>请关闭可能正在使用它的程序（例如同步盘、杀毒软件），或检查文件权限，然后点“重试”。</source>
        <translation>Close programs that may be using it (cloud sync, antivirus) or check the file&apos;s permissions, then click “Retry”.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="193"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="203"/>
        <source>选择数据文件夹</source>
        <translation>Choose a data folder</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../gui/report_preview.py" line="36"/>
        <location filename="../../gui/report_preview.py" line="95"/>
        <location filename="../../gui/report_preview.py" line="155"/>
        <source>合规体检报告</source>
        <translation>Compliance check-up report</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="39"/>
        <source>报告范围</source>
        <translation>Report scope</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="42"/>
        <source>当前店铺：%1</source>
        <translation>Current shop: %1</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="43"/>
        <location filename="../../gui/report_preview.py" line="186"/>
        <source>全部店铺</source>
        <translation>All shops</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="48"/>
        <source>体检报告预览</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="49"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="51"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="53"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="55"/>
        <source>另存为网页…</source>
        <translation>Save as web page…</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="57"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="60"/>
        <source>报告范围：</source>
        <translation>Report for:</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="88"/>
        <location filename="../../gui/report_preview.py" line="103"/>
        <source>正在生成体检报告…</source>
        <translation>Making the check-up report…</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="115"/>
        <source>生成于 %1</source>
        <translation>Made at %1</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="124"/>
        <source>没有生成：%1</source>
        <translation>Not made: %1</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="180"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="187"/>
        <source>合规体检报告-%1-%2</source>
        <translation>compliance-report-%1-%2</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="193"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="199"/>
        <location filename="../../gui/report_preview.py" line="215"/>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="199"/>
        <source>无法写入 %1：请换一个文件夹再试。</source>
        <translation>Could not write %1: please try another folder.</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="201"/>
        <location filename="../../gui/report_preview.py" line="217"/>
        <source>已保存为 %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="208"/>
        <source>另存为网页</source>
        <translation>Save as web page</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="209"/>
        <source>网页 (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="215"/>
        <source>无法写入 %1：%2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>RulePacksDialog</name>
    <message>
        <location filename="../../gui/rule_packs.py" line="48"/>
        <source>规则包</source>
        <translation>Rule packs</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="52"/>
        <source>安装规则包…</source>
        <translation>Install rule pack…</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="54"/>
        <source>回退到上一个</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="60"/>
        <source>规则包由发布方签名。安装前会核对签名与每个文件、运行规则包自带的规则测试，并列出新规则对您已保存方案的影响；内置规则包始终保留，可随时回退。</source>
        <translation>Rule packs are signed by their publisher. Before installing, the app checks the signature and every file, runs the pack&apos;s own rule tests and lists what the new rules change for your saved plans; the built-in pack is always kept, and you can roll back at any time.</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="73"/>
        <source>正在使用：规则包 %1，共 %2 条规则。</source>
        <translation>In use: rule pack %1, %2 rules.</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="78"/>
        <source>%1 %2（%3） · 安装于 %4</source>
        <translation>%1 %2 (%3) · installed %4</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="82"/>
        <source>%1 内置规则包 %2 · 始终保留</source>
        <translation>%1 built-in rule pack %2 · always kept</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="96"/>
        <location filename="../../gui/rule_packs.py" line="116"/>
        <source>安装规则包</source>
        <translation>Install rule pack</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="97"/>
        <source>规则包 (*%1);;所有文件 (*)</source>
        <translation>Rule packs (*%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="117"/>
        <source>正在核对规则包并重新检查已保存的方案…</source>
        <translation>Checking the rule pack and re-checking your saved plans…</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="124"/>
        <source>没有安装</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="124"/>
        <source>没有安装这个规则包，正在使用的规则不变：
%1</source>
        <translation>This rule pack was not installed; the rules in use are unchanged:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="149"/>
        <location filename="../../gui/rule_packs.py" line="155"/>
        <location filename="../../gui/rule_packs.py" line="159"/>
        <source>回退规则包</source>
        <translation>Roll back rule pack</translation>
    </message>
    <message>
        <location filename="../../gui/rule_packs.py" line="150"/>
        <source>停用最近安装的规则包，换回上一个（没有则换回内置规则包）？已安装的文件会保留。</source>
        <translation>Stop using the most recently installed rule pack and go back to the previous one (or the built-in pack)? The installed files are kept.</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="51"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="51"/>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="51"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="63"/>
        <source>未生效</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="63"/>
        <source>已失效</source>
        <translation>No longer in force</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="71"/>
        <source>%1
规则编号：%2</source>
        <translation>%1
Rule id: %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="79"/>
        <source>快手小店</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="79"/>
        <source>抖店</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="63"/>
        <source>生效中</source>
        <translation>In force</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="38"/>
        <source>规则库</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="91"/>
        <source>按规则名称或关键词搜索，例如 抽奖、保证金、售后</source>
        <translation>Search by rule name or keyword, e.g. 抽奖, 保证金, 售后</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="92"/>
        <source>搜索规则</source>
        <translation>Search rules</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="95"/>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="96"/>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="97"/>
        <location filename="../../gui/tabs/rules_tab.py" line="174"/>
        <source>快手小店</source>
        <translation>Kuaishou shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="98"/>
        <location filename="../../gui/tabs/rules_tab.py" line="174"/>
        <source>抖店</source>
        <translation>Douyin shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="102"/>
        <source>查看日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="103"/>
        <source>按这一天看每条规则是否生效、用哪个数值</source>
        <translation>Shows whether each rule is in force on this day, and which values it uses</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="107"/>
        <source>规则列表</source>
        <translation>Rule list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="114"/>
        <source>规则详情</source>
        <translation>Rule details</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="120"/>
        <source>按日期：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="143"/>
        <source>%1（规则包版本 %2）</source>
        <translation>%1 (rule pack version %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/rules_tab.py" line="143"/>
        <source>共 %Ln 条规则</source>
        <translation>
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="149"/>
        <source>没有找到匹配的规则。可以换个说法，例如 抽奖、保证金、售后、优惠券。</source>
        <translation>No matching rule. Try other words, e.g. 抽奖, 保证金, 售后, 优惠券.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="157"/>
        <source>规则编号：%1</source>
        <translation>Rule id: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="162"/>
        <source>%1 起适用（所选日期用这个）</source>
        <translation>from %1 (the value on the chosen date)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="164"/>
        <source>%1 起适用（所选日期还没到）</source>
        <translation>from %1 (not yet on the chosen date)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="165"/>
        <source>%1 起适用（已被后来的数值取代）</source>
        <translation>from %1 (replaced by a later value)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="177"/>
        <source>%1 起生效，%2 起不再适用</source>
        <translation>in force from %1, no longer from %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="179"/>
        <source>%1 起生效</source>
        <translation>in force from %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="179"/>
        <source>生效日期公告未写明</source>
        <translation>the announcement gives no start date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="180"/>
        <source>不符合时算错误</source>
        <translation>an error when not met</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="180"/>
        <source>不符合时给出提醒</source>
        <translation>a warning when not met</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="181"/>
        <source>给出说明</source>
        <translation>a note</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="182"/>
        <source>按 %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="182"/>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="182"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="183"/>
        <source>规则中的数值（按 %1）</source>
        <translation>Values in the rule (as of %1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="184"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="184"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="184"/>
        <source>适用时间</source>
        <translation>Applies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/rules_tab.py" line="212"/>
        <source>另有 %n 项供检查程序使用的设置（词表、句式等），这里不列出。</source>
        <translation>
            <numerusform>Plus %n setting only the check uses (word lists, sentence patterns), not listed here.</numerusform>
            <numerusform>Plus %n settings only the check uses (word lists, sentence patterns), not listed here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/rules_tab.py" line="175"/>
        <source>公告未写明</source>
        <translation>not stated</translation>
    </message>
</context>
<context>
    <name>SessionTimeline</name>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="79"/>
        <source>直播时间轴</source>
        <translation>Session timeline</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="115"/>
        <source>“%1”在下播（%2）之后才发放：观众已离开直播间，领不到这张券。请把发放时间改到直播中，或把下播时间延后。</source>
        <translation>“%1” is issued only after the session ends (%2): viewers have left the live room and cannot claim it. Move its issue time into the session, or end the session later.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="119"/>
        <source>“%1”在开播（%2）之前就发放：开播前直播间里还没有观众。</source>
        <translation>“%1” is issued before the session starts (%2): there are no viewers in the live room yet.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="122"/>
        <source>“%1”的有效期到 %2，晚于下播时间 %3：下播后这张券仍可使用。如果只想在直播中用，请把有效期改到下播前。</source>
        <translation>“%1” is valid until %2, after the session ends at %3: it can still be used after the session. If it is meant for the session only, end its validity before the session ends.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="125"/>
        <source>“%1”的有效期跨过午夜，到 %2 才结束：请确认这是有意的（后台按北京时间计算）。</source>
        <translation>“%1” stays valid past midnight, until %2: make sure this is intended (the back office counts in Beijing time).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="133"/>
        <location filename="../../gui/tabs/coupon/timeline.py" line="240"/>
        <source>直播 %1–%2</source>
        <translation>Live %1–%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="136"/>
        <location filename="../../gui/tabs/coupon/timeline.py" line="308"/>
        <source>%1：时间有误</source>
        <translation>%1: times are wrong</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="142"/>
        <source>（与%1重叠）</source>
        <translation> (overlaps %1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="195"/>
        <source>填好发放时间和有效期后，这里按时间先后显示本场的各张券</source>
        <translation>Once issue times and validity are filled in, this shows the session&apos;s coupons in time order</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="209"/>
        <source>时间有误：有效期须晚于发放时间</source>
        <translation>Times are wrong: validity must end after the issue time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="249"/>
        <source>午夜</source>
        <translation>Midnight</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/timeline.py" line="310"/>
        <source>⚠ 与本场另一张券的发放时段重叠</source>
        <translation>⚠ Overlaps the issue window of another coupon in this session</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="113"/>
        <source>快手小店 · 客服机器人开关</source>
        <translation>Kuaishou shop · customer-service bot switches</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="116"/>
        <source>客服机器人</source>
        <translation>Customer-service bot (客服机器人)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="116"/>
        <source>机器人开启</source>
        <translation>Bot on (机器人开启)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="123"/>
        <source>两个开关都开启，机器人才会自动接待买家（初次进入时两个都是关闭的）。</source>
        <translation>The bot serves buyers automatically only when both switches are on (both are off when you first open the page).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="117"/>
        <source>智能辅助接待</source>
        <translation>Smart assisted reception (智能辅助接待)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="118"/>
        <source>自动消息 → 催付</source>
        <translation>Auto messages → payment reminder (催付)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="124"/>
        <source>智能辅助接待：人工接待时，买家的问题命中知识库，机器人会直接回复。</source>
        <translation>Smart assisted reception: while a person is serving, the bot replies directly when the buyer&apos;s question matches the knowledge base.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="131"/>
        <source>同一买家每天最多推送</source>
        <translation>Most reminders per buyer per day</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="134"/>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="135"/>
        <source>同一买家每天最多推送次数</source>
        <translation>Most reminders per buyer per day</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="172"/>
        <source>抖店飞鸽 · 系统催拍催付</source>
        <translation>Douyin shop Feige (飞鸽) · automatic order and payment reminders</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="174"/>
        <source>买家咨询后没下单（催拍）或下单没付款（催付）时，系统自动推送卡片。平台规定：咨询后 %1~%2 分钟推送，只在 %3~%4 之间发送，同一店铺对同一买家一天最多 %5 次。</source>
        <translation>When a buyer asks but does not order (order reminder, 催拍) or orders but does not pay (payment reminder, 催付), the system sends a card automatically. Platform rules: send %1–%2 minutes after the question, only between %3 and %4, and at most %5 times a day from one shop to one buyer.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="177"/>
        <source>快手小店 · 智能跟单助手</source>
        <translation>Kuaishou shop · smart follow-up assistant (智能跟单助手)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/bot/settings_panel.py" line="178"/>
        <source>智能跟单助手的催拍、催付卡片。它的“催付”开启时，【自动消息】里的“催付”不生效。</source>
        <translation>The smart follow-up assistant&apos;s order and payment reminder cards. While its “payment reminder” is on, the “payment reminder” under [Auto messages] has no effect.</translation>
    </message>
</context>
<context>
    <name>SettlementModel</name>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="191"/>
        <source>结算时间</source>
        <translation>Settles at</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="191"/>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="191"/>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="191"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="192"/>
        <source>累计待结算（元）</source>
        <translation>Pending total (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="216"/>
        <source>（未填单号）</source>
        <translation>(no order no.)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="218"/>
        <source>未填</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="221"/>
        <source>✔ 已结算</source>
        <translation>✔ Settled</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_models.py" line="223"/>
        <source>今天结算</source>
        <translation>Settles today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/trial_models.py" line="224"/>
        <source>待结算，还有 %Ln 天</source>
        <translation>
            <numerusform>Pending, %Ln day to go</numerusform>
            <numerusform>Pending, %Ln days to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shop</name>
    <message>
        <location filename="../../gui/shop_context.py" line="12"/>
        <source>快手小店</source>
        <translation>Kuaishou shop</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="12"/>
        <source>抖店</source>
        <translation>Douyin shop</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="17"/>
        <source>个人店</source>
        <translation>Personal shop (个人店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="17"/>
        <source>个体工商户店</source>
        <translation>Sole proprietor shop (个体工商户店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="18"/>
        <source>普通企业店</source>
        <translation>Enterprise shop (普通企业店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="18"/>
        <source>旗舰店</source>
        <translation>Flagship store (旗舰店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="19"/>
        <source>专卖店</source>
        <translation>Exclusive store (专卖店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="19"/>
        <source>专营店</source>
        <translation>Multi-brand store (专营店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="20"/>
        <source>卖场型旗舰店</source>
        <translation>Mall flagship store (卖场型旗舰店)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="60"/>
        <source>请先添加或选择店铺</source>
        <translation>Please add or choose a shop first</translation>
    </message>
    <message>
        <location filename="../../gui/shop_context.py" line="64"/>
        <source>点窗口上方的“添加我的店铺”填写您的店铺（平台、店铺类型和分数），或点“使用示例店铺”先看看各项检查。</source>
        <translation>Click “Add my shop” at the top of the window to enter your shop (platform, shop type and scores), or click “Use the sample shop” to try the checks first.</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../gui/shop_dialog.py" line="25"/>
        <source>编辑店铺</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="25"/>
        <source>添加店铺</source>
        <translation>Add shop</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="29"/>
        <location filename="../../gui/shop_dialog.py" line="55"/>
        <source>店铺名称</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="38"/>
        <location filename="../../gui/shop_dialog.py" line="56"/>
        <source>店铺体验分</source>
        <translation>Shop experience score (店铺体验分)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="39"/>
        <location filename="../../gui/shop_dialog.py" line="57"/>
        <source>带货口碑分</source>
        <translation>Reputation score (带货口碑分)</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="40"/>
        <source>处于经营能力考核期</source>
        <translation>In the business-assessment period</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="42"/>
        <source>专业电商主播</source>
        <translation>Professional e-commerce streamer</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="55"/>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="56"/>
        <source>店铺类型</source>
        <translation>Shop type</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="93"/>
        <source>在抖店后台首页的“商家体验分”卡片查看。本程序目前只在快手小店的检查中用到分数，抖店可选“未知”。</source>
        <translation>Shown on the “商家体验分” card on the Douyin shop back-office home page. The app only uses scores in Kuaishou checks for now, so a Douyin shop may choose “unknown”.</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="94"/>
        <source>本程序目前只在快手小店的检查中用到带货口碑分，抖店可选“未知”。</source>
        <translation>The app only uses the sales reputation score in Kuaishou checks for now; a Douyin shop may choose “unknown”.</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="95"/>
        <source>考核期是快手小店的规则用到的，抖店不用勾选。</source>
        <translation>The assessment period is used by Kuaishou rules; leave it unticked for a Douyin shop.</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="96"/>
        <source>专业电商主播是快手小店的规则用到的，抖店不用勾选。</source>
        <translation>Professional e-commerce streamer is used by Kuaishou rules; leave it unticked for a Douyin shop.</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="99"/>
        <source>在快手小店商家后台首页的“店铺体验分”卡片查看；新店没有分数时选“未知”。</source>
        <translation>Shown on the “店铺体验分” card on the Kuaishou shop back-office home page; a new shop without a score chooses “unknown”.</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="100"/>
        <source>主播的带货口碑分，在快手App“我的小店”或快手小店商家后台查看；不是主播可选“未知”。</source>
        <translation>The streamer&apos;s sales reputation score, shown under “我的小店” in the Kuaishou app or in the Kuaishou shop back office; choose “unknown” if you do not stream.</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="101"/>
        <source>新开的快手小店有经营能力考核期：以商家后台首页的提示或平台通知为准。</source>
        <translation>New Kuaishou shops have a business-ability assessment period: the back-office home page or the platform&apos;s notices say whether yours is in it.</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="102"/>
        <source>已在快手开通“专业电商主播”身份时勾选（定时优惠只对专业电商主播开放）。</source>
        <translation>Tick when you have the “专业电商主播” (professional e-commerce streamer) status on Kuaishou (timed coupons are only open to them).</translation>
    </message>
    <message>
        <location filename="../../gui/shop_dialog.py" line="131"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>SnapshotModel</name>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="47"/>
        <source>商品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="47"/>
        <source>商品标题</source>
        <translation>Product title</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="47"/>
        <source>价格（元）</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="47"/>
        <source>类目</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="48"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="95"/>
        <source>已在方案中</source>
        <translation>Already in plan</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="96"/>
        <source>在售</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/coupon/product_picker.py" line="96"/>
        <source>已下架</source>
        <translation>Delisted</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../gui/tabs/board_snooze.py" line="21"/>
        <source>延后到…</source>
        <translation>Snooze until…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_snooze.py" line="26"/>
        <source>延后到的时间（北京时间）</source>
        <translation>Snooze until (Beijing time)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/board_snooze.py" line="31"/>
        <source>到这个时间（北京时间）再显示并提醒：</source>
        <translation>Show and remind again at (Beijing time):</translation>
    </message>
</context>
<context>
    <name>TrialDashboard</name>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="28"/>
        <source>已支付订单</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="28"/>
        <location filename="../../gui/tabs/trial/dashboard.py" line="30"/>
        <source>单</source>
        <translation>orders</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="28"/>
        <source>已支付金额</source>
        <translation>Paid amount</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="28"/>
        <source>元</source>
        <translation>¥</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="29"/>
        <source>一般违规</source>
        <translation>General violations</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="29"/>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="29"/>
        <source>严重违规</source>
        <translation>Serious violations</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="30"/>
        <source>违规订单</source>
        <translation>Violating orders</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="31"/>
        <source>关联达人近30天违规扣分</source>
        <translation>Linked creators’ violation points (30 days)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="31"/>
        <source>分</source>
        <translation>points</translation>
    </message>
</context>
<context>
    <name>TrialForm</name>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="29"/>
        <source>试运营开始日期</source>
        <translation>Trial start date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="29"/>
        <source>应缴保证金（元）</source>
        <translation>Required deposit (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="30"/>
        <source>保证金余额（元）</source>
        <translation>Deposit balance (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="30"/>
        <source>货款余额（元）</source>
        <translation>Sales balance (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="31"/>
        <source>已支付订单数（单）</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="31"/>
        <source>已支付订单总额（元）</source>
        <translation>Paid order total (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="32"/>
        <source>在线商品数（个）</source>
        <translation>Products online</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="32"/>
        <source>一般违规（次）</source>
        <translation>General violations</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="33"/>
        <source>严重违规（次）</source>
        <translation>Serious violations</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="33"/>
        <source>违规订单（单）</source>
        <translation>Violating orders</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="34"/>
        <source>关联达人近30天违规扣分（分）</source>
        <translation>Linked creators’ violation points, 30 days</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="40"/>
        <source>例如 2000.00</source>
        <translation>e.g. 2000.00</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="40"/>
        <source>低于 0 时填负数，例如 -50.00</source>
        <translation>Negative if below 0, e.g. -50.00</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="41"/>
        <source>已结算、可提现的货款</source>
        <translation>Settled sales money you can withdraw</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="41"/>
        <source>例如 3120.50</source>
        <translation>e.g. 3120.50</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="65"/>
        <source>整数，例如 0</source>
        <translation>Whole number, e.g. 0</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="71"/>
        <source>保证金与货款</source>
        <translation>Deposit and sales balance</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="72"/>
        <source>经营数据</source>
        <translation>Business figures</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="73"/>
        <source>违规情况（没有就填 0）</source>
        <translation>Violations (enter 0 if none)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/form.py" line="88"/>
        <source>请按抖店后台的数字填写。每次改动都会立即检查并自动保存；填写有误时不会保存，改正后自动保存。</source>
        <translation>Enter the figures from the Douyin shop back-end. Every change is checked at once and saved automatically; an entry with an error is not saved until it is fixed.</translation>
    </message>
</context>
<context>
    <name>TrialTab</name>
    <message>
        <location filename="../../gui/tabs/__init__.py" line="34"/>
        <source>保证金与试运营</source>
        <translation>Deposit and trial</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/paths.py" line="33"/>
        <source>提现日期</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/paths.py" line="33"/>
        <source>提现金额</source>
        <translation>Withdrawal amount</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/paths.py" line="38"/>
        <source>提现记录第 %1 行</source>
        <translation>withdrawal record, row %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/paths.py" line="39"/>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/paths.py" line="39"/>
        <source>确认收货时间</source>
        <translation>Receipt confirmed at</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/paths.py" line="39"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/paths.py" line="40"/>
        <source>收货记录第 %1 行的%2</source>
        <translation>%2 in receipt record row %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/paths.py" line="42"/>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="72"/>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="95"/>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="166"/>
        <source>试运营数据</source>
        <translation>Trial data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="92"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="93"/>
        <source>提现</source>
        <translation>Withdrawals</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="94"/>
        <source>收货与结算</source>
        <translation>Receipts and settlement</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="143"/>
        <source>⚠ 上一个店铺的修改没能存进数据文件，已另存为 %1</source>
        <translation>⚠ The previous shop&apos;s changes could not reach the data file; they were kept as %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="172"/>
        <source>✔ 已自动保存 %1</source>
        <translation>✔ Saved automatically %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="175"/>
        <source>⚠ 修改还没有保存：%1。修改仍在屏幕上，程序会每隔几秒自动重试。</source>
        <translation>⚠ Changes not saved yet: %1. They are still on screen; the app retries every few seconds.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="196"/>
        <source>还没有填写，请按抖店后台的数字填写。</source>
        <translation>Not filled in yet; enter the figure from the Douyin shop back-end.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="202"/>
        <source>“%1”还没有填写。</source>
        <translation>“%1” is not filled in yet.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="202"/>
        <source>“%1”填写有误。</source>
        <translation>“%1” is not valid.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="251"/>
        <source>有一处填写有误（已照填写保存）：改正后才会按它检查。</source>
        <translation>One entry is wrong (saved as typed): it will be checked once corrected.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="274"/>
        <source>记录提现</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="278"/>
        <source>请先填写提现金额。</source>
        <translation>Enter the withdrawal amount first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="280"/>
        <source>请先改正右侧标红的填写错误，再记录提现。</source>
        <translation>Fix the errors marked in red on the right first, then record the withdrawal.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="283"/>
        <source>提现日期 %1 还没到：请到那天提现后再记录。现在可以先看右侧的检查结果。</source>
        <translation>The withdrawal date %1 has not come yet: record it after you withdraw on that day. You can already see the findings on the right.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="288"/>
        <source>不能记录这笔提现</source>
        <translation>Cannot record this withdrawal</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="289"/>
        <source>这笔提现不符合试运营规则，平台不会受理：

%1

如果这是以前已经完成的提现，请取消勾选“同时更新余额”后补记。</source>
        <translation>This withdrawal breaks the trial rules, so the platform will not accept it:

%1

If it is a withdrawal already made in the past, untick “Update balances” and record it as a past withdrawal.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="299"/>
        <source>货款余额 %1 元不够：这笔提现（含等额充值保证金）共需 %2 元。</source>
        <translation>The sales balance of ¥%1 is not enough: this withdrawal (with its equal deposit top-up) needs ¥%2.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="309"/>
        <source>删除提现记录</source>
        <translation>Delete withdrawal record</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="312"/>
        <source>请先在提现记录中选中要删除的一行。</source>
        <translation>First select the row to delete in the withdrawal records.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="315"/>
        <source>请先改正右侧标红的填写错误：删除这笔记录要改回余额。</source>
        <translation>Fix the errors marked in red on the right first: deleting this record changes the balances back.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="316"/>
        <source>删除 %1 提现 %2 元的记录？</source>
        <translation>Delete the record of the ¥%2 withdrawal on %1?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="319"/>
        <source>记录时按规则改过余额，删除后改回：货款余额加回 %1 元，保证金余额减去 %2 元。</source>
        <translation>Recording it changed the balances by the rules; deleting it changes them back: ¥%1 back to the sales balance, ¥%2 off the deposit balance.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="321"/>
        <source>这是补记的记录，删除后余额不变。</source>
        <translation>This is a past record; deleting it leaves the balances unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="335"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="335"/>
        <source>当前的修改还没有保存（%1），请稍后再导入。</source>
        <translation>The current changes are not saved yet (%1); please import again in a moment.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="351"/>
        <source>没有导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="354"/>
        <source>导入收货记录</source>
        <translation>Import receipts</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/trial_tab.py" line="355"/>
        <source>正在导入收货记录…</source>
        <translation>Importing the receipts…</translation>
    </message>
</context>
<context>
    <name>TypeDelegate</name>
    <message>
        <location filename="../../gui/tabs/aftersale/event_model.py" line="373"/>
        <source>售后类型</source>
        <translation>After-sales type</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../gui/undo_bar.py" line="26"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../gui/tabs/trial/dashboard.py" line="40"/>
        <source>%1 元</source>
        <translation>¥%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/dashboard.py" line="45"/>
        <source>%Ln 单</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/dashboard.py" line="47"/>
        <source>%Ln 次</source>
        <translation>
            <numerusform>%Ln violation</numerusform>
            <numerusform>%Ln violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/dashboard.py" line="49"/>
        <source>%Ln 分</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawalPlanner</name>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="38"/>
        <source>提现额度与日期</source>
        <translation>Withdrawal limits and date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="41"/>
        <source>例如 500.00</source>
        <translation>e.g. 500.00</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="42"/>
        <location filename="../../gui/tabs/trial/planner.py" line="60"/>
        <source>提现金额（元）</source>
        <translation>Withdrawal amount (¥)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="47"/>
        <source>提现日期</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="48"/>
        <source>同时更新余额</source>
        <translation>Update balances</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="50"/>
        <source>勾选：按规则从货款余额扣除提现额和等额充值的保证金，保证金余额增加。不勾选：补记以前的提现，余额不变。</source>
        <translation>Ticked: by the rules, the withdrawal and an equal deposit top-up come off the sales balance, and the deposit balance goes up. Unticked: records a past withdrawal; the balances stay as they are.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="52"/>
        <source>记录时同时更新保证金余额和货款余额</source>
        <translation>Update the deposit and sales balances when recording</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="53"/>
        <location filename="../../gui/tabs/trial/planner.py" line="54"/>
        <source>记录提现</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="60"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="70"/>
        <source>计划一笔提现</source>
        <translation>Plan a withdrawal</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="76"/>
        <location filename="../../gui/tabs/trial/planner.py" line="79"/>
        <source>提现记录</source>
        <translation>Withdrawal records</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="77"/>
        <source>删除所选提现记录…</source>
        <translation>Delete selected record…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="88"/>
        <location filename="../../gui/tabs/trial/planner.py" line="89"/>
        <source>保证金余额变化</source>
        <translation>Deposit balance over time</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="133"/>
        <source>改正标红的填写后，这里显示提现额度和提现后的余额。</source>
        <translation>Once the entries marked in red are fixed, the withdrawal limits and the balances after it show here.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="140"/>
        <source>保证金已缴足，提现不再受试运营限制（每月次数、金额范围）。</source>
        <translation>The deposit is paid in full: withdrawals are no longer limited by the trial (times per month, amount range).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="145"/>
        <source>暂不能提现：保证金余额低于 0，请先补缴保证金。</source>
        <translation>No withdrawals for now: the deposit balance is below 0. Top up the deposit first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="147"/>
        <source>试运营 %1 开始，从那天起可以提现。</source>
        <translation>The trial starts on %1; withdrawals are possible from that day.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="149"/>
        <source>本月已提现，下次可提现日期：%1</source>
        <translation>Already withdrawn this month; next possible date: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="151"/>
        <source>货款余额不足：可提现上限 %1 元低于最低 %2 元，暂不能提现。</source>
        <translation>Sales balance too low: the most you can withdraw, ¥%1, is below the minimum of ¥%2, so no withdrawal for now.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="153"/>
        <source>今天可以提现：%1 – %2 元</source>
        <translation>You can withdraw today: ¥%1 – ¥%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/trial/planner.py" line="155"/>
        <source>试运营期间每个自然月（北京时间）可提现 %Ln 次，提现额不低于 %1 元、不超过货款余额的 %2%。</source>
        <translation>
            <numerusform>During the trial you can withdraw %Ln time per calendar month (Beijing time), at least ¥%1 and at most %2% of the sales balance.</numerusform>
            <numerusform>During the trial you can withdraw %Ln times per calendar month (Beijing time), at least ¥%1 and at most %2% of the sales balance.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="158"/>
        <source>按现在的货款余额，可提现 %1 – %2 元，最早 %3 可提。</source>
        <translation>With the current sales balance you may withdraw ¥%1 – ¥%2, from %3 at the earliest.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="165"/>
        <source>填写金额后，这里显示提现后的余额，右侧显示是否符合规则。</source>
        <translation>Enter an amount to see the balances after the withdrawal here, and on the right whether it follows the rules.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="167"/>
        <source>提现金额或日期有误，见右侧检查结果。</source>
        <translation>The withdrawal amount or date is wrong; see the findings on the right.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="169"/>
        <source>这笔提现不符合试运营规则，见右侧检查结果。</source>
        <translation>This withdrawal breaks the trial rules; see the findings on the right.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="172"/>
        <source>补记：只把 %1 的 %2 元加入提现记录，不改动余额。</source>
        <translation>Past withdrawal: only adds ¥%2 on %1 to the withdrawal records; the balances stay as they are.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/trial/planner.py" line="177"/>
        <source>记录后：货款余额 %1 → %2 元（提现 %3 元，另充值保证金 %4 元）；保证金余额 %5 → %6 元。</source>
        <translation>After recording: sales balance ¥%1 → ¥%2 (withdraw ¥%3, plus ¥%4 to the deposit); deposit balance ¥%5 → ¥%6.</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="146"/>
        <source>迁移清单</source>
        <translation>Migration list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="157"/>
        <source>标记已迁移</source>
        <translation>Mark migrated</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="158"/>
        <source>把选中的商品标记为已在后台迁移到新类目</source>
        <translation>Mark the selected products as moved to their new category in the back-end</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="160"/>
        <source>取消标记</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="162"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="164"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="205"/>
        <source>✔ 已导出：%1</source>
        <translation>✔ Exported: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="211"/>
        <source>没有商品在要关闭的类目里，不需要迁移。</source>
        <translation>No products are in a closing category; nothing needs to migrate.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/listing/listing_pages.py" line="214"/>
        <source>%1在要关闭的类目里，%2（截止 %3）。在商家后台把商品迁移到“迁移到”一栏的新类目后，勾选“已迁移”，或选中多行点“标记已迁移”。</source>
        <translation>%1 in the closing category, %2 (deadline %3). After moving a product in the back office to the new category in the “Move to” column, tick “Moved”, or select several rows and click “Mark as moved”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/listing_pages.py" line="215"/>
        <source>共 %Ln 件商品</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tabs/listing/listing_pages.py" line="216"/>
        <source>还有 %Ln 件待迁移</source>
        <translation>
            <numerusform>%Ln still to move</numerusform>
            <numerusform>%Ln still to move</numerusform>
        </translation>
    </message>
</context>
</TS>
