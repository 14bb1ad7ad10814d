import type {Audit, Finding} from '../../src/core/model/audit.js';
import type {ItemRef} from '../../src/core/review/item-ref.js';
import type {Decided} from '../../src/core/review/review-state.js';
import * as r from './review-strings.js';

/** The finding a review item stands for, in the audit as it is now (it updates live). */
export const findingOf = (audit: Audit | undefined, item: ItemRef): Finding | undefined =>
	audit?.sites.find(site => site.site === item.site)?.findings.find(finding => finding.ruleId === item.ruleId);

export const siteNameOf = (audit: Audit | undefined, site: string): string =>
	audit?.sites.find(entry => entry.site === site)?.siteName ?? site;

/** "Fix now" is only as good as the page says: confirmed when the finding is ok now. */
export const isConfirmedFixed = (audit: Audit | undefined, item: ItemRef): boolean => findingOf(audit, item)?.status === 'ok';

/** A decision in words, for the list of decisions and the agreement. */
export function decisionText(audit: Audit | undefined, decided: Decided): string {
	switch (decided.decision.kind) {
		case 'fix-now':
			return isConfirmedFixed(audit, decided) ? r.decisionFixed : r.decisionNotConfirmed;
		case 'keep':
			return r.decisionKeep(decided.decision.reason);
		case 'talk-later':
			return r.decisionTalkLater;
	}
}

/** What is still open after a review: "fix now" the page has not confirmed, and "talk later". */
export const stillOpen = (audit: Audit | undefined, decided: readonly Decided[]): Decided[] =>
	decided.filter(item => item.decision.kind === 'talk-later' || (item.decision.kind === 'fix-now' && !isConfirmedFixed(audit, item)));

export {dateOf} from '../date-of.js';
