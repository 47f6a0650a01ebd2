"""References and citations wired into the main window: the panel's view computed off the GUI
thread, citing and jumping to uses, ``[@`` completion and importing reference files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from articleeditor.core.frontmatter import FrontMatter, parse
from articleeditor.core.refcheck import citation_offsets
from articleeditor.core.refimport import import_references, make_key
from articleeditor.core.render import RenderOptions
from articleeditor.ui.citation_completer import CitationCompleter
from articleeditor.ui.dialogs.import_references import ImportReferencesDialog
from articleeditor.ui.editor.markdown_editor import utf16_offset
from articleeditor.ui.messages import describe
from articleeditor.ui.worker_jobs import reference_view

if TYPE_CHECKING:
    from articleeditor.ui.main_window import MainWindow


class ReferencesFeature(QObject):
    """Owns the reference view worker and the citation actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.references_panel
        self.runner = window.analysis_worker.channel()
        self.runner.done.connect(self._show_view)
        self.runner.failed.connect(window.show_worker_error)
        self.completer = CitationCompleter(window.editor)
        self.panel.cite_requested.connect(self.insert_citation)
        self.panel.use_requested.connect(self.go_to_citation)
        self.panel.problem_activated.connect(
            lambda line: window.editor.go_to_line(window.front_matter.body_line + line - 1)
        )
        window.actions.import_references.triggered.connect(self._import_dialog)

    def show_references(self, references: list[dict[str, Any]], editable: bool) -> None:
        """The front matter's references changed: list them and complete their keys."""
        self.panel.show_references(references, editable)
        self.completer.set_keys([str(r.get("id", "")) for r in references])

    def refresh(self, text: str, front: FrontMatter, options: RenderOptions) -> None:
        """Recompute the panel's entries and the checks for ``text`` (parsed as ``front``)."""
        if front.error is None:
            self.runner.submit_on_text(reference_view, text, options)

    def _show_view(self, view) -> None:
        if view is None:
            return  # the front matter broke meanwhile; the banner says so
        rows, problems = view
        self.panel.show_view(rows, problems)
        undefined = {p.key for p in problems if p.code == "undefined-citation"}
        self.window.editor.highlighter.set_undefined_keys(undefined)

    def shutdown(self) -> None:
        """Wait for the worker (before the window goes away)."""
        self.runner.wait()

    def insert_citation(self, key: str) -> None:
        """Insert ``[@key]`` at the cursor as one undo step."""
        self.window.editor.insertPlainText(f"[@{key}]")
        self.window.editor.setFocus()

    def go_to_citation(self, key: str) -> None:
        """Move the cursor to the next citation of ``key`` (wrapping to the first)."""
        editor = self.window.editor
        text = editor.text()
        front = parse(text)
        starts = [front.span[1] + offset for offset in citation_offsets(front.body, key)]
        if not starts:
            self.window.statusBar().showMessage(self.tr("{0} is not cited yet").format(key), 3000)
            return
        here = editor.textCursor().position()
        position = next((p for p in starts if utf16_offset(text, p) > here), starts[0])
        cursor = editor.textCursor()
        cursor.setPosition(utf16_offset(text, position))
        editor.setTextCursor(cursor)
        editor.centerCursor()
        editor.setFocus()

    def _import_dialog(self) -> None:
        dialog = ImportReferencesDialog(self.window)
        if dialog.exec():
            self.import_text(dialog.text, dialog.path)

    def import_text(self, text: str, path: Path | None = None) -> list[str]:
        """Add the references in ``text`` to the article; returns the keys added."""
        result = import_references(text, self.panel.items(), path=path)
        added: list[dict[str, Any]] = list(result.items)
        if result.duplicates and self._add_duplicates_anyway(result.duplicates):
            taken = {str(i.get("id", "")).casefold() for i in self.panel.items()}
            taken |= {str(i["id"]).casefold() for i in added}
            added += [{**d.item, "id": make_key(d.item, taken)} for d in result.duplicates]
        if added:
            self.panel.add_references(added)
        if result.problems:
            self.window.report_error(
                self.tr("Some references were not imported"),
                self.tr("Imported {0}. Not readable:\n{1}").format(
                    len(added), "\n".join(describe(p) for p in result.problems)
                ),
            )
        else:
            self.window.statusBar().showMessage(
                self.tr("Imported {0} references").format(len(added)), 4000
            )
        return [str(item["id"]) for item in added]

    def _add_duplicates_anyway(self, duplicates) -> bool:
        listing = "\n".join(
            f"• {d.item.get('title', '?')} — same {d.reason} as {d.existing_key}"
            for d in duplicates
        )
        answer = QMessageBox.question(
            self.window,
            self.tr("Already in the article"),
            self.tr("These works are already in the article:\n{0}\n\n"
                    "Add them again under new keys?").format(listing),
        )
        return answer == QMessageBox.StandardButton.Yes
