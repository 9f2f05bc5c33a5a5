"""设置: who I am, certified project leads, key-account threshold, idle days, gates, templates, materials."""

from __future__ import annotations

import copy

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import INDUSTRIES, STAGES
from projdesk.domain.errors import ProjDeskError
from projdesk.domain.money import format_wan
from projdesk.storage.services import Services
from projdesk.storage.setting_keys import COMPANY_NAME, SETTING_KEYS
from projdesk.storage.settings import Preferences
from projdesk.ui.common import dialogs
from projdesk.ui.common.materials import TEXT_KEYS, cases_key
from projdesk.ui.common.widgets import InlineMessage, em, tr
from projdesk.ui.language import LANGUAGES, PREF_KEY


def _box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(tr("设置"))
        self.setObjectName("settingsDialog")
        prefs = services.prefs
        self.tabs = QTabWidget()

        general = QWidget()
        form = QFormLayout(general)
        self.user_name = QLineEdit(prefs.user_name)
        self.device_name = QLineEdit(prefs.device_name)
        self.leads = _box(4)
        self.leads.setPlaceholderText(tr("每行一位持证项目主管；留空则以各商机自己的“已认证”为准"))
        self.leads.setPlainText("\n".join(prefs.certified_leads))
        self.threshold = QLineEdit(format_wan(prefs.threshold))
        self.threshold.setMaximumWidth(em(self, 8))
        self.gates_block = QCheckBox(tr("未满足阶段门槛时阻止推进（不勾选则只提醒）"))
        self.gates_block.setChecked(prefs.gates_block)
        self.template_folder = QLineEdit(prefs.template_folder)
        browse = QPushButton(tr("选择…"))
        browse.clicked.connect(self._browse)
        folder = QHBoxLayout()
        folder.addWidget(self.template_folder, 1)
        folder.addWidget(browse)
        form.addRow(tr("我的姓名"), self.user_name)
        form.addRow(tr("本机名称"), self.device_name)
        form.addRow(tr("持证项目主管"), self.leads)
        form.addRow(tr("重点客户金额门槛（万元）"), self.threshold)
        form.addRow("", self.gates_block)
        form.addRow(tr("公司模板文件夹"), folder)
        # Our company's name goes into bids and contracts; generated files go to this folder.
        self.company_name = QLineEdit(SETTING_KEYS[COMPANY_NAME].read(prefs))
        self.company_name.setPlaceholderText(tr("投标书、合同中的我方名称，例如：某某信息技术股份有限公司"))
        form.addRow(tr("我方公司名称"), self.company_name)
        self.documents_folder = QLineEdit(str(prefs.extra.get("documents_folder", "")))
        self.documents_folder.setPlaceholderText(tr("留空：用户“文档”文件夹下的 ProjDesk"))
        form.addRow(tr("文档保存位置"), self.documents_folder)
        self.language = QComboBox()
        self.language.setObjectName("languageChooser")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        saved = str(prefs.extra.get(PREF_KEY) or QLocale.system().name())
        self.language.setCurrentIndex(1 if saved.startswith("en") else 0)
        self.language_note = QLabel(tr("界面语言将在下次启动 ProjDesk 时生效。"))
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(lambda _i: self.language_note.show())
        form.addRow(tr("界面语言"), self.language)
        form.addRow("", self.language_note)
        self.tabs.addTab(general, tr("常规"))

        idle = QWidget()
        idle_form = QFormLayout(idle)
        self.idle_days: dict[int, QSpinBox] = {}
        for st in STAGES:
            spin = QSpinBox()
            spin.setRange(1, 365)
            spin.setSuffix(tr(" 天"))
            spin.setValue(prefs.idle_days_for(st.number))
            self.idle_days[st.number] = spin
            idle_form.addRow(f"{st.number} {tr(st.name)}", spin)
        self.tabs.addTab(idle, tr("停滞提醒"))

        materials = QWidget()
        mat_form = QFormLayout(materials)
        self.materials = dict(prefs.materials)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, label in TEXT_KEYS.items():
            self.texts[key] = _box(4)
            self.texts[key].setPlainText(self.materials.get(key, ""))
            mat_form.addRow(tr(label), self.texts[key])
        self.industry = QComboBox()
        self.industry.addItems(list(INDUSTRIES))
        self.cases = _box(5)
        self.cases.setPlaceholderText(tr("本行业做过的项目：客户、内容、规模、效果"))
        self._industry_shown = INDUSTRIES[0]
        self.cases.setPlainText(self.materials.get(cases_key(self._industry_shown), ""))
        self.industry.currentTextChanged.connect(self._switch_industry)
        mat_form.addRow(tr("案例的行业"), self.industry)
        mat_form.addRow(tr("行业案例"), self.cases)
        self.tabs.addTab(materials, tr("资料库"))

        self.message = InlineMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.resize(em(self, 44), em(self, 34))

    def _browse(self) -> None:
        path = dialogs.open_file(self, tr("选择模板文件夹中的任一模板"), "Word/Excel (*.docx *.xlsx *.pptx)")
        if path:
            from pathlib import Path

            self.template_folder.setText(str(Path(path).parent))

    def _switch_industry(self, industry: str) -> None:
        self.materials[cases_key(self._industry_shown)] = self.cases.toPlainText()
        self._industry_shown = industry
        self.cases.setPlainText(self.materials.get(cases_key(industry), ""))

    def collect(self) -> Preferences:
        """The preferences as entered; InvalidInput names a bad value (nothing is saved then)."""
        prefs = copy.deepcopy(self.services.prefs)
        # The same keys and checks as ``projdesk config set`` (projdesk.storage.setting_keys).
        SETTING_KEYS["user_name"].write(prefs, self.user_name.text())
        # The field is in 万元; "300" and "300万" both mean 3,000,000 yuan, within the one bound.
        SETTING_KEYS["key_account_threshold"].write(prefs, self.threshold.text())
        prefs.device_name = self.device_name.text().strip() or prefs.device_name
        SETTING_KEYS["certified_leads"].write(prefs, self.leads.toPlainText())
        prefs.gates_block = self.gates_block.isChecked()
        SETTING_KEYS["template_folder"].write(prefs, self.template_folder.text())
        prefs.idle_days = {str(n): spin.value() for n, spin in self.idle_days.items()}
        self.materials[cases_key(self._industry_shown)] = self.cases.toPlainText()
        for key, box in self.texts.items():
            self.materials[key] = box.toPlainText()
        prefs.materials = {k: v.strip() for k, v in self.materials.items() if v.strip()}
        SETTING_KEYS[COMPANY_NAME].write(prefs, self.company_name.text())
        folder_text = self.documents_folder.text().strip()
        if folder_text:
            prefs.extra["documents_folder"] = folder_text
        else:
            prefs.extra.pop("documents_folder", None)
        prefs.extra[PREF_KEY] = self.language.currentData()
        return prefs

    def save(self) -> None:
        try:
            prefs = self.collect()
            self.services.ctx.save_preferences(prefs)
        except ProjDeskError as exc:
            self.message.error(exc)
            return
        self.accept()
