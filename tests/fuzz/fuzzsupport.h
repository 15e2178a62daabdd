#pragma once

// What every harness shares: one QCoreApplication for the whole run, quiet Qt messages, and a
// check that aborts (a finding libFuzzer reports and saves) with the reason on stderr.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/** Aborts with @p what when @p condition is false: libFuzzer saves the input as a crash. */
#define OKX_FUZZ_CHECK(condition, what)                                                                  \
    do {                                                                                              \
        if (!(condition)) {                                                                           \
            std::fprintf(stderr, "FUZZ CHECK FAILED at %s:%d: %s\n  %s\n", __FILE__, __LINE__, #condition, \
                         qUtf8Printable(QString(what)));                                              \
            std::abort();                                                                             \
        }                                                                                             \
    } while (false)

namespace FuzzSupport {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // A loader's warning about a bad file is expected here; a fatal message is a finding.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
}

/**
 * Creates the application object once (LLVMFuzzerInitialize): file loaders, translations and
 * QStandardPaths need one. Test mode keeps every standard location away from the user's own files.
 */
inline void initialize(int *argc, char ***argv)
{
    static int appArgc = 1;
    static char appName[] = "okx-fuzz";
    static char *appArgv[] = {appName, nullptr};
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    qInstallMessageHandler(quietMessages);
    QStandardPaths::setTestModeEnabled(true);
    static QCoreApplication *app = new QCoreApplication(appArgc, appArgv);
    Q_UNUSED(app);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** Writes the input to @p path, the file a loader is about to read; aborts when it cannot. */
inline void writeInput(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    OKX_FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(bytes(data, size)) == qint64(size), file.errorString());
}

} // namespace FuzzSupport

/** The harness's LLVMFuzzerInitialize: the shared set-up above. */
#define OKX_FUZZ_INITIALIZE()                                                                         \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                     \
    {                                                                                                 \
        FuzzSupport::initialize(argc, argv);                                                          \
        return 0;                                                                                     \
    }
