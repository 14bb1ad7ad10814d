import type {ComponentChildren} from 'preact';
import type {AudienceProfile} from '../src/core/model/severity.js';
import type {ReminderEvery} from '../src/core/scan/reminder-due.js';
import {noAnswers} from '../src/core/questions/answers.js';
import {AllFixed} from './all-fixed.js';
import {AboutSection} from './about-section.js';
import {browserConnection, sendToBackground as send} from './browser-connection.js';
import {AppQuestions, type QuestionHandlers} from './app-questions.js';
import {captureActiveTab, type CaptureOutcome} from './capture-sample.js';
import {EmptyState} from './empty-state.js';
import {AcrossSection} from './across-section.js';
import {ChangesSince} from './changes-since.js';
import {ForgetSite} from './forget-site.js';
import {ProfilePicker} from './profile-picker.js';
import {ReminderPicker} from './reminder-picker.js';
import {ReviewLink} from './review-link.js';
import {DownloadLink} from './download-link.js';
import {ScanHistory} from './scan-history.js';
import {ScanPanel} from './scan-panel.js';
import {ScoreLine} from './score-line.js';
import {SiteAccessNotice} from './site-access-notice.js';
import {SiteSection} from './site-section.js';
import {Summary} from './summary.js';
import {TabNotice} from './tab-notice.js';
import * as t from './strings.js';
import {useStateFromBackground, type PopupState} from './use-state-from-background.js';

const titleId = 'popup-title';

/** The header stays mounted across updates so its live summary is announced, not re-inserted. */
function Frame({audit, pending = false, children}: {audit: PopupState['audit']; pending?: boolean; children: ComponentChildren}) {
	return (
		<>
			<header class="top">
				<h1 id={titleId} tabIndex={-1}>{t.appName}</h1>
				<Summary audit={audit} pending={pending}/>
				<ScoreLine audit={audit}/>
				<p class="private">{t.staysOnDevice}</p>
			</header>
			<main>{children}</main>
		</>
	);
}

type Optional = 'changes' | 'storeProblem' | 'scan' | 'scans' | 'reminder' | 'answers' | 'overTab' | 'review' | 'withoutAccess' | 'managed';
export type PopupViewProps = Omit<PopupState, Optional> & Partial<Pick<PopupState, Optional>> & {
	onForget?: (site: string) => void;
	onForgetEverything?: () => void;
	onProfile?: (profile: AudienceProfile) => void;
	onScan?: () => void;
	onCancelScan?: () => void;
	onReminder?: (every: ReminderEvery) => void;
	onCapture?: () => Promise<CaptureOutcome>;
} & Partial<QuestionHandlers>;

const ignore = () => undefined;
const noCapture = async (): Promise<CaptureOutcome> => ({state: 'failed'});

function Body({
	audit, tab, overTab = false, catalog, profile, changes = [], storeProblem, scan, scans = [], reminder = 'off', answers = noAnswers, review, withoutAccess = [], managed = {},
	onForget = ignore, onForgetEverything = ignore, onProfile = ignore, onScan = ignore, onCancelScan = ignore, onReminder = ignore,
	onAnswer = ignore, onClear = ignore, onAppUse = ignore, onCapture = noCapture,
}: PopupViewProps) {
	const sites = audit?.sites ?? [];
	return (
		<>
			{storeProblem && <p class="notice notice-not-read" role="alert">{t.storeProblem[storeProblem.problem]}</p>}
			<SiteAccessNotice withoutAccess={withoutAccess} catalog={catalog}/>
			<ScanPanel scan={scan} catalog={catalog} onStart={onScan} onCancel={onCancelScan}/>
			<AllFixed audit={audit}/>
			<TabNotice tab={tab} overTab={overTab} catalog={catalog}/>
			<ChangesSince changes={changes} catalog={catalog}/>
			{sites.length === 0
				? <EmptyState catalog={catalog}/>
				: sites.map(site => <SiteSection key={site.site} site={site} onForget={onForget}/>)}
			{audit && <AcrossSection audit={audit}/>}
			<AppQuestions answers={answers} onAnswer={onAnswer} onClear={onClear} onAppUse={onAppUse}/>
			<ProfilePicker profile={profile} onChange={onProfile} fixed={managed.profile !== undefined}/>
			<ReviewLink review={review}/>
			<DownloadLink/>
			<ReminderPicker every={reminder} onChange={onReminder} fixed={managed.reminder !== undefined}/>
			<ScanHistory scans={scans}/>
			{sites.length > 0 && (
				<footer class="everything">
					{/* The report is the extension's own page: relative to this one, opened in a new tab. */}
					<a class="action report-link" href="report.html" target="_blank">{t.reportOpen}<span class="visually-hidden">{t.newTab}</span></a>
					<ForgetSite label={t.forgetEverything} question={t.forgetEverythingQuestion} onForget={onForgetEverything}/>
				</footer>
			)}
			<AboutSection tab={tab} onCapture={onCapture}/>
		</>
	);
}

/** Pure view of one state, testable without messaging. */
export function PopupView(props: PopupViewProps) {
	return <Frame audit={props.audit}><Body {...props}/></Frame>;
}

function forget(site: string) {
	// The site's section is about to disappear: put focus somewhere that stays.
	document.getElementById(titleId)?.focus();
	// Success shows up through the storage listener; on failure the checklist simply stays.
	send('forgetSite', {site}).catch(() => undefined);
}

function forgetAll() {
	document.getElementById(titleId)?.focus();
	send('forgetEverything', {}).catch(() => undefined);
}

/** From the error state: the background may be what is failing, so storage is cleared here if it cannot. */
async function forgetAllAndRetry(retry: () => void) {
	try {
		await send('forgetEverything', {});
	} catch {
		await Promise.all([browserConnection.storage.local.clear(), browserConnection.storage.session.clear()]).catch(() => undefined);
	}

	retry();
}

// Progress and the end of the scan arrive through the storage listener (the scan state is in session storage).
const scanAll = () => void send('startScan', {}).catch(() => undefined);
const cancelScanning = () => void send('cancelScan', {}).catch(() => undefined);
const chooseReminder = (every: ReminderEvery) => void send('setReminder', {every}).catch(() => undefined);

function chooseProfile(profile: AudienceProfile) {
	// The re-scored audit arrives through the storage listener.
	send('setProfile', {profile}).catch(() => undefined);
}

// Answers arrive back through the storage listener, like every other change.
const questionHandlers: QuestionHandlers = {
	onAnswer: (question, answer) => void send('answerQuestion', {question, answer}).catch(() => undefined),
	onClear: question => void send('clearAnswer', {question}).catch(() => undefined),
	onAppUse: (platform, uses) => void send('setAppUse', {platform, uses}).catch(() => undefined),
};

/** Fetches the state from the background and chooses what to show. */
export function Popup() {
	const loaded = useStateFromBackground(browserConnection);
	// Same root as PopupView's, so the header is updated in place rather than re-created.
	if (loaded.state === 'ready') {
		return <Frame audit={loaded.value.audit}><Body
			{...loaded.value} onForget={forget} onForgetEverything={forgetAll} onProfile={chooseProfile}
			onScan={scanAll} onCancelScan={cancelScanning} onReminder={chooseReminder}
			onCapture={async () => captureActiveTab(document, browserConnection)} {...questionHandlers}
		/></Frame>;
	}

	if (loaded.state === 'failed') {
		return (
			<Frame audit={undefined} pending>
				<div class="notice notice-not-read load-failed" role="alert">
					<p>{t.failed}</p>
					<p><button type="button" onClick={loaded.retry}>{t.tryAgain}</button></p>
					<ForgetSite label={t.forgetEverything} question={t.forgetEverythingQuestion} onForget={() => void forgetAllAndRetry(loaded.retry)}/>
				</div>
			</Frame>
		);
	}

	return <Frame audit={undefined} pending><p class="loading" role="status">{loaded.state === 'slow' ? t.stillLoading : t.loading}</p></Frame>;
}
