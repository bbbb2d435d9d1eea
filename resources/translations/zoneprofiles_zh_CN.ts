<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open Files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open article files</source>
        <translation>打开文章文件</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open every article in a folder</source>
        <translation>打开文件夹中的全部文章</translation>
    </message>
    <message>
        <source>Open &amp;Sample Articles</source>
        <translation>打开示例文章(&amp;S)</translation>
    </message>
    <message>
        <source>Open the articles bundled with the app</source>
        <translation>打开软件自带的示例文章</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Read the open files again</source>
        <translation>重新读取已打开的文件</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>Stop loading articles</source>
        <translation>停止加载文章</translation>
    </message>
    <message>
        <source>Import &amp;Report…</source>
        <translation>导入报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Show which files could not be read and why</source>
        <translation>查看哪些文件未能读取及原因</translation>
    </message>
    <message>
        <source>&amp;Assign a Zone to Files…</source>
        <translation>为文件指定园区(&amp;A)…</translation>
    </message>
    <message>
        <source>Say which zone the selected article&apos;s file, or its folder, is about when its articles never print the zone&apos;s name</source>
        <translation>文章从不写出园区名称时，为所选文章的文件或其所在文件夹指定园区</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the selected zone&apos;s profile</source>
        <translation>预览并打印所选园区的档案</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected zone&apos;s profile as a PDF</source>
        <translation>将所选园区的档案保存为 PDF</translation>
    </message>
    <message>
        <source>Export &amp;Spreadsheet…</source>
        <translation>导出电子表格(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the selected zone&apos;s figures, or all zones, as Excel or CSV</source>
        <translation>将所选园区的关键数据或全部园区保存为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Printed Page in &amp;Chinese</source>
        <translation>打印页面用中文(&amp;C)</translation>
    </message>
    <message>
        <source>Print and export PDF with the page&apos;s headings, column names and notes in Chinese</source>
        <translation>打印和导出 PDF 时，页面上的标题、列名和说明用中文</translation>
    </message>
    <message>
        <source>Printed Page in &amp;English</source>
        <translation>打印页面用英文(&amp;E)</translation>
    </message>
    <message>
        <source>Print and export PDF with the page&apos;s headings, column names and notes in English; the articles&apos; text and Chinese names stay as printed</source>
        <translation>打印和导出 PDF 时，页面上的标题、列名和说明用英文；文章原文和中文名称保持原样</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>关闭程序</translation>
    </message>
    <message>
        <source>&amp;Copy Figure with Source</source>
        <translation>复制数据及出处(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected figure with its sentence and source</source>
        <translation>复制所选数据及其原句和出处</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>搜索文章(&amp;S)</translation>
    </message>
    <message>
        <source>Search the text of all articles</source>
        <translation>在全部文章中搜索</translation>
    </message>
    <message>
        <source>&amp;Filter Zones</source>
        <translation>筛选园区(&amp;F)</translation>
    </message>
    <message>
        <source>Type to filter the zone list</source>
        <translation>输入文字筛选园区列表</translation>
    </message>
    <message>
        <source>Go to Source &amp;Text</source>
        <translation>转到原文(&amp;T)</translation>
    </message>
    <message>
        <source>Move into the source text: select words with Shift+arrow keys, then add them as a figure (Ctrl+Shift+F), a policy or a note</source>
        <translation>进入原文：用 Shift+方向键选择文字，再添加为数据（Ctrl+Shift+F）、政策或笔记</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>档案(&amp;P)</translation>
    </message>
    <message>
        <source>Show the zone&apos;s profile</source>
        <translation>显示园区档案</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Show the charts</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Show the search</source>
        <translation>显示搜索</translation>
    </message>
    <message>
        <source>&amp;Compare Zones</source>
        <translation>比较园区(&amp;C)</translation>
    </message>
    <message>
        <source>One indicator across zones for one period, each bar to its source</source>
        <translation>同一指标、同一期间在各园区间比较，每根柱条都可追溯到出处</translation>
    </message>
    <message>
        <source>C&amp;onflicting Sources</source>
        <translation>来源冲突(&amp;O)</translation>
    </message>
    <message>
        <source>Values the articles disagree on: choose the one to use</source>
        <translation>各篇文章说法不一的数值：选定要采用的一个</translation>
    </message>
    <message>
        <source>Chinese interface (after restart)</source>
        <translation>中文界面（重启后生效）</translation>
    </message>
    <message>
        <source>English interface (after restart)</source>
        <translation>英文界面（重启后生效）</translation>
    </message>
    <message>
        <source>&amp;About Zone Profiles</source>
        <translation>关于园区档案(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>版本与说明</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Printout &amp;Language</source>
        <translation>打印语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>AssignZone</name>
    <message>
        <source>Assign a Zone to Files</source>
        <translation>为文件指定园区</translation>
    </message>
    <message>
        <source>These articles never print their zone&apos;s name. Say which zone they are about: figures and policies in them that name no zone of their own go to it. Saved in your data folder; the files are read again.</source>
        <translation>这些文章从不写出所属园区的名称。请指定它们所讲的园区：其中未写明其他园区的数据和政策将归入该园区。指定保存在您的数据文件夹中，文件会重新读取。</translation>
    </message>
    <message>
        <source>The whole &amp;folder it is in</source>
        <translation>所在的整个文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>a zone&apos;s name</source>
        <translation>园区名称</translation>
    </message>
    <message>
        <source> ({n} file names no zone: File ▸ Assign a Zone to Files…)</source>
        <translation>（{n} 个文件未写明园区名称：文件 ▸ 为文件指定园区…）</translation>
    </message>
    <message>
        <source> ({n} files name no zone: File ▸ Assign a Zone to Files…)</source>
        <translation>（{n} 个文件未写明园区名称：文件 ▸ 为文件指定园区…）</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>园区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Type or choose the zone these articles are about.</source>
        <translation>请输入或选择这些文章所讲的园区。</translation>
    </message>
    <message>
        <source>Select an article first: every file opened names its zone.</source>
        <translation>请先选择一篇文章：已打开的文件都写明了园区名称。</translation>
    </message>
    <message>
        <source>The assignment could not be saved:
{error}</source>
        <translation>无法保存园区指定：
{error}</translation>
    </message>
    <message>
        <source>{zone} assigned to {path}; reading the files again…</source>
        <translation>已将 {path} 指定为 {zone}，正在重新读取文件…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>reported</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>target (paler: planned, not yet reached)</source>
        <translation>目标（颜色较浅：计划值，尚未实现）</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>时间：{period}</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>HK dollars</source>
        <translation>港元</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>pounds</source>
        <translation>英镑</translation>
    </message>
    <message>
        <source>100 million {unit}</source>
        <translation>亿{unit}</translation>
    </message>
    <message>
        <source>10,000 {unit}</source>
        <translation>万{unit}</translation>
    </message>
    <message>
        <source>{title} (first {shown} of {total})</source>
        <translation>{title}（前{shown}项，共{total}项）</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>This zone</source>
        <translation>本园区</translation>
    </message>
    <message>
        <source>Compare zones</source>
        <translation>园区比较</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>指标走势</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Choose a name.</source>
        <translation>请选择一个名称。</translation>
    </message>
    <message>
        <source>Choose another zone than this one.</source>
        <translation>请选择另一个园区。</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>The measure to compare across zones</source>
        <translation>要在园区之间比较的指标</translation>
    </message>
    <message>
        <source>No measure is reported for more than one zone.</source>
        <translation>还没有多个园区共有的指标。</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>{metric} · {n} zones</source>
        <translation>{metric} · {n} 个园区</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>The indicator to compare; type to search</source>
        <translation>要比较的指标；可输入文字搜索</translation>
    </message>
    <message>
        <source>The period: other periods are never mixed in</source>
        <translation>期间：不同期间的数值绝不混在一起</translation>
    </message>
    <message>
        <source>Actual values, estimates or targets: never together</source>
        <translation>实际值、预计值或目标值：三者绝不并列</translation>
    </message>
    <message>
        <source>Only zones of this kind</source>
        <translation>只看这一类园区</translation>
    </message>
    <message>
        <source>Only zones in this province</source>
        <translation>只看这一省份的园区</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this indicator for every zone and period, with the sources, as CSV or Excel</source>
        <translation>将此指标各园区、各期间的数值连同出处保存为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>{metric} · {n} zones</source>
        <translation>{metric} · {n} 个园区</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>{period} · {n} zones</source>
        <translation>{period} · {n} 个园区</translation>
    </message>
    <message>
        <source>No indicator has values yet.</source>
        <translation>尚无任何指标的数值。</translation>
    </message>
    <message>
        <source>No zone has this indicator for this period and basis.</source>
        <translation>没有园区在这一期间有此类数值。</translation>
    </message>
    <message>
        <source>{n} zones, one value each for this period and basis; click a bar for its sentence.</source>
        <translation>{n} 个园区，每个园区在此期间各一个数值；点击柱条查看原句。</translation>
    </message>
    <message>
        <source>⚠ articles disagree (see Conflicts).</source>
        <translation>⚠ 表示文章说法不一（见“冲突”）。</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>✓ chosen</source>
        <translation>✓ 已选定</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>The value you chose: the profile, charts, print and export show it</source>
        <translation>您选定的数值：概况、图表、打印和导出都采用它</translation>
    </message>
    <message>
        <source>Shown until you choose: the value most articles agree with</source>
        <translation>在您选定之前显示：多数文章认可的数值</translation>
    </message>
    <message>
        <source>Not shown: select it and Use This Value to use it instead</source>
        <translation>未采用：选中后点“采用此值”即可改用它</translation>
    </message>
    <message>
        <source>Article of {date}</source>
        <translation>文章日期：{date}</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Use This Value</source>
        <translation>采用此值</translation>
    </message>
    <message>
        <source>The selected article&apos;s value is the one to use in the profile, charts, print and export (Ctrl+Z takes it back)</source>
        <translation>概况、图表、打印和导出都采用所选文章的数值（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>No two articles disagree on a value.</source>
        <translation>没有文章在数值上相互矛盾。</translation>
    </message>
    <message>
        <source>{n} values on which articles disagree, {open} still to decide.</source>
        <translation>{n} 个数值各文章说法不一，{open} 个尚待决定。</translation>
    </message>
    <message>
        <source>1 value on which articles disagree, {open} still to decide.</source>
        <translation>1 个数值各文章说法不一，{open} 个尚待决定。</translation>
    </message>
    <message>
        <source>Select a row to read its sentence; Use This Value to keep it.</source>
        <translation>选中一行查看原句；点“采用此值”选定。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>-figures</source>
        <translation>-关键数据</translation>
    </message>
    <message>
        <source>zone-profiles</source>
        <translation>园区档案</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Spreadsheet</source>
        <translation>导出电子表格</translation>
    </message>
    <message>
        <source>Figures of {zone}</source>
        <translation>{zone}的关键数据</translation>
    </message>
    <message>
        <source>Figures of the selected zone</source>
        <translation>所选园区的关键数据</translation>
    </message>
    <message>
        <source>All zones: figures, policies, zones and articles</source>
        <translation>全部园区：关键数据、政策、园区和文章</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation>Excel 工作簿（.xlsx），每张表一个工作表</translation>
    </message>
    <message>
        <source>CSV files (UTF-8), one file per table</source>
        <translation>CSV 文件（UTF-8），每张表一个文件</translation>
    </message>
    <message>
        <source>Every row keeps its source: file, character offsets and sentence.</source>
        <translation>每一行都保留出处：文件、字符位置和原句。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>e.g. 元, 家, %</source>
        <translation>例如 元、家、%</translation>
    </message>
    <message>
        <source>As printed:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时期(&amp;P)：</translation>
    </message>
    <message>
        <source>none: no known metric fits</source>
        <translation>无：没有合适的规范指标</translation>
    </message>
    <message>
        <source>e.g. 1026.5亿 or 2500; a fall: -3.2</source>
        <translation>例如 1026.5亿 或 2500；下降写作 -3.2</translation>
    </message>
    <message>
        <source>e.g. 约, 超, 以上</source>
        <translation>例如 约、超、以上</translation>
    </message>
    <message>
        <source>empty: the zone itself; else the company, project or park</source>
        <translation>留空：园区本身；否则填写公司、项目或园区</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>规范指标(&amp;E)：</translation>
    </message>
    <message>
        <source>Printed &amp;name:</source>
        <translation>原文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>修饰词(&amp;Q)：</translation>
    </message>
    <message>
        <source>Measure&amp;d as:</source>
        <translation>数据类型(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>性质(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>对象(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>园区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Say what the figure measures.</source>
        <translation>请填写这项数据的指标。</translation>
    </message>
    <message>
        <source>The value must be a number, such as 1026.5亿 or 2500.</source>
        <translation>数值必须是数字，例如 1026.5亿 或 2500。</translation>
    </message>
    <message>
        <source>Choose the zone the figure belongs to.</source>
        <translation>请选择这项数据所属的园区。</translation>
    </message>
</context>
<context>
    <name>FigureMarks</name>
    <message>
        <source>level</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Park: {name}</source>
        <translation>园区：{name}</translation>
    </message>
    <message>
        <source>Company: {name}</source>
        <translation>公司：{name}</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>项目：{name}</translation>
    </message>
    <message>
        <source>{date} (file time)</source>
        <translation>{date}（文件时间）</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>As printed: {raw}</source>
        <translation>原文：{raw}</translation>
    </message>
    <message>
        <source>Printed name: {label}</source>
        <translation>原文名称：{label}</translation>
    </message>
    <message>
        <source>About {subject}, not the zone as a whole</source>
        <translation>关于{subject}，不是园区整体的数据</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>{n} files loaded</source>
        <translation>已加载 {n} 个文件</translation>
    </message>
    <message>
        <source>{n} file loaded</source>
        <translation>已加载 {n} 个文件</translation>
    </message>
    <message>
        <source>{loaded}, {failed} could not be read, {warned} loaded with warnings.</source>
        <translation>{loaded}，{failed} 个无法读取，{warned} 个加载时有警告。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>Loaded with a warning</source>
        <translation>已加载（有警告）</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>target {value}</source>
        <translation>目标 {value}</translation>
    </message>
</context>
<context>
    <name>KeyIndicatorModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源数</translation>
    </message>
    <message>
        <source>Articles disagree on this value: choose one in Conflicts (Ctrl+5)</source>
        <translation>各文章对此数值说法不一：请在“冲突”中选定一个（Ctrl+5）</translation>
    </message>
    <message>
        <source>Articles disagreed; the value shown is the one you chose</source>
        <translation>各文章说法不一；显示的是您选定的数值</translation>
    </message>
    <message>
        <source>Printed by {n} articles. Double-click: the indicator over time</source>
        <translation>{n} 篇文章刊载。双击：查看指标走势</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>package</source>
        <translation>政策包</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Show which files could not be read and why</source>
        <translation>查看哪些文件未能读取及原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading; the articles already shown stay (Esc)</source>
        <translation>停止加载；已显示的文章保留（Esc）</translation>
    </message>
    <message>
        <source>Ranking keywords %p%</source>
        <translation>正在排列关键词 %p%</translation>
    </message>
    <message>
        <source>Extracting %v / %m files</source>
        <translation>正在提取 %v / %m 个文件</translation>
    </message>
    <message>
        <source>Extracting %v / %m file</source>
        <translation>正在提取 %v / %m 个文件</translation>
    </message>
    <message>
        <source>Reading %v / %m files</source>
        <translation>正在读取 %v / %m 个文件</translation>
    </message>
    <message>
        <source>Reading %v / %m file</source>
        <translation>正在读取 %v / %m 个文件</translation>
    </message>
    <message>
        <source>⚠ {n} file with problems</source>
        <translation>⚠ {n} 个文件有问题</translation>
    </message>
    <message>
        <source>⚠ {n} files with problems</source>
        <translation>⚠ {n} 个文件有问题</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>Its articles speak of a zone without naming it: assign one with File ▸ Assign a Zone to Files…</source>
        <translation>文章提到园区但未写明园区名称：可用“文件 ▸ 为文件指定园区…”指定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zone Profiles</source>
        <translation>园区档案</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Charts appear once articles are loaded.</source>
        <translation>文章加载后显示图表。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Loading articles…</source>
        <translation>正在加载文章…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Loading failed: {message}</source>
        <translation>加载失败：{message}</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <source>The articles could not be loaded:
{message}</source>
        <translation>文章无法加载：
{message}</translation>
    </message>
    <message>
        <source>Zone Profiles — {name}</source>
        <translation>园区档案 — {name}</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>文章 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Opening the saved copy of these articles…</source>
        <translation>正在打开这些文章的已存副本…</translation>
    </message>
    <message>
        <source>Ranking each zone&apos;s keywords and industries…</source>
        <translation>正在排列各园区的关键词和产业…</translation>
    </message>
    <message>
        <source>Extracting figures and policies from {file}…</source>
        <translation>正在从 {file} 提取数据和政策…</translation>
    </message>
    <message>
        <source>Loaded {n} files</source>
        <translation>已加载 {n} 个文件</translation>
    </message>
    <message>
        <source>Loaded {n} file</source>
        <translation>已加载 {n} 个文件</translation>
    </message>
    <message>
        <source>{loaded}; {failed} could not be read (see the import report).</source>
        <translation>{loaded}；{failed} 个无法读取（见导入报告）。</translation>
    </message>
    <message>
        <source>{loaded}, {zones}.</source>
        <translation>{loaded}，{zones}。</translation>
    </message>
    <message>
        <source>{n} zones</source>
        <translation>{n} 个园区</translation>
    </message>
    <message>
        <source>{n} zone</source>
        <translation>{n} 个园区</translation>
    </message>
    <message>
        <source>Cancelled; the articles shown before stay.</source>
        <translation>已取消，仍显示之前的文章。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>{path} (not found)</source>
        <translation>{path}（找不到）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Copied with its source.</source>
        <translation>已复制（含出处）。</translation>
    </message>
    <message>
        <source>Source: {file}, {title}, characters {start}–{end}</source>
        <translation>出处：{file}，{title}，第 {start}–{end} 字</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Spreadsheet</source>
        <translation>导出电子表格</translation>
    </message>
    <message>
        <source>Could not write the file:
{path}

{error}</source>
        <translation>无法写入文件：
{path}

{error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Saved {n} files in {folder}</source>
        <translation>已在 {folder} 保存 {n} 个文件</translation>
    </message>
    <message>
        <source>The language changes when Zone Profiles is started again.</source>
        <translation>界面语言将在重新启动园区档案后切换。</translation>
    </message>
    <message>
        <source>About Zone Profiles</source>
        <translation>关于园区档案</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zone Profiles {version}&lt;/h3&gt;&lt;p&gt;Profiles of China&apos;s development zones read from Chinese news: key figures, policies and industries, each traced to the sentence it came from.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;园区档案 {version}&lt;/h3&gt;&lt;p&gt;从中文新闻中整理中国各类开发区的档案：关键数据、政策与产业，每一项都可追溯到原文句子。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample articles</source>
        <translation>内置示例</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>园区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Pinned to:</source>
        <translation>所引原文：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写笔记内容。</translation>
    </message>
    <message>
        <source>Choose the zone the note is about.</source>
        <translation>请选择笔记所属的园区。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No notes on this zone yet. Add one with the button below, or select a passage in the source and choose “Add Note” from its menu.</source>
        <translation>该园区还没有笔记。点击下方按钮添加，或在原文中选中一段文字，从右键菜单选择“添加笔记”。</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>添加笔记(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>on “{quote}”</source>
        <translation>关于“{quote}”</translation>
    </message>
    <message>
        <source>the passage is no longer in the article</source>
        <translation>文章中已找不到这段原文</translation>
    </message>
    <message>
        <source>its article is not open</source>
        <translation>所在文章未打开</translation>
    </message>
</context>
<context>
    <name>Orphans</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Confirmed figure</source>
        <translation>已确认的数据</translation>
    </message>
    <message>
        <source>Rejected figure</source>
        <translation>已驳回的数据</translation>
    </message>
    <message>
        <source>Corrected figure</source>
        <translation>已更正的数据</translation>
    </message>
    <message>
        <source>Confirmed policy</source>
        <translation>已确认的政策</translation>
    </message>
    <message>
        <source>Rejected policy</source>
        <translation>已驳回的政策</translation>
    </message>
    <message>
        <source>Corrected policy</source>
        <translation>已更正的政策</translation>
    </message>
    <message>
        <source>Added figure</source>
        <translation>人工添加的数据</translation>
    </message>
    <message>
        <source>Added policy</source>
        <translation>人工添加的政策</translation>
    </message>
    <message>
        <source>Merged zones</source>
        <translation>合并园区</translation>
    </message>
    <message>
        <source>Split zone</source>
        <translation>拆分园区</translation>
    </message>
    <message>
        <source>The article was edited and the quoted text is no longer in it</source>
        <translation>文章已被修改，所引原文不在其中了</translation>
    </message>
    <message>
        <source>The text is still there, but no figure or policy is read from it any more</source>
        <translation>原文还在，但已不再从中提取数据或政策</translation>
    </message>
    <message>
        <source>The zones were already merged the other way round</source>
        <translation>这两个园区已按相反方向合并过</translation>
    </message>
    <message>
        <source>The saved record is incomplete</source>
        <translation>保存的记录不完整</translation>
    </message>
    <message>
        <source>Its article is not among the files open</source>
        <translation>所在文章不在已打开的文件中</translation>
    </message>
    <message>
        <source>The zone is not in the files open</source>
        <translation>该园区不在已打开的文件中</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <source>Work that lost its place</source>
        <translation>对不上原文的笔记和修改</translation>
    </message>
    <message>
        <source>These notes and corrections no longer match the articles: their passage was edited away or is no longer read. They are kept until you forget them; orphaned notes still show on their zone.</source>
        <translation>这些笔记和修改与文章对不上了：所引的原文已被改掉，或已不再被提取。它们会一直保留，直到您选择删除；这样的笔记仍显示在所属园区上。</translation>
    </message>
    <message>
        <source>Lost their place ({n})</source>
        <translation>对不上原文（{n}）</translation>
    </message>
    <message>
        <source>Files not open ({n})</source>
        <translation>文件未打开（{n}）</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>删除所选(&amp;F)</translation>
    </message>
    <message>
        <source>Delete the selected items from your saved work</source>
        <translation>从已保存的工作中删除所选条目</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>所引原文</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>As printed:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>园区(&amp;Z)：</translation>
    </message>
    <message>
        <source>The policy needs a title.</source>
        <translation>请填写政策名称。</translation>
    </message>
    <message>
        <source>Choose the zone the policy belongs to.</source>
        <translation>请选择政策所属的园区。</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Cannot start printing on this device</source>
        <translation>无法在此设备上开始打印</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the PDF:</source>
        <translation>无法写入 PDF：</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Select a figure to see its sentence in the source</source>
        <translation>选择一项数据，在原文中查看其所在句子</translation>
    </message>
    <message>
        <source>Over Time…</source>
        <translation>走势…</translation>
    </message>
    <message>
        <source>The selected indicator&apos;s values over time, as a chart (or double-click it)</source>
        <translation>所选指标历年数值的走势图（或双击该指标）</translation>
    </message>
    <message>
        <source>Select a zone in the list to see its profile.</source>
        <translation>在左侧列表中选择一个园区以查看其档案。</translation>
    </message>
    <message>
        <source>Loading articles…</source>
        <translation>正在加载文章…</translation>
    </message>
    <message>
        <source>Kind and place unknown</source>
        <translation>类型和地区未知</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>别名：{names}</translation>
    </message>
    <message>
        <source>Key indicators ({n})</source>
        <translation>关键指标（{n}）</translation>
    </message>
    <message>
        <source>Part of: {zone}</source>
        <translation>所属：{zone}</translation>
    </message>
    <message>
        <source>Parks: {parks}</source>
        <translation>下辖园区：{parks}</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Key figures ({n})</source>
        <translation>关键数据（{n}）</translation>
    </message>
    <message>
        <source>Policies ({n})</source>
        <translation>政策（{n}）</translation>
    </message>
    <message>
        <source>Articles ({n})</source>
        <translation>文章（{n}）</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>笔记（{n}）</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Mark the selected figure or policy as checked and right</source>
        <translation>将所选数据或政策标记为已核对无误</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>The selected figure or policy is wrong: hide it everywhere</source>
        <translation>所选数据或政策有误：在各处隐藏</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>更正(&amp;O)…</translation>
    </message>
    <message>
        <source>Correct the selected figure (metric, value, kind, period, what it is about, zone) or the selected policy</source>
        <translation>更正所选数据（指标、数值、类型、时间、对象、园区）或所选政策</translation>
    </message>
    <message>
        <source>Add &amp;Figure from Selection…</source>
        <translation>从所选文字添加数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a figure the extractor missed, from the text selected in the source</source>
        <translation>根据原文中选中的文字，添加漏提取的数据</translation>
    </message>
    <message>
        <source>Add &amp;Policy from Selection…</source>
        <translation>从所选文字添加政策(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a policy the extractor missed, from the text selected in the source</source>
        <translation>根据原文中选中的文字，添加漏提取的政策</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the zone, pinned to the text selected in the source if there is one</source>
        <translation>为园区写笔记；若原文中选中了文字，笔记会关联到这段文字</translation>
    </message>
    <message>
        <source>&amp;Merge Zone into…</source>
        <translation>合并园区到(&amp;M)…</translation>
    </message>
    <message>
        <source>The selected zone is the same as another: fold it in</source>
        <translation>所选园区与另一园区是同一个：将其并入</translation>
    </message>
    <message>
        <source>&amp;Split Zone…</source>
        <translation>拆分园区(&amp;S)…</translation>
    </message>
    <message>
        <source>A name of the selected zone is a zone of its own: separate it</source>
        <translation>所选园区的某个名称其实是另一个园区：把它分出来</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take back your last change</source>
        <translation>撤销您的上一次修改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Make again the change you took back</source>
        <translation>重新做出刚撤销的修改</translation>
    </message>
    <message>
        <source>Show &amp;Rejected</source>
        <translation>显示已驳回(&amp;R)</translation>
    </message>
    <message>
        <source>List rejected figures and policies too, struck through</source>
        <translation>同时列出已驳回的数据和政策（带删除线）</translation>
    </message>
    <message>
        <source>&amp;Work That Lost Its Place…</source>
        <translation>对不上原文的笔记和修改(&amp;W)…</translation>
    </message>
    <message>
        <source>Notes and corrections whose article text has changed</source>
        <translation>所在文章原文已改动的笔记和修改</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>撤销(&amp;U)：{what}</translation>
    </message>
    <message>
        <source>&amp;Redo: {what}</source>
        <translation>重做(&amp;R)：{what}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>修改未保存：{reason}</translation>
    </message>
    <message>
        <source>Saved: {what}.</source>
        <translation>已保存：{what}。</translation>
    </message>
    <message>
        <source>Ctrl+Z takes it back.</source>
        <translation>按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Restored “{item}”</source>
        <translation>恢复“{item}”</translation>
    </message>
    <message>
        <source>Confirmed “{item}”</source>
        <translation>确认“{item}”</translation>
    </message>
    <message>
        <source>Rejected “{item}”</source>
        <translation>驳回“{item}”</translation>
    </message>
    <message>
        <source>Rejected “{item}”: it is no longer shown.</source>
        <translation>已驳回“{item}”，不再显示。</translation>
    </message>
    <message>
        <source>Change what is wrong; the article is not changed. The profile, charts and print show your values, marked as changed by hand.</source>
        <translation>修改有误的部分；文章本身不会被改动。档案、图表和打印都会使用您的数值，并标明“已人工修改”。</translation>
    </message>
    <message>
        <source>Correct Figure</source>
        <translation>更正数据</translation>
    </message>
    <message>
        <source>Correct Policy</source>
        <translation>更正政策</translation>
    </message>
    <message>
        <source>Corrected “{item}”</source>
        <translation>更正“{item}”</translation>
    </message>
    <message>
        <source>Select text first</source>
        <translation>请先选择文字</translation>
    </message>
    <message>
        <source>Select the words in the source text first, then choose this again.</source>
        <translation>请先在原文中选中相应文字，再选择此项。</translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <source>A figure the extractor missed, read from the selected text. Check the values.</source>
        <translation>根据选中的文字添加漏提取的数据。请核对各项内容。</translation>
    </message>
    <message>
        <source>Added the figure “{label}”</source>
        <translation>添加数据“{label}”</translation>
    </message>
    <message>
        <source>Add Policy</source>
        <translation>添加政策</translation>
    </message>
    <message>
        <source>A policy the extractor missed, read from the selected text.</source>
        <translation>根据选中的文字添加漏提取的政策。</translation>
    </message>
    <message>
        <source>Added the policy “{title}”</source>
        <translation>添加政策“{title}”</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Note “{text}”</source>
        <translation>笔记“{text}”</translation>
    </message>
    <message>
        <source>Note saved on {zone}.</source>
        <translation>笔记已保存到{zone}。</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Edited a note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Deleted a note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>笔记已删除。</translation>
    </message>
    <message>
        <source>Merge Zone</source>
        <translation>合并园区</translation>
    </message>
    <message>
        <source>{zone} is the same zone as the one you choose: its name becomes an alias there, and its figures, policies and articles move there. Split it again at any time.</source>
        <translation>{zone}与您选择的园区是同一个：它的名称将成为该园区的别名，其数据、政策和文章都归入该园区。之后可随时拆分。</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>并入：</translation>
    </message>
    <message>
        <source>Merged {zone} into {target}</source>
        <translation>将{zone}并入{target}</translation>
    </message>
    <message>
        <source>Split Zone</source>
        <translation>拆分园区</translation>
    </message>
    <message>
        <source>The name you choose becomes a zone of its own, with the mentions and items that use it.</source>
        <translation>您选择的名称将成为独立的园区，使用该名称的提及和条目随之归入。</translation>
    </message>
    <message>
        <source>Split off:</source>
        <translation>分出：</translation>
    </message>
    <message>
        <source>Split {part} off {zone}</source>
        <translation>从{zone}分出{part}</translation>
    </message>
    <message>
        <source>Chose {value} for {zone} {metric} {period}</source>
        <translation>为{zone}{metric}（{period}）选定 {value}</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未能撤销</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>已撤销：{what}。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z makes it again.</source>
        <translation>按 Ctrl+Shift+Z 可重做。</translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation>未能重做</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>已重做：{what}。</translation>
    </message>
    <message>
        <source>Forgot {n} items</source>
        <translation>删除 {n} 条</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Confirmed by you</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Changed by hand</source>
        <translation>已人工修改</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>人工添加</translation>
    </message>
    <message>
        <source>Rejected: not shown in the profile, charts or print</source>
        <translation>已驳回：不在档案、图表和打印中显示</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Articles with all the words: 氢能 广州 · a phrase in &quot;quotes&quot; (Ctrl+F)</source>
        <translation>同时含有所有词的文章：氢能 广州 · 整个短语加&quot;引号&quot;（Ctrl+F）</translation>
    </message>
    <message>
        <source>Words separated by spaces must all be in the article (AND); text in &quot;quotes&quot; is found as one phrase.</source>
        <translation>用空格分开的词须全部出现在文章中（并且）；&quot;引号&quot;内的文字按整个短语查找。</translation>
    </message>
    <message>
        <source>Only articles about this zone</source>
        <translation>只看关于这个园区的文章</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>全部园区</translation>
    </message>
    <message>
        <source>Match words separately</source>
        <translation>分词搜索</translation>
    </message>
    <message>
        <source>Split the query into words (jieba) and find each word, not only the whole phrase</source>
        <translation>用结巴分词把查询拆成词语，分别查找每个词，而不只是整个短语</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <source>The first {n} places found.</source>
        <translation>显示前 {n} 处结果。</translation>
    </message>
    <message>
        <source>Found in {n} places.</source>
        <translation>共找到 {n} 处。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>上文</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>After</source>
        <translation>下文</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <source>The indicator to follow over time</source>
        <translation>要查看走势的指标</translation>
    </message>
    <message>
        <source>Double-click a key indicator in the profile to see it over time.</source>
        <translation>在概况中双击一项关键指标，即可查看其走势。</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>growth, %</source>
        <translation>增速（%）</translation>
    </message>
    <message>
        <source>{zone} · {metric}: every value printed, by period</source>
        <translation>{zone} · {metric}：各期刊载的全部数值</translation>
    </message>
    <message>
        <source>Lines join only periods of the same span; targets dashed with hollow marks.</source>
        <translation>只有同一口径的期间才连成一线；目标值为虚线空心点。</translation>
    </message>
    <message>
        <source>{n} values in another unit are not drawn.</source>
        <translation>另有 {n} 个其他单位的数值未画出。</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>期间：{period}</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>Orange: the selected item · yellow: its sentence · blue: other extracted items (click to select)</source>
        <translation>橙色：所选项 · 黄色：所在句子 · 蓝色：其他提取项（点击可选中）</translation>
    </message>
    <message>
        <source>No article names {zone} itself, so its profile has no figures, policies or articles: it is listed from the gazetteer because {parks} belongs to it. Open the part of it under Parks for what the articles say.</source>
        <translation>没有文章直接提到{zone}本身，所以它的档案里没有数据、政策或文章：它因{parks}隶属于它而从地名录列入。文章所写的内容请打开“下辖园区”中的园区查看。</translation>
    </message>
    <message>
        <source>No article names {zone}, so its profile has no figures, policies or articles.</source>
        <translation>没有文章提到{zone}，所以它的档案里没有数据、政策或文章。</translation>
    </message>
    <message>
        <source>Select a figure, policy or article to see where it came from.</source>
        <translation>选择一项数据、政策或文章，查看其原文出处。</translation>
    </message>
    <message>
        <source>The source text of {file} is not available.</source>
        <translation>无法显示 {file} 的原文。</translation>
    </message>
    <message>
        <source>Yellow: where this article names {zone} · blue: extracted items (click to select)</source>
        <translation>黄色：本文提到{zone}之处 · 蓝色：其他提取项（点击可选中）</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>Your corrections and notes could not be laid over these articles; they are shown as extracted. Your saved work is unchanged.</source>
        <translation>您的更正和笔记无法应用到这些文章上，当前显示的是自动提取的结果。已保存的内容没有改动。</translation>
    </message>
    <message>
        <source>{n} of your notes or corrections no longer match the article text.</source>
        <translation>有 {n} 条笔记或修改与文章原文对不上了。</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>The file holding your corrections and notes ({path}) is damaged. It was kept, renamed to {kept}, and a new empty one was started: earlier corrections and notes are not shown.</source>
        <translation>保存您更正和笔记的文件（{path}）已损坏。该文件已保留并改名为 {kept}，并新建了一个空文件：之前的更正和笔记暂不显示。</translation>
    </message>
    <message>
        <source>The file at {path} is not a Zone Profiles file of corrections and notes. It was kept, renamed to {kept}, and a new empty one was started.</source>
        <translation>{path} 不是园区档案的更正和笔记文件。该文件已保留并改名为 {kept}，并新建了一个空文件。</translation>
    </message>
    <message>
        <source>Your corrections and notes ({path}) were saved by a newer version of Zone Profiles. The file was kept unchanged, renamed to {kept}, and a new empty one was started. Install the newer version and rename the file back to see that work again.</source>
        <translation>您的更正和笔记（{path}）由更新版本的园区档案保存。该文件已原样保留并改名为 {kept}，并新建了一个空文件。安装新版本并把文件名改回，即可重新看到这些内容。</translation>
    </message>
    <message>
        <source>Your corrections and notes were converted for this version; a copy of the old file was kept as {kept}.</source>
        <translation>您的更正和笔记已转换为本版本的格式；旧文件的副本保存为 {kept}。</translation>
    </message>
    <message>
        <source>Your corrections and notes cannot be saved: {path} could not be opened. What you change now is kept only until the app closes.</source>
        <translation>您的更正和笔记无法保存：无法打开 {path}。现在所做的修改只保留到程序关闭为止。</translation>
    </message>
</context>
<context>
    <name>ZoneCharts</name>
    <message>
        <source>Select a zone with figures to see its charts.</source>
        <translation>选择一个有数据的园区以查看图表。</translation>
    </message>
</context>
<context>
    <name>ZoneHistory</name>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Back to the zone shown before (Alt+Left)</source>
        <translation>回到之前查看的开发区（Alt+←）</translation>
    </message>
    <message>
        <source>Forward again to the next zone (Alt+Right)</source>
        <translation>再前进到后来查看的开发区（Alt+→）</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>ZoneListWidget</name>
    <message>
        <source>Filter by name or alias (Ctrl+L)</source>
        <translation>按名称或别名筛选（Ctrl+L）</translation>
    </message>
    <message>
        <source>Show only zones whose name or alias contains this text</source>
        <translation>只显示名称或别名包含此文字的园区</translation>
    </message>
    <message>
        <source>Show only zones of this kind</source>
        <translation>只显示此类型的园区</translation>
    </message>
    <message>
        <source>Show only zones in this province</source>
        <translation>只显示此省份的园区</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} zones</source>
        <translation>显示 {shown} / {total} 个园区</translation>
    </message>
    <message>
        <source>Loading articles…</source>
        <translation>正在加载文章…</translation>
    </message>
    <message>
        <source>No zones yet.
Open articles with File ▸ Open Folder (Ctrl+Shift+O) or drop files here.</source>
        <translation>还没有园区。
请用“文件 ▸ 打开文件夹”（Ctrl+Shift+O）打开文章，或把文件拖到这里。</translation>
    </message>
    <message>
        <source>No zone matches the filter.</source>
        <translation>没有符合筛选条件的园区。</translation>
    </message>
</context>
<context>
    <name>ZoneTableModel</name>
    <message>
        <source>Zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Canonical name of the zone</source>
        <translation>园区的规范名称</translation>
    </message>
    <message>
        <source>Kind of zone</source>
        <translation>园区类型</translation>
    </message>
    <message>
        <source>Province and city</source>
        <translation>省份和城市</translation>
    </message>
    <message>
        <source>Number of key figures extracted</source>
        <translation>提取到的关键数据条数</translation>
    </message>
    <message>
        <source>Number of articles that mention the zone</source>
        <translation>提到该园区的文章篇数</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>别名：{names}</translation>
    </message>
    <message>
        <source>Part of: {zone}</source>
        <translation>所属：{zone}</translation>
    </message>
    <message>
        <source>{figures} figures, {policies} policies, {articles} articles</source>
        <translation>{figures} 项数据，{policies} 项政策，{articles} 篇文章</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
</TS>
