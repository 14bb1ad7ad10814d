/**
 * "Show me": a callout beside the control the user should change, or, when the control is not on
 * the page, a plain note with the steps and the site's own privacy checkup. It lives in its own
 * shadow root on its own host element: the site's elements are never changed, and nothing is clicked.
 * Every text goes in as textContent (page text is never HTML, and neither is ours).
 */

export type CalloutText = {title: string; steps: readonly string[]; dismiss: string; notFound: string; checkup: string; checkupUrl: string};

const hostAttribute = 'data-overshare-callout';

const style = `
:host { all: initial; }
.box { position: absolute; z-index: 2147483647; max-width: 320px; padding: 10px 12px; border-radius: 8px;
	background: #0b57d0; color: #fff; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.box.fixed { position: fixed; top: 16px; right: 16px; background: #1f2328; }
.ring { position: absolute; z-index: 2147483646; border: 3px solid #0b57d0; border-radius: 6px; pointer-events: none; }
h2 { all: unset; display: block; font-weight: 700; margin-bottom: 4px; }
ol { margin: 4px 0 8px; padding-left: 20px; }
a { color: inherit; }
button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #fff; background: transparent; color: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) { .ring { transition: opacity .2s; } }
`;

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) {
		node.textContent = text;
	}

	if (className) {
		node.className = className;
	}

	return node;
}

/** Removes any callout shown earlier (a second "Show me" replaces the first). */
export function removeCallouts(document: Document): void {
	for (const host of document.querySelectorAll(`[${hostAttribute}]`)) {
		host.remove();
	}
}

/** Shows the callout at `control`, or the "couldn't find it" note when there is none. Returns its host. */
export function showCallout(document: Document, control: Element | undefined, text: CalloutText): HTMLElement {
	removeCallouts(document);
	const host = element(document, 'div');
	host.setAttribute(hostAttribute, control ? 'control' : 'not-found');
	const shadow = host.attachShadow({mode: 'open'});
	shadow.append(element(document, 'style', style));

	const box = element(document, 'section', undefined, control ? 'box' : 'box fixed');
	box.setAttribute('role', 'dialog');
	box.setAttribute('aria-label', text.title);
	box.append(element(document, 'h2', control ? text.title : text.notFound));
	const steps = element(document, 'ol');
	steps.append(...text.steps.map(step => element(document, 'li', step)));
	box.append(steps);
	if (!control) {
		const link = element(document, 'a', text.checkup);
		link.href = text.checkupUrl;
		link.target = '_blank';
		link.rel = 'noopener noreferrer';
		box.append(link, element(document, 'br'));
	}

	// Closing it (the button, or Escape) puts the keyboard on the control it pointed at, when the
	// control takes focus: the next key press is the change. Focus is not a click; nothing changes.
	const close = () => {
		host.remove();
		(control as HTMLElement | undefined)?.focus?.({preventScroll: true});
	};

	const dismiss = element(document, 'button', text.dismiss);
	dismiss.type = 'button';
	dismiss.addEventListener('click', close);
	box.addEventListener('keydown', event => {
		if (event.key === 'Escape') {
			close();
		}
	});
	box.append(dismiss);

	if (control) {
		control.scrollIntoView({block: 'center', behavior: 'auto'});
		const rect = control.getBoundingClientRect();
		const ring = element(document, 'div', undefined, 'ring');
		const left = rect.left + window.scrollX;
		const top = rect.top + window.scrollY;
		Object.assign(ring.style, {left: `${left - 4}px`, top: `${top - 4}px`, width: `${rect.width + 8}px`, height: `${rect.height + 8}px`});
		Object.assign(box.style, {left: `${Math.max(8, left)}px`, top: `${top + rect.height + 10}px`});
		shadow.append(ring);
	}

	shadow.append(box);
	(document.body ?? document.documentElement).append(host);
	dismiss.focus({preventScroll: true});
	return host;
}
