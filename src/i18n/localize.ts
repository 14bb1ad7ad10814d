import type {SiteCatalog} from '../background/messages.js';
import {audienceLabel, audiences, audienceWho, type Audience} from '../core/model/audience.js';
import type {Audit, Finding, SiteAudit, SitePart} from '../core/model/audit.js';
import type {FieldId} from '../core/model/fields.js';
import type {Question} from '../core/questions/define-question.js';
import type {CrossRuleText, TextCatalog} from './text-catalog.js';
import {uiLanguage} from './t.js';

export {currentTextCatalog} from './text-catalogs.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (names: Record<Audience, string>) => `(${audiences.map(audience => escape(names[audience])).join('|')})`;
// What each {slot} of an English exposure key matches; site names only appear in rules across accounts.
const slots: Readonly<Record<string, string>> = {
	audience: alternatives(audienceLabel),
	who: alternatives(audienceWho),
	count: '(\\d+)',
	site: '(.+?)',
	otherSite: '(.+?)',
	sites: '(.+?)',
};

/** Matches an English exposure against one template key; the text each slot captured, or undefined. */
function matchTemplate(template: string, sentence: string): Record<string, string> | undefined {
	const names: string[] = [];
	const source = escape(template).replace(/\\\{(\w+)\\\}/g, (slot, name: string) => {
		if (!Object.hasOwn(slots, name)) {
			return slot;
		}

		names.push(name);
		return slots[name]!;
	});
	const match = new RegExp(`^${source}$`).exec(sentence);
	return match ? Object.fromEntries(names.map((name, index) => [name, match[index + 1]!])) : undefined;
}

const audienceBy = (names: Record<Audience, string>, captured: string | undefined) =>
	captured === undefined ? undefined : audiences.find(audience => names[audience] === captured);

/** "Facebook, X and LinkedIn" (English, as the engine joins them) in the catalog's language. */
function siteList(text: TextCatalog, english: string): string {
	const names = english.split(' and ');
	return names.length < 2 ? english : `${names.slice(0, -1).join(', ')} ${text.and} ${names.at(-1)!}`;
}

/** An exposure sentence in the catalog's language, or undefined when no template fits. */
export function translateExposure(text: TextCatalog, ruleId: string, sentence: string): string | undefined {
	const exposures = text.rules[ruleId]?.exposures ?? text.across[ruleId]?.exposures ?? {};
	for (const [template, translation] of Object.entries(exposures)) {
		const values = matchTemplate(template, sentence);
		if (values) {
			// {audience} is the "visible to" audience; a sentence with only {who} uses that one.
			const audience = audienceBy(audienceLabel, values['audience']) ?? audienceBy(audienceWho, values['who']);
			const who = audienceBy(audienceWho, values['who']);
			return translation
				.replace('{audience}', audience ? text.audienceIn[audience] : '')
				.replace('{audienceName}', audience ? text.audienceNames[audience] : '')
				.replace('{whoName}', who ? text.audienceNames[who] : '')
				.replace('{count}', values['count'] ?? '')
				.replace('{site}', values['site'] ?? '')
				.replace('{otherSite}', values['otherSite'] ?? '')
				.replace('{sites}', values['sites'] ? siteList(text, values['sites']) : '');
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

/** A fix (or check) link's page title, and its steps when the catalog has them one for one. */
function localizeFix(text: TextCatalog, catalog: SiteCatalog, site: string, fix: Finding['fix'], steps: readonly string[] | undefined): Finding['fix'] {
	return {...fix, page: pageTitle(text, catalog, site, fix.page), steps: steps?.length === fix.steps.length ? [...steps] : fix.steps};
}

function localizeFinding(text: TextCatalog, catalog: SiteCatalog, finding: Finding): Finding {
	const rule = text.rules[finding.ruleId];
	if (!rule) {
		return finding;
	}

	const reason = finding.missing?.[0]?.reason;
	const exposure = finding.status === 'ok' ? rule.okText
		: finding.status === 'unknown' && reason ? text.couldntCheck.replace('{reason}', firstLower(text.reasons[reason]))
			: translateExposure(text, finding.ruleId, finding.exposure) ?? finding.exposure;
	return {
		...finding,
		title: rule.title,
		why: rule.why,
		exposure,
		fix: localizeFix(text, catalog, finding.site, finding.fix, rule.steps[finding.site]),
		...(finding.check ? {check: {...finding.check, page: pageTitle(text, catalog, finding.site, finding.check.page)}} : {}),
	};
}

/** One site's part of a finding across accounts: its page titles, and the steps of the one-site rule its role names. */
function localizePart(text: TextCatalog, catalog: SiteCatalog, rule: CrossRuleText, part: SitePart): SitePart {
	const stepsFrom = part.role === undefined ? undefined : rule.parts[part.role];
	const steps = stepsFrom === undefined ? undefined : text.rules[stepsFrom]?.steps[part.site];
	return {
		...part,
		fix: localizeFix(text, catalog, part.site, part.fix, steps),
		...(part.check ? {check: {...part.check, page: pageTitle(text, catalog, part.site, part.check.page)}} : {}),
	};
}

/** A finding across accounts: its texts, and each site's part. Its own fix and check are its first part's. */
function localizeAcross(text: TextCatalog, catalog: SiteCatalog, finding: Finding): Finding {
	const rule = text.across[finding.ruleId];
	if (!rule) {
		return finding;
	}

	const involves = finding.involves?.map(part => localizePart(text, catalog, rule, part));
	const first = involves?.[0];
	const reason = first?.missing?.[0]?.reason;
	const exposure = finding.status === 'ok' ? rule.okText
		: finding.status === 'unknown' && first && reason
			? text.couldntCheckOn.replace('{site}', first.siteName).replace('{reason}', firstLower(text.reasons[reason]))
			: translateExposure(text, finding.ruleId, finding.exposure) ?? finding.exposure;
	return {
		...finding,
		title: rule.title,
		why: rule.why,
		exposure,
		...(first ? {fix: first.fix} : {}),
		...(involves ? {involves} : {}),
		...(finding.check && first?.check ? {check: first.check} : {}),
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
	return text
		? {
			...audit,
			sites: audit.sites.map(site => localizeSite(text, catalog, site)),
			...(audit.across ? {across: audit.across.map(finding => localizeAcross(text, catalog, finding))} : {}),
		}
		: audit;
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
