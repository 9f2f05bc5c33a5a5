from projdesk.ui.main_window import PAGES, MainWindow


def test_main_window_has_navigation_toolbar_and_search(qtbot, services):
    window = MainWindow(services.db.path)
    qtbot.addWidget(window)
    window.show()
    nav = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert nav == ["看板", "客户", "日志", "日程", "报表", "同步"]
    actions = [a.text() for a in window.ui.mainToolBar.actions() if a.text()]
    assert {"新建商机", "记录日志", "导入快照", "导出快照", "周报"} <= set(actions)
    window.ui.navList.setCurrentRow(PAGES.index("sync"))
    assert window.ui.pages.currentIndex() == PAGES.index("sync")
    assert str(services.db.path) in window.status_db.text()


def test_features_set_no_attribute_on_the_main_window(qtbot, services):
    """Features are handed each other by constructor (projdesk.ui.app.AppParts), never through
    attributes of the window."""
    from projdesk.ui.app import build_app

    bare = MainWindow(services.db.path)
    qtbot.addWidget(bare)
    parts = build_app(services)
    qtbot.addWidget(parts.window)
    assert set(vars(parts.window)) == set(vars(bare))
    assert parts.board.runner is parts.runner and parts.sync.runner is parts.runner  # one runner
