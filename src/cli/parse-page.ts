import {JSDOM} from 'jsdom';

/**
 * Attaches the shadow roots a page declares (`<template shadowrootmode="open">` inside its host), as
 * a browser does while parsing and jsdom does not: a saved page or a sample keeps Reddit's
 * settings rows inside them (platform-pages-3.md §4.3). Nested declarations are attached too. A
 * "closed" one is attached closed, so the readers cannot see it, as in the browser. A host that
 * cannot take a shadow root (or already has one) keeps its template, inert, as the browser does.
 */
export function attachDeclaredShadowRoots(root: Document | Element | ShadowRoot): void {
	for (const template of [...root.querySelectorAll('template[shadowrootmode]')]) {
		const host = template.parentElement;
		const mode = template.getAttribute('shadowrootmode');
		if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) {
			continue;
		}

		let shadow: ShadowRoot;
		try {
			shadow = host.attachShadow({mode});
		} catch {
			continue;
		}

		shadow.append((template as HTMLTemplateElement).content);
		template.remove();
		attachDeclaredShadowRoots(shadow);
	}
}

/** A saved page or sample at its URL, parsed as the browser would (scripts off, shadow roots attached). */
export function parsePage(html: string, url: string): Document {
	const {document} = new JSDOM(html, {url}).window;
	attachDeclaredShadowRoots(document);
	return document;
}
