// The parser lives in core: the server's providers read upstream Retry-After headers with it too.
export { parseRetryAfter } from '../../core/retry-after';
