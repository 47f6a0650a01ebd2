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
from articleeditor.ui.messages import describe
from articleeditor.ui.worker_jobs import reference_view

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from articleeditor.ui.editor.markdown_editor import MarkdownEditor
    from articleeditor.ui.panels.references_panel import ReferencesPanel
    from articleeditor.ui.window_services import WindowServices
    from articleeditor.ui.workers import WorkerProcess


class ReferencesFeature(QObject):
    """Owns the reference view worker and the citation actions of the current article."""

    def __init__(
        self,
        services: WindowServices,
        editor: MarkdownEditor,
        panel: ReferencesPanel,
        worker: WorkerProcess,
        import_action: QAction,
    ) -> None:
        super().__init__(services)
        self.services = services
        self.editor = editor
        self.panel = panel
        self.runner = worker.channel()
        self.runner.done.connect(self._show_view)
        self.runner.failed.connect(services.show_worker_error)
        self.completer = CitationCompleter(editor)
        self.panel.cite_requested.connect(self.insert_citation)
        self.panel.use_requested.connect(self.go_to_citation)
        self.panel.problem_activated.connect(
            lambda line: editor.go_to_line(services.session.front_matter.body_line + line - 1)
        )
        import_action.triggered.connect(self._import_dialog)

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
        self.editor.highlighter.set_undefined_keys(undefined)

    def shutdown(self) -> None:
        """Wait for the worker (before the window goes away)."""
        self.runner.wait()

    def insert_citation(self, key: str) -> None:
        """Insert ``[@key]`` at the cursor as one undo step."""
        self.editor.insertPlainText(f"[@{key}]")
        self.editor.setFocus()

    def go_to_citation(self, key: str) -> None:
        """Move the cursor to the next citation of ``key`` (wrapping to the first)."""
        editor = self.editor
        text = editor.text()
        front = parse(text)
        starts = [front.span[1] + offset for offset in citation_offsets(front.body, key)]
        if not starts:
            self.services.show_status(self.tr("{0} is not cited yet").format(key), 3000)
            return
        here = editor.textCursor().position()
        position = next((p for p in starts if editor.position_of(p) > here), starts[0])
        cursor = editor.textCursor()
        cursor.setPosition(editor.position_of(position))
        editor.setTextCursor(cursor)
        editor.centerCursor()
        editor.setFocus()

    def _import_dialog(self) -> None:
        dialog = ImportReferencesDialog(self.services.dialog_parent())
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
            self.services.report_error(
                self.tr("Some references were not imported"),
                self.tr("Imported {0}. Not readable:\n{1}").format(
                    len(added), "\n".join(describe(p) for p in result.problems)
                ),
            )
        else:
            self.services.show_status(self.tr("Imported {0} references").format(len(added)), 4000)
        return [str(item["id"]) for item in added]

    def _add_duplicates_anyway(self, duplicates) -> bool:
        listing = "\n".join(
            self.tr("• {0} — same {1} as {2}", "a work, its DOI or PMID, the key it has").format(
                d.item.get("title", "?"), d.reason, d.existing_key
            )
            for d in duplicates
        )
        answer = QMessageBox.question(
            self.services.dialog_parent(),
            self.tr("Already in the article"),
            self.tr(
                "These works are already in the article:\n{0}\n\nAdd them again under new keys?"
            ).format(listing),
        )
        return answer == QMessageBox.StandardButton.Yes
