// @vitest-environment jsdom
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, test, vi} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {Audit} from '../src/core/model/audit.js';
import {known} from '../src/core/model/observed.js';
import {noAnswers} from '../src/core/questions/answers.js';
import type {ReviewStore} from '../src/core/review/review-action.js';
import {decide, finish, startReview} from '../src/core/review/review-state.js';
import {rules} from '../src/core/rules/index.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {useLanguage} from './i18n-language.js';
import type {ReviewViewProps} from '../popup/review/review-view.js';
import './page-catalogs.js';

// The review page in a Spanish browser: every phase in Spanish, with the engine's Spanish texts.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
type Messages = Record<string, {message: string}>;
const load = (language: string) => JSON.parse(readFileSync(join(root, 'src/i18n', language, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const es = load('es');
/** The review's English sentences (between placeholders) that must not show. */
const englishPieces = Object.entries(en)
	.filter(([key, {message}]) => key.startsWith('review') && es[key]!.message !== message)
	.flatMap(([, {message}]) => message.split(/\$[A-Za-z0-9_]+\$/))
	.map(piece => piece.trim())
	.filter(piece => /[a-z]{3}/i.test(piece) && piece.length >= 4);

const audit = buildAudit(sites, {
	instagram: [{pageKind: 'account-privacy', readAt: 1, observations: {accountPrivate: known(false)}}],
	x: [{pageKind: 'settings-location', readAt: 2, observations: {geotagPosts: known(true)}}],
}, rules, 'teen13', 3);
const now = Date.UTC(2026, 10, 26, 12);
const reviewing = startReview(audit, 'teen13', ['instagram', 'x'], now);
let choosing = reviewing;
for (const decision of [{kind: 'fix-now'}, {kind: 'keep', reason: 'mi cuenta de arte'}, {kind: 'talk-later'}] as const) {
	choosing = decide(choosing, decision, now);
}

const phases: Array<[string, ReviewStore]> = [
	['start', {}],
	['a finding', {current: reviewing as ReviewStore['current']}],
	['the stage', {current: choosing as ReviewStore['current']}],
	['the agreement', {last: finish(choosing, 'licence', now, audit) as ReviewStore['last']}],
];

let render: (review: ReviewStore) => string;
beforeAll(async () => {
	useLanguage('es');
	const [{h, render: preactRender}, {act}, {ReviewView}] = await Promise.all([
		import('preact'), import('preact/test-utils'), import('../popup/review/review-view.js'),
	]);
	render = review => {
		const element = document.createElement('div');
		const state = {
			audit: audit as Audit, tab: undefined, catalog: siteCatalog(), profile: 'teen13' as const,
			changes: [], storeProblem: undefined, scan: undefined, scans: [], reminder: 'off' as const, answers: noAnswers, review, overTab: false, withoutAccess: [], managed: {},
		};
		const on = Object.fromEntries(['onStart', 'onDecide', 'onBack', 'onFinish', 'onDiscard', 'onDelete', 'onForgetEverything', 'onShowMe',
			'onPrint', 'onScan', 'onCancelScan', 'onAnswer', 'onClear', 'onAppUse'].map(name => [name, vi.fn()]));
		act(() => preactRender(h(ReviewView, {state, now, ...on} as unknown as ReviewViewProps), element));
		return element.textContent ?? '';
	};
});

describe('review together in Spanish', () => {
	test.each(phases)('%s: no English sentence of the review shows', (_, review) => {
		const text = render(review);
		expect(text).toContain('Revisar juntos');
		for (const piece of englishPieces) {
			expect(text, `English shown: "${piece}"`).not.toContain(piece);
		}
	});

	test('a finding speaks Spanish: the rule, the prompt, the default for their age and the decisions', () => {
		const text = render(phases[1]![1]);
		for (const spanish of ['Hallazgo 1 de 3 · Instagram', 'Por qué importa a tu edad', 'salón de actos', 'Lo predeterminado a tu edad',
			'Instagram hace privadas las cuentas', 'Corregir ahora', 'Mantenerlo, porque…', 'Hablarlo más tarde']) {
			expect(text).toContain(spanish);
		}

		expect(text).not.toContain('Your account is public');
	});

	test('the agreement speaks Spanish, and keeps the teen\'s own words', () => {
		const text = render(phases[3]![1]);
		for (const spanish of ['Nuestro acuerdo', 'Etapa: Carné', 'Edad: De 13 a 15', 'Mantenerlo, porque: mi cuenta de arte', 'Sigue pendiente', 'Próxima revisión:']) {
			expect(text).toContain(spanish);
		}
	});
});
