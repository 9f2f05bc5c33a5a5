"""Card density, 舒适 or 紧凑: the toggle (a QAction for the 视图 menu) and the setting, kept in
the preferences (``extra["card_density"]``) like the board's other state."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListView

from projdesk.storage.preferences import Preferences
from projdesk.ui.board.delegate import COMFORTABLE, COMPACT, DENSITIES, CardDelegate

DENSITY_KEY = "card_density"


def saved_density(prefs: Preferences) -> str:
    value = prefs.extra.get(DENSITY_KEY)
    return value if isinstance(value, str) and value in DENSITIES else COMFORTABLE


class CardDensity(QObject):
    """Applies a density to the one delegate and lays the columns' cards out again; ``action``
    is checked for 紧凑 and toggles between the two."""

    def __init__(
        self,
        delegate: CardDelegate,
        views: Sequence[QListView],
        prefs: Callable[[], Preferences],
        save: Callable[[Preferences], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.delegate = delegate
        self.views = views
        self.prefs = prefs
        self.save = save
        self.action = QAction(self.tr("紧凑卡片"), self)
        self.action.setObjectName("actionCompactCards")
        self.action.setCheckable(True)
        self.action.setToolTip(
            self.tr("紧凑：每张卡片四行，一屏看到更多商机；舒适：五行，带本阶段的步骤进度")
        )
        self.action.toggled.connect(lambda compact: self.set(COMPACT if compact else COMFORTABLE))
        self.reload()

    def reload(self) -> None:
        """Take the density from the preferences (at start, after 设置 or a change of database)."""
        self.set(saved_density(self.prefs()), keep=False)

    def set(self, density: str, *, keep: bool = True) -> None:
        """Show the cards at ``density``; ``keep`` saves it in the preferences too."""
        if density not in DENSITIES:
            density = COMFORTABLE
        self.action.blockSignals(True)  # set() is what the toggle calls: no second round
        self.action.setChecked(density == COMPACT)
        self.action.blockSignals(False)
        if density != self.delegate.density:
            self.delegate.set_density(density)
            for view in self.views:
                view.doItemsLayout()  # one uniform card size: measured again
                view.viewport().update()
        prefs = self.prefs()
        if keep and prefs.extra.get(DENSITY_KEY) != density:
            prefs.extra[DENSITY_KEY] = density
            self.save(prefs)
