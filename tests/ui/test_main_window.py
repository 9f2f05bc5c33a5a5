from projdesk.ui.main_window import PAGES, MainWindow


def test_main_window_has_navigation_toolbar_and_search(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    nav = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert nav == ["看板", "客户", "日志", "报表", "同步"]
    actions = [a.text() for a in window.ui.mainToolBar.actions() if a.text()]
    assert {"新建商机", "记录日志", "导入快照", "导出快照", "周报"} <= set(actions)
    window.ui.navList.setCurrentRow(PAGES.index("sync"))
    assert window.ui.pages.currentIndex() == PAGES.index("sync")
    assert str(services.db.path) in window.status_db.text()
