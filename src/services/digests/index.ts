/** The digests capability: the weekly digest and the one after a pulse closes, posted in Slack. */
export { createDigestService, type DigestService, type DigestServiceDeps } from './digest-service';
