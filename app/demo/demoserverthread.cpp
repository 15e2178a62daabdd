#include "demo/demoserverthread.h"

#include "demo/localokxserver.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

/** Owns the server for the lifetime of run(), so it is created and destroyed in this thread. */
class DemoServerThread::Thread final : public QThread
{
public:
    // Atomics so that the hand-over between the threads is explicit (and visible to race detectors).
    std::atomic<LocalOkxServer *> server{nullptr};
    std::atomic<bool> listening{false};
    QSemaphore ready;

protected:
    void run() override
    {
        LocalOkxServer localServer;
        listening = localServer.start();
        server = listening ? &localServer : nullptr;
        ready.release();
        if (listening)
            exec();
        server = nullptr;
    }
};

DemoServerThread::DemoServerThread()
    : d(std::make_unique<Thread>())
{
    d->setObjectName(QStringLiteral("LocalOkxServer"));
}

DemoServerThread::~DemoServerThread()
{
    // quit() before exec() has started is not lost: QThread then returns from exec() at once.
    d->quit();
    d->wait();
}

bool DemoServerThread::start()
{
    if (d->isRunning() || d->isFinished())
        return d->server != nullptr;
    d->start();
    d->ready.acquire();
    return d->listening;
}

LocalOkxServer *DemoServerThread::server() const
{
    return d->server;
}

QUrl DemoServerThread::baseUrl() const
{
    const LocalOkxServer *server = d->server;
    return server ? server->baseUrl() : QUrl();
}
