#pragma once

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include "core/store/jobstore.h"

// A JobStore on a fresh file in a temporary folder, with one export.
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const auto opened = m_store.open(dbPath());
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        const auto created = m_store.createExport({ {}, QStringLiteral("Claims March"), QStringLiteral("profile-1"),
            QStringLiteral(R"({"queue":"Claims"})"), QStringLiteral("/srv/legal/case-4711") });
        ASSERT_TRUE(created.ok());
        m_exportId = created.value();
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("jobs.sqlite")); }

    Custody::Store::NewTask task(
        const QString &key, Custody::Store::TaskKind kind = Custody::Store::TaskKind::Analytics) const
    {
        return { m_exportId, kind, QStringLiteral("2024-03-01/2024-03-02"), key, QStringLiteral(R"({"page":1})") };
    }

    QList<Custody::Store::NewItem> items(int first, int count) const
    {
        QList<Custody::Store::NewItem> list;
        list.reserve(count);
        for (int i = first; i < first + count; ++i) {
            list.append({ QStringLiteral("conv-%1").arg(i / 2), QStringLiteral("rec-%1").arg(i),
                QStringLiteral(R"({"n":%1})").arg(i) });
        }
        return list;
    }

    QTemporaryDir m_dir;
    Custody::Store::JobStore m_store;
    Custody::Store::ExportId m_exportId = 0;
};
