import type {Audit} from '../model/audit.js';
import type {AudienceProfile} from '../model/severity.js';
import type {StoredPages} from '../model/stored-pages.js';
import {noAnswers, type Answers} from '../questions/answers.js';
import {forgetPlatform} from '../questions/record-answer.js';
import {auditOf} from './record-page.js';

/** Forgets a site's pages and the answers about its app; `answers` is what remains of them. Pure: the caller loads and saves. */
export function forgetSite(pages: StoredPages, site: string, now: number, profile: AudienceProfile = 'adult', answers: Answers = noAnswers):
{pages: StoredPages; answers: Answers; audit: Audit} {
	const {[site]: _forgotten, ...rest} = pages;
	const left = forgetPlatform(answers, site);
	return {pages: rest, answers: left, audit: auditOf(rest, now, profile, left)};
}
