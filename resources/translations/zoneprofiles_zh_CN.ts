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
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Period: {period}</source>
        <translation>时间：{period}</translation>
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
        <source>As printed: {raw}</source>
        <translation>原文：{raw}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>{loaded} files loaded, {failed} could not be read, {warned} loaded with warnings.</source>
        <translation>已加载 {loaded} 个文件，{failed} 个无法读取，{warned} 个加载时有警告。</translation>
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
        <source>%v / %m files</source>
        <translation>%v / %m 个文件</translation>
    </message>
    <message>
        <source>⚠ {n} files with problems</source>
        <translation>⚠ {n} 个文件有问题</translation>
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
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Loaded {files} files; {failed} could not be read (see the import report).</source>
        <translation>已加载 {files} 个文件；{failed} 个无法读取（见导入报告）。</translation>
    </message>
    <message>
        <source>Loaded {files} files, {zones} zones.</source>
        <translation>已加载 {files} 个文件，{zones} 个园区。</translation>
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
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
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
        <source>Clear List</source>
        <translation>清空列表</translation>
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
    <name>ProfilePanel</name>
    <message>
        <source>Select a figure to see its sentence in the source</source>
        <translation>选择一项数据，在原文中查看其所在句子</translation>
    </message>
    <message>
        <source>Select a zone in the list to see its profile.</source>
        <translation>在左侧列表中选择一个园区以查看其档案。</translation>
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
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all articles (Ctrl+F)</source>
        <translation>在全部文章中搜索（Ctrl+F）</translation>
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
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>Orange: the selected item · yellow: its sentence · blue: other extracted items (click to select)</source>
        <translation>橙色：所选项 · 黄色：所在句子 · 蓝色：其他提取项（点击可选中）</translation>
    </message>
    <message>
        <source>Select a figure, policy or article to see where it came from.</source>
        <translation>选择一项数据、政策或文章，查看其原文出处。</translation>
    </message>
    <message>
        <source>The source text of {file} is not available.</source>
        <translation>无法显示 {file} 的原文。</translation>
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
</TS>
