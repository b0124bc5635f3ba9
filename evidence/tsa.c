/*
 * tsa.c — an RFC 3161 timestamp on the manifest's SHA-256: the
 * TimeStampReq built with OpenSSL's TS API (SHA-256 imprint, a random
 * 64-bit nonce, certReq so the token carries the TSA's certificate), sent
 * with one blocking libcurl POST (application/timestamp-query) to the URL
 * the user chose, and the reply checked: HTTP 200, a TimeStampResp whose
 * status is granted, version 1, an imprint equal to ours with SHA-256,
 * our nonce, and with a CA file the signature and certificate chain
 * (timeStamping purpose).  The address guard of the crawl does not apply:
 * the TSA is the user's choice, like the database path.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <curl/curl.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include "evidence/evidence_int.h"

#define REPLY_MAX (1u << 20) /* a token with a certificate chain is a few KiB */
#define DEFAULT_TIMEOUT_MS 30000L

/* err = what + ": " + OpenSSL's last reason (and its detail), then clear
 * OpenSSL's error queue. */
static void ssl_error(char *err, size_t errlen, const char *what)
{
    const char *data = NULL;
    int flags = 0;
    unsigned long e = ERR_peek_last_error_data(&data, &flags);
    char reason[256] = "";
    if (e)
        ERR_error_string_n(e, reason, sizeof reason);
    snprintf(err, errlen, "%s%s%s%s%s", what, e ? ": " : "", reason,
             e && data && *data && (flags & ERR_TXT_STRING) ? ": " : "",
             e && data && (flags & ERR_TXT_STRING) ? data : "");
    ERR_clear_error();
}

/* The request for md; NULL when out of memory. */
static TS_REQ *make_request(const unsigned char md[32])
{
    TS_REQ *req = TS_REQ_new();
    TS_MSG_IMPRINT *mi = TS_MSG_IMPRINT_new();
    X509_ALGOR *alg = X509_ALGOR_new();
    BIGNUM *bn = BN_new();
    ASN1_INTEGER *nonce = NULL;
    unsigned char digest[32];
    memcpy(digest, md, sizeof digest);
    int ok = req && mi && alg && bn &&
             X509_ALGOR_set0(alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, NULL) &&
             TS_MSG_IMPRINT_set_algo(mi, alg) && TS_MSG_IMPRINT_set_msg(mi, digest, 32) &&
             TS_REQ_set_version(req, 1) && TS_REQ_set_msg_imprint(req, mi) &&
             BN_rand(bn, 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) &&
             (nonce = BN_to_ASN1_INTEGER(bn, NULL)) != NULL && TS_REQ_set_nonce(req, nonce) &&
             TS_REQ_set_cert_req(req, 1);
    ASN1_INTEGER_free(nonce);
    BN_free(bn);
    X509_ALGOR_free(alg);
    TS_MSG_IMPRINT_free(mi);
    if (!ok) {
        TS_REQ_free(req);
        return NULL;
    }
    return req;
}

static size_t on_reply(char *p, size_t size, size_t n, void *ud)
{
    ev_buf *b = ud;
    size_t len = size * n;
    if (len > REPLY_MAX - b->n)
        return 0;   /* too large: the transfer fails with a write error */
    ev_buf_add(b, p, len);
    return b->oom ? 0 : len;
}

/* POST tsq to tsa->url; the reply into tsr. */
static evidence_result post(const evidence_tsa *tsa, const ev_buf *tsq, ev_buf *tsr, char *err,
                            size_t errlen)
{
    char cerr[CURL_ERROR_SIZE] = "";
    long code = 0;
    CURL *h = curl_easy_init();
    struct curl_slist *hdr = curl_slist_append(NULL, "Content-Type: application/timestamp-query");
    struct curl_slist *hdr2 = hdr ? curl_slist_append(hdr, "Accept: application/timestamp-reply") : NULL;
    if (!h || !hdr2) {
        curl_slist_free_all(hdr);
        curl_easy_cleanup(h);
        snprintf(err, errlen, "out of memory for the request to %s", tsa->url);
        return EVIDENCE_ENOMEM;
    }
    hdr = hdr2;
    curl_easy_setopt(h, CURLOPT_URL, tsa->url);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, tsq->p);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)tsq->n);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_reply);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, tsr);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, tsa->timeout_ms > 0 ? tsa->timeout_ms : DEFAULT_TIMEOUT_MS);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_USERAGENT, "wangjian/" WANGJIAN_VERSION);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, cerr);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(hdr);
    curl_easy_cleanup(h);
    if (rc != CURLE_OK) {
        snprintf(err, errlen, "cannot get a timestamp from %s: %s", tsa->url,
                 rc == CURLE_WRITE_ERROR ? "the reply is too large" : *cerr ? cerr : curl_easy_strerror(rc));
        return EVIDENCE_ETSA;
    }
    if (code != 200) {
        snprintf(err, errlen, "the timestamp authority %s answered HTTP %ld", tsa->url, code);
        return EVIDENCE_ETSA;
    }
    return EVIDENCE_OK;
}

/* genTime, serial (hex) and policy (dotted) of the token in resp. */
static void token_facts(TS_TST_INFO *ti, char *time_out, char *serial, char *policy)
{
    struct tm tm;
    const ASN1_GENERALIZEDTIME *t = TS_TST_INFO_get_time(ti);
    if (t && ASN1_TIME_to_tm(t, &tm))
        snprintf(time_out, 64, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                 tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    BIGNUM *bn = serial ? ASN1_INTEGER_to_BN(TS_TST_INFO_get_serial(ti), NULL) : NULL;
    char *hex = bn ? BN_bn2hex(bn) : NULL;
    if (hex)
        snprintf(serial, 64, "%s", hex);
    OPENSSL_free(hex);
    BN_free(bn);
    if (policy && TS_TST_INFO_get_policy_id(ti))
        OBJ_obj2txt(policy, 64, TS_TST_INFO_get_policy_id(ti), 1);
}

/* The CA file as a store for ctx (which takes it); -1 with err set. */
static int use_ca(TS_VERIFY_CTX *ctx, const char *ca_file, char *err, size_t errlen)
{
    X509_STORE *st = X509_STORE_new();
    if (!st || !X509_STORE_load_file(st, ca_file)) {
        X509_STORE_free(st);
        char what[600];
        snprintf(what, sizeof what, "cannot read the CA file '%s'", ca_file);
        ssl_error(err, errlen, what);
        return -1;
    }
    TS_VERIFY_CTX_set_store(ctx, st);
    TS_VERIFY_CTX_add_flags(ctx, TS_VFY_SIGNATURE | TS_VFY_SIGNER);
    return 0;
}

/* Check the granted token in resp against ctx (version, imprint, nonce
 * and, with a CA, signature) and that its imprint is SHA-256. */
static evidence_result check_token(TS_RESP *resp, TS_VERIFY_CTX *ctx, const char *ca_file,
                                   char *err, size_t errlen)
{
    TS_STATUS_INFO *si = TS_RESP_get_status_info(resp);
    long status = si ? ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(si)) : -1;
    if (status != 0 && status != 1) {
        const STACK_OF(ASN1_UTF8STRING) *text = si ? TS_STATUS_INFO_get0_text(si) : NULL;
        const ASN1_UTF8STRING *first = text && sk_ASN1_UTF8STRING_num(text) > 0
                                           ? sk_ASN1_UTF8STRING_value(text, 0)
                                           : NULL;
        snprintf(err, errlen, "the timestamp authority refused the request (status %ld%s%.*s)",
                 status, first ? ": " : "", first ? ASN1_STRING_length(first) : 0,
                 first ? (const char *)ASN1_STRING_get0_data(first) : "");
        return EVIDENCE_ETSA;
    }
    TS_TST_INFO *ti = TS_RESP_get_tst_info(resp);
    TS_MSG_IMPRINT *mi = ti ? TS_TST_INFO_get_msg_imprint(ti) : NULL;
    X509_ALGOR *alg = mi ? TS_MSG_IMPRINT_get_algo(mi) : NULL;
    if (!alg || OBJ_obj2nid(alg->algorithm) != NID_sha256) {
        snprintf(err, errlen, "the timestamp token does not carry a SHA-256 imprint");
        return EVIDENCE_ETSA;
    }
    if (TS_RESP_verify_response(ctx, resp) != 1) {
        char what[600];
        if (ca_file)
            snprintf(what, sizeof what, "the timestamp token does not verify against the CA in '%s'",
                     ca_file);
        else
            snprintf(what, sizeof what, "the timestamp token does not match the manifest's hash");
        ssl_error(err, errlen, what);
        return EVIDENCE_ETSA;
    }
    return EVIDENCE_OK;
}

/* A reply (from whom, for the message) as a TS_RESP: the whole of
 * p[0, len); NULL with err set. */
static TS_RESP *parse_reply(const void *p, size_t len, const char *whom, char *err, size_t errlen)
{
    const unsigned char *q = p;
    TS_RESP *resp = len < (1u << 30) ? d2i_TS_RESP(NULL, &q, (long)len) : NULL;
    if (!resp || q != (const unsigned char *)p + len) {
        TS_RESP_free(resp);
        ERR_clear_error();
        snprintf(err, errlen, "%s is not an RFC 3161 TimeStampResp", whom);
        return NULL;
    }
    return resp;
}

evidence_result ev_tsa_stamp(const evidence_tsa *tsa, const unsigned char md[32], ev_buf *tsq,
                             ev_buf *tsr, char *time_out, char *serial, char *policy, int *checked,
                             char *err, size_t errlen)
{
    *checked = 0;
    TS_REQ *req = make_request(md);
    unsigned char *der = NULL;
    int n = req ? i2d_TS_REQ(req, &der) : -1;
    if (n <= 0) {
        TS_REQ_free(req);
        snprintf(err, errlen, "cannot build the timestamp request");
        ERR_clear_error();
        return EVIDENCE_ENOMEM;
    }
    ev_buf_add(tsq, der, (size_t)n);
    OPENSSL_free(der);
    evidence_result r = tsq->oom ? EVIDENCE_ENOMEM : post(tsa, tsq, tsr, err, errlen);
    char whom[600];
    snprintf(whom, sizeof whom, "the reply of the timestamp authority %s", tsa->url);
    TS_RESP *resp = r == EVIDENCE_OK ? parse_reply(tsr->p, tsr->n, whom, err, errlen) : NULL;
    if (r == EVIDENCE_OK && !resp)
        r = EVIDENCE_ETSA;
    /* version, imprint (and algorithm), nonce; the signer's name needs the
     * signature, so it is checked only with a CA */
    TS_VERIFY_CTX *ctx = resp ? TS_REQ_to_TS_VERIFY_CTX(req, NULL) : NULL;
    if (resp && !ctx)
        r = EVIDENCE_ENOMEM;
    if (ctx) {
        TS_VERIFY_CTX_set_flags(ctx, TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
        if (tsa->ca_file && use_ca(ctx, tsa->ca_file, err, errlen) != 0)
            r = EVIDENCE_ETSA;
    }
    if (r == EVIDENCE_OK)
        r = check_token(resp, ctx, tsa->ca_file, err, errlen);
    if (r == EVIDENCE_OK) {
        token_facts(TS_RESP_get_tst_info(resp), time_out, serial, policy);
        *checked = tsa->ca_file != NULL;
    }
    TS_VERIFY_CTX_free(ctx);
    TS_RESP_free(resp);
    TS_REQ_free(req);
    return r;
}

evidence_result ev_tsa_check(const void *tsr, size_t len, const unsigned char md[32],
                             const char *ca_file, char *time_out, char *err, size_t errlen)
{
    TS_RESP *resp = parse_reply(tsr, len, "the timestamp token", err, errlen);
    if (!resp)
        return EVIDENCE_ETSA;
    TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
    unsigned char *imprint = OPENSSL_memdup(md, 32);
    evidence_result r = ctx && imprint ? EVIDENCE_OK : EVIDENCE_ENOMEM;
    if (r == EVIDENCE_OK) {
        TS_VERIFY_CTX_set_flags(ctx, TS_VFY_VERSION | TS_VFY_IMPRINT);
        TS_VERIFY_CTX_set_imprint(ctx, imprint, 32);   /* ctx owns it now */
        imprint = NULL;
        if (ca_file && use_ca(ctx, ca_file, err, errlen) != 0)
            r = EVIDENCE_EIO;
    }
    if (r == EVIDENCE_OK)
        r = check_token(resp, ctx, ca_file, err, errlen);
    if (r == EVIDENCE_OK)
        token_facts(TS_RESP_get_tst_info(resp), time_out, NULL, NULL);
    OPENSSL_free(imprint);
    TS_VERIFY_CTX_free(ctx);
    TS_RESP_free(resp);
    return r;
}
