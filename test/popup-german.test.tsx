// @vitest-environment jsdom
import {beforeAll, describe, expect, test} from 'vitest';
import {catalog as enCatalog} from '../src/i18n/en/index.js';
import {catalog as de} from '../src/i18n/de/index.js';
import {renderMessage} from '../src/i18n/render.js';
import {sampleAudit} from './popup-audit.js';
import {type Render, type RenderReview, agreement, answeredAudit, answers, catalog, englishPiecesOf, pagesIn} from './popup-in-language.js';

// The popup and the review in a German browser: German words, German plurals (0 takes the plural,
// unlike French), and dates and numbers written the German way. Falling back to English (a missing
// catalog, a date in the runtime's locale) fails here.
/**
 * Words both languages spell alike: "Info" is English's severity badge and Facebook's German About tab,
 * "Teen" English's signature line and the start of Meta's German "Teen-Konten".
 */
const sharedWords = new Set(['Info', 'Teen']);
const englishPieces = englishPiecesOf('de', sharedWords);

let render: Render;
let renderReview: RenderReview;

beforeAll(async () => {
	[render, renderReview] = await pagesIn('de-DE');
});

describe('the popup in German', () => {
	const findings = (): string => render({audit: answeredAudit(), tab: undefined, catalog, profile: 'adult', answers});

	test('findings: the rules, fixes, pages and summary in German, no English sentence', () => {
		const text = render({audit: sampleAudit, tab: {site: 'facebook', pageKind: 'about-places', status: 'read', at: 1}, catalog, profile: 'adult'});
		for (const words of [
			'Alles bleibt auf diesem Gerät.', 'Riskant', 'Nicht prüfbar', 'Warum das wichtig ist',
			'Ihr vollständiges Geburtsdatum (Tag, Monat und Jahr) ist sichtbar für alle (Öffentlich)',
			'Gelesene Seite: Info › Wohnorte', 'Beheben: Info › Kontaktinformationen und allgemeine Infos',
			'Nicht prüfbar: Öffnen Sie die Seite, die diese Einstellung anzeigt.',
		]) {
			expect(text).toContain(words);
		}

		for (const piece of englishPieces) {
			expect(text, `English shown: "${piece}"`).not.toContain(piece);
		}
	});

	test('counts take the German plural: 1 is singular, 0, 2 and more plural', () => {
		const text = render({audit: sampleAudit, tab: undefined, catalog, profile: 'adult'});
		const high = sampleAudit.sites.flatMap(site => site.findings).filter(finding => finding.status === 'risk' && finding.severity === 'high').length;
		expect(high).toBeGreaterThanOrEqual(2);
		expect(text).toContain(`${high} hohe Risiken`);
		expect(text).toMatch(/\d+ von \d+ Prüfungen? erledigt/);
		expect(renderMessage(de, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1}}})).toBe('1 App oder Website kann auf Ihr Konto zugreifen');
		expect(renderMessage(de, {rule: 'connected-apps', id: 'apps', values: {count: {count: 0}}})).toBe('0 Apps oder Websites können auf Ihr Konto zugreifen');
		expect(renderMessage(de, {rule: 'connected-apps', id: 'apps', values: {count: {count: 2}}})).toBe('2 Apps oder Websites können auf Ihr Konto zugreifen');
	});

	test('numbers are grouped the German way (a dot), not the English comma', () => {
		const message = renderMessage(de, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1250}}});
		expect(message).toBe('1.250 Apps oder Websites können auf Ihr Konto zugreifen');
		expect(renderMessage(enCatalog, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1250}}})).toMatch(/^1,250 apps/);
	});

	test('a guided question in German, with the date of the answer day first: 5 March 2026 is 5.3.2026', () => {
		const text = findings();
		for (const words of ['In der TikTok-App: Profil → ☰ → Einstellungen und Datenschutz → Datenschutz → Direktnachrichten. Was steht dort?',
			'Wer kann Ihnen Direktnachrichten senden?', 'Alle auf TikTok können Ihnen Direktnachrichten senden', 'In der TikTok-App beheben']) {
			expect(text).toContain(words);
		}

		expect(text).toContain('Von Ihnen angegeben am 5.3.2026');
		expect(text).not.toContain('3/5/2026');
	});
});

describe('the review in German', () => {
	test('the agreement: its words, no English sentence, and its dates in full the German way', () => {
		const text = renderReview(agreement);
		for (const words of ['Unsere Vereinbarung', 'Stufe: Führerschein', 'Gemeinsam durchgegangen am 26. November 2026', 'Jugendliche(r): ', 'Elternteil: ']) {
			expect(text).toContain(words);
		}

		// Three months on (the licence stage): the day with a dot before the month, the month in German words.
		expect(text).toMatch(/Nächster Termin: \d{1,2}\. (Januar|Februar|März) 2027/);

		// Never the English order ("November 26, 2026") or an English month.
		expect(text).not.toMatch(/[A-Z][a-z]+ \d{1,2}, \d{4}|February|March/);
		for (const piece of englishPieces) {
			expect(text, `English shown: "${piece}"`).not.toContain(piece);
		}
	});
});

describe('a browser language Overshare does not speak', () => {
	test('gets English words and English dates together, never a date in its own language', async () => {
		const [popup, review] = await pagesIn('ja');
		expect(popup({audit: answeredAudit(), tab: undefined, catalog, profile: 'adult', answers})).toContain('Reported by you on 3/5/2026');
		expect(review(agreement)).toContain('Reviewed together on November 26, 2026');
	});
});
