// What the user does, as the browser delivers it: real mouse and keyboard input (trusted events).
// Overshare re-reads a page only after the user's own gestures (content-scripts/watch-controls.ts),
// so a test must not stand in for the user with script-made events (dispatchEvent, selectOption).
import type {Locator, Page} from 'playwright-core';

/**
 * A real click on `control`. An icon drawn by CSS the sample lacks has no size to click: the click
 * lands where the user's would, on the nearest box around it.
 */
export async function clickAsUser(page: Page, control: Locator): Promise<void> {
	if ((await control.boundingBox())?.height) {
		await control.click();
		return;
	}

	const point = await control.evaluate(element => {
		for (let box: Element | null = element; box; box = box.parentElement) {
			const rect = box.getBoundingClientRect();
			if (rect.height > 0 && rect.width > 0) {
				box.scrollIntoView({block: 'center'});
				const seen = box.getBoundingClientRect();
				return {x: seen.left + 1, y: seen.top + 1};
			}
		}

		return {x: 1, y: 1};
	});
	await page.mouse.click(point.x, point.y);
}

/** Picks the option labelled `label` in a select with the arrow keys, as a keyboard user does. */
export async function chooseAsUser(page: Page, select: Locator, label: string): Promise<void> {
	await select.focus();
	const chosen = async () => select.evaluate(element => (element as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '');
	const count = await select.evaluate(element => (element as HTMLSelectElement).options.length);
	await page.keyboard.press('Home');
	for (let step = 0; step < count && await chosen() !== label; step++) {
		await page.keyboard.press('ArrowDown');
	}

	if (await chosen() !== label) {
		throw new Error(`no option "${label}" to choose`);
	}
}
