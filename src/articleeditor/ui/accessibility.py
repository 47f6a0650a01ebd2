"""Names and descriptions for assistive technology, and keyboard movement between panes.

A screen reader announces a control by its accessible name; a list or an edit with no label
of its own is announced as "list" or "edit", which says nothing. The names live here, in one
table keyed by object name, so every panel gets them the same way and a test can check the
whole window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

# Accessible texts name their context explicitly: pyside6-lupdate reads each
# translate("Accessibility", "text") call as it is written.
translate = QCoreApplication.translate


def accessible_texts() -> dict[str, tuple[str, str]]:
    """Object name -> (accessible name, accessible description), translated."""
    return {
        "editor": (
            translate("Accessibility", "Article source"),
            translate("Accessibility", "The article's Markdown text with its front matter"),
        ),
        "preview": (
            translate("Accessibility", "Preview"),
            translate("Accessibility", "The article as the site will show it"),
        ),
        "article-tabs": (
            translate("Accessibility", "Open articles"),
            translate(
                "Accessibility",
                "One tab per open article; Ctrl+Tab shows the next, Ctrl+W closes one",
            ),
        ),
        "tag-entry": (
            translate("Accessibility", "Add tags"),
            translate(
                "Accessibility", "Type a tag, or several separated by commas or #, then press Enter"
            ),
        ),
        "tag-list": (
            translate("Accessibility", "Article tags"),
            translate("Accessibility", "The tags of this article, in order"),
        ),
        "category-entry": (
            translate("Accessibility", "Add categories"),
            translate("Accessibility", "Type a category and press Enter"),
        ),
        "category-list": (
            translate("Accessibility", "Article categories"),
            translate("Accessibility", "The categories of this article"),
        ),
        "browser-filter": (
            translate("Accessibility", "Filter tags"),
            translate("Accessibility", "Show only the site's tags containing this"),
        ),
        "browser-terms": (
            translate("Accessibility", "Site tags"),
            translate("Accessibility", "Every tag or category used on the site"),
        ),
        "browser-articles": (
            translate("Accessibility", "Articles with the chosen tag"),
            translate("Accessibility", "Press Enter to open an article"),
        ),
        "article-filter": (
            translate("Accessibility", "Filter articles"),
            translate(
                "Accessibility",
                "Show only the site's articles whose title, tags or file name "
                "contain these words; Enter opens the first",
            ),
        ),
        "article-list": (
            translate("Accessibility", "Site articles"),
            translate(
                "Accessibility",
                "The site's articles with date, status and tag count; Enter opens "
                "one, F2 renames it, Delete moves it to the trash",
            ),
        ),
        "outline-tree": (
            translate("Accessibility", "Outline"),
            translate("Accessibility", "The article's headings; Enter goes to one"),
        ),
        "reference-filter": (
            translate("Accessibility", "Search references"),
            translate("Accessibility", "Show only references matching this text"),
        ),
        "reference-list": (
            translate("Accessibility", "References"),
            translate(
                "Accessibility", "The article's references with their numbers and citation counts"
            ),
        ),
        "reference-problems": (
            translate("Accessibility", "Reference problems"),
            translate("Accessibility", "Problems found in the references; Enter goes to one"),
        ),
        "title": (
            translate("Accessibility", "Title"),
            translate("Accessibility", "The article's title"),
        ),
        "date": (
            translate("Accessibility", "Date"),
            translate("Accessibility", "Publication date, YYYY-MM-DD or with a time"),
        ),
        "slug": (
            translate("Accessibility", "Slug"),
            translate("Accessibility", "The article's address on the site"),
        ),
        "authors": (
            translate("Accessibility", "Authors"),
            translate("Accessibility", "Authors, separated by commas"),
        ),
        "summary": (
            translate("Accessibility", "Summary"),
            translate("Accessibility", "A sentence or two shown under the title"),
        ),
        "draft": (
            translate("Accessibility", "Draft"),
            translate("Accessibility", "A draft is not shown on the published site"),
        ),
    }


def name_widgets(root: QWidget) -> int:
    """Give every named child of ``root`` in the table its accessible name and description,
    and each dock's panel the dock's title; returns how many widgets were named."""
    texts = accessible_texts()
    named = 0
    for widget in [root, *root.findChildren(QWidget)]:
        entry = texts.get(widget.objectName())
        if entry is not None:
            widget.setAccessibleName(entry[0])
            widget.setAccessibleDescription(entry[1])
            named += 1
    for dock in root.findChildren(QDockWidget):
        if dock.widget() is not None and not dock.widget().accessibleName():
            dock.widget().setAccessibleName(dock.windowTitle())
            dock.widget().setAccessibleDescription(
                translate("Accessibility", "The {panel} panel").format(panel=dock.windowTitle())
            )
    return named


class PaneCycler(QObject):
    """F6 and Shift+F6 move the keyboard focus between the editor, the preview and each
    visible panel, as in most editors with several panes."""

    def __init__(self, window: QMainWindow, editor: QWidget, preview: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.preview = preview
        self.next_action = QAction(self.tr("Next Pane"), window)
        self.next_action.setObjectName("next-pane")
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.next_action.triggered.connect(lambda: self.move(1))
        self.previous_action = QAction(self.tr("Previous Pane"), window)
        self.previous_action.setObjectName("previous-pane")
        self.previous_action.setShortcut(QKeySequence("Shift+F6"))
        self.previous_action.triggered.connect(lambda: self.move(-1))
        window.addAction(self.next_action)
        window.addAction(self.previous_action)

    def panes(self) -> list[QWidget]:
        """The panes in keyboard order: editor, preview, then the visible panels."""
        panes = [self.editor, self.preview]
        docks = [
            d
            for d in self.window.findChildren(QDockWidget)
            if d.isVisible() and d.widget() is not None and not d.visibleRegion().isEmpty()
        ]
        docks.sort(
            key=lambda d: (
                d.mapTo(self.window, d.rect().topLeft()).x(),
                d.mapTo(self.window, d.rect().topLeft()).y(),
            )
        )
        panes.extend(d.widget() for d in docks)
        return [p for p in panes if p.isVisible()]

    def current(self) -> int:
        """Index of the pane holding the focus, or -1."""
        focus = self.window.focusWidget()
        for index, pane in enumerate(self.panes()):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return index
        return -1

    def move(self, step: int) -> QWidget | None:
        """Focus the next (``step`` 1) or previous (-1) pane; returns it."""
        panes = self.panes()
        if not panes:
            return None
        index = (self.current() + step) % len(panes)
        pane = panes[index]
        target = pane if pane.focusPolicy() != Qt.FocusPolicy.NoFocus else None
        if target is None:
            target = next(
                (
                    w
                    for w in pane.findChildren(QWidget)
                    if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                ),
                pane,
            )
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return pane
