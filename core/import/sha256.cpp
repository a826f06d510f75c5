#include "import/sha256.h"

#include <openssl/evp.h>

namespace rectify {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_context->ctx, bytes.data(), static_cast<std::size_t>(bytes.size()));
}

QByteArray Sha256::result() const
{
    // Finalising a copy keeps the running digest usable.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    QByteArray digest(EVP_MAX_MD_SIZE, '\0');
    unsigned int size = 0;
    if (copy && EVP_MD_CTX_copy_ex(copy, m_context->ctx)
        && EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char *>(digest.data()), &size))
        digest.resize(static_cast<qsizetype>(size));
    else
        digest.clear();
    EVP_MD_CTX_free(copy);
    return digest;
}

} // namespace rectify
