/** The digests capability: the weekly digest and the one after a pulse closes, posted in Slack. */

export { type AdminNotices, createAdminNotices } from './admin-notices';
export { createDigestService, type DigestService, type DigestServiceDeps } from './digest-service';
