import type {Audience} from '../src/core/model/audience.js';
import type {Finding, FixPlace, Place} from '../src/core/model/audit.js';
import type {FieldId} from '../src/core/model/fields.js';
import type {UnknownReason} from '../src/core/model/observed.js';
import type {Question} from '../src/core/questions/define-question.js';
import {catalogFor} from '../src/i18n/catalogs.js';
import type {QuestionTexts} from '../src/i18n/catalog.js';
import * as render from '../src/i18n/render.js';
import {uiLanguage} from '../src/i18n/t.js';

// What the engine says (rule texts, exposures, steps, page titles, field names, guided questions),
// worded at render time in the UI language's catalog, which the page loads before it renders
// (src/i18n/catalogs.ts). Every result is text, for text nodes only.
const catalog = () => catalogFor(uiLanguage());

export const title = (finding: Pick<Finding, 'ruleId'>): string => render.ruleTitle(catalog(), finding.ruleId);
export const why = (finding: Pick<Finding, 'ruleId'>): string => render.ruleWhy(catalog(), finding.ruleId);
export const exposure = (finding: Pick<Finding, 'exposure'>): string => render.renderMessage(catalog(), finding.exposure);

/** The title of a place: a page of a site, its privacy checkup, or its phone app. */
export const place = (where: Place): string => render.placeTitle(catalog(), where);
export const steps = (fix: FixPlace): readonly string[] => render.fixSteps(catalog(), fix);
export const page = (site: string, pageKind: string): string => render.pageTitle(catalog(), site, pageKind);

export const fieldLabel = (field: FieldId): string => render.fieldName(catalog(), field);
export const audienceName = (audience: Audience): string => render.audienceName(catalog(), audience);
export const choiceName = (choice: string): string => render.choiceName(catalog(), choice);
export const question = (asked: Question): QuestionTexts => render.questionTexts(catalog(), asked);
/** A download rule's steps on one platform: how to delete what it keeps, or turn it off. */
export const downloadSteps = (ruleId: string, platform: string): readonly string[] => render.fixSteps(catalog(), {site: platform, stepsOf: ruleId});
/** Why something could not be checked, as the end of "Couldn't check: …". */
export const reason = (unknown: UnknownReason): string => render.reasonName(catalog(), unknown);
