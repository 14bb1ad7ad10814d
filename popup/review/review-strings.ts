import {plural, t} from '../../src/i18n/t.js';
import type {RuleFamily} from '../../src/core/rules/define-rule.js';
import type {AgeBand, Stage} from '../../src/core/review/review-state.js';

// Every string of the review page, from src/i18n/<lang>/messages.json (src/i18n/t.ts), like popup/strings.ts.

export const title = t('reviewTitle');
export const intro = t('reviewIntro');
export const checkInDue = t('reviewCheckInDue');
export const checkInSoon = (date: string) => t('reviewCheckInSoon', date);

export const bandQuestion = t('reviewBandQuestion');
export const bandLabel: Record<AgeBand, string> = {teen13: t('reviewBand13'), teen16: t('reviewBand16')};
export const bandHelp = t('reviewBandHelp');
export const accountsQuestion = t('reviewAccountsQuestion');
export const pagesRead = (count: number) => plural('reviewPagesRead', count);
export const notReadYet = t('reviewNotReadYet');
export const coverageHint = t('reviewCoverageHint');
export const start = t('reviewStart');
export const startCheckIn = t('reviewStartCheckIn');
export const chooseBand = t('reviewChooseBand');
export const chooseAccount = t('reviewChooseAccount');

export const sinceLast = (date: string) => t('reviewSinceLast', date);
export const sinceAppeared = (count: number) => plural('reviewSinceAppeared', count);
export const sinceFixed = (count: number) => plural('reviewSinceFixed', count);
export const sinceTalkLater = (count: number) => plural('reviewSinceTalkLater', count);

export const progress = (index: number, total: number, site: string) => t('reviewProgress', index, total, site);
export const tagTalkLater = t('reviewTagTalkLater');
export const tagNew = t('reviewTagNew');
export const exposed = t('reviewExposed');
export const why = t('reviewWhy');
export const talk = t('reviewTalk');
export const platformDefault = t('reviewDefault');
export const howToFix = t('reviewHowToFix');
export const fixedConfirmed = t('reviewFixedConfirmed');
export const notFixedYet = t('reviewNotFixedYet');
export const decide = t('reviewDecide');
export const fixNow = t('reviewFixNow');
export const keep = t('reviewKeep');
export const keepReason = t('reviewKeepReason');
export const keepHelp = (max: number) => t('reviewKeepHelp', max);
export const keepSave = t('reviewKeepSave');
export const keepCancel = t('reviewKeepCancel');
export const keepEmpty = t('reviewKeepEmpty');
export const talkLater = t('reviewTalkLater');
export const back = t('reviewBack');
export const missingFinding = t('reviewMissingFinding');
export const decidedSoFar = t('reviewDecidedSoFar');
export const decisionFixed = t('reviewDecisionFixed');
export const decisionNotConfirmed = t('reviewDecisionNotConfirmed');
export const decisionKeep = (reason: string) => t('reviewDecisionKeep', reason);
export const decisionTalkLater = t('reviewDecisionTalkLater');

export const stageTitle = t('reviewStageTitle');
export const stageLabel: Record<Stage, string> = {learner: t('reviewStageLearner'), licence: t('reviewStageLicence')};
export const stageHelp: Record<Stage, string> = {learner: t('reviewStageLearnerHelp'), licence: t('reviewStageLicenceHelp')};
export const nextCheckIn = t('reviewNextCheckIn');
export const nextCheckInHelp = t('reviewNextCheckInHelp');
export const finish = t('reviewFinish');
export const chooseStage = t('reviewChooseStage');

export const agreementTitle = t('reviewAgreementTitle');
export const agreementDate = (date: string) => t('reviewAgreementDate', date);
export const agreementBand = (band: string) => t('reviewAgreementBand', band);
export const agreementStage = (stage: string) => t('reviewAgreementStage', stage);
export const agreementAccounts = (list: string) => t('reviewAgreementAccounts', list);
export const agreementDecisions = t('reviewAgreementDecisions');
export const agreementNone = t('reviewAgreementNone');
export const agreementOpen = t('reviewAgreementOpen');
export const agreementNothingOpen = t('reviewAgreementNothingOpen');
export const agreementCheckIn = (date: string) => t('reviewAgreementCheckIn', date);
export const agreementSigned = t('reviewAgreementSigned');
export const signTeen = t('reviewSignTeen');
export const signParent = t('reviewSignParent');
/** A signature line: "Teen: ____", with the language's own spacing before the colon. */
export const signLine = (who: string) => t('reviewSignLine', who);
/** A decision's heading: "Facebook: Your birthday is public". */
export const siteAndRule = (site: string, rule: string) => t('reviewSiteAndRule', site, rule);
export const print = t('reviewPrint');
export const storedHere = t('reviewStoredHere');

export const storesTitle = t('reviewStoresTitle');
export const storesIntro = t('reviewStoresIntro');
export const storesNothing = t('reviewStoresNothing');
export const storesBand = (band: string) => t('reviewStoresBand', band);
export const storesAccounts = (list: string) => t('reviewStoresAccounts', list);
export const storesDecisions = (count: number) => plural('reviewStoresDecisions', count);
export const storesCheckIn = (stage: string, date: string) => t('reviewStoresCheckIn', stage, date);
export const storesSnapshot = (count: number) => plural('reviewStoresSnapshot', count);
export const storesInProgress = (date: string) => t('reviewStoresInProgress', date);
export const storesReminder = (date: string) => t('reviewStoresReminder', date);
export const storesElse = t('reviewStoresElse');
export const storesRaw = t('reviewStoresRaw');
export const deleteReview = t('reviewDelete');
export const deleteQuestion = t('reviewDeleteQuestion');
export const deleted = t('reviewDeleted');
export const discard = t('reviewDiscard');
export const discardQuestion = t('reviewDiscardQuestion');

export const toolsTitle = t('reviewToolsTitle');
export const toolsIntro = t('reviewToolsIntro');
export const toolLink = t('reviewToolLink');
/** The platforms' own supervision tools (risks-and-settings.md (d)); only the Meta and Google pages are linked (H). */
export const tools: ReadonlyArray<{name: string; how: string; url?: string}> = [
	{name: t('reviewToolMeta'), how: t('reviewToolMetaHow'), url: 'https://familycenter.meta.com/'},
	{name: t('reviewToolTikTok'), how: t('reviewToolTikTokHow')},
	{name: t('reviewToolSnap'), how: t('reviewToolSnapHow')},
	{name: t('reviewToolGoogle'), how: t('reviewToolGoogleHow'), url: 'https://families.google.com/familylink/'},
];

/** One conversation prompt per risk family, after guidance.md ("driver's ed"). */
export const prompt: Record<RuleFamily, string> = {
	birthdate: t('reviewPromptBirthdate'),
	location: t('reviewPromptLocation'),
	geolocation: t('reviewPromptGeolocation'),
	photos: t('reviewPromptPhotos'),
	'third-party': t('reviewPromptThirdParty'),
	contact: t('reviewPromptContact'),
	'social-graph': t('reviewPromptSocialGraph'),
	interaction: t('reviewPromptInteraction'),
	supervision: t('reviewPromptSupervision'),
};
