// @vitest-environment jsdom
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {ChangeRecord} from '../src/core/history/diff-observations.js';
import {known, unknown} from '../src/core/model/observed.js';
import type {Answers} from '../src/core/questions/answers.js';
import {rules} from '../src/core/rules/index.js';
import {catalog as enCatalog} from '../src/i18n/en/index.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {useLanguage} from './i18n-language.js';
import {sampleAudit} from './popup-audit.js';
import type {PopupViewProps} from '../popup/popup.js';
import './page-catalogs.js';

// The popup in a Spanish browser: every string from src/i18n/es/messages.json or the Spanish catalog, none English.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
type Messages = Record<string, {message: string}>;
const load = (language: string) => JSON.parse(readFileSync(join(root, 'src/i18n', language, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const es = load('es');

/** Pieces of English that must not show: each message's text between placeholders, where Spanish differs. */
const englishMessagePieces = Object.entries(en)
	.filter(([key, {message}]) => es[key]!.message !== message)
	.flatMap(([, {message}]) => message.split(/\$[A-Za-z0-9_]+\$/))
	.map(piece => piece.trim())
	.filter(piece => /[a-z]{3}/i.test(piece) && piece.length >= 4);
/** The English engine catalog's sentences: rule texts and steps, field names, page titles, questions. */
const englishEngineTexts = [
	...Object.values(enCatalog.rules).flatMap(rule => [rule.title, rule.why, rule.ok, ...Object.values(rule.steps).flat()]),
	...Object.values(enCatalog.fields),
	...Object.values(enCatalog.sites).flatMap(site => Object.values(site.pages)),
	...Object.values(enCatalog.questions).flatMap(question => [question.ask, question.path.join(' → ')]),
];

const catalog = siteCatalog();
const changes: ChangeRecord[] = [{site: 'facebook', pageKind: 'about-places', at: 5, since: 1, changes: [
	{field: 'currentCity', from: known('shown', 'friends'), to: known('shown', 'public'), direction: 'more-exposed'},
	{field: 'hometown', from: known('shown', 'public'), to: unknown('element-missing'), direction: 'unreadable'},
]}];

// Apps in use: one answer of each kind (a risk, an ok), the rest unanswered. (Instagram is checked
// on its own below: its site also shows the bio rules, whose Spanish comes with the engine's.)
const answers: Answers = {
	answers: {'tiktok.direct-messages': {answer: 'everyone', at: 1}, 'snapchat.ghost-mode': {answer: 'on', at: 2}},
	apps: {tiktok: true, snapchat: true, venmo: true},
};
const withInstagram: Answers = {...answers, apps: {...answers.apps, instagram: true}};

let render: (props: PopupViewProps) => string;
beforeAll(async () => {
	useLanguage('es');
	const [{h, render: preactRender}, {act}, {PopupView}] = await Promise.all([import('preact'), import('preact/test-utils'), import('../popup/popup.js')]);
	render = props => {
		const element = document.createElement('div');
		act(() => preactRender(h(PopupView, props), element));
		return element.textContent ?? '';
	};
});

// A teen's audit with findings across accounts (at risk and couldn't check), bio findings and a talk-together prompt.
const teenAudit = buildAudit(sites, {
	facebook: [{pageKind: 'about-contact-info', readAt: 1, observations: {phone: known('shown', 'public'), email: known('not-set'), address: known('not-set')}}],
	x: [
		{pageKind: 'settings-contacts', readAt: 1, observations: {findableByPhone: known(true), findableByEmail: known(false)}},
		{pageKind: 'edit-profile', readAt: 1, observations: {bioAge: known('shown', 'public'), bioSchool: known('not-set'), bioFullDate: known('shown', 'public')}},
		{pageKind: 'settings-audience', readAt: 1, observations: {postsProtected: known(false)}},
	],
}, rules, 'teen13', 3);

const states: Array<[string, PopupViewProps]> = [
	['an audit with risks, unknowns, oks, changes and a store problem', {
		audit: sampleAudit, tab: {site: 'facebook', pageKind: 'about-places', status: 'read', at: 1}, catalog, profile: 'adult', changes,
		storeProblem: {problem: 'unreadable'} as PopupViewProps['storeProblem'],
	}],
	['nothing read yet, on a page in an unreadable language', {
		audit: undefined, tab: {site: 'x', pageKind: 'settings-audience', status: 'language-unsupported', at: 1}, catalog, profile: 'teen13',
	}],
	['a teen\'s audit with findings across accounts, bio findings and a prompt', {
		audit: teenAudit, tab: {site: 'x', pageKind: 'edit-profile', status: 'read', at: 1}, catalog, profile: 'teen13',
	}],
	['guided questions, answered and not, and the findings they give', {
		audit: buildAudit(sites, {}, rules, 'adult', 3, answers), tab: undefined, catalog, profile: 'adult', answers,
	}],
	['someone else\'s profile', {audit: undefined, tab: {site: 'facebook', pageKind: 'about-places', status: 'not-own-profile', at: 1}, catalog, profile: 'adult'}],
	['a site Overshare does not read', {audit: undefined, tab: undefined, overTab: true, catalog, profile: 'adult'}],
	['a Facebook page it does not check', {audit: undefined, tab: {site: 'facebook', pageKind: '', status: 'not-audited', at: 1}, overTab: true, catalog, profile: 'adult'}],
	['a page being read', {audit: undefined, tab: {site: 'facebook', pageKind: 'about-places', status: 'reading', at: 1}, overTab: true, catalog, profile: 'adult'}],
	['nothing at risk, some couldn\'t be checked', {
		audit: {...sampleAudit, sites: sampleAudit.sites.map(site => ({...site, findings: site.findings.filter(finding => finding.status !== 'risk')}))},
		tab: undefined, catalog, profile: 'adult',
	}],
];

describe('popup in Spanish', () => {
	test.each(states)('%s: no English sentence from the English messages or the rules shows', (_, props) => {
		const text = render(props);
		expect(text.length).toBeGreaterThan(100);
		for (const piece of [...englishMessagePieces, ...englishEngineTexts]) {
			expect(text, `English shown: "${piece}"`).not.toContain(piece);
		}
	});

	test('the tab notices and the "nothing at risk" line in Spanish', () => {
		const text = (name: string) => render(states.find(([candidate]) => candidate.startsWith(name))![1]);
		expect(text('a site Overshare')).toContain('Overshare no lee esta pestaña. Solo revisa las páginas de tu propio perfil y de configuración en Facebook, X, LinkedIn, Instagram, TikTok, Reddit, Google Account, Strava y YouTube');
		expect(text('a Facebook page')).toContain('Overshare no revisa esta página de Facebook. Estas son las páginas de Facebook que lee:');
		expect(text('a page being read')).toContain('Leyendo esta página: Información › Lugares de residencia…');
		expect(text('nothing at risk')).toMatch(/Nada en riesgo en lo que Overshare pudo revisar, pero \d+ elementos no se pudieron revisar/);
	});

	test('shows the Spanish headings, rule texts, counts and page titles', () => {
		const text = render(states[0]![1]);
		for (const spanish of ['En riesgo', 'Sin revisar', 'Bien', 'Por qué importa', 'Todo se queda en este dispositivo.',
			'Tu fecha de nacimiento completa (día, mes y año) es visible para cualquier persona (Público)',
			'Página leída: Información › Lugares de residencia', 'Ciudad actual: visible para Amigos → visible para Público',
			'No se pudo revisar: abre la página que muestra este ajuste.', 'Corrígelo: Información › Información básica y de contacto']) {
			expect(text).toContain(spanish);
		}

		expect(text).toMatch(/\d+ de \d+ revisiones hechas/);
	});

	test('shows findings across accounts, each site\'s part, and the teen prompts in Spanish', () => {
		const text = render(states[2]![1]);
		for (const spanish of ['Entre tus cuentas', 'Para hablarlo juntos', 'En Facebook', 'En X',
			'Tu número de teléfono es visible para cualquier persona (Público) en Facebook, y en X puede encontrarte con él quien lo tenga (Público)',
			'No se pudo revisar en', 'En tu biografía, tu edad o tu curso son visibles para cualquier persona (Público)',
			'Para hablarlo: estos posts de X son públicos', 'Corrígelo: Información › Información básica y de contacto',
			'Corrígelo: Configuración › Visibilidad y contactos', 'Selecciona "Guardar".']) {
			expect(text).toContain(spanish);
		}
	});

	test('guided questions: the Spanish path and app labels, and their findings, in Spanish', () => {
		const text = render(states.find(([name]) => name.startsWith('guided questions'))![1]);
		for (const spanish of ['Preguntas sobre tus apps', '¿Cuáles de estas apps usas?', 'En la app de TikTok: Perfil → ☰ → Ajustes y privacidad → Privacidad → Mensajes directos. ¿Qué dice?',
			'¿Quién puede enviarte mensajes directos?', 'Amigos sugeridos', 'Mis amigxs', 'No tengo esta app / cuenta', 'No estoy seguro',
			'Desconocidos en TikTok pueden enviarte mensajes directos', 'Corrígelo en la app de TikTok', 'Indicado por ti el',
			'Responde la pregunta sobre esto', 'No se pudo revisar: solo la app muestra esto']) {
			expect(text).toContain(spanish);
		}

		const instagram = render({audit: buildAudit(sites, {}, rules, 'adult', 3, withInstagram), tab: undefined, catalog, profile: 'adult', answers: withInstagram});
		for (const spanish of ['En la app de Instagram: Perfil → ☰ → Configuración y actividad → Mensajes y respuestas a historias → Solicitudes de mensajes. ¿Qué dice?',
			'No recibir solicitudes', 'Mejores amigos', 'Compartes tu ubicación en el mapa de Instagram']) {
			expect(instagram).toContain(spanish);
		}
	});
});
