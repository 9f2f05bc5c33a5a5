"""设置: who I am, certified project leads, key-account threshold, idle days, gates, templates, 资料库."""

from __future__ import annotations

import copy
from dataclasses import replace

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
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import STAGES
from projdesk.domain.errors import ProjDeskError
from projdesk.domain.library import Library, from_data, to_data
from projdesk.domain.limits import MAX_SNAPSHOT_FILE_BYTES, MAX_SNAPSHOT_FILES_BYTES
from projdesk.domain.money import format_wan
from projdesk.storage.services import Services
from projdesk.storage.setting_keys import SETTING_KEYS
from projdesk.storage.settings import Preferences
from projdesk.ui.agenda_notice import ENABLED_KEY as NOTICE_KEY
from projdesk.ui.agenda_notice import notice_enabled
from projdesk.ui.board.delegate import COMFORTABLE, COMPACT
from projdesk.ui.board.density import DENSITY_KEY, saved_density
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import InlineMessage, em, tr
from projdesk.ui.language import LANGUAGES, PREF_KEY
from projdesk.ui.library_records import LibraryRecords

LIBRARY_TAB = "libraryTab"  # the 资料库 tab, where pre-flight sends a gap in the company's data
LIBRARY_RECORDS_TAB = "libraryRecordsTab"  # qualifications, cases, chapters, team


def _box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _megabytes(value: int, most: int) -> QSpinBox:
    """A size limit in MB; larger files travel in a snapshot as their description only."""
    spin = QSpinBox()
    spin.setRange(0, most // 2**20)
    spin.setSuffix(" MB")
    spin.setValue(value)
    spin.setToolTip(tr("更大的附件只传送说明，同事看到“未随快照传送”"))
    return spin


class SettingsDialog(QDialog):
    def __init__(
        self, services: Services, parent: QWidget | None = None, *, runner: Runner | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.imported = False  # a library file read in replaces the whole library on 保存
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
        self.agenda_notice = QCheckBox(tr("启动时提醒今天和逾期的日程（每天一次）"))
        self.agenda_notice.setObjectName("agendaNotice")
        self.agenda_notice.setChecked(notice_enabled(prefs.extra))
        form.addRow("", self.agenda_notice)
        form.addRow(tr("公司模板文件夹"), folder)
        # Our company's name goes into bids and contracts; generated files go to this folder.
        self.company_name = QLineEdit(services.library.load().company.name)
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
        self.density = QComboBox()  # also the 视图 menu's 紧凑卡片 toggle (board/density.py)
        self.density.setObjectName("cardDensity")
        self.density.addItem(tr("舒适（五行，带步骤进度）"), COMFORTABLE)
        self.density.addItem(tr("紧凑（四行，一屏更多商机）"), COMPACT)
        self.density.setCurrentIndex(self.density.findData(saved_density(prefs)))
        form.addRow(tr("看板卡片"), self.density)
        self.file_limit = _megabytes(prefs.snapshot_file_limit_mb, MAX_SNAPSHOT_FILE_BYTES)
        self.file_limit.setObjectName("snapshotFileLimit")
        self.files_limit = _megabytes(prefs.snapshot_files_limit_mb, MAX_SNAPSHOT_FILES_BYTES)
        self.files_limit.setObjectName("snapshotFilesLimit")
        limits = QHBoxLayout()
        limits.addWidget(QLabel(tr("单个文件")))
        limits.addWidget(self.file_limit)
        limits.addWidget(QLabel(tr("合计")))
        limits.addWidget(self.files_limit)
        limits.addStretch(1)
        form.addRow(tr("随快照传送的附件"), limits)
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

        self.library = services.library.load()
        library_tab = self._library_tab()
        library_tab.setObjectName(LIBRARY_TAB)
        self.tabs.addTab(library_tab, tr("资料库"))
        if runner is not None:  # the records are written as they are edited, on the one runner
            self.records = LibraryRecords(services, runner)
            self.records.setObjectName(LIBRARY_RECORDS_TAB)
            self.tabs.addTab(self.records, tr("资质、案例、章节、团队"))

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

    def show_tab(self, name: str) -> None:
        """Open at the tab whose object name is ``name`` (LIBRARY_TAB, a records page), the tabs
        around it brought forward too."""
        widget = self.tabs.findChild(QWidget, name)
        while widget is not None and widget is not self:
            parent = widget.parentWidget()
            # a tab's page sits in the QTabWidget's own QStackedWidget
            if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
                tabs = parent.parentWidget()
                assert isinstance(tabs, QTabWidget)
                tabs.setCurrentWidget(widget)
            widget = parent

    def _library_tab(self) -> QWidget:
        """The company's particulars (printed in bids and contracts), the after-sales commitments,
        and the whole library as one file to import or export."""
        tab = QWidget()
        form = QFormLayout(tab)
        c = self.library.company
        self.company_fields: dict[str, QLineEdit] = {}
        for key, label, value in (
            ("legal_rep", tr("法定代表人"), c.legal_rep),
            ("address", tr("公司地址"), c.address),
            ("phone", tr("公司电话"), c.phone),
            ("bank", tr("开户银行"), c.bank),
            ("account", tr("银行账号"), c.account),
            ("tax_number", tr("纳税人识别号"), c.tax_number),
            ("tax_rate", tr("增值税税率"), c.tax_rate),
        ):
            edit = QLineEdit(value)
            edit.setObjectName(f"library_{key}")
            self.company_fields[key] = edit
            form.addRow(label, edit)
        self.intro = _box(4)
        self.intro.setObjectName("library_intro")
        self.intro.setPlainText(c.intro)
        form.addRow(tr("公司简介"), self.intro)
        self.after_sales = _box(4)
        self.after_sales.setObjectName("library_after_sales")
        self.after_sales.setPlaceholderText(tr("每行一条，例如：接到故障报告后 30 分钟内响应"))
        self.after_sales.setPlainText("\n".join(self.library.after_sales))
        form.addRow(tr("售后服务承诺"), self.after_sales)
        self.library_summary = QLabel()
        self.library_summary.setObjectName("librarySummary")
        self.library_summary.setWordWrap(True)
        self._show_library_summary()
        form.addRow(tr("资质、案例、章节、团队"), self.library_summary)
        row = QHBoxLayout()
        load = QPushButton(tr("导入资料库…"))
        load.setObjectName("libraryImport")
        load.clicked.connect(self.import_library)
        save = QPushButton(tr("导出资料库…"))
        save.setObjectName("libraryExport")
        save.clicked.connect(self.export_library)
        row.addWidget(load)
        row.addWidget(save)
        row.addStretch(1)
        form.addRow("", row)
        return tab

    def _show_library_summary(self) -> None:
        lib = self.library
        self.library_summary.setText(
            tr(
                "资质 %d 项、案例 %d 个、产品与服务章节 %d 篇、项目团队 %d 人。公司统一维护时，导入公司下发的资料库文件即可。"
            )
            % (len(lib.qualifications), len(lib.cases), len(lib.chapters), len(lib.team))
        )

    def import_library(self) -> None:
        from projdesk.deliverables.library_file import read_library_file

        path = dialogs.open_file(self, tr("导入资料库"), tr("资料库文件 (*.json)"))
        if not path:
            return
        try:
            self.library = read_library_file(path)  # stored when the dialog is saved
            self.imported = True
        except ProjDeskError as exc:
            self.message.error(exc)
            return
        c = self.library.company
        self.company_name.setText(c.name)
        for key, edit in self.company_fields.items():
            edit.setText(getattr(c, key))
        self.intro.setPlainText(c.intro)
        self.after_sales.setPlainText("\n".join(self.library.after_sales))
        self._show_library_summary()
        self.message.ok(tr("已读入资料库文件；保存设置后生效。"))

    def export_library(self) -> None:
        from projdesk.deliverables.library_file import write_library_file

        path = dialogs.save_file(self, tr("导出资料库"), tr("资料库.json"), tr("资料库文件 (*.json)"))
        if not path:
            return
        try:
            write_library_file(self.collect_library(), path)
        except (ProjDeskError, OSError) as exc:
            self.message.error(exc)
            return
        self.message.ok(tr("资料库已导出：%s") % path)

    def collect_library(self) -> Library:
        """The library as shown: the records (a file's when one was imported, else as stored now:
        the records tab writes them as they are edited) with the company fields as edited here."""
        if not self.imported:
            self.library = self.services.library.load()
        company = replace(
            self.library.company,
            name=self.company_name.text().strip(),
            intro=self.intro.toPlainText().strip(),
            **{key: edit.text().strip() for key, edit in self.company_fields.items()},
        )
        commitments = tuple(
            line.strip() for line in self.after_sales.toPlainText().splitlines() if line.strip()
        )
        return from_data(to_data(replace(self.library, company=company, after_sales=commitments)))

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
        folder_text = self.documents_folder.text().strip()
        if folder_text:
            prefs.extra["documents_folder"] = folder_text
        else:
            prefs.extra.pop("documents_folder", None)
        prefs.extra[PREF_KEY] = self.language.currentData()
        prefs.extra[DENSITY_KEY] = self.density.currentData()
        prefs.extra[NOTICE_KEY] = self.agenda_notice.isChecked()
        SETTING_KEYS["snapshot_file_limit_mb"].write(prefs, str(self.file_limit.value()))
        SETTING_KEYS["snapshot_files_limit_mb"].write(prefs, str(self.files_limit.value()))
        return prefs

    def save(self) -> None:
        try:
            prefs = self.collect()
            library = self.collect_library()  # checked like a library file: a bad value saves nothing
            self.services.ctx.save_preferences(prefs)
            self.services.library.save(library)
        except ProjDeskError as exc:
            self.message.error(exc)
            return
        self.accept()
