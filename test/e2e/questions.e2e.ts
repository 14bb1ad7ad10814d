// Guided questions in the built extension: answered in the toolbar popup (by keyboard), the finding
// appears marked "reported by you", survives a service-worker stop, and clearing the answer
// returns it to "couldn't check". No page is visited: these settings only exist in the apps.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {isAllowedRequest, launchExtension, poll, type ActionPopup, type Launched, type StoredLocal} from './launch.js';

type WithAnswers = StoredLocal & {answers?: {answers: Record<string, {answer: string; at: number}>; apps: Record<string, boolean>}};
const question = 'tiktok.direct-messages';
const rule = 'tiktok-dms-from-everyone';
const item = `li[data-rule="${rule}"]`;

const findingIn = (stored: WithAnswers) =>
	stored.audit?.sites.find(site => site.site === 'tiktok')?.findings.find(finding => finding.ruleId === rule);

/** A key press as the keyboard sends it (CDP input events reach the focused element like real keys). */
async function press(popup: ActionPopup, key: string, code: string, text?: string) {
	await popup.send('Input.dispatchKeyEvent', {type: 'keyDown', key, code, ...(text ? {text} : {})});
	await popup.send('Input.dispatchKeyEvent', {type: 'keyUp', key, code});
}

describe('a guided question about an app-only setting', () => {
	let app: Launched;
	const local = async () => app.local() as Promise<WithAnswers>;

	beforeAll(async () => {
		app = await launchExtension();
	});

	afterAll(async () => app?.close());

	it('is answered in the toolbar popup, and the finding appears marked "reported by you"', async () => {
		const popup = await app.openActionPopup();
		try {
			// Say TikTok is used: its questions appear.
			await popup.evaluate('document.querySelector(\'input[name="uses-app"][value="tiktok"]\').focus()');
			await press(popup, ' ', 'Space', ' ');
			await popup.waitFor(`document.querySelector('fieldset[data-question="${question}"]')`, 10_000);
			expect((await local()).answers?.apps).toEqual({tiktok: true});

			// Keyboard only: focus the group's first option ("Everyone") and select it with Space.
			await popup.evaluate(`document.querySelector('input[name="answer-${question}"]').focus()`);
			expect(await popup.evaluate<string>('document.activeElement.labels[0].textContent')).toBe('Everyone');
			await press(popup, ' ', 'Space', ' ');
			const stored = await poll(local, value => findingIn(value)?.status === 'risk', 10_000, 'the reported finding');
			expect(stored.answers!.answers[question]!.answer).toBe('everyone');
			expect((findingIn(stored) as {reported?: {at: number}}).reported?.at).toBe(stored.answers!.answers[question]!.at);

			await popup.waitFor(`document.querySelector('${item}[data-status="risk"] .reported')`, 10_000);
			expect(await popup.evaluate<string>(`document.querySelector('${item} .reported').textContent`)).toMatch(/^Reported by you on /);
			expect(await popup.evaluate<string>(`document.querySelector('fieldset[data-question="${question}"] .reported-on').textContent`)).toMatch(/^Reported by you on /);
		} finally {
			await popup.close();
		}
	});

	it('keeps the answer when the service worker is stopped and restarted', async () => {
		const before = await local();
		await app.stopWorkers();
		expect(await local()).toEqual(before);
		const popup = await app.openActionPopup();
		try {
			await popup.waitFor(`document.querySelector('${item}[data-status="risk"] .reported')`, 10_000);
			expect(await popup.evaluate<boolean>(`document.querySelector('input[name="answer-${question}"][value="everyone"]').checked`)).toBe(true);
		} finally {
			await popup.close();
		}
	});

	it('clearing the answer returns the finding to "couldn\'t check"', async () => {
		const popup = await app.openActionPopup();
		try {
			await popup.evaluate(`document.querySelector('fieldset[data-question="${question}"] button.clear-answer').click()`);
			const stored = await poll(local, value => findingIn(value)?.status === 'unknown', 10_000, 'the cleared finding');
			expect(stored.answers!.answers).toEqual({});
			await popup.waitFor(`document.querySelector('${item}[data-status="unknown"]')`, 10_000);
			expect(await popup.evaluate<boolean>(`document.querySelector('${item} .reported') === null`)).toBe(true);
			expect(await popup.evaluate<string | null>(`document.querySelector('${item} a.action')?.getAttribute('href') ?? null`)).toBe(`#question-${question}`);
		} finally {
			await popup.close();
		}
	});

	it('sent nothing anywhere', () => {
		expect(app.requests.filter(request => !isAllowedRequest(request, new Set(), app.extensionId))).toEqual([]);
	});
});
