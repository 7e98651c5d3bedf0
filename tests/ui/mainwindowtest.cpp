#include <gtest/gtest.h>

#include <QTest>

#include "ui/mainwindow.h"

TEST(MainWindowTest, OpensWithTitleAndSensibleSize)
{
    Custody::Ui::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Custody")));
    EXPECT_GE(window.width(), 800);
}
