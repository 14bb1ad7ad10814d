// @vitest-environment jsdom
import {beforeAll, describe, expect, test} from 'vitest';
import type {ReviewStore} from '../src/core/review/review-action.js';
import {catalog as enCatalog} from '../src/i18n/en/index.js';
import {catalog as ptBR} from '../src/i18n/pt_BR/index.js';
import {renderMessage} from '../src/i18n/render.js';
import {sampleAudit} from './popup-audit.js';
import {type Render, type RenderReview, agreement, answeredAudit, answers, catalog, englishPiecesOf, pagesIn, reviewing} from './popup-in-language.js';

// The popup and the review in a Brazilian Portuguese browser (pt-BR, the regional folder pt_BR):
// Portuguese words, Portuguese plurals (0 and 1 are singular), and dates and numbers written the
// Brazilian way. Falling back to English (a missing catalog, a message looked up in a "pt" folder that
// does not exist, a date in the runtime's locale) fails here; so does a pt-PT browser getting Brazilian text.
const englishPieces = englishPiecesOf('pt_BR');

let render: Render;
let renderReview: RenderReview;

beforeAll(async () => {
	[render, renderReview] = await pagesIn('pt-BR');
});

describe('the popup in Brazilian Portuguese', () => {
	const findings = (): string => render({audit: answeredAudit(), tab: undefined, catalog, profile: 'adult', answers});

	test('findings: the rules, fixes, pages and summary in Portuguese, no English sentence', () => {
		const text = render({audit: sampleAudit, tab: {site: 'facebook', pageKind: 'about-places', status: 'read', at: 1}, catalog, profile: 'adult'});
		for (const words of [
			'Tudo fica neste dispositivo.', 'Em risco', 'Não verificado', 'Por que isso importa',
			'Sua data de nascimento completa (dia, mês e ano) está visível para qualquer pessoa (Público)',
			'Página lida: Sobre › Lugares onde morou', 'Corrigir: Sobre › Informações de contato e básicas',
			'Não foi possível verificar: abra a página que mostra esta configuração.',
		]) {
			expect(text).toContain(words);
		}

		for (const piece of englishPieces) {
			expect(text, `English shown: "${piece}"`).not.toContain(piece);
		}
	});

	test('counts take the Portuguese plural: 0 and 1 are singular, 2 and more plural', () => {
		const text = render({audit: sampleAudit, tab: undefined, catalog, profile: 'adult'});
		const high = sampleAudit.sites.flatMap(site => site.findings).filter(finding => finding.status === 'risk' && finding.severity === 'high').length;
		expect(high).toBeGreaterThanOrEqual(2);
		expect(text).toContain(`${high} riscos altos`);
		expect(text).toMatch(/\d+ de \d+ (verificação feita|verificações feitas)/);
		expect(renderMessage(ptBR, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1}}})).toBe('1 aplicativo ou site pode acessar sua conta');
		expect(renderMessage(ptBR, {rule: 'connected-apps', id: 'apps', values: {count: {count: 0}}})).toBe('0 aplicativo ou site pode acessar sua conta');
		expect(renderMessage(ptBR, {rule: 'connected-apps', id: 'apps', values: {count: {count: 2}}})).toBe('2 aplicativos ou sites podem acessar sua conta');
	});

	test('numbers are grouped the Brazilian way (a dot), not the English comma', () => {
		expect(renderMessage(ptBR, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1250}}})).toBe('1.250 aplicativos ou sites podem acessar sua conta');
		expect(renderMessage(enCatalog, {rule: 'connected-apps', id: 'apps', values: {count: {count: 1250}}})).toMatch(/^1,250 apps/);
	});

	test('a guided question in Portuguese, with the date of the answer day first: 5 March 2026 is 05/03/2026', () => {
		const text = findings();
		for (const words of ['No aplicativo TikTok: Perfil → ☰ → Configurações e privacidade → Privacidade → Mensagens diretas. O que aparece lá?',
			'Quem pode enviar mensagens diretas para você?', 'Qualquer pessoa no TikTok pode enviar mensagens diretas para você', 'Corrigir no aplicativo TikTok']) {
			expect(text).toContain(words);
		}

		expect(text).toContain('Informado por você em 05/03/2026');
		expect(text).not.toContain('3/5/2026');
	});
});

describe('the review in Brazilian Portuguese', () => {
	test('a finding speaks to the teen as "você", in Portuguese, with no English sentence', () => {
		const text = renderReview({current: reviewing as ReviewStore['current']});
		for (const words of ['Item 1 de 2 · Instagram', 'Sua conta é pública', 'Por que isso importa na sua idade', 'Conversem sobre isso',
			'Você diria ou mostraria isto num auditório cheio de colegas, professores e pais?', 'O padrão para a sua idade',
			'O que vocês decidem juntos?', 'Uma revisão em andamento, iniciada em 26 de novembro de 2026']) {
			expect(text).toContain(words);
		}

		for (const piece of englishPieces) {
			expect(text, `English shown: "${piece}"`).not.toContain(piece);
		}
	});

	test('the agreement: its words, and its dates in full the Brazilian way', () => {
		const text = renderReview(agreement);
		for (const words of ['Nosso acordo', 'Etapa: Carteira de motorista', 'Revisado juntos em 26 de novembro de 2026', 'Adolescente', 'Responsável']) {
			expect(text).toContain(words);
		}

		// Three months on (the licence stage): the day before the month, the month in Portuguese words.
		expect(text).toMatch(/Próxima conversa: \d{1,2} de (janeiro|fevereiro|março) de 2027/);
		expect(text).not.toMatch(/November|February/);

		// What changed since that review, counted the Portuguese way: 0 takes the singular.
		expect(text).toContain('Desde a última revisão, em 26 de novembro de 2026:');
		expect(text).toContain('0 risco novo');
		expect(text).toContain('2 ficaram para conversar');
	});
});

describe('a Portuguese browser outside Brazil (pt-PT)', () => {
	test('gets English words and English dates together, as the browser\'s own _locales lookup gives it English', async () => {
		const [popup, review] = await pagesIn('pt-PT');
		expect(popup({audit: answeredAudit(), tab: undefined, catalog, profile: 'adult', answers})).toContain('Reported by you on 3/5/2026');
		expect(review(agreement)).toContain('Reviewed together on November 26, 2026');
	});
});
