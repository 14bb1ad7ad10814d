import type {FieldId, Fields} from '../model/fields.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk, type KnownValues, type Rule, type RuleFamily, type SiteFix} from './define-rule.js';
import {linkedinFix} from './fix-steps.js';

/** The fields that are one on/off switch. */
type SwitchField = {[F in FieldId]: Fields[F] extends boolean ? F : never}[FieldId];

/**
 * A rule over one of LinkedIn's data switches (Advertising data and Data privacy pages,
 * platform-pages-3.md §5.3: each page one `input[role="switch"]` named by its setting id): on is
 * the exposure (message id `on`), off is ok. The pages' texts are not documented, so the switch's id
 * is what is read; each rule's file says what the switch gives away and why it is ranked so.
 */
export const linkedinSwitchRule = <F extends SwitchField>({id, ref, family, field, page, confidence}: {
	id: string; ref: string; family: RuleFamily; field: F; page: string; confidence: SiteFix['confidence'];
}): Rule => defineRule({
	id,
	ref,
	family,
	reads: [field] as const,
	severity: severityFor('low', 'medium'),
	judge: values => ((values as KnownValues<readonly SwitchField[]>)[field].value ? risk('on') : ok),
	fixes: {linkedin: linkedinFix(page, '2026-01', confidence)},
	examples: {
		risky: [{[field]: known(true)} as KnownValues<readonly [F]>],
		ok: [{[field]: known(false)} as KnownValues<readonly [F]>],
	},
});
