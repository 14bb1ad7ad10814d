import type {ComponentChildren} from 'preact';
import * as t from './strings.js';

/** Only https links are rendered as links: the URLs come from storage, which is trusted but not checked here. */
export const isSafeUrl = (url: string): boolean => /^https:\/\//i.test(url);

/** A link to a page on the social site, opened in a new tab so the popup's context is kept. */
export function ExternalLink({href, class: className, children}: {href: string; class?: string; children: ComponentChildren}) {
	if (!isSafeUrl(href)) {
		return <span class={className}>{children}</span>;
	}

	return (
		<a class={className} href={href} target="_blank" rel="noopener noreferrer">
			{children}
			<span class="visually-hidden">{t.newTab}</span>
		</a>
	);
}
