"""The floor for the app's later start: the widgets the sign-in screen shows, and nothing of the app.

A main window with the same structure as NPS Trainer's at start (a stacked page holding a scroll area with a
heading, the language button, the introduction, the 'Sign in' group with its profile list, passphrase box and
button, and the 'create a profile' button; the File and Help menus; a status bar with the overdose button; F1
and F2), built with the Qt enums the app uses (which makes PySide6 build the Python types of ``Qt``'s
namespace). No settings, log, database, translator, error hook or app module: the time and memory any PySide6
program needs to show this screen. ``bench_startup.py`` runs it beside the bare window and the app, started and
exited the same way.
"""

import os
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("NPS Trainer")
window.resize(1100, 760)
stack = QStackedWidget()
window.setCentralWidget(stack)

page = QWidget()
scroll = QScrollArea()
scroll.setWidgetResizable(True)
QVBoxLayout(page).addWidget(scroll)
inner = QWidget()
scroll.setWidget(inner)
outer = QHBoxLayout(inner)
column = QWidget()
column.setMaximumWidth(max(640, column.fontMetrics().averageCharWidth() * 70))
outer.addStretch(1)
outer.addWidget(column, 4)
outer.addStretch(1)
layout = QVBoxLayout(column)

title = QLabel("Welcome to NPS Trainer")
font = title.font()
font.setPointSizeF(font.pointSizeF() * 1.6)
font.setBold(True)
title.setFont(font)
top = QHBoxLayout()
top.addWidget(title, 1)
top.addWidget(QPushButton("Cymraeg"), 0, Qt.AlignmentFlag.AlignTop)
layout.addLayout(top)
intro = QLabel("Learning modules, quizzes and an NPS-aware screening form for probation and drug service staff. "
               "Sign in with your own passphrase; your records are yours.")
intro.setWordWrap(True)
intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
layout.addWidget(intro)

box = QGroupBox("Sign in")
form = QFormLayout(box)
profiles = QListWidget()
for text in ("Sam K. — Practitioner", "Alex R. — Manager", "Jo T. — Drug service worker"):
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, text)
    profiles.addItem(item)
profiles.setCurrentRow(0)
who = QLabel("&Who are you?")
who.setBuddy(profiles)
form.addRow(who)
form.addRow(profiles)
passphrase = QLineEdit()
passphrase.setEchoMode(QLineEdit.EchoMode.Password)
form.addRow(QLabel("&Passphrase:"), passphrase)
form.addRow(QPushButton("&Sign in"))
layout.addWidget(box)
layout.addWidget(QPushButton("New here? Create your profile…"), alignment=Qt.AlignmentFlag.AlignLeft)
layout.addStretch(1)
stack.addWidget(page)

window.statusBar().addWidget(QPushButton("Suspected overdose? (F2)"))
window.statusBar().addPermanentWidget(QLabel(""))
file_menu = window.menuBar().addMenu("&File")
for action in ("Settings…", "Sign out", "Quit"):
    file_menu.addAction(action)
window.menuBar().addMenu("&Help").addAction("User guide")
for key in ("F1", "F2"):
    QShortcut(QKeySequence(key), window).setContext(Qt.ShortcutContext.ApplicationShortcut)
window.show()
passphrase.setFocus()


def exit_now() -> None:
    if os.environ.get("NPS_TRAINER_REPORT_READY"):  # as the app does, for bench_startup.py
        print(f"ready {time.monotonic_ns()}", flush=True)
    app.exit(0)


QTimer.singleShot(0, exit_now)
sys.exit(app.exec())
