// What a "Show me" callout points at, as the user sees it: the element its ring is drawn around
// (found by position, not by asking the extension). The test marks it (data-test-ringed, an attribute the extension never watches) so that it
// can then act on that control as the user would: click it, choose an option, press a key.
import type {Page} from 'playwright-core';

export type Ringed = {kind: string; tag: string; role: string | null; label: string | null; testid: string | null; row: string};

/** Waits for the callout on `page`; describes and marks the control its ring is drawn around (none: kind "not-found"). */
export async function ringedControl(page: Page): Promise<Ringed> {
	await page.waitForSelector('[data-overshare-callout]', {state: 'attached', timeout: 20_000});
	return page.evaluate(markRinged);
}

/** Runs in the page (either browser's driver): describes and marks the control the ring is drawn around. */
export function markRinged(): Ringed {
	const host = document.querySelector('[data-overshare-callout]')!;
	const ring = host.shadowRoot!.querySelector('.ring')?.getBoundingClientRect();
	const kind = host.getAttribute('data-overshare-callout') ?? '';
	// The ring starts 4 px above and left of its control's box and is as much wider as taller (gap
	// and border): the control is the element with that box.
	const near = (a: number, b: number) => Math.abs(a - b) < 1;
	// An empty control (an icon drawn by CSS the sample lacks) may share its box with a neighbour: prefer a control.
	const boxed = ring ? [...document.querySelectorAll('body *')].filter(element => {
		const box = element.getBoundingClientRect();
		const grown = ring.width - box.width;
		return near(box.left - 4, ring.left) && near(box.top - 4, ring.top) && grown >= 8 && grown <= 16 && near(ring.height - box.height, grown);
	}) : [];
	const control = boxed.find(element => element.matches('select, input, [role]')) ?? boxed.at(-1);
	for (const old of document.querySelectorAll('[data-test-ringed]')) {
		old.removeAttribute('data-test-ringed');
	}

	control?.setAttribute('data-test-ringed', '');
	// The control's row: the nearest ancestor with text beyond the control's own.
	let row = control?.parentElement;
	while (row && (row.textContent ?? '').trim() === (control?.textContent ?? '').trim()) {
		row = row.parentElement;
	}

	return {
		kind, tag: control?.localName ?? '', role: control?.getAttribute('role') ?? null, label: control?.getAttribute('aria-label') ?? null,
		testid: control?.getAttribute('data-testid') ?? null, row: (row?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
	};
}
