/**
 * The path of a URL on one host, without its trailing slashes; undefined on any other host, so a
 * look-alike (`evil.example/x.com/…`, `twitter.com`, `m.tiktok.com`) never matches a page kind.
 */
export const pathOnHost = (hostname: string, url: URL): string | undefined =>
	(url.hostname === hostname ? url.pathname.replace(/\/+$/, '') : undefined);
