import type {FieldId} from '../model/fields.js';
import {pathOnHost} from './path-on-host.js';

/**
 * Page kinds of the viewer's own account under one address prefix, e.g. x.com/settings/<path>:
 * `accountPageAt('x.com', '/settings/')('contacts', fields)`. The address opens the page,
 * with or without a trailing slash, and nothing deeper is the same page.
 */
export const accountPageAt = (host: string, prefix: string) =>
	<const F extends readonly FieldId[]>(path: string, fields: F) => ({
		url: `https://${host}${prefix}${path}`,
		matches: (url: URL) => pathOnHost(host, url) === `${prefix}${path}`,
		owner: 'account',
		fields,
		examples: [`https://${host}${prefix}${path}`, `https://${host}${prefix}${path}/`],
	} as const);
