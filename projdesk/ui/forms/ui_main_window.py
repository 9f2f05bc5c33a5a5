# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QSizePolicy, QStackedWidget,
    QStatusBar, QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1400, 860)
        self.actionNewOpportunity = QAction(MainWindow)
        self.actionNewOpportunity.setObjectName(u"actionNewOpportunity")
        self.actionQuickLog = QAction(MainWindow)
        self.actionQuickLog.setObjectName(u"actionQuickLog")
        self.actionImportSnapshot = QAction(MainWindow)
        self.actionImportSnapshot.setObjectName(u"actionImportSnapshot")
        self.actionExportSnapshot = QAction(MainWindow)
        self.actionExportSnapshot.setObjectName(u"actionExportSnapshot")
        self.actionWeeklyReport = QAction(MainWindow)
        self.actionWeeklyReport.setObjectName(u"actionWeeklyReport")
        self.actionReminders = QAction(MainWindow)
        self.actionReminders.setObjectName(u"actionReminders")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        self.navList.setObjectName(u"navList")
        self.navList.setObjectName(u"navList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.navList.sizePolicy().hasHeightForWidth())
        self.navList.setSizePolicy(sizePolicy)
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")
        self.boardPage = QWidget()
        self.boardPage.setObjectName(u"boardPage")
        self.boardLayout = QVBoxLayout(self.boardPage)
        self.boardLayout.setObjectName(u"boardLayout")
        self.pages.addWidget(self.boardPage)
        self.customersPage = QWidget()
        self.customersPage.setObjectName(u"customersPage")
        self.customersLayout = QVBoxLayout(self.customersPage)
        self.customersLayout.setObjectName(u"customersLayout")
        self.pages.addWidget(self.customersPage)
        self.activitiesPage = QWidget()
        self.activitiesPage.setObjectName(u"activitiesPage")
        self.activitiesLayout = QVBoxLayout(self.activitiesPage)
        self.activitiesLayout.setObjectName(u"activitiesLayout")
        self.pages.addWidget(self.activitiesPage)
        self.reportsPage = QWidget()
        self.reportsPage.setObjectName(u"reportsPage")
        self.reportsLayout = QVBoxLayout(self.reportsPage)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.pages.addWidget(self.reportsPage)
        self.syncPage = QWidget()
        self.syncPage.setObjectName(u"syncPage")
        self.syncLayout = QVBoxLayout(self.syncPage)
        self.syncLayout.setObjectName(u"syncLayout")
        self.pages.addWidget(self.syncPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.mainToolBar.addAction(self.actionNewOpportunity)
        self.mainToolBar.addAction(self.actionQuickLog)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionImportSnapshot)
        self.mainToolBar.addAction(self.actionExportSnapshot)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionWeeklyReport)
        self.mainToolBar.addAction(self.actionReminders)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionUndo)
        self.mainToolBar.addAction(self.actionSettings)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ProjDesk \u9879\u76ee\u8fd0\u4f5c\u52a9\u624b", None))
        self.actionNewOpportunity.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u5546\u673a", None))
#if QT_CONFIG(shortcut)
        self.actionNewOpportunity.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuickLog.setText(QCoreApplication.translate("MainWindow", u"\u8bb0\u5f55\u65e5\u5fd7", None))
#if QT_CONFIG(shortcut)
        self.actionQuickLog.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionImportSnapshot.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165\u5feb\u7167", None))
#if QT_CONFIG(shortcut)
        self.actionImportSnapshot.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportSnapshot.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u5feb\u7167", None))
#if QT_CONFIG(shortcut)
        self.actionExportSnapshot.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionWeeklyReport.setText(QCoreApplication.translate("MainWindow", u"\u5468\u62a5", None))
#if QT_CONFIG(shortcut)
        self.actionWeeklyReport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.actionReminders.setText(QCoreApplication.translate("MainWindow", u"\u63d0\u9192", None))
#if QT_CONFIG(shortcut)
        self.actionReminders.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"\u64a4\u9500", None))
#if QT_CONFIG(shortcut)
        self.actionUndo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e", None))
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"\u641c\u7d22", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)

        __sortingEnabled = self.navList.isSortingEnabled()
        self.navList.setSortingEnabled(False)
        ___qlistwidgetitem = self.navList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"\u770b\u677f", None))
        ___qlistwidgetitem1 = self.navList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"\u5ba2\u6237", None))
        ___qlistwidgetitem2 = self.navList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"\u65e5\u5fd7", None))
        ___qlistwidgetitem3 = self.navList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"\u62a5\u8868", None))
        ___qlistwidgetitem4 = self.navList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"\u540c\u6b65", None))
        self.navList.setSortingEnabled(__sortingEnabled)

        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u5de5\u5177\u680f", None))
    # retranslateUi

