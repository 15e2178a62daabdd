#include "qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace {

KeychainBackend::Answer::Failure failureOf(QKeychain::Error error)
{
    using Failure = KeychainBackend::Answer::Failure;
    switch (error) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Failure::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
        return Failure::CannotDelete;
    default:
        // OtherError included: QtKeychain reports D-Bus failures (no session bus, no Secret Service:
        // org.freedesktop.DBus.Error.ServiceUnknown) with it.
        return Failure::Unavailable;
    }
}

/**
 * Starts @p job and answers @p done when it finishes, if @p context is still there. The job belongs
 * to the application (QtKeychain deletes it once finished, the application at its end), never to
 * @p context: the Secret Service answers a job through a pointer to it, so a job deleted in flight,
 * with a window that closed, would be answered after its end.
 */
void run(QKeychain::Job *job, const QString &key, QObject *context, KeychainBackend::Callback done)
{
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        KeychainBackend::Answer answer;
        switch (job->error()) {
        case QKeychain::NoError:
            answer.status = KeychainBackend::Answer::Status::Done;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                answer.data = read->binaryData();
            break;
        case QKeychain::EntryNotFound:
            answer.status = KeychainBackend::Answer::Status::NotFound;
            break;
        default:
            answer.status = KeychainBackend::Answer::Status::Failed;
            answer.failure = failureOf(job->error());
            answer.reason = job->errorString();
            break;
        }
        done(answer);
    });
    job->start();
}

} // namespace

void QtKeychainBackend::read(const QString &service, const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(service, QCoreApplication::instance()), key, context, std::move(done));
}

void QtKeychainBackend::write(const QString &service, const QString &key, const QByteArray &data, QObject *context,
                              Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service, QCoreApplication::instance());
    job->setBinaryData(data);
    run(job, key, context, std::move(done));
}

void QtKeychainBackend::remove(const QString &service, const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(service, QCoreApplication::instance()), key, context, std::move(done));
}
