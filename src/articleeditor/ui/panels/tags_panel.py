"""The Tags and Categories panels: the article's terms in order; add with suggestions from the
site (most used first, with counts; case, accents and spacing ignored), paste "#a #b" to add
several, remove, reorder. Duplicates collapse and new terms follow the site's tag style. A line
under the list names each hazard of the terms on the site (core.taglint) and what to write."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from articleeditor.core.site import Generator
from articleeditor.core.taglint import TagFinding, lint_categories, lint_tags
from articleeditor.core.tags import canonical, complete, dedupe, merge_tags, split_tag_input
from articleeditor.ui.findings import word

SUGGESTIONS = 8


class TermsPanel(QWidget):
    """Edits one list field (``tags`` or ``categories``); emits the whole new list on change."""

    terms_edited = Signal(list)

    def __init__(self, kind: str = "tags", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        stem = "tag" if kind == "tags" else "category"
        self.setObjectName(f"{kind}-panel")
        self.list = QListWidget(objectName=f"{stem}-list")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.model().rowsMoved.connect(self._emit_from_list)
        self.entry = QLineEdit(objectName=f"{stem}-entry")
        self.entry.returnPressed.connect(self._add_from_entry)
        self.entry.textEdited.connect(self._suggest)
        self.entry.installEventFilter(self)
        self.suggestions = QListWidget(objectName=f"{stem}-suggestions")
        self.suggestions.setMaximumHeight(110)
        self.suggestions.hide()
        self.suggestions.itemActivated.connect(self._take_suggestion)
        self.suggestions.itemClicked.connect(self._take_suggestion)
        self.remove_button = QPushButton(self.tr("Remove"), objectName=f"{stem}-remove")
        self.remove_button.clicked.connect(self._remove_selected)
        self.up_button = QPushButton("↑", objectName=f"{stem}-up")
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button = QPushButton("↓", objectName=f"{stem}-down")
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move_selected(1))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(False)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("↓") + 24)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        # The hazards of the shown terms on this site, each with what to write instead.
        self.hazards = QLabel(objectName=f"{stem}-hazards")
        self.hazards.setWordWrap(True)
        self.hazards.setStyleSheet("color: #9a6700;")
        self.hazards.hide()
        self._generator: Generator | None = None
        self.rule = QLabel(objectName=f"{stem}-rule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: palette(mid);")

        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.remove_button)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hazards)
        layout.addWidget(self.rule)
        self._terms: list[str] = []
        self._counts: dict[str, int] = {}
        self._style = "keep"
        self._limit: int | None = None
        self.set_vocabulary({}, "keep")

    # ----- what the site knows --------------------------------------------------------------

    def set_vocabulary(self, counts: dict[str, int], style: str, limit: int | None = None) -> None:
        """The site's terms with use counts, its rule for new terms and the per-article limit."""
        self._counts = dict(counts)
        self._style = style
        self._limit = limit
        if self.kind == "tags":
            rules = {
                "keep": self.tr("New tags are kept as typed."),
                "lower": self.tr("New tags are written in lower case."),
                "slug": self.tr("New tags are written as slugs (lower case, dashes)."),
            }
        else:
            rules = {
                "keep": self.tr("New categories are kept as typed."),
                "lower": self.tr("New categories are written in lower case."),
                "slug": self.tr("New categories are written as slugs (lower case, dashes)."),
            }
        rule = rules.get(style, "")
        if limit == 1:
            rule += " " + self.tr("This site allows one category per article.")
        # Not self.tr with a plural: in the TagsPanel subclass PySide6 takes the untranslated
        # plural from the subclass's context for a translation. No plural form needed here.
        known = (
            QCoreApplication.translate("TermsPanel", "Known on this site: {0}.").format(len(counts))
            if counts
            else ""
        )
        self.rule.setText(" ".join(part for part in (rule, known) if part))
        hint = (
            self.tr("Add tags: #LiverCancer #CARTcell")
            if self.kind == "tags"
            else self.tr("Add a category")
        )
        self.entry.setPlaceholderText(hint)
        self._update_hazards()

    def set_generator(self, generator: Generator | None) -> None:
        """The site's generator, whose slug rule decides which terms collide (None: no site)."""
        self._generator = generator
        self._update_hazards()

    def hazard_texts(self) -> list[str]:
        """One sentence per hazard of the shown terms (empty without a site)."""
        if self._generator is None:
            return []
        site_terms = list(self._counts)
        if self.kind == "tags":
            findings = lint_tags(self._terms, self._generator, site_terms)
        else:
            findings = lint_categories(self._terms, self._generator, site_terms)
        return [self._word(finding) for finding in findings]

    def _word(self, finding: TagFinding) -> str:
        if finding.code == "tag-hash":
            return self.tr(
                "'{0}' starts with '#', which breaks its link on the site: write '{1}'."
            ).format(finding.tag, finding.suggestion or "")
        if finding.code == "tag-variant":
            return self.tr(
                "The site already has '{1}'; '{0}' differs only in case, accents "
                "or spacing. Use '{1}'."
            ).format(finding.tag, finding.suggestion)
        if finding.code == "tag-slug-clash":
            return self.tr("'{0}' and '{1}' share one page on the site; keep one.").format(
                finding.tag, finding.other or finding.suggestion or ""
            )
        if finding.code == "tag-empty-slug":
            return self.tr(
                "'{0}' gives an empty address on the site; use letters or digits."
            ).format(finding.tag)
        if finding.code == "category-count":
            return self.tr(
                "This site keeps only the first category; '{0}' and any after it are dropped."
            ).format(finding.tag)
        return word(finding.message)

    def _update_hazards(self) -> None:
        texts = self.hazard_texts()
        self.hazards.setText("\n".join(texts))
        self.hazards.setVisible(bool(texts))

    # ----- the article's terms --------------------------------------------------------------

    def terms(self) -> list[str]:
        """The terms as shown."""
        return list(self._terms)

    def show_terms(self, terms: list[str], editable: bool) -> None:
        """Show ``terms`` unless they are what is already shown."""
        self.setEnabled(editable)
        if terms == self._terms:
            return
        self._terms = list(terms)
        self.list.clear()
        self.list.addItems(self._terms)
        self._update_hazards()

    def add_terms(self, text: str) -> None:
        """Add every term in ``text`` ("#a #b", "a, b" or one), in the site's spelling."""
        wanted = [canonical(t, self._counts, self._style) for t in split_tag_input(text)]
        if self._limit == 1:
            new = dedupe(wanted)[-1:] or self._terms
        else:
            new = merge_tags(dedupe(self._terms), wanted)
        self._emit(new)

    def _emit(self, terms: list[str]) -> None:
        # Show the new list at once: the window re-reads the text only after a short delay,
        # and a second quick edit must build on this one.
        if terms == self._terms:
            return
        self.show_terms(terms, self.isEnabled())
        self.terms_edited.emit(terms)

    def _suggest(self, text: str) -> None:
        self.suggestions.clear()
        present = set(self._terms)
        last = split_tag_input(text)[-1:] if text.strip() else []
        found = complete(last[0], self._counts) if last else []
        matches = [m for m in found if m[0] not in present]
        for term, count in matches[:SUGGESTIONS]:
            item = QListWidgetItem(f"{term}  ({count})")
            item.setData(Qt.ItemDataRole.UserRole, term)
            self.suggestions.addItem(item)
        self.suggestions.setVisible(bool(matches))

    def suggested(self) -> list[str]:
        """The terms currently suggested, in order."""
        return [
            self.suggestions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.suggestions.count())
        ]

    def _take_suggestion(self, item: QListWidgetItem) -> None:
        term = item.data(Qt.ItemDataRole.UserRole)
        pieces = split_tag_input(self.entry.text())[:-1]
        self.add_terms(", ".join([*pieces, term]))
        self.entry.clear()
        self._suggest("")
        self.entry.setFocus()

    def _add_from_entry(self) -> None:
        self.add_terms(self.entry.text())
        self.entry.clear()
        self._suggest("")

    def _update_buttons(self) -> None:
        selected = bool(self.list.selectedItems())
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(selected)

    def _remove_selected(self) -> None:
        doomed = {item.text() for item in self.list.selectedItems()}
        self._emit([t for t in self._terms if t not in doomed])

    def _move_selected(self, step: int) -> None:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        if len(rows) != 1:
            return
        row, target = rows[0], rows[0] + step
        if not 0 <= target < len(self._terms):
            return
        order = list(self._terms)
        order[row], order[target] = order[target], order[row]
        self._emit(order)
        self.list.setCurrentRow(target)

    def _emit_from_list(self, *_args) -> None:
        order = [self.list.item(i).text() for i in range(self.list.count())]
        if order != self._terms:
            self._terms = order
            self.terms_edited.emit(order)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self._remove_selected()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        # Down in the entry steps into the suggestions, as in a completer popup.
        if (
            watched is self.entry
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.suggestions.count()
        ):
            self.suggestions.setFocus()
            self.suggestions.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)


class TagsPanel(TermsPanel):
    """The article's tags (the name the main window has always used)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tags", parent)
        self.tags_edited = self.terms_edited

    def tags(self) -> list[str]:
        """The tags as shown."""
        return self.terms()

    def show_tags(self, tags: list[str], editable: bool) -> None:
        """Show ``tags`` unless they are what is already shown."""
        self.show_terms(tags, editable)

    def add_tags(self, text: str) -> None:
        """Add every tag in ``text``."""
        self.add_terms(text)
