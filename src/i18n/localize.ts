import type {SiteCatalog} from '../messages.js';
import {audienceLabel, audiences, audienceWho, type Audience} from '../model/audience.js';
import type {Audit, Finding, SiteAudit} from '../model/audit.js';
import type {FieldId} from '../model/fields.js';
import type {Question} from '../questions/define-question.js';
import {esText} from './es/index.js';
import type {TextCatalog} from './text-catalog.js';
import {uiLanguage, type UiLanguage} from './t.js';

/** The catalog of engine texts for a UI language; English is the source, so it has none. */
export const textCatalogs: Readonly<Record<UiLanguage, TextCatalog | undefined>> = {en: undefined, es: esText};

export const currentTextCatalog = (): TextCatalog | undefined => textCatalogs[uiLanguage()];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (names: Record<Audience, string>) => `(${audiences.map(audience => escape(names[audience])).join('|')})`;
const slots: Record<string, {pattern: string; audienceFrom?: Record<Audience, string>}> = {
	audience: {pattern: alternatives(audienceLabel), audienceFrom: audienceLabel},
	who: {pattern: alternatives(audienceWho), audienceFrom: audienceWho},
	count: {pattern: '(\\d+)'},
};

/** Matches an English exposure against one template key; the slots' values, or undefined. */
function matchTemplate(template: string, sentence: string): {audience?: Audience; count?: string} | undefined {
	const names: string[] = [];
	const source = escape(template).replace(/\\\{(audience|who|count)\\\}/g, (_, name: string) => {
		names.push(name);
		return slots[name]!.pattern;
	});
	const match = new RegExp(`^${source}$`).exec(sentence);
	if (!match) {
		return undefined;
	}

	const values: {audience?: Audience; count?: string} = {};
	names.forEach((name, index) => {
		const captured = match[index + 1]!;
		const from = slots[name]!.audienceFrom;
		if (from) {
			values.audience = audiences.find(audience => from[audience] === captured);
		} else {
			values.count = captured;
		}
	});
	return values;
}

/** An exposure sentence in the catalog's language, or undefined when no template fits. */
export function translateExposure(text: TextCatalog, ruleId: string, sentence: string): string | undefined {
	const exposures = text.rules[ruleId]?.exposures ?? {};
	for (const [template, translation] of Object.entries(exposures)) {
		const values = matchTemplate(template, sentence);
		if (values) {
			return translation
				.replace('{audience}', values.audience ? text.audienceIn[values.audience] : '')
				.replace('{audienceName}', values.audience ? text.audienceNames[values.audience] : '')
				.replace('{count}', values.count ?? '');
		}
	}

	return undefined;
}

/** A page title by its English title, through the English catalog's page kinds. */
function pageTitle(text: TextCatalog, catalog: SiteCatalog, site: string, title: string): string {
	const siteName = catalog.find(entry => entry.id === site)?.name ?? site;
	if (title === `${siteName} Privacy Checkup`) {
		return text.sites[site]?.checkup ?? title;
	}

	// A fix made in a phone app (evaluate-rule.ts fixFor): "the TikTok app".
	const app = /^the (.+) app$/.exec(title)?.[1];
	if (app) {
		return text.inApp.replace('{app}', app);
	}

	const pageKind = catalog.find(entry => entry.id === site)?.pages.find(page => page.title === title)?.pageKind;
	return (pageKind && text.sites[site]?.pages[pageKind]) ?? title;
}

const firstLower = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);

function localizeFinding(text: TextCatalog, catalog: SiteCatalog, finding: Finding): Finding {
	const rule = text.rules[finding.ruleId];
	if (!rule) {
		return finding;
	}

	const reason = finding.missing?.[0]?.reason;
	const exposure = finding.status === 'ok' ? rule.okText
		: finding.status === 'unknown' && reason ? text.couldntCheck.replace('{reason}', firstLower(text.reasons[reason]))
			: translateExposure(text, finding.ruleId, finding.exposure) ?? finding.exposure;
	const steps = rule.steps[finding.site];
	return {
		...finding,
		title: rule.title,
		why: rule.why,
		exposure,
		fix: {...finding.fix, page: pageTitle(text, catalog, finding.site, finding.fix.page), steps: steps?.length === finding.fix.steps.length ? [...steps] : finding.fix.steps},
		...(finding.check ? {check: {...finding.check, page: pageTitle(text, catalog, finding.site, finding.check.page)}} : {}),
	};
}

const localizeSite = (text: TextCatalog, catalog: SiteCatalog, site: SiteAudit): SiteAudit => ({
	...site,
	findings: site.findings.map(finding => localizeFinding(text, catalog, finding)),
	pagesRead: site.pagesRead.map(page => ({...page, title: text.sites[site.site]?.pages[page.pageKind] ?? page.title})),
	pagesToVisit: site.pagesToVisit.map(page => ({...page, title: text.sites[site.site]?.pages[page.pageKind] ?? page.title})),
});

/**
 * The audit as the engine built it (English), in the catalog's language. `catalog` is the English
 * site catalog: it turns a page title back into its page kind. Anything without a translation stays English.
 */
export function localizeAudit(text: TextCatalog | undefined, catalog: SiteCatalog, audit: Audit): Audit {
	return text ? {...audit, sites: audit.sites.map(site => localizeSite(text, catalog, site))} : audit;
}

export function localizeCatalog(text: TextCatalog | undefined, catalog: SiteCatalog): SiteCatalog {
	return text
		? catalog.map(site => ({...site, pages: site.pages.map(page => ({...page, title: text.sites[site.id]?.pages[page.pageKind] ?? page.title}))}))
		: catalog;
}

export const fieldLabelIn = (text: TextCatalog | undefined, field: FieldId, english: string): string => text?.fields[field] ?? english;

/** A guided question in the catalog's language: path, question, option labels and defaults; English where none. */
export function localizeQuestion(text: TextCatalog | undefined, question: Question): Question {
	const translated = text?.questions[question.id];
	return translated
		? {
			...question, path: translated.path, ask: translated.ask, defaults: translated.defaults,
			options: question.options.map(option => ({...option, label: translated.options[option.id] ?? option.label})),
		}
		: question;
}
