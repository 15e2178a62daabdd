#pragma once

#include <QUrl>
#include <QtGlobal>

#include <memory>

class LocalOkxServer;

/**
 * Runs a LocalOkxServer in a thread of its own, so the UI thread, a test waiting on a QProcess, or
 * a benchmark running a Python peer never delays its answers. The server is created, run and
 * destroyed inside that thread.
 */
class DemoServerThread final
{
    Q_DISABLE_COPY_MOVE(DemoServerThread)

public:
    DemoServerThread();
    /** Stops the server and joins the thread. */
    ~DemoServerThread();
    /** Starts the thread and the server and waits until it listens; false when it cannot. */
    bool start();
    /** The running server (nullptr before a successful start()); its control calls are thread-safe. */
    LocalOkxServer *server() const;
    QUrl baseUrl() const;

private:
    class Thread;
    std::unique_ptr<Thread> d;
};
