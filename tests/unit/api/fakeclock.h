#pragma once

#include <chrono>

#include <QDateTime>
#include <QTimeZone>

#include "core/api/clock.h"

namespace Custody::Api::Test {

/// A clock that moves only when a test says so.
class FakeClock final : public Clock
{
public:
    FakeClock()
        : m_utc(QDateTime(QDate(2025, 3, 14), QTime(9, 0), QTimeZone::utc()))
    {
    }

    QDateTime nowUtc() const override { return m_utc; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advance(std::chrono::milliseconds by)
    {
        m_monotonicMs += by.count();
        m_utc = m_utc.addMSecs(by.count());
    }

private:
    QDateTime m_utc;
    qint64 m_monotonicMs = 1'000'000; // not zero, so "time 0" bugs show up
};

} // namespace Custody::Api::Test
