<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>关于 {0}</translation>
    </message>
    <message>
        <source>Write, preview and publish science-news articles to static sites.</source>
        <translation>撰写科学新闻文章，实时预览，并发布到静态网站。</translation>
    </message>
    <message>
        <source>Python {0} · Qt {1} · PySide6 {2}</source>
        <translation>Python {0} · Qt {1} · PySide6 {2}</translation>
    </message>
    <message>
        <source>{0} includes the components below. Qt and PySide6 are used under the GNU LGPL v3 as separate, replaceable libraries.</source>
        <translation>{0} 包含以下组件。Qt 和 PySide6 以独立、可替换的库的形式，依据 GNU LGPL v3 使用。</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Article source</source>
        <translation>文章源文本</translation>
    </message>
    <message>
        <source>The article&apos;s Markdown text with its front matter</source>
        <translation>文章的 Markdown 文本，含前置元数据</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The article as the site will show it</source>
        <translation>文章在网站上的实际显示效果</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>已打开的文章</translation>
    </message>
    <message>
        <source>One tab per open article; Ctrl+Tab shows the next, Ctrl+W closes one</source>
        <translation>每篇打开的文章占一个标签页；Ctrl+Tab 切换到下一篇，Ctrl+W 关闭当前一篇</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Type a tag, or several separated by commas or #, then press Enter</source>
        <translation>输入一个标签，或用逗号或 # 分隔的多个标签，然后按回车键</translation>
    </message>
    <message>
        <source>Article tags</source>
        <translation>文章标签</translation>
    </message>
    <message>
        <source>The tags of this article, in order</source>
        <translation>本文的标签（按顺序）</translation>
    </message>
    <message>
        <source>Add categories</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <source>Type a category and press Enter</source>
        <translation>输入分类后按回车键</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>文章分类</translation>
    </message>
    <message>
        <source>The categories of this article</source>
        <translation>本文的分类</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>筛选标签</translation>
    </message>
    <message>
        <source>Show only the site&apos;s tags containing this</source>
        <translation>只显示网站中包含此文本的标签</translation>
    </message>
    <message>
        <source>Site tags</source>
        <translation>网站标签</translation>
    </message>
    <message>
        <source>Every tag or category used on the site</source>
        <translation>网站上使用的全部标签或分类</translation>
    </message>
    <message>
        <source>Articles with the chosen tag</source>
        <translation>带有所选标签的文章</translation>
    </message>
    <message>
        <source>Press Enter to open an article</source>
        <translation>按回车键打开文章</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>筛选文章</translation>
    </message>
    <message>
        <source>Show only the site&apos;s articles whose title, tags or file name contain these words; Enter opens the first</source>
        <translation>只显示标题、标签或文件名包含这些词的文章；按回车键打开第一篇</translation>
    </message>
    <message>
        <source>Site articles</source>
        <translation>网站文章</translation>
    </message>
    <message>
        <source>The site&apos;s articles with date, status and tag count; Enter opens one, F2 renames it, Delete moves it to the trash</source>
        <translation>网站文章列表，含日期、状态和标签数；回车键打开，F2 重命名，Delete 键移到回收站</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>The article&apos;s headings; Enter goes to one</source>
        <translation>文章的各级标题；按回车键跳转</translation>
    </message>
    <message>
        <source>Search references</source>
        <translation>搜索参考文献</translation>
    </message>
    <message>
        <source>Show only references matching this text</source>
        <translation>只显示与此文本匹配的参考文献</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>The article&apos;s references with their numbers and citation counts</source>
        <translation>本文的参考文献，含编号和被引次数</translation>
    </message>
    <message>
        <source>Reference problems</source>
        <translation>参考文献问题</translation>
    </message>
    <message>
        <source>Problems found in the references; Enter goes to one</source>
        <translation>参考文献中发现的问题；按回车键跳转</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The article&apos;s title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD or with a time</source>
        <translation>发布日期，格式为 YYYY-MM-DD，也可带时间</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>网址别名</translation>
    </message>
    <message>
        <source>The article&apos;s address on the site</source>
        <translation>文章在网站上的地址</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Authors, separated by commas</source>
        <translation>作者，用逗号分隔</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>A sentence or two shown under the title</source>
        <translation>显示在标题下方的一两句话</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>A draft is not shown on the published site</source>
        <translation>草稿不会显示在已发布的网站上</translation>
    </message>
    <message>
        <source>The {panel} panel</source>
        <translation>“{panel}”面板</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>加载远程图片(&amp;R)</translation>
    </message>
    <message>
        <source>Let this article&apos;s preview load images from the internet</source>
        <translation>允许本文的预览从互联网加载图片</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>专注模式(&amp;F)</translation>
    </message>
    <message>
        <source>Hide the panels and the preview; centre the text</source>
        <translation>隐藏面板和预览，使正文居中</translation>
    </message>
    <message>
        <source>&amp;Desktop Width</source>
        <translation>桌面宽度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tablet Width</source>
        <translation>平板宽度(&amp;T)</translation>
    </message>
    <message>
        <source>P&amp;hone Width</source>
        <translation>手机宽度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新建文章(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>开始写一篇新文章</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Open Site &amp;Folder…</source>
        <translation>打开网站文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a site&apos;s content folder</source>
        <translation>打开网站的内容文件夹</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the article</source>
        <translation>保存文章</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the article under a new name</source>
        <translation>以新文件名保存文章</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>关闭文章(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>Show the article in the next tab</source>
        <translation>显示下一个标签页中的文章</translation>
    </message>
    <message>
        <source>Pre&amp;vious Article</source>
        <translation>上一篇文章(&amp;V)</translation>
    </message>
    <message>
        <source>Show the article in the previous tab</source>
        <translation>显示上一个标签页中的文章</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import References…</source>
        <translation>导入参考文献(&amp;I)…</translation>
    </message>
    <message>
        <source>Add references from BibTeX, RIS, PubMed or CSL</source>
        <translation>从 BibTeX、RIS、PubMed 或 CSL 添加参考文献</translation>
    </message>
    <message>
        <source>&amp;About ArticleEditor</source>
        <translation>关于 ArticleEditor(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Show the folder of the log file, for a bug report</source>
        <translation>显示日志文件所在的文件夹，便于提交错误报告</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the article into a static site&apos;s content folder</source>
        <translation>将文章写入静态网站的内容文件夹</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>撤销发布(&amp;U)…</translation>
    </message>
    <message>
        <source>Remove the article&apos;s published files from its site</source>
        <translation>从网站中删除本文已发布的文件</translation>
    </message>
    <message>
        <source>Manage &amp;Tags and Categories…</source>
        <translation>管理标签和分类(&amp;T)…</translation>
    </message>
    <message>
        <source>Rename, merge or delete a tag across the whole site</source>
        <translation>在整个网站范围内重命名、合并或删除标签</translation>
    </message>
    <message>
        <source>Export Preview as P&amp;DF…</source>
        <translation>将预览导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print the preview to a PDF file</source>
        <translation>将预览打印为 PDF 文件</translation>
    </message>
    <message>
        <source>Export as Standalone &amp;HTML…</source>
        <translation>导出为独立 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>One HTML file with its stylesheet and images inside</source>
        <translation>单个 HTML 文件，内含样式表和图片</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status: {0} draft, {1} published, {2} changed since publish, {3} unreadable</source>
        <translation>状态：{0} 草稿，{1} 已发布，{2} 发布后有改动，{3} 无法读取</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有改动</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>published on {0}</source>
        <translation>发布于 {0}</translation>
    </message>
    <message>
        <source>edited since it was published on {0}</source>
        <translation>于 {0} 发布后又经编辑</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>2026-11-25 or 2026-11-25T09:30:00+01:00</source>
        <translation>2026-11-25 或 2026-11-25T09:30:00+01:00</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Draft (not published yet)</source>
        <translation>草稿（尚未发布）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;lug</source>
        <translation>网址别名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>摘要(&amp;U)</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>由标题生成</translation>
    </message>
    <message>
        <source>Publish uses “{slug}”; type here to choose another</source>
        <translation>发布时使用“{slug}”；可在此输入其他别名</translation>
    </message>
    <message>
        <source>“{text}” is not a date; the date stays {date}. Write it as YYYY-MM-DD, e.g. 2026-11-25, or YYYY-MM-DDTHH:MM:SS+HH:MM for a time.</source>
        <translation>“{text}”不是日期；日期仍为 {date}。请写成 YYYY-MM-DD，例如 2026-11-25；如需时间，写成 YYYY-MM-DDTHH:MM:SS+HH:MM。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>ArticleTabs</name>
    <message>
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with Published — {0}</source>
        <translation>与已发布版本比较 — {0}</translation>
    </message>
    <message>
        <source>The article is the same as {0}.</source>
        <translation>文章与 {0} 相同。</translation>
    </message>
    <message>
        <source>Compared with {0}: {1} lines added, {2} lines removed.</source>
        <translation>与 {0} 相比：新增 {1} 行，删除 {2} 行。</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>统一视图</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside ArticleEditor. Your article has not been closed: save your work, and please report this with the details below.</source>
        <translation>ArticleEditor 内部出现错误。您的文章尚未关闭：请先保存工作，并附上以下详细信息报告此问题。</translation>
    </message>
    <message>
        <source>The log file is {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>无法写入日志文件。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>拼写检查(&amp;S)</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>为拼写错误的单词加下划线</translation>
    </message>
    <message>
        <source>Show only the first line of the front matter; the panels edit it</source>
        <translation>只显示前置元数据的第一行，通过面板编辑其内容</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>删除线(&amp;S)</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>行内代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>链接(&amp;L)…</translation>
    </message>
    <message>
        <source>Link the selection, or insert a link</source>
        <translation>为所选内容添加链接，或插入链接</translation>
    </message>
    <message>
        <source>Fold Front &amp;Matter</source>
        <translation>折叠前置元数据(&amp;M)</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>图片(&amp;M)…</translation>
    </message>
    <message>
        <source>Insert an image, copied into the article&apos;s assets folder</source>
        <translation>插入图片，图片会复制到文章的资源文件夹</translation>
    </message>
    <message>
        <source>Heading &amp;{0}</source>
        <translation>标题 &amp;{0}</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>正文段落(&amp;P)</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>项目符号列表(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>编号列表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引用块(&amp;Q)</translation>
    </message>
    <message>
        <source>Code Bl&amp;ock</source>
        <translation>代码块(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>添加到词典(&amp;A)</translation>
    </message>
</context>
<context>
    <name>EditorFeatures</name>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>标题(&amp;H)</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>拼写检查语言(&amp;L)</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>A line of {length} characters is shown in parts of up to {piece} characters (the file keeps it whole); only its first part is highlighted and spell checked.</source>
        <translation>有一行长达 {length} 个字符，按每段最多 {piece} 个字符分段显示（文件中仍是完整的一行）；只有第一段做语法高亮和拼写检查。</translation>
    </message>
    <message>
        <source>A line of {length} characters: lines over {limit} characters are not highlighted or spell checked.</source>
        <translation>有一行长达 {length} 个字符：超过 {limit} 个字符的行不做语法高亮，也不做拼写检查。</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Replace wi&amp;th:</source>
        <translation>替换为(&amp;T)：</translation>
    </message>
    <message>
        <source>Invalid pattern: {0}</source>
        <translation>无效的模式：{0}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>Matches: {0}</source>
        <translation>匹配项：{0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
    <message>
        <source>Replaced: {0}</source>
        <translation>已替换：{0}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>the front matter does not parse (column {column}): {detail}</source>
        <translation>前置元数据无法解析（第 {column} 列）：{detail}</translation>
    </message>
    <message>
        <source>the article has no title</source>
        <translation>文章没有标题</translation>
    </message>
    <message>
        <source>the article has no date</source>
        <translation>文章没有日期</translation>
    </message>
    <message>
        <source>the date &apos;{date}&apos; is not a date (write e.g. 2026-10-14 or 2026-10-14T09:30:00+02:00)</source>
        <translation>日期“{date}”不是有效日期（请写成例如 2026-10-14 或 2026-10-14T09:30:00+02:00）</translation>
    </message>
    <message>
        <source>the article has no summary</source>
        <translation>文章没有摘要</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of references</source>
        <translation>“{key}”必须是参考文献列表</translation>
    </message>
    <message>
        <source>reference {name} {problem}</source>
        <translation>参考文献 {name}：{problem}</translation>
    </message>
    <message>
        <source>reference {number} {problem}</source>
        <translation>第 {number} 条参考文献：{problem}</translation>
    </message>
    <message>
        <source>{bibliography}: reference {name} {problem}</source>
        <translation>{bibliography}：参考文献 {name}：{problem}</translation>
    </message>
    <message>
        <source>is not a mapping (id: ..., type: ..., title: ...)</source>
        <translation>不是映射（id: ..., type: ..., title: ...）</translation>
    </message>
    <message>
        <source>needs an id that is a word, such as smith2020</source>
        <translation>需要一个由单个词构成的 id，例如 smith2020</translation>
    </message>
    <message>
        <source>has no type (e.g. type: article-journal)</source>
        <translation>没有类型（例如 type: article-journal）</translation>
    </message>
    <message>
        <source>has an unknown type {type} (e.g. article-journal, book, webpage)</source>
        <translation>类型 {type} 未知（可用例如 article-journal、book、webpage）</translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>must be a list of names such as {{family: Smith, given: Jane}}</source>
        <translation>必须是姓名列表，例如 {{family: Smith, given: Jane}}</translation>
    </message>
    <message>
        <source>has a name part that is not text</source>
        <translation>含有不是文本的姓名部分</translation>
    </message>
    <message>
        <source>must be a date such as 2020-05-01 or [[2020, 5]]</source>
        <translation>必须是日期，例如 2020-05-01 或 [[2020, 5]]</translation>
    </message>
    <message>
        <source>must be a date such as [[2020, 5, 1]] or {{date-parts: [[2020, 5, 1]]}}</source>
        <translation>必须是日期，例如 [[2020, 5, 1]] 或 {{date-parts: [[2020, 5, 1]]}}</translation>
    </message>
    <message>
        <source>needs date-parts (or a literal text)</source>
        <translation>需要 date-parts（或 literal 文本）</translation>
    </message>
    <message>
        <source>date-parts must be a list of [year, month, day] lists of numbers</source>
        <translation>date-parts 必须是由数字组成的 [年, 月, 日] 列表的列表</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>必须是文本或数字</translation>
    </message>
    <message>
        <source>{key} must be a style name, not {type}</source>
        <translation>{key} 必须是引用样式名称，而不是 {type}</translation>
    </message>
    <message>
        <source>Unknown citation style {name}; offered: {offered}</source>
        <translation>未知的引用样式 {name}；可用：{offered}</translation>
    </message>
    <message>
        <source>[@{key}] is cited but not in the references</source>
        <translation>[@{key}] 被引用，但不在参考文献中</translation>
    </message>
    <message>
        <source>…and {count} more citations of @{key}</source>
        <comment>after the first few findings for a key cited with no reference: how many further citations of it there are</comment>
        <translation>……另有 {count} 处引用了 @{key}</translation>
    </message>
    <message>
        <source>duplicate reference key: {keys}</source>
        <translation>引用键重复：{keys}</translation>
    </message>
    <message>
        <source>the same DOI {doi} is listed as {keys}</source>
        <translation>同一 DOI {doi} 被列为 {keys}</translation>
    </message>
    <message>
        <source>{key} is never cited</source>
        <translation>{key} 从未被引用</translation>
    </message>
    <message>
        <source>{text} looks like a hand-typed citation; cite with [@key] so the numbers stay right</source>
        <translation>{text} 看起来是手动输入的引用；请用 [@key] 引用，以保证编号正确</translation>
    </message>
    <message>
        <source>…and {count} more hand-typed {text}</source>
        <comment>after the first few findings for a hand-typed citation number such as [1]: how many more times it is typed</comment>
        <translation>……另有 {count} 处手动输入的 {text}</translation>
    </message>
    <message>
        <source>unresolved {mark}</source>
        <translation>未处理的{mark}</translation>
    </message>
    <message>
        <source>…and {count} more unresolved suggestions</source>
        <comment>after the first few findings for review suggestions (insertions, deletions, substitutions) not yet accepted or rejected: how many more there are</comment>
        <translation>……另有 {count} 条未处理的修改建议</translation>
    </message>
    <message>
        <source>&quot;{opener}&quot; is never closed</source>
        <translation>“{opener}”没有闭合</translation>
    </message>
    <message>
        <source>…and {count} more &quot;{opener}&quot; never closed</source>
        <comment>after the first few findings for a review mark opener such as {++ that is never closed: how many more there are</comment>
        <translation>……另有 {count} 处“{opener}”从未闭合</translation>
    </message>
    <message>
        <source>{count} review comment(s) or highlight(s) will be left out when published</source>
        <translation>发布时将略去 {count} 条批注或突出显示</translation>
    </message>
    <message>
        <source>substitution &quot;{old}&quot; → &quot;{new}&quot;</source>
        <translation>替换“{old}”→“{new}”</translation>
    </message>
    <message>
        <source>comment: &quot;{text}&quot;</source>
        <translation>批注：“{text}”</translation>
    </message>
    <message>
        <source>comment by @{author}: &quot;{text}&quot;</source>
        <translation>@{author} 的批注：“{text}”</translation>
    </message>
    <message>
        <source>insertion &quot;{text}&quot;</source>
        <translation>插入“{text}”</translation>
    </message>
    <message>
        <source>deletion &quot;{text}&quot;</source>
        <translation>删除“{text}”</translation>
    </message>
    <message>
        <source>highlight &quot;{text}&quot;</source>
        <translation>突出显示“{text}”</translation>
    </message>
    <message>
        <source>{path}: citations.style: {problem}</source>
        <translation>{path}：citations.style：{problem}</translation>
    </message>
    <message>
        <source>{path}: markdown.extension_configs: an extension has no option {option}</source>
        <translation>{path}：markdown.extension_configs：某个扩展没有选项 {option}</translation>
    </message>
    <message>
        <source>{path}: markdown.extensions: cannot be used ({detail})</source>
        <translation>{path}：markdown.extensions：无法使用（{detail}）</translation>
    </message>
    <message>
        <source>The slug is empty: give the article a title or a slug.</source>
        <translation>网址别名为空：请为文章填写标题或网址别名。</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; is not allowed: a slug names one file inside the site&apos;s content folder, so it cannot contain &apos;/&apos;, &apos;\&apos; or &apos;..&apos;.</source>
        <translation>网址别名“{slug}”不可用：网址别名对应网站内容文件夹中的一个文件，因此不能包含“/”、“\”或“..”。</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; is longer than {limit} characters.</source>
        <translation>网址别名“{slug}”超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; may hold only ASCII letters, digits and single &apos;{separator}&apos; between words; try &apos;{suggestion}&apos;.</source>
        <translation>网址别名“{slug}”只能包含 ASCII 字母、数字以及词之间单个的“{separator}”；可以试试“{suggestion}”。</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; has capital letters; this site uses &apos;{lower}&apos;.</source>
        <translation>网址别名“{slug}”含有大写字母；本网站使用“{lower}”。</translation>
    </message>
    <message>
        <source>The tag &apos;{tag}&apos; starts with &apos;#&apos;, which breaks its link on the site; write &apos;{bare}&apos;.</source>
        <translation>标签“{tag}”以“#”开头，会导致其在网站上的链接失效；请写成“{bare}”。</translation>
    </message>
    <message>
        <source>The category &apos;{tag}&apos; starts with &apos;#&apos;, which breaks its link on the site; write &apos;{bare}&apos;.</source>
        <translation>分类“{tag}”以“#”开头，会导致其在网站上的链接失效；请写成“{bare}”。</translation>
    </message>
    <message>
        <source>The tag &apos;{tag}&apos; gives an empty address on a {generator} site, so its page cannot be built; use letters or digits.</source>
        <translation>标签“{tag}”在 {generator} 网站上会生成空地址，因此无法生成其页面；请使用字母或数字。</translation>
    </message>
    <message>
        <source>The category &apos;{tag}&apos; gives an empty address on a {generator} site, so its page cannot be built; use letters or digits.</source>
        <translation>分类“{tag}”在 {generator} 网站上会生成空地址，因此无法生成其页面；请使用字母或数字。</translation>
    </message>
    <message>
        <source>The site already has the tag &apos;{existing}&apos;; &apos;{tag}&apos; differs only in case, accents or spacing. Use &apos;{existing}&apos;.</source>
        <translation>网站中已有标签“{existing}”；“{tag}”仅在大小写、重音符号或空格上不同。请使用“{existing}”。</translation>
    </message>
    <message>
        <source>The site already has the category &apos;{existing}&apos;; &apos;{tag}&apos; differs only in case, accents or spacing. Use &apos;{existing}&apos;.</source>
        <translation>网站中已有分类“{existing}”；“{tag}”仅在大小写、重音符号或空格上不同。请使用“{existing}”。</translation>
    </message>
    <message>
        <source>The tag &apos;{tag}&apos; and the site&apos;s &apos;{other}&apos; share one page ({slug}) on a {generator} site, so their articles would be mixed.</source>
        <translation>在 {generator} 网站上，标签“{tag}”与网站已有的“{other}”共用一个页面（{slug}），两者的文章会混在一起。</translation>
    </message>
    <message>
        <source>The category &apos;{tag}&apos; and the site&apos;s &apos;{other}&apos; share one page ({slug}) on a {generator} site, so their articles would be mixed.</source>
        <translation>在 {generator} 网站上，分类“{tag}”与网站已有的“{other}”共用一个页面（{slug}），两者的文章会混在一起。</translation>
    </message>
    <message>
        <source>The tags &apos;{other}&apos; and &apos;{tag}&apos; share one page ({slug}) on a {generator} site; keep one.</source>
        <translation>在 {generator} 网站上，标签“{other}”和“{tag}”共用一个页面（{slug}）；请只保留一个。</translation>
    </message>
    <message>
        <source>The categories &apos;{other}&apos; and &apos;{tag}&apos; share one page ({slug}) on a {generator} site; keep one.</source>
        <translation>在 {generator} 网站上，分类“{other}”和“{tag}”共用一个页面（{slug}）；请只保留一个。</translation>
    </message>
    <message>
        <source>{generator} keeps only {limit} category per article; {dropped} would be dropped.</source>
        <translation>{generator} 每篇文章只保留 {limit} 个分类；{dropped} 将被舍弃。</translation>
    </message>
    <message>
        <source>{finding}</source>
        <comment>a check&apos;s finding as a sentence of the publish plan</comment>
        <translation>{finding}</translation>
    </message>
    <message>
        <source>{finding} (line {line})</source>
        <translation>{finding}（第 {line} 行）</translation>
    </message>
    <message>
        <source>publish.body = &quot;html&quot; is not supported for Pelican sites.</source>
        <translation>Pelican 网站不支持 publish.body = &quot;html&quot;。</translation>
    </message>
    <message>
        <source>The published file would be the draft itself ({path}); keep drafts outside the folder the site publishes from, or set publish.section.</source>
        <translation>发布的文件将是草稿本身（{path}）；请把草稿放在网站发布所用的文件夹之外，或设置 publish.section。</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a file next to the draft; its link is kept.</source>
        <translation>“{reference}”不是草稿旁边的文件；保留其链接不变。</translation>
    </message>
    <message>
        <source>{path} is a folder; nothing was published.</source>
        <translation>{path} 是一个文件夹；未发布任何内容。</translation>
    </message>
    <message>
        <source>{path} is a named pipe, a device or a socket, not a regular file; nothing was published.</source>
        <translation>{path} 是命名管道、设备或套接字，而不是普通文件；未发布任何内容。</translation>
    </message>
    <message>
        <source>The site sets [publish] raw_html = &quot;keep&quot;: raw HTML in the article is published as written, without the preview&apos;s allow-list (scripts and event handlers too).</source>
        <translation>网站设置了 [publish] raw_html = &quot;keep&quot;：文章中的原始 HTML 将原样发布，不经过预览的允许列表过滤（脚本和事件处理程序也会保留）。</translation>
    </message>
    <message>
        <source>This {generator} site drops raw HTML, so the citations and References are written as plain Markdown (citations link to the References heading). To publish them as the preview shows them, {how}.</source>
        <translation>此 {generator} 网站会丢弃原始 HTML，因此引用和参考文献将以纯 Markdown 写入（引用链接到参考文献标题）。若要按预览中的样子发布：{how}。</translation>
    </message>
    <message>
        <source>This {generator} site drops raw HTML, and the article has some (e.g. &lt;sup&gt; or &lt;mark&gt;): it is replaced with a comment. To keep it, {how}.</source>
        <translation>此 {generator} 网站会丢弃原始 HTML，而文章中含有这类内容（例如 &lt;sup&gt; 或 &lt;mark&gt;）：它们将被替换为注释。若要保留：{how}。</translation>
    </message>
    <message>
        <source>The section &apos;{section}&apos; must be a folder name inside the content folder.</source>
        <translation>栏目“{section}”必须是内容文件夹中的文件夹名称。</translation>
    </message>
    <message>
        <source>The draft {path} cannot be updated ({reason}); Publish records where and when the article was published in it, so nothing was published. Make the file and its folder writable, or save the draft somewhere writable.</source>
        <translation>草稿 {path} 无法更新（{reason}）；发布时会在草稿中记录文章发布的位置和时间，因此未发布任何内容。请让该文件及其文件夹可写，或将草稿保存到可写的位置。</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>其所在文件夹 {folder} 为只读</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; points to {path}, outside {folders}; only files inside the article&apos;s folder or the site are published or exported; nothing was published.</source>
        <translation>“{reference}”指向 {path}，位于 {folders} 之外；只有文章文件夹或网站内的文件才会被发布或导出；未发布任何内容。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>无法读取 {path}：{detail}。</translation>
    </message>
    <message>
        <source>The site stylesheet {path} is outside the site {site}; only files inside the site are published.</source>
        <translation>网站样式表 {path} 位于网站 {site} 之外；只有网站内的文件才会被发布。</translation>
    </message>
    <message>
        <source>The site&apos;s configuration cannot be read: {detail}.</source>
        <translation>无法读取网站配置：{detail}。</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only (permission denied)</source>
        <translation>文件夹 {folder} 为只读（权限不足）</translation>
    </message>
    <message>
        <source>{reason}; could not restore {paths}</source>
        <comment>why a publish failed, and the files it could not put back as they were</comment>
        <translation>{reason}；无法恢复 {paths}</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; is already used by {articles}; give the article another slug.</source>
        <translation>网址别名“{slug}”已被 {articles} 使用；请为文章换一个网址别名。</translation>
    </message>
    <message>
        <source>The article file {path} would be written outside {folder} (through &apos;..&apos;, an absolute path or a symbolic link); nothing was published.</source>
        <translation>文章文件 {path} 将被写到 {folder} 之外（经由“..”、绝对路径或符号链接）；未发布任何内容。</translation>
    </message>
    <message>
        <source>The copied file {path} would be written outside {folder} (through &apos;..&apos;, an absolute path or a symbolic link); nothing was published.</source>
        <translation>复制的文件 {path} 将被写到 {folder} 之外（经由“..”、绝对路径或符号链接）；未发布任何内容。</translation>
    </message>
    <message>
        <source>The earlier copy {path} would be written outside {folder} (through &apos;..&apos;, an absolute path or a symbolic link); nothing was published.</source>
        <translation>之前的副本 {path} 将被写到 {folder} 之外（经由“..”、绝对路径或符号链接）；未发布任何内容。</translation>
    </message>
    <message>
        <source>The published file {path} would be written outside {folder} (through &apos;..&apos;, an absolute path or a symbolic link); nothing was published.</source>
        <translation>已发布的文件 {path} 将被写到 {folder} 之外（经由“..”、绝对路径或符号链接）；未发布任何内容。</translation>
    </message>
    <message>
        <source>The front matter cannot be read: line {line}:{column}: {detail}.</source>
        <translation>无法读取前置元数据：第 {line} 行第 {column} 列：{detail}。</translation>
    </message>
    <message>
        <source>The article was never published: its front matter has no articleeditor_id.</source>
        <translation>文章从未发布过：其前置元数据中没有 articleeditor_id。</translation>
    </message>
    <message>
        <source>publish.required in articleeditor.toml must be a list of names.</source>
        <translation>articleeditor.toml 中的 publish.required 必须是名称列表。</translation>
    </message>
    <message>
        <source>publish.types in articleeditor.toml must map field names to &quot;string&quot; or &quot;list&quot;.</source>
        <translation>articleeditor.toml 中的 publish.types 必须将字段名映射到 &quot;string&quot; 或 &quot;list&quot;。</translation>
    </message>
    <message>
        <source>the site&apos;s schema ({path})</source>
        <translation>网站的模式定义（{path}）</translation>
    </message>
    <message>
        <source>articleeditor.toml</source>
        <translation>articleeditor.toml</translation>
    </message>
    <message>
        <source>{declared} requires &apos;{key}&apos;: {hint}.</source>
        <translation>{declared} 要求提供“{key}”：{hint}。</translation>
    </message>
    <message>
        <source>give the article a title in the Article panel</source>
        <translation>请在“文章”面板中为文章填写标题</translation>
    </message>
    <message>
        <source>write a summary in the Article panel</source>
        <translation>请在“文章”面板中撰写摘要</translation>
    </message>
    <message>
        <source>set the date in the Article panel</source>
        <translation>请在“文章”面板中设置日期</translation>
    </message>
    <message>
        <source>set the updated date in the Article panel</source>
        <translation>请在“文章”面板中设置更新日期</translation>
    </message>
    <message>
        <source>add an author in the Article panel (or publish.default_author)</source>
        <translation>请在“文章”面板中添加作者（或设置 publish.default_author）</translation>
    </message>
    <message>
        <source>choose a cover image in the Article panel</source>
        <translation>请在“文章”面板中选择封面图片</translation>
    </message>
    <message>
        <source>add a tag in the Tags panel</source>
        <translation>请在“标签”面板中添加标签</translation>
    </message>
    <message>
        <source>add a category in the Tags panel</source>
        <translation>请在“标签”面板中添加分类</translation>
    </message>
    <message>
        <source>set the language in the Article panel</source>
        <translation>请在“文章”面板中设置语言</translation>
    </message>
    <message>
        <source>add &apos;{key}&apos; to the article&apos;s front matter</source>
        <translation>请在文章的前置元数据中添加“{key}”</translation>
    </message>
    <message>
        <source>The article is marked as a draft; the site may not show it.</source>
        <translation>文章被标记为草稿；网站可能不会显示它。</translation>
    </message>
    <message>
        <source>The article&apos;s date is in the future; the site may hide it.</source>
        <translation>文章日期在将来；网站可能会隐藏它。</translation>
    </message>
    <message>
        <source>publish.timezone &apos;{name}&apos; is not a known time zone</source>
        <translation>publish.timezone “{name}”不是已知的时区</translation>
    </message>
    <message>
        <source>The citations found in the text do not match the rendered ones; publish with publish.body = &quot;html&quot; instead.</source>
        <translation>正文中找到的引用与渲染结果不一致；请改用 publish.body = &quot;html&quot; 发布。</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {detail}</source>
        <comment>a file whose front matter does not parse (the detail comes from the parser)</comment>
        <translation>第 {line} 行第 {column} 列：{detail}</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>已存在同名文件</translation>
    </message>
    <message>
        <source>the article already has this name</source>
        <translation>文章已使用此名称</translation>
    </message>
    <message>
        <source>rendering</source>
        <comment>the work a time limit stopped: &apos;… took longer than 60 s and was stopped&apos;</comment>
        <translation>渲染</translation>
    </message>
    <message>
        <source>not valid UTF-8: byte 0x{byte} at line {line}, column {column} — save it as UTF-8 and try again</source>
        <translation>不是有效的 UTF-8：第 {line} 行第 {column} 列的字节 0x{byte}——请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported — save it as UTF-8 and try again</source>
        <translation>不支持 UTF-32 文本——请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <source>binary file (a NUL byte at line {line}, column {column}), not text</source>
        <translation>二进制文件（第 {line} 行第 {column} 列有 NUL 字节），不是文本</translation>
    </message>
    <message>
        <source>not valid {encoding}: {detail} at byte {at}</source>
        <comment>a file that does not decode (the detail comes from the decoder)</comment>
        <translation>不是有效的 {encoding}：第 {at} 字节处{detail}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a named pipe, not a regular file; only regular files are opened</source>
        <translation>这是命名管道，不是普通文件；只能打开普通文件</translation>
    </message>
    <message>
        <source>a character device, not a regular file; only regular files are opened</source>
        <translation>这是字符设备，不是普通文件；只能打开普通文件</translation>
    </message>
    <message>
        <source>a block device, not a regular file; only regular files are opened</source>
        <translation>这是块设备，不是普通文件；只能打开普通文件</translation>
    </message>
    <message>
        <source>a socket, not a regular file; only regular files are opened</source>
        <translation>这是套接字，不是普通文件；只能打开普通文件</translation>
    </message>
    <message>
        <source>a special file, not a regular file; only regular files are opened</source>
        <translation>这是特殊文件，不是普通文件；只能打开普通文件</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>无法读取：{detail}</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>文件夹为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>a folder with that name exists</source>
        <translation>已存在同名文件夹</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>another program changed the file since it was opened</source>
        <translation>打开后另一个程序修改了该文件</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a table ([{name}])</source>
        <translation>“{name}”必须是一个表（[{name}]）</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a path string</source>
        <translation>“{key}”必须是路径字符串</translation>
    </message>
    <message>
        <source>{key} &apos;{value}&apos; resolves to {path}, outside the site folder {root} (through &apos;..&apos;, an absolute path or a symbolic link); it must be inside the site</source>
        <translation>{key}“{value}”指向 {path}，位于站点文件夹 {root} 之外（经由“..”、绝对路径或符号链接）；它必须位于站点之内</translation>
    </message>
    <message>
        <source>the content folder</source>
        <translation>内容文件夹</translation>
    </message>
    <message>
        <source>site.generator must be one of: {names}</source>
        <translation>site.generator 必须是以下之一：{names}</translation>
    </message>
    <message>
        <source>site.content_dir must be a path string</source>
        <translation>site.content_dir 必须是路径字符串</translation>
    </message>
    <message>
        <source>markdown.extension_configs must hold one table per extension</source>
        <translation>markdown.extension_configs 必须为每个扩展提供一个表</translation>
    </message>
    <message>
        <source>markdown.extensions must be a list of names</source>
        <translation>markdown.extensions 必须是名称列表</translation>
    </message>
    <message>
        <source>tags.style must be keep, lower or slug</source>
        <translation>tags.style 必须是 keep、lower 或 slug</translation>
    </message>
    <message>
        <source>{key} must be a string</source>
        <translation>{key} 必须是字符串</translation>
    </message>
    <message>
        <source>publish.fields must map field names to strings</source>
        <translation>publish.fields 必须把字段名映射到字符串</translation>
    </message>
    <message>
        <source>publish.body must be markdown or html</source>
        <translation>publish.body 必须是 markdown 或 html</translation>
    </message>
    <message>
        <source>publish.raw_html must be sanitize or keep</source>
        <translation>publish.raw_html 必须是 sanitize 或 keep</translation>
    </message>
    <message>
        <source>publish.bundle and slug.lowercase must be true/false</source>
        <translation>publish.bundle 和 slug.lowercase 必须是 true/false</translation>
    </message>
    <message>
        <source>slug.max_length must be a number from 8 to 200</source>
        <translation>slug.max_length 必须是 8 到 200 之间的数字</translation>
    </message>
    <message>
        <source>slug.separator must be &apos;-&apos; or &apos;_&apos;</source>
        <translation>slug.separator 必须是“-”或“_”</translation>
    </message>
    <message>
        <source>{target} is not a regular file (a device, pipe or folder)</source>
        <translation>{target} 不是普通文件（而是设备、管道或文件夹）</translation>
    </message>
    <message>
        <source>expected a list of CSL items</source>
        <translation>应为 CSL 条目列表</translation>
    </message>
    <message>
        <source>item {number} is not a mapping</source>
        <translation>第 {number} 个条目不是映射（键: 值）</translation>
    </message>
    <message>
        <source>no {format} records found</source>
        <translation>未找到 {format} 记录</translation>
    </message>
    <message>
        <source>larger than {limit} MB</source>
        <translation>大于 {limit} MB</translation>
    </message>
    <message>
        <source>not UTF-8 text; export it as UTF-8 and try again</source>
        <translation>不是 UTF-8 文本；请导出为 UTF-8 后重试</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>a CSL-JSON bibliography must be a list of items</source>
        <translation>CSL-JSON 文献库必须是条目列表</translation>
    </message>
    <message>
        <source>unsupported bibliography format {suffix}</source>
        <translation>不支持的文献格式 {suffix}</translation>
    </message>
    <message>
        <source>@{key}: expected &apos;field = value&apos; at {field}</source>
        <comment>a BibTeX entry (its key) and the line with no &apos;=&apos; (its first word)</comment>
        <translation>@{key}：在 {field} 处应为“字段 = 值”</translation>
    </message>
    <message>
        <source>@{key}: Cannot split the following name `{name}` into parts: {reason}</source>
        <comment>a BibTeX entry (its key) and an author or editor name as written in it</comment>
        <translation>@{key}：无法将姓名 `{name}` 拆分为各部分：{reason}</translation>
    </message>
    <message>
        <source>Too many commas</source>
        <translation>逗号过多</translation>
    </message>
    <message>
        <source>Unmatched closing brace</source>
        <translation>右花括号没有匹配的左花括号</translation>
    </message>
    <message>
        <source>Unterminated opening brace</source>
        <translation>左花括号未闭合</translation>
    </message>
    <message>
        <source>Trailing comma at end of name</source>
        <translation>姓名末尾有多余的逗号</translation>
    </message>
    <message>
        <source>Unexpectedly reached end of file.</source>
        <translation>意外到达文件末尾。</translation>
    </message>
    <message>
        <source>Unexpected block start: `{mark}`. Was still looking for closing bracket</source>
        <comment>a BibTeX entry that is not closed before the next one (@book…) starts</comment>
        <translation>意外的块开始：`{mark}`。仍缺少右括号</translation>
    </message>
    <message>
        <source>Unexpected block start: `{mark}`. Was still looking for field-value closing `{closing}`</source>
        <comment>a BibTeX field value that is not closed before the next entry (@book…) starts</comment>
        <translation>意外的块开始：`{mark}`。字段值仍缺少结束符 `{closing}`</translation>
    </message>
    <message>
        <source>Unexpected block start: `{mark}`. Was still looking for field-value closing `,` or `{delimiter}`</source>
        <comment>a BibTeX field value not followed by a comma before the next entry starts</comment>
        <translation>意外的块开始：`{mark}`。字段值仍缺少结束符 `,` 或 `{delimiter}`</translation>
    </message>
    <message>
        <source>Expected a `=` after entry key `{field}`, but found the end of the entry (`{delimiter}`).</source>
        <comment>a BibTeX field name (as written) with no &apos;=&apos; and value after it</comment>
        <translation>键 `{field}` 之后应为 `=`，却遇到了条目结尾（`{delimiter}`）。</translation>
    </message>
    <message>
        <source>Expected a `=` after entry key, but found `{mark}`.</source>
        <comment>a BibTeX field name followed by a character other than &apos;=&apos;</comment>
        <translation>键之后应为 `=`，却发现 `{mark}`。</translation>
    </message>
    <message>
        <source>Expected either a `,` or `{delimiter}` after a closed entry field value, but found a {mark} before.</source>
        <translation>已闭合的字段值之后应为 `,` 或 `{delimiter}`，却先发现了 {mark}。</translation>
    </message>
    <message>
        <source>Expected comma after entry key, but found {mark}</source>
        <comment>a BibTeX entry&apos;s citation key not followed by a comma</comment>
        <translation>条目键之后应为逗号，却发现 {mark}</translation>
    </message>
    <message>
        <source>Expected equals sign after field key, but found {mark}</source>
        <comment>a BibTeX @string definition with no &apos;=&apos;</comment>
        <translation>字段名之后应为等号，却发现 {mark}</translation>
    </message>
    <message>
        <source>Duplicate field keys on entry: &apos;{fields}&apos;. Note: The entry (containing duplicates) is available as `failed_block.ignore_error_block`</source>
        <comment>a BibTeX entry that has a field twice; the entry is not imported</comment>
        <translation>条目中有重复字段：“{fields}”。注意：含重复字段的条目可通过 `failed_block.ignore_error_block` 获取</translation>
    </message>
    <message>
        <source>Duplicate entry key &apos;{key}&apos;</source>
        <translation>重复的条目键“{key}”</translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation>无法读取的条目</translation>
    </message>
    <message>
        <source>does not hold a table of settings</source>
        <comment>a site generator&apos;s configuration file (hugo.toml, _config.yml) that holds a list or a single value</comment>
        <translation>不包含设置表</translation>
    </message>
    <message>
        <source>add `unsafe = true` under `[markup.goldmark.renderer]` in {file}</source>
        <comment>how to let Hugo keep raw HTML; the setting is written as in the file</comment>
        <translation>在 {file} 的 `[markup.goldmark.renderer]` 下添加 `unsafe = true`</translation>
    </message>
    <message>
        <source>set &quot;markup&quot;: {{&quot;goldmark&quot;: {{&quot;renderer&quot;: {{&quot;unsafe&quot;: true}}}}}} in {file}</source>
        <comment>how to let Hugo keep raw HTML; the setting is written as in the file</comment>
        <translation>在 {file} 中设置 &quot;markup&quot;: {{&quot;goldmark&quot;: {{&quot;renderer&quot;: {{&quot;unsafe&quot;: true}}}}}}</translation>
    </message>
    <message>
        <source>set markup: goldmark: renderer: unsafe: true in {file}</source>
        <comment>how to let Hugo keep raw HTML; the setting is written as in the file</comment>
        <translation>在 {file} 中设置 markup: goldmark: renderer: unsafe: true</translation>
    </message>
    <message>
        <source>add &quot;UNSAFE&quot; to the options under commonmark: in {file}</source>
        <comment>how to let Jekyll&apos;s CommonMark keep raw HTML; the setting is written as in the file</comment>
        <translation>在 {file} 的 commonmark: 选项中添加 &quot;UNSAFE&quot;</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>an error&apos;s own text, for errors that have no wording of their own</comment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <comment>a file and why it cannot be read (the detail comes from the system)</comment>
        <translation>{path}：{detail}</translation>
    </message>
    <message>
        <source>{path}: {size} MB is larger than {limit} MB</source>
        <translation>{path}：{size} MB 大于 {limit} MB</translation>
    </message>
    <message>
        <source>{where}: {detail}</source>
        <comment>a bibliography file and why it cannot be read (the detail comes from its parser)</comment>
        <translation>{where}：{detail}</translation>
    </message>
    <message>
        <source>{where}:{line}: {detail}</source>
        <comment>a bibliography file, the line, and why it cannot be read</comment>
        <translation>{where}:{line}：{detail}</translation>
    </message>
    <message>
        <source>{path}: the CSL style has no &lt;{element}&gt; element</source>
        <translation>{path}：CSL 样式缺少 &lt;{element}&gt; 元素</translation>
    </message>
</context>
<context>
    <name>FrontMatterFold</name>
    <message>
        <source>Show the front matter</source>
        <translation>显示前置元数据</translation>
    </message>
    <message>
        <source>▸ front matter, {count} lines: show</source>
        <translation>▸ 前置元数据，共 {count} 行：展开</translation>
    </message>
</context>
<context>
    <name>ImageInserter</name>
    <message>
        <source>Save the article first</source>
        <translation>请先保存文章</translation>
    </message>
    <message>
        <source>Images are stored beside the article, so it needs a file name first.</source>
        <translation>图片存放在文章旁边，因此文章需要先有文件名。</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>图片未保存</translation>
    </message>
    <message>
        <source>Image not copied</source>
        <translation>图片未复制</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Description (alt text):</source>
        <translation>描述（替代文本）：</translation>
    </message>
</context>
<context>
    <name>ImportReferencesDialog</name>
    <message>
        <source>Import References</source>
        <translation>导入参考文献</translation>
    </message>
    <message>
        <source>Paste BibTeX, RIS, PubMed (.nbib) or CSL-JSON/YAML, or load an exported file. Works already in the article (same DOI or PMID) are not added twice.</source>
        <translation>粘贴 BibTeX、RIS、PubMed (.nbib) 或 CSL-JSON/YAML 文本，或载入导出的文件。文章中已有的文献（DOI 或 PMID 相同）不会重复添加。</translation>
    </message>
    <message>
        <source>Load &amp;File…</source>
        <translation>载入文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Format: {0}</source>
        <translation>格式：{0}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Interface Language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
    <message>
        <source>Takes effect the next time ArticleEditor starts</source>
        <translation>下次启动 ArticleEditor 时生效</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>The new language applies when ArticleEditor next starts.</source>
        <translation>新语言将在下次启动 ArticleEditor 时生效。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
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
        <source>Preview &amp;Width</source>
        <translation>预览宽度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Open a large file?</source>
        <translation>打开大文件？</translation>
    </message>
    <message>
        <source>{0}

Large files can make editing slow. Open it anyway?</source>
        <translation>{0}

大文件可能导致编辑变慢。仍要打开吗？</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Open Site Folder</source>
        <translation>打开网站文件夹</translation>
    </message>
    <message>
        <source>Site settings ignored: {0}</source>
        <translation>已忽略网站设置：{0}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{0}[*] — {1}</source>
        <translation>{0}[*] — {1}</translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>文章另存为</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>{0} was changed by another program since you opened it.

Overwrite it with your version?</source>
        <translation>自您打开 {0} 以来，它已被其他程序修改。

要用您的版本覆盖吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>File is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>{0} is marked read-only.

Replace it with your version anyway?</source>
        <translation>{0} 被标记为只读。

仍要用您的版本替换吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>保存对 {0} 的更改吗？</translation>
    </message>
    <message>
        <source>{0} was deleted or moved on disk. Save to write it again.</source>
        <translation>{0} 已在磁盘上被删除或移动。保存即可重新写入。</translation>
    </message>
    <message>
        <source>{0} changed on disk and was reloaded.</source>
        <translation>{0} 已在磁盘上更改，并已重新载入。</translation>
    </message>
    <message>
        <source>{0} changed on disk. You have unsaved edits.</source>
        <translation>{0} 已在磁盘上更改，而您有未保存的编辑。</translation>
    </message>
    <message>
        <source>Reload and discard my edits</source>
        <translation>重新载入并放弃我的编辑</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Cannot reload file</source>
        <translation>无法重新载入文件</translation>
    </message>
    <message>
        <source>Cannot change {0}</source>
        <translation>无法更改 {0}</translation>
    </message>
    <message>
        <source>Front matter error on line {0}, column {1}: {2}</source>
        <translation>前置元数据第 {0} 行第 {1} 列有错误：{2}</translation>
    </message>
    <message>
        <source>Go to line {0}</source>
        <translation>转到第 {0} 行</translation>
    </message>
</context>
<context>
    <name>MarkdownHighlighter</name>
    <message>
        <source>[@{0}] is not in the references</source>
        <translation>[@{0}] 不在参考文献中</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <source>{0}: {1} MB is larger than {2} MB</source>
        <translation>{0}：{1} MB，超过了 {2} MB</translation>
    </message>
    <message>
        <source>The front matter of {0} does not parse (line {1}, column {2}): {3}</source>
        <translation>{0} 的前置元数据无法解析（第 {1} 行第 {2} 列）：{3}</translation>
    </message>
    <message>
        <source>The front matter does not parse (line {0}, column {1}): {2}</source>
        <translation>前置元数据无法解析（第 {0} 行第 {1} 列）：{2}</translation>
    </message>
    <message>
        <source>Not readable as text: {0}</source>
        <translation>无法作为文本读取：{0}</translation>
    </message>
    <message>
        <source>{0} cannot be read as text: {1}</source>
        <translation>{0} 无法作为文本读取：{1}</translation>
    </message>
    <message>
        <source>Cannot open the file: {0}</source>
        <translation>无法打开文件：{0}</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <source>Not published: {0}</source>
        <translation>未发布：{0}</translation>
    </message>
    <message>
        <source>{0} already exists and belongs to {1}</source>
        <translation>{0} 已存在，且属于 {1}</translation>
    </message>
    <message>
        <source>The draft {0} cannot be updated ({1}); Publish records where and when the article was published in it, so nothing was published. Make the file and its folder writable, or save the draft somewhere writable</source>
        <translation>无法更新草稿 {0}（{1}）。发布时需要在草稿中记录发布的位置和时间，因此没有发布任何内容。请让该文件及其文件夹可写，或将草稿保存到可写的位置</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; points to {1}, outside {2}; only files inside the article&apos;s folder or the site are published or exported</source>
        <translation>“{0}”指向 {1}，位于 {2} 之外；只有文章文件夹或网站内的文件才会被发布或导出</translation>
    </message>
    <message>
        <source>{0}: {1}; stopped, no file was changed</source>
        <translation>{0}：{1}；已中止，没有文件被更改</translation>
    </message>
    <message>
        <source>{0}: {1}; stopped, some files were changed</source>
        <translation>{0}：{1}；已中止，部分文件已被更改</translation>
    </message>
    <message>
        <source>Files changed on disk in the meantime ({0}): {1}</source>
        <translation>在此期间磁盘上被更改的文件（{0} 个）：{1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} took longer than {1} s and was stopped</source>
        <translation>{0}耗时超过 {1} 秒，已停止</translation>
    </message>
    <message>
        <source>Line {0}: the insertion changed since it was read</source>
        <translation>第 {0} 行：插入内容在读取后已更改</translation>
    </message>
    <message>
        <source>Line {0}: the deletion changed since it was read</source>
        <translation>第 {0} 行：删除内容在读取后已更改</translation>
    </message>
    <message>
        <source>Line {0}: the replacement changed since it was read</source>
        <translation>第 {0} 行：替换内容在读取后已更改</translation>
    </message>
    <message>
        <source>Line {0}: the highlight changed since it was read</source>
        <translation>第 {0} 行：高亮内容在读取后已更改</translation>
    </message>
    <message>
        <source>Line {0}: the comment changed since it was read</source>
        <translation>第 {0} 行：批注在读取后已更改</translation>
    </message>
    <message>
        <source>Could not publish to {0}: {1}. The site is unchanged.</source>
        <translation>无法发布到 {0}：{1}。网站未做任何更改。</translation>
    </message>
    <message>
        <source>Could not save {0}: another program changed the file since it was opened</source>
        <translation>无法保存 {0}：打开后另一个程序修改了该文件</translation>
    </message>
    <message>
        <source>The site settings in {0} are not valid: {1}</source>
        <translation>{0} 中的网站设置无效：{1}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Cannot read the references in {0}, line {1}: {2}</source>
        <translation>无法读取 {0} 中第 {1} 行的参考文献：{2}</translation>
    </message>
    <message>
        <source>Cannot read the references in {0}: {1}</source>
        <translation>无法读取 {0} 中的参考文献：{1}</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>The preview is behind: rendering this text took longer than {0} s and was stopped. It will be rendered again after your next edit.</source>
        <translation>预览未能跟上：渲染这段文本超过了 {0} 秒，已被中止。您下次编辑后会重新渲染。</translation>
    </message>
    <message>
        <source>it is not one of the styles offered: {0}</source>
        <translation>它不在可用的样式之列：{0}</translation>
    </message>
    <message>
        <source>The front matter names the citation style “{0}”, which cannot be used ({1}). The preview formats the citations in the “{2}” style instead; the article cannot be published or exported until the style is fixed.</source>
        <translation>前置元数据指定的引文样式“{0}”无法使用（{1}）。预览改用“{2}”样式排版引用；在修正样式之前，文章无法发布或导出。</translation>
    </message>
    <message>
        <source>The site&apos;s articleeditor.toml names the citation style “{0}”, which cannot be used ({1}). The preview formats the citations in the “{2}” style instead; the site&apos;s articles cannot be rendered, published or exported until the style is fixed.</source>
        <translation>站点的 articleeditor.toml 指定的引文样式“{0}”无法使用（{1}）。预览改用“{2}”样式排版引用；在修正样式之前，站点的文章无法渲染、发布或导出。</translation>
    </message>
    <message>
        <source>Part of this text nests lists or quotes too deeply to be formatted; the preview shows that part as written.</source>
        <translation>这段文本中有部分列表或引用嵌套过深，无法排版；预览将按原文显示该部分。</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish Article</source>
        <translation>发布文章</translation>
    </message>
    <message>
        <source>Change &amp;Site…</source>
        <translation>更换网站(&amp;S)…</translation>
    </message>
    <message>
        <source>Replace the files above that belong to other articles</source>
        <translation>替换上面列出的、属于其他文章的文件</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Publish and &amp;Commit</source>
        <translation>发布并提交(&amp;C)</translation>
    </message>
    <message>
        <source>Files to write:</source>
        <translation>将写入的文件：</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>Unpublish Article</source>
        <translation>撤销发布文章</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>撤销发布(&amp;U)</translation>
    </message>
    <message>
        <source>Unpublish and &amp;Commit</source>
        <translation>撤销发布并提交(&amp;C)</translation>
    </message>
    <message>
        <source>Files to remove:</source>
        <translation>将删除的文件：</translation>
    </message>
    <message>
        <source>Site: {0}</source>
        <translation>网站：{0}</translation>
    </message>
    <message>
        <source>Checking the article and the site…</source>
        <translation>正在检查文章和网站…</translation>
    </message>
    <message>
        <source>Site: {0} ({1})</source>
        <translation>网站：{0}（{1}）</translation>
    </message>
    <message>
        <source>replaces a file of another article</source>
        <translation>将替换另一篇文章的文件</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>replaces the earlier publish</source>
        <translation>将替换之前发布的版本</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>copied from {0}</source>
        <translation>复制自 {0}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>removed: an earlier publish under another title or slug</source>
        <translation>已删除：之前以其他标题或别名发布的版本</translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation>错误：{0}</translation>
    </message>
    <message>
        <source>Conflict: {0} belongs to {1}.</source>
        <translation>冲突：{0} 属于 {1}。</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <source>The article moves from {0}.</source>
        <translation>文章将从 {0} 迁移过来。</translation>
    </message>
    <message>
        <source>The old address {0} leads to the new one.</source>
        <translation>旧地址 {0} 将跳转到新地址。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <source>Fix the errors above, then try again.</source>
        <translation>请修正上述错误后重试。</translation>
    </message>
    <message>
        <source>Ready to remove {0} file(s).</source>
        <translation>准备删除 {0} 个文件。</translation>
    </message>
    <message>
        <source>The article is not published in this site.</source>
        <translation>本文未在此网站发布。</translation>
    </message>
    <message>
        <source>The site is up to date: nothing to write.</source>
        <translation>网站已是最新：无需写入任何内容。</translation>
    </message>
    <message>
        <source>Ready to publish {0}.</source>
        <translation>准备发布 {0}。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>The site is up to date: nothing was written.</source>
        <translation>网站已是最新：未写入任何内容。</translation>
    </message>
    <message>
        <source>Published to {0}</source>
        <translation>已发布到 {0}</translation>
    </message>
    <message>
        <source>Removed {0} file(s) from {1}</source>
        <translation>已从 {1} 删除 {0} 个文件</translation>
    </message>
    <message>
        <source>Not committed: {0}</source>
        <translation>未提交：{0}</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>Choose the Site to Publish To</source>
        <translation>选择要发布到的网站</translation>
    </message>
    <message>
        <source>Published to {0}</source>
        <translation>已发布到 {0}</translation>
    </message>
    <message>
        <source>Unpublished from {0}</source>
        <translation>已从 {0} 撤销发布</translation>
    </message>
    <message>
        <source>Publishing failed: {0}</source>
        <translation>发布失败：{0}</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
</context>
<context>
    <name>RecoveryKeeper</name>
    <message>
        <source>Recovery journal not written: {0}</source>
        <translation>未能写入恢复日志：{0}</translation>
    </message>
    <message>
        <source>an untitled article</source>
        <translation>一篇未命名文章</translation>
    </message>
    <message>
        <source>Unsaved changes to {0} from {1} were recovered: the app did not close normally. Restore them?</source>
        <translation>程序上次未正常关闭，已找回 {0} 在 {1} 的未保存更改。要恢复吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Show Differences</source>
        <translation>显示差异</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Recovered Changes</source>
        <translation>已找回的更改</translation>
    </message>
    <message>
        <source>The recovered text is the same as the saved one.</source>
        <translation>找回的文本与已保存的文本相同。</translation>
    </message>
    <message>
        <source>{0} has unsaved changes from a session that did not close normally.</source>
        <translation>{0} 含有上次未正常关闭的会话中未保存的更改。</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Edit Reference</source>
        <translation>编辑参考文献</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>添加参考文献</translation>
    </message>
    <message>
        <source>e.g. shi2020 (cite it as [@shi2020])</source>
        <translation>例如 shi2020（引用写法为 [@shi2020]）</translation>
    </message>
    <message>
        <source>Family, Given; Family, Given</source>
        <translation>姓, 名; 姓, 名</translation>
    </message>
    <message>
        <source>Citation &amp;key</source>
        <translation>引用键(&amp;K)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>期刊(&amp;J)</translation>
    </message>
    <message>
        <source>Y&amp;ear</source>
        <translation>年份(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>卷(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>页码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;DOI</source>
        <translation>&amp;DOI</translation>
    </message>
    <message>
        <source>P&amp;MID</source>
        <translation>P&amp;MID</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>A citation key is required.</source>
        <translation>必须填写引用键。</translation>
    </message>
    <message>
        <source>The key may hold letters, digits and :.#$%&amp;-+?&lt;&gt;~/ only.</source>
        <translation>引用键只能包含字母、数字和 :.#$%&amp;-+?&lt;&gt;~/。</translation>
    </message>
    <message>
        <source>This article already has a reference with that key.</source>
        <translation>本文已有使用该键的参考文献。</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>必须填写标题。</translation>
    </message>
    <message>
        <source>The year must be a number.</source>
        <translation>年份必须是数字。</translation>
    </message>
</context>
<context>
    <name>ReferencesFeature</name>
    <message>
        <source>{0} is not cited yet</source>
        <translation>{0} 尚未被引用</translation>
    </message>
    <message>
        <source>Some references were not imported</source>
        <translation>部分参考文献未导入</translation>
    </message>
    <message>
        <source>Imported {0}. Not readable:
{1}</source>
        <translation>已导入 {0} 条。无法读取：
{1}</translation>
    </message>
    <message>
        <source>Imported {0} references</source>
        <translation>已导入 {0} 条参考文献</translation>
    </message>
    <message>
        <source>• {0} — same {1} as {2}</source>
        <comment>a work, its DOI or PMID, the key it has</comment>
        <translation>• {0} — 与 {2} 的 {1} 相同</translation>
    </message>
    <message>
        <source>Already in the article</source>
        <translation>文章中已有</translation>
    </message>
    <message>
        <source>These works are already in the article:
{0}

Add them again under new keys?</source>
        <translation>以下文献已在文章中：
{0}

要以新的引用键再次添加吗？</translation>
    </message>
</context>
<context>
    <name>ReferencesPanel</name>
    <message>
        <source>Search references…</source>
        <translation>搜索参考文献…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>引用键</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>被引</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Insert a citation of the selected reference</source>
        <translation>插入对所选参考文献的引用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Next Use</source>
        <translation>下一处引用</translation>
    </message>
    <message>
        <source>Go to the next citation</source>
        <translation>转到下一处引用</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove cited references?</source>
        <translation>删除已被引用的参考文献？</translation>
    </message>
    <message>
        <source>{0} still cited in the text; those citations will show as errors. Remove anyway?</source>
        <translation>{0} 仍在正文中被引用；删除后这些引用将显示为错误。仍要删除吗？</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Suggest Changes</source>
        <translation>修订模式(&amp;S)</translation>
    </message>
    <message>
        <source>Record typing and deleting as suggestions</source>
        <translation>将输入和删除记录为修订建议</translation>
    </message>
    <message>
        <source>Review: &amp;Changes</source>
        <translation>审阅视图：修订(&amp;C)</translation>
    </message>
    <message>
        <source>Show insertions, deletions and comments in the preview</source>
        <translation>在预览中显示插入、删除和批注</translation>
    </message>
    <message>
        <source>Review: &amp;Final</source>
        <translation>审阅视图：最终稿(&amp;F)</translation>
    </message>
    <message>
        <source>Show the article with every suggestion accepted</source>
        <translation>显示接受全部修订后的文章</translation>
    </message>
    <message>
        <source>Review: &amp;Original</source>
        <translation>审阅视图：原稿(&amp;O)</translation>
    </message>
    <message>
        <source>Show the article with every suggestion rejected</source>
        <translation>显示拒绝全部修订后的文章</translation>
    </message>
    <message>
        <source>Add Co&amp;mment</source>
        <translation>添加批注(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;ject All</source>
        <translation>全部拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Comment on the selection</source>
        <translation>为所选内容添加批注</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the selected suggestion or resolve the comment</source>
        <translation>接受所选修订，或将批注标为已解决</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the selected suggestion or resolve the comment</source>
        <translation>拒绝所选修订，或将批注标为已解决</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <source>Accept every suggestion and remove every comment</source>
        <translation>接受全部修订并删除全部批注</translation>
    </message>
    <message>
        <source>Reject every suggestion and remove every comment</source>
        <translation>拒绝全部修订并删除全部批注</translation>
    </message>
    <message>
        <source>Compare with &amp;Published…</source>
        <translation>与已发布版本比较(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the differences to a published file</source>
        <translation>显示与已发布文件的差异</translation>
    </message>
    <message>
        <source>Export Re&amp;view Copy…</source>
        <translation>导出审阅稿(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the preview with changes and comments as HTML or PDF</source>
        <translation>将含修订和批注的预览保存为 HTML 或 PDF</translation>
    </message>
    <message>
        <source>Reviewer &amp;Name…</source>
        <translation>审阅者姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>The name that signs your comments</source>
        <translation>用于署名您的批注的名字</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Review copy not saved</source>
        <translation>审阅稿未保存</translation>
    </message>
    <message>
        <source>Suggest mode: your typing and deleting are recorded as suggestions.</source>
        <translation>修订模式：您的输入和删除将记录为修订建议。</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>审阅者姓名</translation>
    </message>
    <message>
        <source>Your name as it appears on your comments (one word, e.g. dana):</source>
        <translation>批注上显示的您的名字（一个词，例如 dana）：</translation>
    </message>
    <message>
        <source>A comment cannot cross a suggestion or another comment.</source>
        <translation>批注不能与修订建议或其他批注交叉。</translation>
    </message>
    <message>
        <source>Compare with Published File</source>
        <translation>与已发布文件比较</translation>
    </message>
    <message>
        <source>Markdown and HTML (*.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Markdown 和 HTML (*.md *.markdown *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Export Review Copy</source>
        <translation>导出审阅稿</translation>
    </message>
    <message>
        <source>Exporting review copy…</source>
        <translation>正在导出审阅稿…</translation>
    </message>
    <message>
        <source>Review copy saved to {0}</source>
        <translation>审阅稿已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>ReviewCopyExporter</name>
    <message>
        <source>The review copy could not be laid out for printing.</source>
        <translation>审阅稿无法排版以供打印。</translation>
    </message>
    <message>
        <source>Printing the review copy to PDF failed.</source>
        <translation>将审阅稿打印为 PDF 失败。</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Insertion</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>突出显示</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>(empty comment)</source>
        <translation>（空批注）</translation>
    </message>
    <message>
        <source>{0} suggestions, {1} comments</source>
        <translation>{0} 处修订，{1} 条批注</translation>
    </message>
    <message>
        <source>No suggestions or comments.</source>
        <translation>没有修订或批注。</translation>
    </message>
</context>
<context>
    <name>ReviewerTools</name>
    <message>
        <source>Export Preview as PDF</source>
        <translation>将预览导出为 PDF</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>无法打印该页面。</translation>
    </message>
    <message>
        <source>Export as Standalone HTML</source>
        <translation>导出为独立 HTML</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
</context>
<context>
    <name>SiteArticlesFeature</name>
    <message>
        <source>New Article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Title of the new article:</source>
        <translation>新文章的标题：</translation>
    </message>
    <message>
        <source>Article not created</source>
        <translation>文章未创建</translation>
    </message>
    <message>
        <source>Created {0}</source>
        <translation>已创建 {0}</translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation>重命名文章</translation>
    </message>
    <message>
        <source>New file name (a slug, without .md):</source>
        <translation>新文件名（别名，不含 .md）：</translation>
    </message>
    <message>
        <source>Article not renamed</source>
        <translation>文章未重命名</translation>
    </message>
    <message>
        <source>Renamed {0} to {1}</source>
        <translation>已将 {0} 重命名为 {1}</translation>
    </message>
    <message>
        <source>Article not deleted</source>
        <translation>文章未删除</translation>
    </message>
    <message>
        <source>{0} is open with unsaved changes. Save or close it first; nothing was deleted.</source>
        <translation>{0} 已打开且有未保存的更改。请先保存或关闭它；未删除任何内容。</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <source>Move {0} to the trash?</source>
        <translation>将 {0} 移到回收站吗？</translation>
    </message>
    <message>
        <source>{0} could not be moved to the trash; this system may have no trash. Nothing was deleted.</source>
        <translation>无法将 {0} 移到回收站；此系统可能没有回收站。未删除任何内容。</translation>
    </message>
    <message>
        <source>Moved {0} to the trash</source>
        <translation>已将 {0} 移到回收站</translation>
    </message>
</context>
<context>
    <name>SiteArticlesPanel</name>
    <message>
        <source>Filter by title or tag</source>
        <translation>按标题或标签筛选</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>No site is open.

Open a site folder (File → Open Site Folder) to see its articles here.</source>
        <translation>尚未打开网站。

打开网站文件夹（文件 → 打开网站文件夹）后，这里会列出其中的文章。</translation>
    </message>
    <message>
        <source>Reading the site&apos;s articles…</source>
        <translation>正在读取网站文章…</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>No suggestions</source>
        <translation>无拼写建议</translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message>
        <source>Words: {0} · Characters: {1} · Reading time: {2} min</source>
        <translation>字数：{0} · 字符：{1} · 阅读时间：{2} 分钟</translation>
    </message>
    <message>
        <source>Body only, front matter excluded. CJK characters count as one word each.</source>
        <translation>仅统计正文，不含前置元数据。每个中日韩字符计为一个字。</translation>
    </message>
</context>
<context>
    <name>SuggestMode</name>
    <message>
        <source>Front matter takes no suggestions: change fields in the Article panel, or leave suggest mode to edit it.</source>
        <translation>前置元数据不接受修订建议：请在“文章”面板中修改字段，或退出修订模式后再编辑。</translation>
    </message>
    <message>
        <source>A suggestion cannot cross another suggestion or comment; select plain text or resolve the mark first.</source>
        <translation>修订建议不能与其他修订或批注交叉；请选择未标记的文本，或先处理该标记。</translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Files with errors</source>
        <translation>有错误的文件</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Indexing the site…</source>
        <translation>正在为网站建立索引…</translation>
    </message>
    <message>
        <source>Open a site folder to browse its tags.</source>
        <translation>打开网站文件夹后即可浏览其标签。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) indexed</source>
        <translation>
            <numerusform>已索引 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（草稿）</translation>
    </message>
</context>
<context>
    <name>TagManagementDialog</name>
    <message>
        <source>Manage Tags and Categories</source>
        <translation>管理标签和分类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Merge into one</source>
        <translation>合并为一个</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Left as they were (changed on disk since they were read):</source>
        <translation>保持原样（读取后已在磁盘上被更改）：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo Last Change</source>
        <translation>撤销上次更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>操作(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New name</source>
        <translation>新名称(&amp;N)</translation>
    </message>
    <message>
        <source>Choose the tag(s) to change:</source>
        <translation>选择要更改的标签：</translation>
    </message>
    <message>
        <source>Files that will change:</source>
        <translation>将被更改的文件：</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one tag and type its new name.</source>
        <translation>选择一个标签并输入新名称。</translation>
    </message>
    <message>
        <source>Choose two or more tags and type the name to merge them into.</source>
        <translation>选择两个或更多标签，并输入合并后的名称。</translation>
    </message>
    <message>
        <source>Choose the tags to delete from every article.</source>
        <translation>选择要从所有文章中删除的标签。</translation>
    </message>
    <message>
        <source>{0} — cannot be changed: {1}</source>
        <translation>{0} — 无法更改：{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change.</source>
        <translation>
            <numerusform>将更改 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be skipped.</source>
        <translation>
            <numerusform>将跳过 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>正在写入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n file(s).</source>
        <translation>
            <numerusform>已更改 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n file(s) restored.</source>
        <translation>
            <numerusform>已撤销：恢复了 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because they changed on disk; they were left as they are.</source>
        <translation>
            <numerusform>%n 个文件因已在磁盘上被更改而被跳过，保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags not changed</source>
        <translation>标签未更改</translation>
    </message>
</context>
<context>
    <name>TagsFeature</name>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Tag Browser</source>
        <translation>标签浏览器</translation>
    </message>
    <message>
        <source>{0} is open with unsaved changes. Save or close it first; nothing was changed.</source>
        <translation>{0} 已打开且有未保存的更改。请先保存或关闭它；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New tags are kept as typed.</source>
        <translation>新标签按输入原样保留。</translation>
    </message>
    <message>
        <source>New tags are written in lower case.</source>
        <translation>新标签以小写形式写入。</translation>
    </message>
    <message>
        <source>New tags are written as slugs (lower case, dashes).</source>
        <translation>新标签以别名形式写入（小写，用连字符连接）。</translation>
    </message>
    <message>
        <source>New categories are kept as typed.</source>
        <translation>新分类按输入原样保留。</translation>
    </message>
    <message>
        <source>New categories are written in lower case.</source>
        <translation>新分类以小写形式写入。</translation>
    </message>
    <message>
        <source>New categories are written as slugs (lower case, dashes).</source>
        <translation>新分类以别名形式写入（小写，用连字符连接）。</translation>
    </message>
    <message>
        <source>This site allows one category per article.</source>
        <translation>本网站每篇文章只允许一个分类。</translation>
    </message>
    <message>
        <source>Known on this site: {0}.</source>
        <translation>本网站已有 {0} 个。</translation>
    </message>
    <message>
        <source>Add tags: #LiverCancer #CARTcell</source>
        <translation>添加标签：#肝癌 #CAR-T细胞</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; starts with &apos;#&apos;, which breaks its link on the site: write &apos;{1}&apos;.</source>
        <translation>“{0}”以“#”开头，会导致其在网站上的链接失效：请写成“{1}”。</translation>
    </message>
    <message>
        <source>The site already has &apos;{1}&apos;; &apos;{0}&apos; differs only in case, accents or spacing. Use &apos;{1}&apos;.</source>
        <translation>网站中已有“{1}”；“{0}”仅在大小写、重音符号或空格上不同。请使用“{1}”。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; and &apos;{1}&apos; share one page on the site; keep one.</source>
        <translation>“{0}”和“{1}”在网站上共用一个页面；请只保留一个。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; gives an empty address on the site; use letters or digits.</source>
        <translation>“{0}”在网站上会生成空地址；请使用字母或数字。</translation>
    </message>
    <message>
        <source>This site keeps only the first category; &apos;{0}&apos; and any after it are dropped.</source>
        <translation>本网站只保留第一个分类；“{0}”及其后的分类将被舍弃。</translation>
    </message>
</context>
<context>
    <name>WindowServices</name>
    <message>
        <source>Background task failed: {0}</source>
        <translation>后台任务失败：{0}</translation>
    </message>
</context>
<context>
    <name>Workday</name>
    <message>
        <source>{0} no longer exists; opened the site instead.</source>
        <translation>{0} 已不存在；已改为打开网站。</translation>
    </message>
</context>
</TS>
