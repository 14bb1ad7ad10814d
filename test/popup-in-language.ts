import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {Audit} from '../src/core/model/audit.js';
import {known} from '../src/core/model/observed.js';
import type {Answers} from '../src/core/questions/answers.js';
import type {ReviewStore} from '../src/core/review/review-action.js';
import {decide, finish, startReview} from '../src/core/review/review-state.js';
import {rules} from '../src/core/rules/index.js';
import {catalog as enCatalog} from '../src/i18n/en/index.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {useLanguage} from './i18n-language.js';
import type {PopupViewProps} from '../popup/popup.js';
import type {ReviewViewProps} from '../popup/review/review-view.js';
import './page-catalogs.js';

// What the French, German and Portuguese popup tests share: the pages as a browser in a language
// renders them, the pieces of English that must not show, and one guided answer and one finished
// teen review to show. Each language's own words and formats stay in its test file.

type Messages = Record<string, {message: string}>;
const load = (folder: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../src/i18n', folder, 'messages.json'), 'utf8')) as Messages;

/**
 * Pieces of English that must not show in `folder`'s language: each UI message's text between
 * placeholders where that language's differs, every rule's sentences and the field names, less the
 * `shared` words both languages spell alike.
 */
export function englishPiecesOf(folder: string, shared: ReadonlySet<string> = new Set()): string[] {
	const en = load('en');
	const other = load(folder);
	return [
		...Object.entries(en).filter(([key, {message}]) => other[key]!.message !== message)
			.flatMap(([, {message}]) => message.split(/\$[A-Za-z0-9_]+\$/)).map(piece => piece.trim())
			.filter(piece => /[a-z]{3}/i.test(piece) && piece.length >= 4),
		...Object.values(enCatalog.rules).flatMap(rule => [rule.title, rule.why, rule.ok, ...Object.values(rule.steps).flat()]),
		...Object.values(enCatalog.fields),
	].filter(piece => !shared.has(piece));
}

/** The guided question about TikTok's direct messages, answered on 5 March 2026. */
export const answers: Answers = {answers: {'tiktok.direct-messages': {answer: 'everyone', at: Date.UTC(2026, 2, 5, 12)}}, apps: {tiktok: true}};
export const catalog = siteCatalog();
export const now = Date.UTC(2026, 10, 26, 12);

/** An adult's audit with the guided answer: the question, its answer and its date show. */
export const answeredAudit = (): Audit => buildAudit(sites, {}, rules, 'adult', 3, answers);

/** A teen's review of a public Instagram account, finished on 26 November 2026 with the next check-in three months on. */
const reviewed = buildAudit(sites, {instagram: [{pageKind: 'account-privacy', readAt: 1, observations: {accountPrivate: known(false)}}]}, rules, 'teen13', 3);
/** The same review before its first decision. */
export const reviewing = startReview(reviewed, 'teen13', ['instagram'], now);
let decided = reviewing;
while (decided.phase === 'reviewing') {
	decided = decide(decided, {kind: 'talk-later'}, now);
}

export const agreement: ReviewStore = {last: finish(decided, 'licence', now, reviewed) as ReviewStore['last']};

export type Render = (props: PopupViewProps) => string;
export type RenderReview = (review: ReviewStore) => string;

/** The popup and the review page as a browser in `language` shows them, from freshly imported modules. */
export async function pagesIn(language: string): Promise<[Render, RenderReview]> {
	useLanguage(language);
	const [{h, render: preactRender}, {act}, {PopupView}, {ReviewView}] = await Promise.all([
		import('preact'), import('preact/test-utils'), import('../popup/popup.js'), import('../popup/review/review-view.js')]);
	const text = (element: Parameters<typeof preactRender>[0]) => {
		const root = document.createElement('div');
		act(() => preactRender(element, root));
		return root.textContent ?? '';
	};

	// The pages' actions are not clicked here: each one does nothing.
	const on = Object.fromEntries(['onStart', 'onDecide', 'onBack', 'onFinish', 'onDiscard', 'onDelete', 'onForgetEverything', 'onShowMe',
		'onPrint', 'onScan', 'onCancelScan', 'onAnswer', 'onClear', 'onAppUse'].map(name => [name, () => undefined]));
	return [
		props => text(h(PopupView, props)),
		review => text(h(ReviewView, {now, ...on, state: {
			audit: reviewed as Audit, tab: undefined, catalog, profile: 'teen13', changes: [], storeProblem: undefined, scan: undefined, scans: [],
			reminder: 'off', answers: {answers: {}, apps: {}}, review, overTab: false, withoutAccess: [], managed: {},
		}} as unknown as ReviewViewProps)),
	];
}
