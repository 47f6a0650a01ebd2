<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <source>Write, preview and publish science-news articles to static sites.</source>
        <translation>Wissenschaftsnachrichten schreiben, in der Vorschau prüfen und auf statischen Websites veröffentlichen.</translation>
    </message>
    <message>
        <source>Python {0} · Qt {1} · PySide6 {2}</source>
        <translation>Python {0} · Qt {1} · PySide6 {2}</translation>
    </message>
    <message>
        <source>{0} includes the components below. Qt and PySide6 are used under the GNU LGPL v3 as separate, replaceable libraries.</source>
        <translation>{0} enthält die unten aufgeführten Komponenten. Qt und PySide6 werden unter der GNU LGPL v3 als separate, austauschbare Bibliotheken verwendet.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Article source</source>
        <translation>Artikelquelltext</translation>
    </message>
    <message>
        <source>The article&apos;s Markdown text with its front matter</source>
        <translation>Der Markdown-Text des Artikels samt Front Matter</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The article as the site will show it</source>
        <translation>Der Artikel so, wie die Website ihn zeigen wird</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>Geöffnete Artikel</translation>
    </message>
    <message>
        <source>One tab per open article; Ctrl+Tab shows the next, Ctrl+W closes one</source>
        <translation>Ein Tab je geöffnetem Artikel; Strg+Tab zeigt den nächsten, Strg+W schließt einen</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Type a tag, or several separated by commas or #, then press Enter</source>
        <translation>Ein Schlagwort eingeben oder mehrere, durch Kommas oder # getrennt; dann die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Article tags</source>
        <translation>Schlagwörter des Artikels</translation>
    </message>
    <message>
        <source>The tags of this article, in order</source>
        <translation>Die Schlagwörter dieses Artikels in ihrer Reihenfolge</translation>
    </message>
    <message>
        <source>Add categories</source>
        <translation>Kategorien hinzufügen</translation>
    </message>
    <message>
        <source>Type a category and press Enter</source>
        <translation>Eine Kategorie eingeben und die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>Kategorien des Artikels</translation>
    </message>
    <message>
        <source>The categories of this article</source>
        <translation>Die Kategorien dieses Artikels</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Schlagwörter filtern</translation>
    </message>
    <message>
        <source>Show only the site&apos;s tags containing this</source>
        <translation>Nur Schlagwörter der Website anzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Site tags</source>
        <translation>Schlagwörter der Website</translation>
    </message>
    <message>
        <source>Every tag or category used on the site</source>
        <translation>Alle auf der Website verwendeten Schlagwörter oder Kategorien</translation>
    </message>
    <message>
        <source>Articles with the chosen tag</source>
        <translation>Artikel mit dem gewählten Schlagwort</translation>
    </message>
    <message>
        <source>Press Enter to open an article</source>
        <translation>Die Eingabetaste öffnet einen Artikel</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <source>Show only the site&apos;s articles whose title, tags or file name contain these words; Enter opens the first</source>
        <translation>Nur Artikel der Website anzeigen, deren Titel, Schlagwörter oder Dateiname diese Wörter enthalten; die Eingabetaste öffnet den ersten</translation>
    </message>
    <message>
        <source>Site articles</source>
        <translation>Artikel der Website</translation>
    </message>
    <message>
        <source>The site&apos;s articles with date, status and tag count; Enter opens one, F2 renames it, Delete moves it to the trash</source>
        <translation>Die Artikel der Website mit Datum, Status und Anzahl der Schlagwörter; Eingabetaste öffnet, F2 benennt um, Entf verschiebt in den Papierkorb</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>The article&apos;s headings; Enter goes to one</source>
        <translation>Die Überschriften des Artikels; die Eingabetaste springt dorthin</translation>
    </message>
    <message>
        <source>Search references</source>
        <translation>Literatur durchsuchen</translation>
    </message>
    <message>
        <source>Show only references matching this text</source>
        <translation>Nur Literaturangaben anzeigen, die zu diesem Text passen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message>
        <source>The article&apos;s references with their numbers and citation counts</source>
        <translation>Die Literaturangaben des Artikels mit Nummer und Anzahl der Zitationen</translation>
    </message>
    <message>
        <source>Reference problems</source>
        <translation>Probleme mit Literaturangaben</translation>
    </message>
    <message>
        <source>Problems found in the references; Enter goes to one</source>
        <translation>In den Literaturangaben gefundene Probleme; die Eingabetaste springt dorthin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The article&apos;s title</source>
        <translation>Der Titel des Artikels</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD or with a time</source>
        <translation>Veröffentlichungsdatum, JJJJ-MM-TT oder mit Uhrzeit</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>The article&apos;s address on the site</source>
        <translation>Die Adresse des Artikels auf der Website</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Authors, separated by commas</source>
        <translation>Autoren, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>A sentence or two shown under the title</source>
        <translation>Ein, zwei Sätze, die unter dem Titel erscheinen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>A draft is not shown on the published site</source>
        <translation>Ein Entwurf erscheint nicht auf der veröffentlichten Website</translation>
    </message>
    <message>
        <source>The {panel} panel</source>
        <translation>Der Bereich „{panel}“</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>E&amp;xterne Bilder laden</translation>
    </message>
    <message>
        <source>Let this article&apos;s preview load images from the internet</source>
        <translation>Die Vorschau dieses Artikels darf Bilder aus dem Internet laden</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>Hide the panels and the preview; centre the text</source>
        <translation>Bereiche und Vorschau ausblenden, den Text zentrieren</translation>
    </message>
    <message>
        <source>&amp;Desktop Width</source>
        <translation>&amp;Desktop-Breite</translation>
    </message>
    <message>
        <source>&amp;Tablet Width</source>
        <translation>&amp;Tablet-Breite</translation>
    </message>
    <message>
        <source>P&amp;hone Width</source>
        <translation>&amp;Smartphone-Breite</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Einen neuen Artikel beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Einen Artikel öffnen</translation>
    </message>
    <message>
        <source>Open Site &amp;Folder…</source>
        <translation>&amp;Website-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a site&apos;s content folder</source>
        <translation>Den Inhaltsordner einer Website öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the article</source>
        <translation>Den Artikel speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the article under a new name</source>
        <translation>Den Artikel unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Artikel s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>Show the article in the next tab</source>
        <translation>Den Artikel im nächsten Tab zeigen</translation>
    </message>
    <message>
        <source>Pre&amp;vious Article</source>
        <translation>Vo&amp;rheriger Artikel</translation>
    </message>
    <message>
        <source>Show the article in the previous tab</source>
        <translation>Den Artikel im vorherigen Tab zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Import References…</source>
        <translation>Literatur &amp;importieren…</translation>
    </message>
    <message>
        <source>Add references from BibTeX, RIS, PubMed or CSL</source>
        <translation>Literaturangaben aus BibTeX, RIS, PubMed oder CSL hinzufügen</translation>
    </message>
    <message>
        <source>&amp;About ArticleEditor</source>
        <translation>&amp;Über ArticleEditor</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the log file, for a bug report</source>
        <translation>Den Ordner mit der Protokolldatei zeigen, etwa für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Write the article into a static site&apos;s content folder</source>
        <translation>Den Artikel in den Inhaltsordner einer statischen Website schreiben</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>Veröffentlichung zu&amp;rückziehen…</translation>
    </message>
    <message>
        <source>Remove the article&apos;s published files from its site</source>
        <translation>Die veröffentlichten Dateien des Artikels von seiner Website entfernen</translation>
    </message>
    <message>
        <source>Manage &amp;Tags and Categories…</source>
        <translation>Schlagwörter und Kategorien &amp;verwalten…</translation>
    </message>
    <message>
        <source>Rename, merge or delete a tag across the whole site</source>
        <translation>Ein Schlagwort auf der ganzen Website umbenennen, zusammenführen oder löschen</translation>
    </message>
    <message>
        <source>Export Preview as P&amp;DF…</source>
        <translation>Vorschau als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Print the preview to a PDF file</source>
        <translation>Die Vorschau in eine PDF-Datei drucken</translation>
    </message>
    <message>
        <source>Export as Standalone &amp;HTML…</source>
        <translation>Als eigenständiges &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>One HTML file with its stylesheet and images inside</source>
        <translation>Eine HTML-Datei, die Stylesheet und Bilder enthält</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Status: {0} draft, {1} published, {2} changed since publish, {3} unreadable</source>
        <translation>Status: {0} Entwurf, {1} veröffentlicht, {2} seit der Veröffentlichung geändert, {3} nicht lesbar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation>noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>published on {0}</source>
        <translation>veröffentlicht am {0}</translation>
    </message>
    <message>
        <source>edited since it was published on {0}</source>
        <translation>bearbeitet seit der Veröffentlichung am {0}</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>2026-11-25 or 2026-11-25T09:30:00+01:00</source>
        <translation>2026-11-25 oder 2026-11-25T09:30:00+01:00</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Draft (not published yet)</source>
        <translation>Entwurf (noch nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>S&amp;lug</source>
        <translation>S&amp;lug</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>&amp;Autoren</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>aus dem Titel gebildet</translation>
    </message>
    <message>
        <source>Publish uses “{slug}”; type here to choose another</source>
        <translation>Beim Veröffentlichen wird „{slug}“ verwendet; hier einen anderen eingeben</translation>
    </message>
    <message>
        <source>“{text}” is not a date; the date stays {date}. Write it as YYYY-MM-DD, e.g. 2026-11-25, or YYYY-MM-DDTHH:MM:SS+HH:MM for a time.</source>
        <translation>„{text}“ ist kein Datum; das Datum bleibt {date}. Schreiben Sie JJJJ-MM-TT, z. B. 2026-11-25, oder JJJJ-MM-TTTHH:MM:SS+HH:MM mit Uhrzeit.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>ArticleTabs</name>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with Published — {0}</source>
        <translation>Mit veröffentlichter Fassung vergleichen – {0}</translation>
    </message>
    <message>
        <source>The article is the same as {0}.</source>
        <translation>Der Artikel stimmt mit {0} überein.</translation>
    </message>
    <message>
        <source>Compared with {0}: {1} lines added, {2} lines removed.</source>
        <translation>Verglichen mit {0}: {1} Zeilen hinzugefügt, {2} Zeilen entfernt.</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Darstellung:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside ArticleEditor. Your article has not been closed: save your work, and please report this with the details below.</source>
        <translation>In ArticleEditor ist ein Fehler aufgetreten. Ihr Artikel ist noch geöffnet: Speichern Sie Ihre Arbeit und melden Sie den Fehler bitte mit den Details unten.</translation>
    </message>
    <message>
        <source>The log file is {path}</source>
        <translation>Die Protokolldatei ist {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Rechtschreibung &amp;prüfen</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>Falsch geschriebene Wörter unterstreichen</translation>
    </message>
    <message>
        <source>Show only the first line of the front matter; the panels edit it</source>
        <translation>Nur die erste Zeile des Front Matter zeigen; bearbeitet wird es in den Bereichen</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Durchgestrichen</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>&amp;Inline-Code</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Link the selection, or insert a link</source>
        <translation>Die Auswahl verlinken oder einen Link einfügen</translation>
    </message>
    <message>
        <source>Fold Front &amp;Matter</source>
        <translation>Front Matter ein&amp;klappen</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>Insert an image, copied into the article&apos;s assets folder</source>
        <translation>Ein Bild einfügen; es wird in den Medienordner des Artikels kopiert</translation>
    </message>
    <message>
        <source>Heading &amp;{0}</source>
        <translation>Überschrift &amp;{0}</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Absatz</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>Auf&amp;zählung</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Zi&amp;tat</translation>
    </message>
    <message>
        <source>Code Bl&amp;ock</source>
        <translation>&amp;Codeblock</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>Tab&amp;elle</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Weiters&amp;uchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts suc&amp;hen</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>Zum Wörter&amp;buch hinzufügen</translation>
    </message>
</context>
<context>
    <name>EditorFeatures</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>Übersc&amp;hrift</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>Spr&amp;ache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>A line of {length} characters is shown in parts of up to {piece} characters (the file keeps it whole); only its first part is highlighted and spell checked.</source>
        <translation>Eine Zeile mit {length} Zeichen wird in Teilen von höchstens {piece} Zeichen angezeigt (die Datei behält sie ungeteilt); nur ihr erster Teil wird hervorgehoben und auf Rechtschreibung geprüft.</translation>
    </message>
    <message>
        <source>A line of {length} characters: lines over {limit} characters are not highlighted or spell checked.</source>
        <translation>Eine Zeile mit {length} Zeichen: Zeilen mit mehr als {limit} Zeichen werden weder hervorgehoben noch auf Rechtschreibung geprüft.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Weiters&amp;uchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen nach:</translation>
    </message>
    <message>
        <source>Replace wi&amp;th:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Invalid pattern: {0}</source>
        <translation>Ungültiges Suchmuster: {0}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Matches: {0}</source>
        <translation>Treffer: {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>Replaced: {0}</source>
        <translation>Ersetzt: {0}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>the front matter does not parse (column {column}): {detail}</source>
        <translation>das Front Matter ist fehlerhaft (Spalte {column}): {detail}</translation>
    </message>
    <message>
        <source>the article has no title</source>
        <translation>der Artikel hat keinen Titel</translation>
    </message>
    <message>
        <source>the article has no date</source>
        <translation>der Artikel hat kein Datum</translation>
    </message>
    <message>
        <source>the date &apos;{date}&apos; is not a date (write e.g. 2026-10-14 or 2026-10-14T09:30:00+02:00)</source>
        <translation>das Datum „{date}“ ist kein gültiges Datum (schreiben Sie z. B. 2026-10-14 oder 2026-10-14T09:30:00+02:00)</translation>
    </message>
    <message>
        <source>the article has no summary</source>
        <translation>der Artikel hat keine Zusammenfassung</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of references</source>
        <translation>„{key}“ muss eine Liste von Literaturangaben sein</translation>
    </message>
    <message>
        <source>reference {name} {problem}</source>
        <translation>Literaturangabe {name}: {problem}</translation>
    </message>
    <message>
        <source>reference {number} {problem}</source>
        <translation>Literaturangabe Nr. {number}: {problem}</translation>
    </message>
    <message>
        <source>{bibliography}: reference {name} {problem}</source>
        <translation>{bibliography}: Literaturangabe {name}: {problem}</translation>
    </message>
    <message>
        <source>is not a mapping (id: ..., type: ..., title: ...)</source>
        <translation>ist keine Zuordnung (id: ..., type: ..., title: ...)</translation>
    </message>
    <message>
        <source>needs an id that is a word, such as smith2020</source>
        <translation>braucht als id ein einzelnes Wort, etwa smith2020</translation>
    </message>
    <message>
        <source>has no type (e.g. type: article-journal)</source>
        <translation>hat keinen Typ (z. B. type: article-journal)</translation>
    </message>
    <message>
        <source>has an unknown type {type} (e.g. article-journal, book, webpage)</source>
        <translation>hat den unbekannten Typ {type} (z. B. article-journal, book, webpage)</translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>must be a list of names such as {{family: Smith, given: Jane}}</source>
        <translation>muss eine Liste von Namen sein, etwa {{family: Smith, given: Jane}}</translation>
    </message>
    <message>
        <source>has a name part that is not text</source>
        <translation>enthält einen Namensteil, der kein Text ist</translation>
    </message>
    <message>
        <source>must be a date such as 2020-05-01 or [[2020, 5]]</source>
        <translation>muss ein Datum sein, etwa 2020-05-01 oder [[2020, 5]]</translation>
    </message>
    <message>
        <source>must be a date such as [[2020, 5, 1]] or {{date-parts: [[2020, 5, 1]]}}</source>
        <translation>muss ein Datum sein, etwa [[2020, 5, 1]] oder {{date-parts: [[2020, 5, 1]]}}</translation>
    </message>
    <message>
        <source>needs date-parts (or a literal text)</source>
        <translation>braucht date-parts (oder einen Text in literal)</translation>
    </message>
    <message>
        <source>date-parts must be a list of [year, month, day] lists of numbers</source>
        <translation>date-parts muss eine Liste von [Jahr, Monat, Tag]-Listen aus Zahlen sein</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>muss Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>{key} must be a style name, not {type}</source>
        <translation>{key} muss der Name eines Zitierstils sein, nicht {type}</translation>
    </message>
    <message>
        <source>Unknown citation style {name}; offered: {offered}</source>
        <translation>Unbekannter Zitierstil {name}; verfügbar: {offered}</translation>
    </message>
    <message>
        <source>[@{key}] is cited but not in the references</source>
        <translation>[@{key}] wird zitiert, steht aber nicht in der Literaturliste</translation>
    </message>
    <message>
        <source>…and {count} more citations of @{key}</source>
        <comment>after the first few findings for a key cited with no reference: how many further citations of it there are</comment>
        <translation>…und {count} weitere Zitate von @{key}</translation>
    </message>
    <message>
        <source>duplicate reference key: {keys}</source>
        <translation>doppelter Zitierschlüssel: {keys}</translation>
    </message>
    <message>
        <source>the same DOI {doi} is listed as {keys}</source>
        <translation>dieselbe DOI {doi} steht unter {keys}</translation>
    </message>
    <message>
        <source>{key} is never cited</source>
        <translation>{key} wird nirgends zitiert</translation>
    </message>
    <message>
        <source>{text} looks like a hand-typed citation; cite with [@key] so the numbers stay right</source>
        <translation>{text} sieht nach einer von Hand getippten Zitation aus; zitieren Sie mit [@key], damit die Nummern stimmen</translation>
    </message>
    <message>
        <source>…and {count} more hand-typed {text}</source>
        <comment>after the first few findings for a hand-typed citation number such as [1]: how many more times it is typed</comment>
        <translation>…und {count} weitere von Hand geschriebene {text}</translation>
    </message>
    <message>
        <source>unresolved {mark}</source>
        <translation>unerledigt: {mark}</translation>
    </message>
    <message>
        <source>…and {count} more unresolved suggestions</source>
        <comment>after the first few findings for review suggestions (insertions, deletions, substitutions) not yet accepted or rejected: how many more there are</comment>
        <translation>…und {count} weitere offene Vorschläge</translation>
    </message>
    <message>
        <source>&quot;{opener}&quot; is never closed</source>
        <translation>„{opener}“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>…and {count} more &quot;{opener}&quot; never closed</source>
        <comment>after the first few findings for a review mark opener such as {++ that is never closed: how many more there are</comment>
        <translation>…und {count} weitere nie geschlossene „{opener}“</translation>
    </message>
    <message>
        <source>{count} review comment(s) or highlight(s) will be left out when published</source>
        <translation>{count} Kommentar(e) oder Hervorhebung(en) werden beim Veröffentlichen weggelassen</translation>
    </message>
    <message>
        <source>substitution &quot;{old}&quot; → &quot;{new}&quot;</source>
        <translation>Ersetzung „{old}“ → „{new}“</translation>
    </message>
    <message>
        <source>comment: &quot;{text}&quot;</source>
        <translation>Kommentar: „{text}“</translation>
    </message>
    <message>
        <source>comment by @{author}: &quot;{text}&quot;</source>
        <translation>Kommentar von @{author}: „{text}“</translation>
    </message>
    <message>
        <source>insertion &quot;{text}&quot;</source>
        <translation>Einfügung „{text}“</translation>
    </message>
    <message>
        <source>deletion &quot;{text}&quot;</source>
        <translation>Löschung „{text}“</translation>
    </message>
    <message>
        <source>highlight &quot;{text}&quot;</source>
        <translation>Hervorhebung „{text}“</translation>
    </message>
    <message>
        <source>{path}: citations.style: {problem}</source>
        <translation>{path}: citations.style: {problem}</translation>
    </message>
    <message>
        <source>{path}: markdown.extension_configs: an extension has no option {option}</source>
        <translation>{path}: markdown.extension_configs: eine Erweiterung hat keine Option {option}</translation>
    </message>
    <message>
        <source>{path}: markdown.extensions: cannot be used ({detail})</source>
        <translation>{path}: markdown.extensions: nicht verwendbar ({detail})</translation>
    </message>
    <message>
        <source>The slug is empty: give the article a title or a slug.</source>
        <translation>Der Slug ist leer: Geben Sie dem Artikel einen Titel oder einen Slug.</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; is not allowed: a slug names one file inside the site&apos;s content folder, so it cannot contain &apos;/&apos;, &apos;\&apos; or &apos;..&apos;.</source>
        <translation>Der Slug „{slug}“ ist nicht erlaubt: Ein Slug benennt eine Datei im Inhaltsordner der Website und darf daher weder „/“ noch „\“ noch „..“ enthalten.</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; is longer than {limit} characters.</source>
        <translation>Der Slug „{slug}“ ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; may hold only ASCII letters, digits and single &apos;{separator}&apos; between words; try &apos;{suggestion}&apos;.</source>
        <translation>Der Slug „{slug}“ darf nur ASCII-Buchstaben, Ziffern und einzelne „{separator}“ zwischen Wörtern enthalten; versuchen Sie „{suggestion}“.</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; has capital letters; this site uses &apos;{lower}&apos;.</source>
        <translation>Der Slug „{slug}“ enthält Großbuchstaben; diese Website verwendet „{lower}“.</translation>
    </message>
    <message>
        <source>The tag &apos;{tag}&apos; starts with &apos;#&apos;, which breaks its link on the site; write &apos;{bare}&apos;.</source>
        <translation>Das Schlagwort „{tag}“ beginnt mit „#“, dadurch funktioniert sein Link auf der Website nicht; schreiben Sie „{bare}“.</translation>
    </message>
    <message>
        <source>The category &apos;{tag}&apos; starts with &apos;#&apos;, which breaks its link on the site; write &apos;{bare}&apos;.</source>
        <translation>Die Kategorie „{tag}“ beginnt mit „#“, dadurch funktioniert ihr Link auf der Website nicht; schreiben Sie „{bare}“.</translation>
    </message>
    <message>
        <source>The tag &apos;{tag}&apos; gives an empty address on a {generator} site, so its page cannot be built; use letters or digits.</source>
        <translation>Das Schlagwort „{tag}“ ergibt auf einer {generator}-Website eine leere Adresse, daher kann seine Seite nicht erzeugt werden; verwenden Sie Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>The category &apos;{tag}&apos; gives an empty address on a {generator} site, so its page cannot be built; use letters or digits.</source>
        <translation>Die Kategorie „{tag}“ ergibt auf einer {generator}-Website eine leere Adresse, daher kann ihre Seite nicht erzeugt werden; verwenden Sie Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>The site already has the tag &apos;{existing}&apos;; &apos;{tag}&apos; differs only in case, accents or spacing. Use &apos;{existing}&apos;.</source>
        <translation>Die Website hat bereits das Schlagwort „{existing}“; „{tag}“ unterscheidet sich nur in Groß-/Kleinschreibung, Akzenten oder Leerzeichen. Verwenden Sie „{existing}“.</translation>
    </message>
    <message>
        <source>The site already has the category &apos;{existing}&apos;; &apos;{tag}&apos; differs only in case, accents or spacing. Use &apos;{existing}&apos;.</source>
        <translation>Die Website hat bereits die Kategorie „{existing}“; „{tag}“ unterscheidet sich nur in Groß-/Kleinschreibung, Akzenten oder Leerzeichen. Verwenden Sie „{existing}“.</translation>
    </message>
    <message>
        <source>The tag &apos;{tag}&apos; and the site&apos;s &apos;{other}&apos; share one page ({slug}) on a {generator} site, so their articles would be mixed.</source>
        <translation>Das Schlagwort „{tag}“ und „{other}“ der Website teilen sich auf einer {generator}-Website eine Seite ({slug}), ihre Artikel würden also vermischt.</translation>
    </message>
    <message>
        <source>The category &apos;{tag}&apos; and the site&apos;s &apos;{other}&apos; share one page ({slug}) on a {generator} site, so their articles would be mixed.</source>
        <translation>Die Kategorie „{tag}“ und „{other}“ der Website teilen sich auf einer {generator}-Website eine Seite ({slug}), ihre Artikel würden also vermischt.</translation>
    </message>
    <message>
        <source>The tags &apos;{other}&apos; and &apos;{tag}&apos; share one page ({slug}) on a {generator} site; keep one.</source>
        <translation>Die Schlagwörter „{other}“ und „{tag}“ teilen sich auf einer {generator}-Website eine Seite ({slug}); behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>The categories &apos;{other}&apos; and &apos;{tag}&apos; share one page ({slug}) on a {generator} site; keep one.</source>
        <translation>Die Kategorien „{other}“ und „{tag}“ teilen sich auf einer {generator}-Website eine Seite ({slug}); behalten Sie eine davon.</translation>
    </message>
    <message>
        <source>{generator} keeps only {limit} category per article; {dropped} would be dropped.</source>
        <translation>{generator} übernimmt nur {limit} Kategorie pro Artikel; {dropped} würde(n) entfallen.</translation>
    </message>
    <message>
        <source>{finding}</source>
        <comment>a check&apos;s finding as a sentence of the publish plan</comment>
        <translation>{finding}</translation>
    </message>
    <message>
        <source>{finding} (line {line})</source>
        <translation>{finding} (Zeile {line})</translation>
    </message>
    <message>
        <source>publish.body = &quot;html&quot; is not supported for Pelican sites.</source>
        <translation>publish.body = &quot;html&quot; wird für Pelican-Websites nicht unterstützt.</translation>
    </message>
    <message>
        <source>The published file would be the draft itself ({path}); keep drafts outside the folder the site publishes from, or set publish.section.</source>
        <translation>Die veröffentlichte Datei wäre der Entwurf selbst ({path}); bewahren Sie Entwürfe außerhalb des Ordners auf, aus dem die Website veröffentlicht, oder setzen Sie publish.section.</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a file next to the draft; its link is kept.</source>
        <translation>„{reference}“ ist keine Datei neben dem Entwurf; der Link bleibt unverändert.</translation>
    </message>
    <message>
        <source>{path} is a folder; nothing was published.</source>
        <translation>{path} ist ein Ordner; es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>{path} is a named pipe, a device or a socket, not a regular file; nothing was published.</source>
        <translation>{path} ist eine benannte Pipe, ein Gerät oder ein Socket, keine gewöhnliche Datei; es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>The site sets [publish] raw_html = &quot;keep&quot;: raw HTML in the article is published as written, without the preview&apos;s allow-list (scripts and event handlers too).</source>
        <translation>Die Website setzt [publish] raw_html = &quot;keep&quot;: HTML im Artikel wird unverändert veröffentlicht, ohne die Positivliste der Vorschau (auch Skripte und Event-Handler).</translation>
    </message>
    <message>
        <source>This {generator} site drops raw HTML, so the citations and References are written as plain Markdown (citations link to the References heading). To publish them as the preview shows them, {how}.</source>
        <translation>Diese {generator}-Website verwirft HTML im Text, daher werden Zitationen und Literaturverzeichnis als einfaches Markdown geschrieben (Zitationen verlinken auf die Überschrift des Literaturverzeichnisses). Um sie so zu veröffentlichen, wie die Vorschau sie zeigt: {how}.</translation>
    </message>
    <message>
        <source>This {generator} site drops raw HTML, and the article has some (e.g. &lt;sup&gt; or &lt;mark&gt;): it is replaced with a comment. To keep it, {how}.</source>
        <translation>Diese {generator}-Website verwirft HTML im Text, und der Artikel enthält welches (z. B. &lt;sup&gt; oder &lt;mark&gt;): Es wird durch einen Kommentar ersetzt. Um es zu behalten: {how}.</translation>
    </message>
    <message>
        <source>The section &apos;{section}&apos; must be a folder name inside the content folder.</source>
        <translation>Der Bereich „{section}“ muss der Name eines Ordners im Inhaltsordner sein.</translation>
    </message>
    <message>
        <source>The draft {path} cannot be updated ({reason}); Publish records where and when the article was published in it, so nothing was published. Make the file and its folder writable, or save the draft somewhere writable.</source>
        <translation>Der Entwurf {path} kann nicht aktualisiert werden ({reason}); beim Veröffentlichen wird darin vermerkt, wo und wann der Artikel veröffentlicht wurde, daher wurde nichts veröffentlicht. Machen Sie die Datei und ihren Ordner beschreibbar oder speichern Sie den Entwurf an einem beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>ihr Ordner {folder} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; points to {path}, outside {folders}; only files inside the article&apos;s folder or the site are published or exported; nothing was published.</source>
        <translation>„{reference}“ verweist auf {path}, außerhalb von {folders}; veröffentlicht oder exportiert werden nur Dateien im Ordner des Artikels oder in der Website; es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>{path} kann nicht gelesen werden: {detail}.</translation>
    </message>
    <message>
        <source>The site stylesheet {path} is outside the site {site}; only files inside the site are published.</source>
        <translation>Das Stylesheet der Website {path} liegt außerhalb der Website {site}; veröffentlicht werden nur Dateien innerhalb der Website.</translation>
    </message>
    <message>
        <source>The site&apos;s configuration cannot be read: {detail}.</source>
        <translation>Die Konfiguration der Website kann nicht gelesen werden: {detail}.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only (permission denied)</source>
        <translation>der Ordner {folder} ist schreibgeschützt (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>{reason}; could not restore {paths}</source>
        <comment>why a publish failed, and the files it could not put back as they were</comment>
        <translation>{reason}; {paths} konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The slug &apos;{slug}&apos; is already used by {articles}; give the article another slug.</source>
        <translation>Der Slug „{slug}“ wird bereits von {articles} verwendet; geben Sie dem Artikel einen anderen Slug.</translation>
    </message>
    <message>
        <source>The article file {path} would be written outside {folder} (through &apos;..&apos;, an absolute path or a symbolic link); nothing was published.</source>
        <translation>Die Artikeldatei {path} würde außerhalb von {folder} geschrieben (über „..“, einen absoluten Pfad oder einen symbolischen Link); es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>The copied file {path} would be written outside {folder} (through &apos;..&apos;, an absolute path or a symbolic link); nothing was published.</source>
        <translation>Die kopierte Datei {path} würde außerhalb von {folder} geschrieben (über „..“, einen absoluten Pfad oder einen symbolischen Link); es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>The earlier copy {path} would be written outside {folder} (through &apos;..&apos;, an absolute path or a symbolic link); nothing was published.</source>
        <translation>Die frühere Kopie {path} würde außerhalb von {folder} geschrieben (über „..“, einen absoluten Pfad oder einen symbolischen Link); es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>The published file {path} would be written outside {folder} (through &apos;..&apos;, an absolute path or a symbolic link); nothing was published.</source>
        <translation>Die veröffentlichte Datei {path} würde außerhalb von {folder} geschrieben (über „..“, einen absoluten Pfad oder einen symbolischen Link); es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>The front matter cannot be read: line {line}:{column}: {detail}.</source>
        <translation>Das Front Matter kann nicht gelesen werden: Zeile {line}, Spalte {column}: {detail}.</translation>
    </message>
    <message>
        <source>The article was never published: its front matter has no articleeditor_id.</source>
        <translation>Der Artikel wurde nie veröffentlicht: Sein Front Matter hat keine articleeditor_id.</translation>
    </message>
    <message>
        <source>publish.required in articleeditor.toml must be a list of names.</source>
        <translation>publish.required in articleeditor.toml muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <source>publish.types in articleeditor.toml must map field names to &quot;string&quot; or &quot;list&quot;.</source>
        <translation>publish.types in articleeditor.toml muss Feldnamen auf &quot;string&quot; oder &quot;list&quot; abbilden.</translation>
    </message>
    <message>
        <source>the site&apos;s schema ({path})</source>
        <translation>das Schema der Website ({path})</translation>
    </message>
    <message>
        <source>articleeditor.toml</source>
        <translation>die Datei articleeditor.toml</translation>
    </message>
    <message>
        <source>{declared} requires &apos;{key}&apos;: {hint}.</source>
        <translation>{declared} verlangt „{key}“: {hint}.</translation>
    </message>
    <message>
        <source>give the article a title in the Article panel</source>
        <translation>geben Sie dem Artikel im Bereich „Artikel“ einen Titel</translation>
    </message>
    <message>
        <source>write a summary in the Article panel</source>
        <translation>schreiben Sie im Bereich „Artikel“ eine Zusammenfassung</translation>
    </message>
    <message>
        <source>set the date in the Article panel</source>
        <translation>setzen Sie im Bereich „Artikel“ das Datum</translation>
    </message>
    <message>
        <source>set the updated date in the Article panel</source>
        <translation>setzen Sie im Bereich „Artikel“ das Aktualisierungsdatum</translation>
    </message>
    <message>
        <source>add an author in the Article panel (or publish.default_author)</source>
        <translation>fügen Sie im Bereich „Artikel“ einen Autor hinzu (oder setzen Sie publish.default_author)</translation>
    </message>
    <message>
        <source>choose a cover image in the Article panel</source>
        <translation>wählen Sie im Bereich „Artikel“ ein Titelbild</translation>
    </message>
    <message>
        <source>add a tag in the Tags panel</source>
        <translation>fügen Sie im Bereich „Schlagwörter“ ein Schlagwort hinzu</translation>
    </message>
    <message>
        <source>add a category in the Tags panel</source>
        <translation>fügen Sie im Bereich „Schlagwörter“ eine Kategorie hinzu</translation>
    </message>
    <message>
        <source>set the language in the Article panel</source>
        <translation>setzen Sie im Bereich „Artikel“ die Sprache</translation>
    </message>
    <message>
        <source>add &apos;{key}&apos; to the article&apos;s front matter</source>
        <translation>ergänzen Sie „{key}“ im Front Matter des Artikels</translation>
    </message>
    <message>
        <source>The article is marked as a draft; the site may not show it.</source>
        <translation>Der Artikel ist als Entwurf markiert; die Website zeigt ihn möglicherweise nicht an.</translation>
    </message>
    <message>
        <source>The article&apos;s date is in the future; the site may hide it.</source>
        <translation>Das Datum des Artikels liegt in der Zukunft; die Website blendet ihn möglicherweise aus.</translation>
    </message>
    <message>
        <source>publish.timezone &apos;{name}&apos; is not a known time zone</source>
        <translation>publish.timezone „{name}“ ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>The citations found in the text do not match the rendered ones; publish with publish.body = &quot;html&quot; instead.</source>
        <translation>Die im Text gefundenen Zitate stimmen nicht mit den gerenderten überein; veröffentlichen Sie stattdessen mit publish.body = &quot;html&quot;.</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {detail}</source>
        <comment>a file whose front matter does not parse (the detail comes from the parser)</comment>
        <translation>Zeile {line}, Spalte {column}: {detail}</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>eine Datei mit diesem Namen gibt es bereits</translation>
    </message>
    <message>
        <source>the article already has this name</source>
        <translation>der Artikel hat bereits diesen Namen</translation>
    </message>
    <message>
        <source>rendering</source>
        <comment>the work a time limit stopped: &apos;… took longer than 60 s and was stopped&apos;</comment>
        <translation>Das Rendern</translation>
    </message>
    <message>
        <source>not valid UTF-8: byte 0x{byte} at line {line}, column {column} — save it as UTF-8 and try again</source>
        <translation>kein gültiges UTF-8: Byte 0x{byte} in Zeile {line}, Spalte {column} – als UTF-8 speichern und erneut versuchen</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported — save it as UTF-8 and try again</source>
        <translation>UTF-32-Text wird nicht unterstützt – als UTF-8 speichern und erneut versuchen</translation>
    </message>
    <message>
        <source>binary file (a NUL byte at line {line}, column {column}), not text</source>
        <translation>Binärdatei (ein NUL-Byte in Zeile {line}, Spalte {column}), kein Text</translation>
    </message>
    <message>
        <source>not valid {encoding}: {detail} at byte {at}</source>
        <comment>a file that does not decode (the detail comes from the decoder)</comment>
        <translation>kein gültiges {encoding}: {detail} bei Byte {at}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>a named pipe, not a regular file; only regular files are opened</source>
        <translation>eine benannte Pipe, keine reguläre Datei; nur reguläre Dateien werden geöffnet</translation>
    </message>
    <message>
        <source>a character device, not a regular file; only regular files are opened</source>
        <translation>ein zeichenorientiertes Gerät, keine reguläre Datei; nur reguläre Dateien werden geöffnet</translation>
    </message>
    <message>
        <source>a block device, not a regular file; only regular files are opened</source>
        <translation>ein blockorientiertes Gerät, keine reguläre Datei; nur reguläre Dateien werden geöffnet</translation>
    </message>
    <message>
        <source>a socket, not a regular file; only regular files are opened</source>
        <translation>ein Socket, keine reguläre Datei; nur reguläre Dateien werden geöffnet</translation>
    </message>
    <message>
        <source>a special file, not a regular file; only regular files are opened</source>
        <translation>eine Spezialdatei, keine reguläre Datei; nur reguläre Dateien werden geöffnet</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>das Speicherkontingent ist überschritten</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>a folder with that name exists</source>
        <translation>es gibt einen Ordner mit diesem Namen</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldete einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>another program changed the file since it was opened</source>
        <translation>ein anderes Programm hat die Datei seit dem Öffnen geändert</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a table ([{name}])</source>
        <translation>„{name}“ muss eine Tabelle sein ([{name}])</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a path string</source>
        <translation>„{key}“ muss eine Pfadangabe (Zeichenkette) sein</translation>
    </message>
    <message>
        <source>{key} &apos;{value}&apos; resolves to {path}, outside the site folder {root} (through &apos;..&apos;, an absolute path or a symbolic link); it must be inside the site</source>
        <translation>{key} „{value}“ verweist auf {path}, außerhalb des Website-Ordners {root} (über „..“, einen absoluten Pfad oder einen symbolischen Link); er muss innerhalb der Website liegen</translation>
    </message>
    <message>
        <source>the content folder</source>
        <translation>der Inhaltsordner</translation>
    </message>
    <message>
        <source>site.generator must be one of: {names}</source>
        <translation>site.generator muss einer der folgenden sein: {names}</translation>
    </message>
    <message>
        <source>site.content_dir must be a path string</source>
        <translation>site.content_dir muss eine Pfadangabe (Zeichenkette) sein</translation>
    </message>
    <message>
        <source>markdown.extension_configs must hold one table per extension</source>
        <translation>markdown.extension_configs muss eine Tabelle je Erweiterung enthalten</translation>
    </message>
    <message>
        <source>markdown.extensions must be a list of names</source>
        <translation>markdown.extensions muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>tags.style must be keep, lower or slug</source>
        <translation>tags.style muss keep, lower oder slug sein</translation>
    </message>
    <message>
        <source>{key} must be a string</source>
        <translation>{key} muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>publish.fields must map field names to strings</source>
        <translation>publish.fields muss Feldnamen auf Zeichenketten abbilden</translation>
    </message>
    <message>
        <source>publish.body must be markdown or html</source>
        <translation>publish.body muss markdown oder html sein</translation>
    </message>
    <message>
        <source>publish.raw_html must be sanitize or keep</source>
        <translation>publish.raw_html muss sanitize oder keep sein</translation>
    </message>
    <message>
        <source>publish.bundle and slug.lowercase must be true/false</source>
        <translation>publish.bundle und slug.lowercase müssen true/false sein</translation>
    </message>
    <message>
        <source>slug.max_length must be a number from 8 to 200</source>
        <translation>slug.max_length muss eine Zahl von 8 bis 200 sein</translation>
    </message>
    <message>
        <source>slug.separator must be &apos;-&apos; or &apos;_&apos;</source>
        <translation>slug.separator muss „-“ oder „_“ sein</translation>
    </message>
    <message>
        <source>{target} is not a regular file (a device, pipe or folder)</source>
        <translation>{target} ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Ordner)</translation>
    </message>
    <message>
        <source>expected a list of CSL items</source>
        <translation>eine Liste von CSL-Einträgen erwartet</translation>
    </message>
    <message>
        <source>item {number} is not a mapping</source>
        <translation>Eintrag {number} ist keine Zuordnung (Schlüssel: Wert)</translation>
    </message>
    <message>
        <source>no {format} records found</source>
        <translation>keine {format}-Einträge gefunden</translation>
    </message>
    <message>
        <source>larger than {limit} MB</source>
        <translation>größer als {limit} MB</translation>
    </message>
    <message>
        <source>not UTF-8 text; export it as UTF-8 and try again</source>
        <translation>kein UTF-8-Text; als UTF-8 exportieren und erneut versuchen</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>mehr als {limit} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a CSL-JSON bibliography must be a list of items</source>
        <translation>eine CSL-JSON-Bibliografie muss eine Liste von Einträgen sein</translation>
    </message>
    <message>
        <source>unsupported bibliography format {suffix}</source>
        <translation>nicht unterstütztes Bibliografieformat {suffix}</translation>
    </message>
    <message>
        <source>@{key}: expected &apos;field = value&apos; at {field}</source>
        <comment>a BibTeX entry (its key) and the line with no &apos;=&apos; (its first word)</comment>
        <translation>@{key}: „Feld = Wert“ erwartet bei {field}</translation>
    </message>
    <message>
        <source>@{key}: Cannot split the following name `{name}` into parts: {reason}</source>
        <comment>a BibTeX entry (its key) and an author or editor name as written in it</comment>
        <translation>@{key}: Der Name `{name}` lässt sich nicht in seine Teile zerlegen: {reason}</translation>
    </message>
    <message>
        <source>Too many commas</source>
        <translation>Zu viele Kommas</translation>
    </message>
    <message>
        <source>Unmatched closing brace</source>
        <translation>Schließende geschweifte Klammer ohne Gegenstück</translation>
    </message>
    <message>
        <source>Unterminated opening brace</source>
        <translation>Nicht geschlossene öffnende geschweifte Klammer</translation>
    </message>
    <message>
        <source>Trailing comma at end of name</source>
        <translation>Überzähliges Komma am Ende des Namens</translation>
    </message>
    <message>
        <source>Unexpectedly reached end of file.</source>
        <translation>Unerwartetes Dateiende.</translation>
    </message>
    <message>
        <source>Unexpected block start: `{mark}`. Was still looking for closing bracket</source>
        <comment>a BibTeX entry that is not closed before the next one (@book…) starts</comment>
        <translation>Unerwarteter Blockanfang: `{mark}`. Die schließende Klammer fehlte noch</translation>
    </message>
    <message>
        <source>Unexpected block start: `{mark}`. Was still looking for field-value closing `{closing}`</source>
        <comment>a BibTeX field value that is not closed before the next entry (@book…) starts</comment>
        <translation>Unerwarteter Blockanfang: `{mark}`. Das abschließende `{closing}` des Feldwerts fehlte noch</translation>
    </message>
    <message>
        <source>Unexpected block start: `{mark}`. Was still looking for field-value closing `,` or `{delimiter}`</source>
        <comment>a BibTeX field value not followed by a comma before the next entry starts</comment>
        <translation>Unerwarteter Blockanfang: `{mark}`. Das abschließende `,` oder `{delimiter}` des Feldwerts fehlte noch</translation>
    </message>
    <message>
        <source>Expected a `=` after entry key `{field}`, but found the end of the entry (`{delimiter}`).</source>
        <comment>a BibTeX field name (as written) with no &apos;=&apos; and value after it</comment>
        <translation>Nach dem Schlüssel `{field}` wurde ein `=` erwartet, aber das Ende des Eintrags (`{delimiter}`) gefunden.</translation>
    </message>
    <message>
        <source>Expected a `=` after entry key, but found `{mark}`.</source>
        <comment>a BibTeX field name followed by a character other than &apos;=&apos;</comment>
        <translation>Nach dem Schlüssel wurde ein `=` erwartet, aber `{mark}` gefunden.</translation>
    </message>
    <message>
        <source>Expected either a `,` or `{delimiter}` after a closed entry field value, but found a {mark} before.</source>
        <translation>Nach einem abgeschlossenen Feldwert wurde `,` oder `{delimiter}` erwartet, aber vorher {mark} gefunden.</translation>
    </message>
    <message>
        <source>Expected comma after entry key, but found {mark}</source>
        <comment>a BibTeX entry&apos;s citation key not followed by a comma</comment>
        <translation>Nach dem Eintragsschlüssel wurde ein Komma erwartet, aber {mark} gefunden</translation>
    </message>
    <message>
        <source>Expected equals sign after field key, but found {mark}</source>
        <comment>a BibTeX @string definition with no &apos;=&apos;</comment>
        <translation>Nach dem Feldnamen wurde ein Gleichheitszeichen erwartet, aber {mark} gefunden</translation>
    </message>
    <message>
        <source>Duplicate field keys on entry: &apos;{fields}&apos;. Note: The entry (containing duplicates) is available as `failed_block.ignore_error_block`</source>
        <comment>a BibTeX entry that has a field twice; the entry is not imported</comment>
        <translation>Doppelte Felder im Eintrag: „{fields}“. Hinweis: Der Eintrag (mit den Duplikaten) ist als `failed_block.ignore_error_block` verfügbar</translation>
    </message>
    <message>
        <source>Duplicate entry key &apos;{key}&apos;</source>
        <translation>Doppelter Eintragsschlüssel „{key}“</translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation>unlesbarer Eintrag</translation>
    </message>
    <message>
        <source>does not hold a table of settings</source>
        <comment>a site generator&apos;s configuration file (hugo.toml, _config.yml) that holds a list or a single value</comment>
        <translation>enthält keine Tabelle von Einstellungen</translation>
    </message>
    <message>
        <source>add `unsafe = true` under `[markup.goldmark.renderer]` in {file}</source>
        <comment>how to let Hugo keep raw HTML; the setting is written as in the file</comment>
        <translation>`unsafe = true` unter `[markup.goldmark.renderer]` in {file} ergänzen</translation>
    </message>
    <message>
        <source>set &quot;markup&quot;: {{&quot;goldmark&quot;: {{&quot;renderer&quot;: {{&quot;unsafe&quot;: true}}}}}} in {file}</source>
        <comment>how to let Hugo keep raw HTML; the setting is written as in the file</comment>
        <translation>&quot;markup&quot;: {{&quot;goldmark&quot;: {{&quot;renderer&quot;: {{&quot;unsafe&quot;: true}}}}}} in {file} setzen</translation>
    </message>
    <message>
        <source>set markup: goldmark: renderer: unsafe: true in {file}</source>
        <comment>how to let Hugo keep raw HTML; the setting is written as in the file</comment>
        <translation>markup: goldmark: renderer: unsafe: true in {file} setzen</translation>
    </message>
    <message>
        <source>add &quot;UNSAFE&quot; to the options under commonmark: in {file}</source>
        <comment>how to let Jekyll&apos;s CommonMark keep raw HTML; the setting is written as in the file</comment>
        <translation>&quot;UNSAFE&quot; zu den Optionen unter commonmark: in {file} hinzufügen</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>an error&apos;s own text, for errors that have no wording of their own</comment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <comment>a file and why it cannot be read (the detail comes from the system)</comment>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <source>{path}: {size} MB is larger than {limit} MB</source>
        <translation>{path}: {size} MB ist größer als {limit} MB</translation>
    </message>
    <message>
        <source>{where}: {detail}</source>
        <comment>a bibliography file and why it cannot be read (the detail comes from its parser)</comment>
        <translation>{where}: {detail}</translation>
    </message>
    <message>
        <source>{where}:{line}: {detail}</source>
        <comment>a bibliography file, the line, and why it cannot be read</comment>
        <translation>{where}:{line}: {detail}</translation>
    </message>
    <message>
        <source>{path}: the CSL style has no &lt;{element}&gt; element</source>
        <translation>{path}: der CSL-Stil hat kein &lt;{element}&gt;-Element</translation>
    </message>
</context>
<context>
    <name>FrontMatterFold</name>
    <message>
        <source>Show the front matter</source>
        <translation>Front Matter anzeigen</translation>
    </message>
    <message>
        <source>▸ front matter, {count} lines: show</source>
        <translation>▸ Front Matter, {count} Zeilen: anzeigen</translation>
    </message>
</context>
<context>
    <name>ImageInserter</name>
    <message>
        <source>Save the article first</source>
        <translation>Zuerst den Artikel speichern</translation>
    </message>
    <message>
        <source>Images are stored beside the article, so it needs a file name first.</source>
        <translation>Bilder werden neben dem Artikel abgelegt; er braucht deshalb zuerst einen Dateinamen.</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>Bild nicht gespeichert</translation>
    </message>
    <message>
        <source>Image not copied</source>
        <translation>Bild nicht kopiert</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Description (alt text):</source>
        <translation>Beschreibung (Alternativtext):</translation>
    </message>
</context>
<context>
    <name>ImportReferencesDialog</name>
    <message>
        <source>Import References</source>
        <translation>Literatur importieren</translation>
    </message>
    <message>
        <source>Paste BibTeX, RIS, PubMed (.nbib) or CSL-JSON/YAML, or load an exported file. Works already in the article (same DOI or PMID) are not added twice.</source>
        <translation>BibTeX, RIS, PubMed (.nbib) oder CSL-JSON/YAML einfügen oder eine exportierte Datei laden. Werke, die der Artikel schon enthält (gleiche DOI oder PMID), werden nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>Load &amp;File…</source>
        <translation>&amp;Datei laden…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Format: {0}</source>
        <translation>Format: {0}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Interface Language</source>
        <translation>&amp;Oberflächensprache</translation>
    </message>
    <message>
        <source>Takes effect the next time ArticleEditor starts</source>
        <translation>Wirkt beim nächsten Start von ArticleEditor</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>The new language applies when ArticleEditor next starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ArticleEditor.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Preview &amp;Width</source>
        <translation>Vorschau&amp;breite</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Über&amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open a large file?</source>
        <translation>Große Datei öffnen?</translation>
    </message>
    <message>
        <source>{0}

Large files can make editing slow. Open it anyway?</source>
        <translation>{0}

Große Dateien können das Bearbeiten verlangsamen. Trotzdem öffnen?</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Open Site Folder</source>
        <translation>Website-Ordner öffnen</translation>
    </message>
    <message>
        <source>Site settings ignored: {0}</source>
        <translation>Website-Einstellungen ignoriert: {0}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>{0}[*] — {1}</source>
        <translation>{0}[*] – {1}</translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>Artikel speichern unter</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>{0} was changed by another program since you opened it.

Overwrite it with your version?</source>
        <translation>{0} wurde seit dem Öffnen von einem anderen Programm geändert.

Mit Ihrer Fassung überschreiben?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <source>File is read-only</source>
        <translation>Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>{0} is marked read-only.

Replace it with your version anyway?</source>
        <translation>{0} ist schreibgeschützt.

Trotzdem durch Ihre Fassung ersetzen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>Änderungen an {0} speichern?</translation>
    </message>
    <message>
        <source>{0} was deleted or moved on disk. Save to write it again.</source>
        <translation>{0} wurde auf dem Datenträger gelöscht oder verschoben. Speichern Sie, um die Datei neu zu schreiben.</translation>
    </message>
    <message>
        <source>{0} changed on disk and was reloaded.</source>
        <translation>{0} wurde auf dem Datenträger geändert und neu geladen.</translation>
    </message>
    <message>
        <source>{0} changed on disk. You have unsaved edits.</source>
        <translation>{0} wurde auf dem Datenträger geändert. Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Reload and discard my edits</source>
        <translation>Neu laden und meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Cannot reload file</source>
        <translation>Datei kann nicht neu geladen werden</translation>
    </message>
    <message>
        <source>Cannot change {0}</source>
        <translation>{0} kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Front matter error on line {0}, column {1}: {2}</source>
        <translation>Fehler im Front Matter in Zeile {0}, Spalte {1}: {2}</translation>
    </message>
    <message>
        <source>Go to line {0}</source>
        <translation>Zu Zeile {0} springen</translation>
    </message>
</context>
<context>
    <name>MarkdownHighlighter</name>
    <message>
        <source>[@{0}] is not in the references</source>
        <translation>[@{0}] steht nicht in der Literaturliste</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>{0} konnte nicht gespeichert werden: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} MB is larger than {2} MB</source>
        <translation>{0}: {1} MB ist größer als {2} MB</translation>
    </message>
    <message>
        <source>The front matter of {0} does not parse (line {1}, column {2}): {3}</source>
        <translation>Das Front Matter von {0} ist fehlerhaft (Zeile {1}, Spalte {2}): {3}</translation>
    </message>
    <message>
        <source>The front matter does not parse (line {0}, column {1}): {2}</source>
        <translation>Das Front Matter ist fehlerhaft (Zeile {0}, Spalte {1}): {2}</translation>
    </message>
    <message>
        <source>Not readable as text: {0}</source>
        <translation>Nicht als Text lesbar: {0}</translation>
    </message>
    <message>
        <source>{0} cannot be read as text: {1}</source>
        <translation>{0} kann nicht als Text gelesen werden: {1}</translation>
    </message>
    <message>
        <source>Cannot open the file: {0}</source>
        <translation>Die Datei kann nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>{0} kann nicht geöffnet werden: {1}</translation>
    </message>
    <message>
        <source>Not published: {0}</source>
        <translation>Nicht veröffentlicht: {0}</translation>
    </message>
    <message>
        <source>{0} already exists and belongs to {1}</source>
        <translation>{0} existiert bereits und gehört zu {1}</translation>
    </message>
    <message>
        <source>The draft {0} cannot be updated ({1}); Publish records where and when the article was published in it, so nothing was published. Make the file and its folder writable, or save the draft somewhere writable</source>
        <translation>Der Entwurf {0} kann nicht aktualisiert werden ({1}). Beim Veröffentlichen wird darin vermerkt, wo und wann der Artikel veröffentlicht wurde; deshalb wurde nichts veröffentlicht. Machen Sie die Datei und ihren Ordner beschreibbar oder speichern Sie den Entwurf an einem beschreibbaren Ort</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; points to {1}, outside {2}; only files inside the article&apos;s folder or the site are published or exported</source>
        <translation>„{0}“ verweist auf {1}, außerhalb von {2}; veröffentlicht oder exportiert werden nur Dateien aus dem Ordner des Artikels oder der Website</translation>
    </message>
    <message>
        <source>{0}: {1}; stopped, no file was changed</source>
        <translation>{0}: {1}; abgebrochen, keine Datei wurde geändert</translation>
    </message>
    <message>
        <source>{0}: {1}; stopped, some files were changed</source>
        <translation>{0}: {1}; abgebrochen, einige Dateien wurden bereits geändert</translation>
    </message>
    <message>
        <source>Files changed on disk in the meantime ({0}): {1}</source>
        <translation>Zwischenzeitlich auf dem Datenträger geänderte Dateien ({0}): {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} took longer than {1} s and was stopped</source>
        <translation>{0} dauerte länger als {1} s und wurde abgebrochen</translation>
    </message>
    <message>
        <source>Line {0}: the insertion changed since it was read</source>
        <translation>Zeile {0}: die Einfügung hat sich seit dem Lesen geändert</translation>
    </message>
    <message>
        <source>Line {0}: the deletion changed since it was read</source>
        <translation>Zeile {0}: die Löschung hat sich seit dem Lesen geändert</translation>
    </message>
    <message>
        <source>Line {0}: the replacement changed since it was read</source>
        <translation>Zeile {0}: die Ersetzung hat sich seit dem Lesen geändert</translation>
    </message>
    <message>
        <source>Line {0}: the highlight changed since it was read</source>
        <translation>Zeile {0}: die Hervorhebung hat sich seit dem Lesen geändert</translation>
    </message>
    <message>
        <source>Line {0}: the comment changed since it was read</source>
        <translation>Zeile {0}: der Kommentar hat sich seit dem Lesen geändert</translation>
    </message>
    <message>
        <source>Could not publish to {0}: {1}. The site is unchanged.</source>
        <translation>Veröffentlichen in {0} fehlgeschlagen: {1}. Die Website ist unverändert.</translation>
    </message>
    <message>
        <source>Could not save {0}: another program changed the file since it was opened</source>
        <translation>{0} konnte nicht gespeichert werden: ein anderes Programm hat die Datei seit dem Öffnen geändert</translation>
    </message>
    <message>
        <source>The site settings in {0} are not valid: {1}</source>
        <translation>Die Website-Einstellungen in {0} sind ungültig: {1}</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>dem eingefügten Text</translation>
    </message>
    <message>
        <source>Cannot read the references in {0}, line {1}: {2}</source>
        <translation>Literaturangaben in {0}, Zeile {1}, nicht lesbar: {2}</translation>
    </message>
    <message>
        <source>Cannot read the references in {0}: {1}</source>
        <translation>Literaturangaben in {0} nicht lesbar: {1}</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Line {0}</source>
        <translation>Zeile {0}</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>The preview is behind: rendering this text took longer than {0} s and was stopped. It will be rendered again after your next edit.</source>
        <translation>Die Vorschau ist nicht aktuell: Das Rendern dieses Textes dauerte länger als {0} s und wurde abgebrochen. Nach Ihrer nächsten Änderung wird erneut gerendert.</translation>
    </message>
    <message>
        <source>it is not one of the styles offered: {0}</source>
        <translation>er gehört nicht zu den angebotenen Stilen: {0}</translation>
    </message>
    <message>
        <source>The front matter names the citation style “{0}”, which cannot be used ({1}). The preview formats the citations in the “{2}” style instead; the article cannot be published or exported until the style is fixed.</source>
        <translation>Der Vorspann nennt den Zitierstil „{0}“, der nicht verwendet werden kann ({1}). Die Vorschau formatiert die Zitate stattdessen im Stil „{2}“; der Artikel kann erst veröffentlicht oder exportiert werden, wenn der Stil korrigiert ist.</translation>
    </message>
    <message>
        <source>The site&apos;s articleeditor.toml names the citation style “{0}”, which cannot be used ({1}). The preview formats the citations in the “{2}” style instead; the site&apos;s articles cannot be rendered, published or exported until the style is fixed.</source>
        <translation>Die articleeditor.toml der Website nennt den Zitierstil „{0}“, der nicht verwendet werden kann ({1}). Die Vorschau formatiert die Zitate stattdessen im Stil „{2}“; die Artikel der Website können erst gerendert, veröffentlicht oder exportiert werden, wenn der Stil korrigiert ist.</translation>
    </message>
    <message>
        <source>Part of this text nests lists or quotes too deeply to be formatted; the preview shows that part as written.</source>
        <translation>Ein Teil dieses Textes verschachtelt Listen oder Zitate zu tief für die Formatierung; die Vorschau zeigt diesen Teil unformatiert.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish Article</source>
        <translation>Artikel veröffentlichen</translation>
    </message>
    <message>
        <source>Change &amp;Site…</source>
        <translation>&amp;Website wechseln…</translation>
    </message>
    <message>
        <source>Replace the files above that belong to other articles</source>
        <translation>Die oben genannten Dateien anderer Artikel ersetzen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish and &amp;Commit</source>
        <translation>Veröffentlichen und &amp;committen</translation>
    </message>
    <message>
        <source>Files to write:</source>
        <translation>Zu schreibende Dateien:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>Unpublish Article</source>
        <translation>Veröffentlichung zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Unpublish and &amp;Commit</source>
        <translation>Zurückziehen und &amp;committen</translation>
    </message>
    <message>
        <source>Files to remove:</source>
        <translation>Zu entfernende Dateien:</translation>
    </message>
    <message>
        <source>Site: {0}</source>
        <translation>Website: {0}</translation>
    </message>
    <message>
        <source>Checking the article and the site…</source>
        <translation>Artikel und Website werden geprüft …</translation>
    </message>
    <message>
        <source>Site: {0} ({1})</source>
        <translation>Website: {0} ({1})</translation>
    </message>
    <message>
        <source>replaces a file of another article</source>
        <translation>ersetzt eine Datei eines anderen Artikels</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>replaces the earlier publish</source>
        <translation>ersetzt die frühere Veröffentlichung</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>copied from {0}</source>
        <translation>kopiert aus {0}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>removed: an earlier publish under another title or slug</source>
        <translation>entfernt: eine frühere Veröffentlichung unter anderem Titel oder Slug</translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation>Fehler: {0}</translation>
    </message>
    <message>
        <source>Conflict: {0} belongs to {1}.</source>
        <translation>Konflikt: {0} gehört zu {1}.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Warnung: {0}</translation>
    </message>
    <message>
        <source>The article moves from {0}.</source>
        <translation>Der Artikel zieht von {0} um.</translation>
    </message>
    <message>
        <source>The old address {0} leads to the new one.</source>
        <translation>Die alte Adresse {0} leitet auf die neue weiter.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Fix the errors above, then try again.</source>
        <translation>Beheben Sie die Fehler oben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ready to remove {0} file(s).</source>
        <translation>Bereit, {0} Datei(en) zu entfernen.</translation>
    </message>
    <message>
        <source>The article is not published in this site.</source>
        <translation>Der Artikel ist auf dieser Website nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The site is up to date: nothing to write.</source>
        <translation>Die Website ist aktuell: Es gibt nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Ready to publish {0}.</source>
        <translation>Bereit, {0} zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht …</translation>
    </message>
    <message>
        <source>The site is up to date: nothing was written.</source>
        <translation>Die Website ist aktuell: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Published to {0}</source>
        <translation>Veröffentlicht in {0}</translation>
    </message>
    <message>
        <source>Removed {0} file(s) from {1}</source>
        <translation>{0} Datei(en) aus {1} entfernt</translation>
    </message>
    <message>
        <source>Not committed: {0}</source>
        <translation>Nicht committet: {0}</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>Choose the Site to Publish To</source>
        <translation>Website für die Veröffentlichung wählen</translation>
    </message>
    <message>
        <source>Published to {0}</source>
        <translation>Veröffentlicht in {0}</translation>
    </message>
    <message>
        <source>Unpublished from {0}</source>
        <translation>Veröffentlichung in {0} zurückgezogen</translation>
    </message>
    <message>
        <source>Publishing failed: {0}</source>
        <translation>Veröffentlichen fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>RecoveryKeeper</name>
    <message>
        <source>Recovery journal not written: {0}</source>
        <translation>Wiederherstellungsjournal nicht geschrieben: {0}</translation>
    </message>
    <message>
        <source>an untitled article</source>
        <translation>einem unbenannten Artikel</translation>
    </message>
    <message>
        <source>Unsaved changes to {0} from {1} were recovered: the app did not close normally. Restore them?</source>
        <translation>Ungespeicherte Änderungen an {0} vom {1} wurden wiederhergestellt, weil das Programm nicht normal beendet wurde. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show Differences</source>
        <translation>Unterschiede zeigen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Recovered Changes</source>
        <translation>Wiederhergestellte Änderungen</translation>
    </message>
    <message>
        <source>The recovered text is the same as the saved one.</source>
        <translation>Der wiederhergestellte Text stimmt mit dem gespeicherten überein.</translation>
    </message>
    <message>
        <source>{0} has unsaved changes from a session that did not close normally.</source>
        <translation>{0} enthält ungespeicherte Änderungen aus einer Sitzung, die nicht normal beendet wurde.</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Edit Reference</source>
        <translation>Literaturangabe bearbeiten</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>Literaturangabe hinzufügen</translation>
    </message>
    <message>
        <source>e.g. shi2020 (cite it as [@shi2020])</source>
        <translation>z. B. shi2020 (zitiert als [@shi2020])</translation>
    </message>
    <message>
        <source>Family, Given; Family, Given</source>
        <translation>Nachname, Vorname; Nachname, Vorname</translation>
    </message>
    <message>
        <source>Citation &amp;key</source>
        <translation>&amp;Zitierschlüssel</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>&amp;Autoren</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>Zeitschri&amp;ft</translation>
    </message>
    <message>
        <source>Y&amp;ear</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Band</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Heft</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
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
        <translation>Ein Zitierschlüssel ist erforderlich.</translation>
    </message>
    <message>
        <source>The key may hold letters, digits and :.#$%&amp;-+?&lt;&gt;~/ only.</source>
        <translation>Der Schlüssel darf nur Buchstaben, Ziffern und :.#$%&amp;-+?&lt;&gt;~/ enthalten.</translation>
    </message>
    <message>
        <source>This article already has a reference with that key.</source>
        <translation>Dieser Artikel hat bereits eine Literaturangabe mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>The year must be a number.</source>
        <translation>Das Jahr muss eine Zahl sein.</translation>
    </message>
</context>
<context>
    <name>ReferencesFeature</name>
    <message>
        <source>{0} is not cited yet</source>
        <translation>{0} wird noch nicht zitiert</translation>
    </message>
    <message>
        <source>Some references were not imported</source>
        <translation>Einige Literaturangaben wurden nicht importiert</translation>
    </message>
    <message>
        <source>Imported {0}. Not readable:
{1}</source>
        <translation>{0} importiert. Nicht lesbar:
{1}</translation>
    </message>
    <message>
        <source>Imported {0} references</source>
        <translation>{0} Literaturangaben importiert</translation>
    </message>
    <message>
        <source>• {0} — same {1} as {2}</source>
        <comment>a work, its DOI or PMID, the key it has</comment>
        <translation>• {0} – gleiche {1} wie {2}</translation>
    </message>
    <message>
        <source>Already in the article</source>
        <translation>Bereits im Artikel</translation>
    </message>
    <message>
        <source>These works are already in the article:
{0}

Add them again under new keys?</source>
        <translation>Diese Werke sind bereits im Artikel:
{0}

Unter neuen Schlüsseln erneut hinzufügen?</translation>
    </message>
</context>
<context>
    <name>ReferencesPanel</name>
    <message>
        <source>Search references…</source>
        <translation>Literatur durchsuchen …</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Zitiert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Literaturangabe</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Zitieren</translation>
    </message>
    <message>
        <source>Insert a citation of the selected reference</source>
        <translation>Eine Zitation der gewählten Literaturangabe einfügen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Next Use</source>
        <translation>Nächste Stelle</translation>
    </message>
    <message>
        <source>Go to the next citation</source>
        <translation>Zur nächsten Zitierstelle springen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove cited references?</source>
        <translation>Zitierte Literaturangaben entfernen?</translation>
    </message>
    <message>
        <source>{0} still cited in the text; those citations will show as errors. Remove anyway?</source>
        <translation>{0} wird im Text noch zitiert; diese Zitationen werden dann als Fehler angezeigt. Trotzdem entfernen?</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Suggest Changes</source>
        <translation>Änderungen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Record typing and deleting as suggestions</source>
        <translation>Eingaben und Löschungen als Vorschläge aufzeichnen</translation>
    </message>
    <message>
        <source>Review: &amp;Changes</source>
        <translation>Ansicht: Än&amp;derungen</translation>
    </message>
    <message>
        <source>Show insertions, deletions and comments in the preview</source>
        <translation>Einfügungen, Löschungen und Kommentare in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Review: &amp;Final</source>
        <translation>Ansicht: &amp;Endfassung</translation>
    </message>
    <message>
        <source>Show the article with every suggestion accepted</source>
        <translation>Den Artikel zeigen, als wären alle Vorschläge angenommen</translation>
    </message>
    <message>
        <source>Review: &amp;Original</source>
        <translation>Ansicht: &amp;Original</translation>
    </message>
    <message>
        <source>Show the article with every suggestion rejected</source>
        <translation>Den Artikel zeigen, als wären alle Vorschläge abgelehnt</translation>
    </message>
    <message>
        <source>Add Co&amp;mment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;ject All</source>
        <translation>Alle ableh&amp;nen</translation>
    </message>
    <message>
        <source>Comment on the selection</source>
        <translation>Die Auswahl kommentieren</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected suggestion or resolve the comment</source>
        <translation>Den gewählten Vorschlag annehmen oder den Kommentar erledigen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the selected suggestion or resolve the comment</source>
        <translation>Den gewählten Vorschlag ablehnen oder den Kommentar erledigen</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>A&amp;lle annehmen</translation>
    </message>
    <message>
        <source>Accept every suggestion and remove every comment</source>
        <translation>Alle Vorschläge annehmen und alle Kommentare entfernen</translation>
    </message>
    <message>
        <source>Reject every suggestion and remove every comment</source>
        <translation>Alle Vorschläge ablehnen und alle Kommentare entfernen</translation>
    </message>
    <message>
        <source>Compare with &amp;Published…</source>
        <translation>Mit veröffentlichter Fassung ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Show the differences to a published file</source>
        <translation>Die Unterschiede zu einer veröffentlichten Datei zeigen</translation>
    </message>
    <message>
        <source>Export Re&amp;view Copy…</source>
        <translation>Korrekturfassung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the preview with changes and comments as HTML or PDF</source>
        <translation>Die Vorschau mit Änderungen und Kommentaren als HTML oder PDF speichern</translation>
    </message>
    <message>
        <source>Reviewer &amp;Name…</source>
        <translation>Name des &amp;Prüfers…</translation>
    </message>
    <message>
        <source>The name that signs your comments</source>
        <translation>Der Name, mit dem Ihre Kommentare unterzeichnet werden</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Review copy not saved</source>
        <translation>Korrekturfassung nicht gespeichert</translation>
    </message>
    <message>
        <source>Suggest mode: your typing and deleting are recorded as suggestions.</source>
        <translation>Vorschlagsmodus: Ihre Eingaben und Löschungen werden als Vorschläge aufgezeichnet.</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <source>Your name as it appears on your comments (one word, e.g. dana):</source>
        <translation>Ihr Name, wie er an Ihren Kommentaren erscheint (ein Wort, z. B. dana):</translation>
    </message>
    <message>
        <source>A comment cannot cross a suggestion or another comment.</source>
        <translation>Ein Kommentar darf keinen Vorschlag und keinen anderen Kommentar überlappen.</translation>
    </message>
    <message>
        <source>Compare with Published File</source>
        <translation>Mit veröffentlichter Datei vergleichen</translation>
    </message>
    <message>
        <source>Markdown and HTML (*.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Markdown und HTML (*.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Export Review Copy</source>
        <translation>Korrekturfassung exportieren</translation>
    </message>
    <message>
        <source>Exporting review copy…</source>
        <translation>Korrekturfassung wird exportiert …</translation>
    </message>
    <message>
        <source>Review copy saved to {0}</source>
        <translation>Korrekturfassung gespeichert unter {0}</translation>
    </message>
</context>
<context>
    <name>ReviewCopyExporter</name>
    <message>
        <source>The review copy could not be laid out for printing.</source>
        <translation>Die Korrekturfassung konnte nicht für den Druck gesetzt werden.</translation>
    </message>
    <message>
        <source>Printing the review copy to PDF failed.</source>
        <translation>Die Korrekturfassung konnte nicht als PDF gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Insertion</source>
        <translation>Einfügung</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>(empty comment)</source>
        <translation>(leerer Kommentar)</translation>
    </message>
    <message>
        <source>{0} suggestions, {1} comments</source>
        <translation>{0} Vorschläge, {1} Kommentare</translation>
    </message>
    <message>
        <source>No suggestions or comments.</source>
        <translation>Keine Vorschläge oder Kommentare.</translation>
    </message>
</context>
<context>
    <name>ReviewerTools</name>
    <message>
        <source>Export Preview as PDF</source>
        <translation>Vorschau als PDF exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>Die Seite konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Export as Standalone HTML</source>
        <translation>Als eigenständiges HTML exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} exportiert</translation>
    </message>
</context>
<context>
    <name>SiteArticlesFeature</name>
    <message>
        <source>New Article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Title of the new article:</source>
        <translation>Titel des neuen Artikels:</translation>
    </message>
    <message>
        <source>Article not created</source>
        <translation>Artikel nicht angelegt</translation>
    </message>
    <message>
        <source>Created {0}</source>
        <translation>{0} angelegt</translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation>Artikel umbenennen</translation>
    </message>
    <message>
        <source>New file name (a slug, without .md):</source>
        <translation>Neuer Dateiname (ein Slug, ohne .md):</translation>
    </message>
    <message>
        <source>Article not renamed</source>
        <translation>Artikel nicht umbenannt</translation>
    </message>
    <message>
        <source>Renamed {0} to {1}</source>
        <translation>{0} in {1} umbenannt</translation>
    </message>
    <message>
        <source>Article not deleted</source>
        <translation>Artikel nicht gelöscht</translation>
    </message>
    <message>
        <source>{0} is open with unsaved changes. Save or close it first; nothing was deleted.</source>
        <translation>{0} ist mit ungespeicherten Änderungen geöffnet. Speichern oder schließen Sie die Datei zuerst; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Move {0} to the trash?</source>
        <translation>{0} in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>{0} could not be moved to the trash; this system may have no trash. Nothing was deleted.</source>
        <translation>{0} konnte nicht in den Papierkorb verschoben werden; dieses System hat womöglich keinen Papierkorb. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Moved {0} to the trash</source>
        <translation>{0} in den Papierkorb verschoben</translation>
    </message>
</context>
<context>
    <name>SiteArticlesPanel</name>
    <message>
        <source>Filter by title or tag</source>
        <translation>Nach Titel oder Schlagwort filtern</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>No site is open.

Open a site folder (File → Open Site Folder) to see its articles here.</source>
        <translation>Keine Website geöffnet.

Öffnen Sie einen Website-Ordner (Datei → Website-Ordner öffnen), um hier seine Artikel zu sehen.</translation>
    </message>
    <message>
        <source>Reading the site&apos;s articles…</source>
        <translation>Artikel der Website werden gelesen …</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message>
        <source>Words: {0} · Characters: {1} · Reading time: {2} min</source>
        <translation>Wörter: {0} · Zeichen: {1} · Lesezeit: {2} Min.</translation>
    </message>
    <message>
        <source>Body only, front matter excluded. CJK characters count as one word each.</source>
        <translation>Nur der Haupttext, ohne Front Matter. CJK-Schriftzeichen zählen jeweils als ein Wort.</translation>
    </message>
</context>
<context>
    <name>SuggestMode</name>
    <message>
        <source>Front matter takes no suggestions: change fields in the Article panel, or leave suggest mode to edit it.</source>
        <translation>Im Front Matter sind keine Vorschläge möglich: Ändern Sie die Felder im Bereich „Artikel“ oder verlassen Sie den Vorschlagsmodus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>A suggestion cannot cross another suggestion or comment; select plain text or resolve the mark first.</source>
        <translation>Ein Vorschlag darf keinen anderen Vorschlag und keinen Kommentar überlappen; wählen Sie unmarkierten Text oder erledigen Sie die Markierung zuerst.</translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Files with errors</source>
        <translation>Fehlerhafte Dateien</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Indexing the site…</source>
        <translation>Website wird indiziert …</translation>
    </message>
    <message>
        <source>Open a site folder to browse its tags.</source>
        <translation>Öffnen Sie einen Website-Ordner, um seine Schlagwörter zu durchsuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) indexed</source>
        <translation>
            <numerusform>%n Artikel indiziert</numerusform>
            <numerusform>%n Artikel indiziert</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
</context>
<context>
    <name>TagManagementDialog</name>
    <message>
        <source>Manage Tags and Categories</source>
        <translation>Schlagwörter und Kategorien verwalten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Merge into one</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Left as they were (changed on disk since they were read):</source>
        <translation>Unverändert gelassen (seit dem Einlesen auf dem Datenträger geändert):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Undo Last Change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>&amp;New name</source>
        <translation>&amp;Neuer Name</translation>
    </message>
    <message>
        <source>Choose the tag(s) to change:</source>
        <translation>Zu ändernde Schlagwörter wählen:</translation>
    </message>
    <message>
        <source>Files that will change:</source>
        <translation>Dateien, die sich ändern werden:</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen …</numerusform>
            <numerusform>%n Dateien werden gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one tag and type its new name.</source>
        <translation>Wählen Sie ein Schlagwort und geben Sie seinen neuen Namen ein.</translation>
    </message>
    <message>
        <source>Choose two or more tags and type the name to merge them into.</source>
        <translation>Wählen Sie zwei oder mehr Schlagwörter und geben Sie den gemeinsamen Namen ein.</translation>
    </message>
    <message>
        <source>Choose the tags to delete from every article.</source>
        <translation>Wählen Sie die Schlagwörter, die aus allen Artikeln gelöscht werden sollen.</translation>
    </message>
    <message>
        <source>{0} — cannot be changed: {1}</source>
        <translation>{0} – kann nicht geändert werden: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change.</source>
        <translation>
            <numerusform>%n Datei wird geändert.</numerusform>
            <numerusform>%n Dateien werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be skipped.</source>
        <translation>
            <numerusform>%n Datei wird übersprungen.</numerusform>
            <numerusform>%n Dateien werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird geschrieben …</numerusform>
            <numerusform>%n Dateien werden geschrieben …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n file(s).</source>
        <translation>
            <numerusform>%n Datei geändert.</numerusform>
            <numerusform>%n Dateien geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n file(s) restored.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Datei wiederhergestellt.</numerusform>
            <numerusform>Rückgängig gemacht: %n Dateien wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because they changed on disk; they were left as they are.</source>
        <translation>
            <numerusform>%n Datei übersprungen, weil sie auf dem Datenträger geändert wurde; sie blieb unverändert.</numerusform>
            <numerusform>%n Dateien übersprungen, weil sie auf dem Datenträger geändert wurden; sie blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags not changed</source>
        <translation>Schlagwörter nicht geändert</translation>
    </message>
</context>
<context>
    <name>TagsFeature</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tag Browser</source>
        <translation>Schlagwortübersicht</translation>
    </message>
    <message>
        <source>{0} is open with unsaved changes. Save or close it first; nothing was changed.</source>
        <translation>{0} ist mit ungespeicherten Änderungen geöffnet. Speichern oder schließen Sie die Datei zuerst; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>New tags are kept as typed.</source>
        <translation>Neue Schlagwörter bleiben, wie sie eingegeben werden.</translation>
    </message>
    <message>
        <source>New tags are written in lower case.</source>
        <translation>Neue Schlagwörter werden kleingeschrieben.</translation>
    </message>
    <message>
        <source>New tags are written as slugs (lower case, dashes).</source>
        <translation>Neue Schlagwörter werden als Slug geschrieben (klein, mit Bindestrichen).</translation>
    </message>
    <message>
        <source>New categories are kept as typed.</source>
        <translation>Neue Kategorien bleiben, wie sie eingegeben werden.</translation>
    </message>
    <message>
        <source>New categories are written in lower case.</source>
        <translation>Neue Kategorien werden kleingeschrieben.</translation>
    </message>
    <message>
        <source>New categories are written as slugs (lower case, dashes).</source>
        <translation>Neue Kategorien werden als Slug geschrieben (klein, mit Bindestrichen).</translation>
    </message>
    <message>
        <source>This site allows one category per article.</source>
        <translation>Diese Website erlaubt eine Kategorie pro Artikel.</translation>
    </message>
    <message>
        <source>Known on this site: {0}.</source>
        <translation>Auf dieser Website bekannt: {0}.</translation>
    </message>
    <message>
        <source>Add tags: #LiverCancer #CARTcell</source>
        <translation>Schlagwörter hinzufügen: #Leberkrebs #CARTZellen</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Eine Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; starts with &apos;#&apos;, which breaks its link on the site: write &apos;{1}&apos;.</source>
        <translation>„{0}“ beginnt mit „#“, dadurch funktioniert sein Link auf der Website nicht: Schreiben Sie „{1}“.</translation>
    </message>
    <message>
        <source>The site already has &apos;{1}&apos;; &apos;{0}&apos; differs only in case, accents or spacing. Use &apos;{1}&apos;.</source>
        <translation>Die Website hat bereits „{1}“; „{0}“ unterscheidet sich nur in Groß-/Kleinschreibung, Akzenten oder Leerzeichen. Verwenden Sie „{1}“.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; and &apos;{1}&apos; share one page on the site; keep one.</source>
        <translation>„{0}“ und „{1}“ teilen sich eine Seite auf der Website; behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; gives an empty address on the site; use letters or digits.</source>
        <translation>„{0}“ ergibt eine leere Adresse auf der Website; verwenden Sie Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>This site keeps only the first category; &apos;{0}&apos; and any after it are dropped.</source>
        <translation>Diese Website übernimmt nur die erste Kategorie; „{0}“ und alle folgenden entfallen.</translation>
    </message>
</context>
<context>
    <name>WindowServices</name>
    <message>
        <source>Background task failed: {0}</source>
        <translation>Hintergrundaufgabe fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>Workday</name>
    <message>
        <source>{0} no longer exists; opened the site instead.</source>
        <translation>{0} existiert nicht mehr; stattdessen wurde die Website geöffnet.</translation>
    </message>
</context>
</TS>
