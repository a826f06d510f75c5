#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace rectify {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA
// instructions where it has them: hashing an imported file cost a tenth of the
// import with Qt's portable implementation (QCryptographicHash).
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void reset();
    void addData(QByteArrayView bytes);
    // The digest of the bytes added since the last reset (32 bytes).
    QByteArray result() const;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace rectify
