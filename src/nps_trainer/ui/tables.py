"""Read-only tables set up the same way everywhere: whole-row selection, keyboard-friendly, named."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget


def setup_read_only_table(table: QTableWidget, columns: Sequence[str], accessible_name: str,
                          description: str = "") -> QTableWidget:
    """Headers, accessible name and description, one whole row selected at a time, no editing, Tab leaves
    the table (arrow keys move within it), alternating row colours, no row numbers."""
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setAccessibleName(accessible_name)
    if description:
        table.setAccessibleDescription(description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table
