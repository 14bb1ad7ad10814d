// @vitest-environment jsdom
import {beforeAll, describe, expect, test} from 'vitest';
import {catalog as enCatalog} from '../src/i18n/en/index.js';
import {catalog as fr} from '../src/i18n/fr/index.js';
import {renderMessage} from '../src/i18n/render.js';
import {sampleAudit} from './popup-audit.js';
import {type Render, type RenderReview, agreement, answeredAudit, answers, catalog, englishPiecesOf, pagesIn} from './popup-in-language.js';

// The popup and the review in a French browser: French words, French plurals, and dates and numbers
// written the French way. Falling back to English (a missing catalog, a date in the runtime's locale)
// fails here.
const nb = '\u00a0'; // French puts a no-break space before ":" and "?" (src/i18n/fr/model.ts).
const englishPieces = englishPiecesOf('fr');

let render: Render;
let renderReview: RenderReview;

beforeAll(async () => {
	[render, renderReview] = await pagesIn('fr-FR');
});

describe('the popup in French', () => {
	const findings = (): string => render({audit: answeredAudit(), tab: undefined, catalog, profile: 'adult', answers});

	test('findings: the rules, fixes, pages and summary in French, no English sentence', () => {
		const text = render({audit: sampleAudit, tab: {site: 'facebook', pageKind: 'about-places', status: 'read', at: 1}, catalog, profile: 'adult'});
		for (const words of [
			'Tout reste sur cet appareil.', 'À risque', 'Non vérifié', 'Pourquoi c\'est important',
			`Votre date de naissance complète (jour, mois et année) est visible par tout le monde (Public)`,
			`Page lue${nb}: À propos › Lieux de résidence`, `Corriger${nb}: À propos › Coordonnées et infos de base`,
			`Vérification impossible${nb}: ouvrez la page qui affiche ce paramètre.`,
		]) {
			expect(text).toContain(words);
		}

		for (const piece of englishPieces) {
			expect(text, `English shown: "${piece}"`).not.toContain(piece);
		}
	});

	test('counts take the French plural: 0 and 1 are singular, 2 and more plural', () => {
		const text = render({audit: sampleAudit, tab: undefined, catalog, profile: 'adult'});
		const high = sampleAudit.sites.flatMap(site => site.findings).filter(finding => finding.status === 'risk' && finding.severity === 'high').length;
		expect(high).toBeGreaterThanOrEqual(2);
		expect(text).toContain(`${high} risques élevés`);
		expect(text).toMatch(/\d+ vérifications? faites? sur \d+/);
		expect(renderMessage(fr, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1}}})).toBe('1 app ou site web peut accéder à votre compte');
		expect(renderMessage(fr, {rule: 'connected-apps', id: 'apps', values: {count: {count: 0}}})).toBe('0 app ou site web peut accéder à votre compte');
		expect(renderMessage(fr, {rule: 'connected-apps', id: 'apps', values: {count: {count: 2}}})).toBe('2 apps ou sites web peuvent accéder à votre compte');
	});

	test('numbers are grouped the French way (a narrow no-break space), not the English comma', () => {
		const message = renderMessage(fr, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1250}}});
		expect(message).toBe('1\u202F250 apps ou sites web peuvent accéder à votre compte');
		expect(renderMessage(enCatalog, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1250}}})).toMatch(/^1,250 apps/);
	});

	test('a guided question in French, with the date of the answer day first: 5 March 2026 is 05/03/2026', () => {
		const text = findings();
		for (const words of [`Dans l'app TikTok${nb}: Profil → ☰ → Paramètres et confidentialité → Confidentialité → Messages directs. Qu'est-ce qui est indiqué${nb}?`,
			`Qui peut vous envoyer des messages directs${nb}?`, 'Tout le monde sur TikTok peut vous envoyer des messages directs', 'Corriger dans l\'app TikTok']) {
			expect(text).toContain(words);
		}

		expect(text).toContain('Indiqué par vous le 05/03/2026');
		expect(text).not.toContain('3/5/2026');
	});
});

describe('the review in French', () => {
	test('the agreement: its words, and its dates in full the French way', () => {
		const text = renderReview(agreement);
		// The signature lines and each decision's heading take French spacing before the colon (a colon
		// written outside the messages lost it).
		for (const words of ['Notre accord', `Étape${nb}: Permis`, 'Point fait ensemble le 26 novembre 2026', `Ado${nb}: ____`, `Parent${nb}: ____`, `Instagram${nb}: `]) {
			expect(text).toContain(words);
		}

		// Three months on (the licence stage): the day before the month, the month in French words.
		expect(text).toMatch(new RegExp(`Prochain rendez-vous${nb}: \\d{1,2} (janvier|février|mars) 2027`));

		expect(text).not.toMatch(/November|February/);
	});
});

describe('a browser language Overshare does not speak', () => {
	test('gets English words and English dates together, never a date in its own language', async () => {
		const [popup, review] = await pagesIn('ja');
		expect(popup({audit: answeredAudit(), tab: undefined, catalog, profile: 'adult', answers})).toContain('Reported by you on 3/5/2026');
		expect(review(agreement)).toContain('Reviewed together on November 26, 2026');
	});
});
