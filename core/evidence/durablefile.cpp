#include "core/evidence/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Custody::Evidence {

bool syncToDisk(int handle)
{
#ifdef Q_OS_WIN
    return ::_commit(handle) == 0;
#else
    return ::fsync(handle) == 0;
#endif
}

// POSIX rename() and MoveFileEx(REPLACE_EXISTING) replace the target in one
// step, so a stale target never has to be removed first and no moment exists
// in which neither the old nor the new file is there.
bool replaceFileDurably(const QString &source, const QString &target, QString *detail)
{
#ifdef Q_OS_WIN
    const std::wstring from = QDir::toNativeSeparators(source).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(target).toStdWString();
    if (::MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *detail = QStringLiteral("MoveFileEx failed with error %1").arg(::GetLastError());
    return false;
#else
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0) {
        *detail = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The new folder entry must survive a power cut too.
    const int dir = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
#endif
}

} // namespace Custody::Evidence
