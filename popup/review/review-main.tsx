import {render} from 'preact';
import {useState} from 'preact/hooks';
import {loadCatalogs} from '../../src/i18n/catalogs.js';
import {uiLanguage} from '../../src/i18n/t.js';
import {tagOf} from '../../src/i18n/languages.js';
import type {ReviewAction} from '../../src/core/review/review-action.js';
import {browserConnection, sendToBackground as send} from '../browser-connection.js';
import * as t from '../strings.js';
import {useStateFromBackground} from '../use-state-from-background.js';
import {ReviewView, type ReviewHandlers} from './review-view.js';

// "Review together": a page of the extension, opened in a tab from the popup. Every step goes to the
// background, which stores it; the page redraws from storage, so a closed tab resumes where it was.
document.documentElement.lang = tagOf(uiLanguage());

const step = (action: ReviewAction) => void send('review', action).catch(() => undefined);

function ReviewPage() {
	const loaded = useStateFromBackground(browserConnection);
	const [deleted, setDeleted] = useState(false);
	if (loaded.state !== 'ready') {
		return <p class={loaded.state === 'failed' ? 'notice' : 'loading'} role={loaded.state === 'failed' ? 'alert' : undefined}>{loaded.state === 'failed' ? t.failed : t.loading}</p>;
	}

	const state = loaded.value;
	const handlers: ReviewHandlers = {
		onStart: (band, accounts) => step({do: 'start', band, accounts}),
		onDecide: decision => step({do: 'decide', decision}),
		onBack: () => step({do: 'back'}),
		onFinish: (stage, nextCheckIn) => step({do: 'finish', stage, ...(nextCheckIn === undefined ? {} : {nextCheckIn})}),
		onDiscard: () => step({do: 'discard'}),
		onDelete: () => {
			setDeleted(true);
			void send('deleteReview', {}).catch(() => undefined);
		},
		onForgetEverything: () => void send('forgetEverything', {}).catch(() => undefined),
		onShowMe: (site, ruleId, steps) => void send('showMe', {site, ruleId, steps}).catch(() => undefined),
		onPrint: () => window.print(),
		onScan: () => void send('startScan', {}).catch(() => undefined),
		onCancelScan: () => void send('cancelScan', {}).catch(() => undefined),
		onAnswer: (question, answer) => void send('answerQuestion', {question, answer}).catch(() => undefined),
		onClear: question => void send('clearAnswer', {question}).catch(() => undefined),
		onAppUse: (platform, uses) => void send('setAppUse', {platform, uses}).catch(() => undefined),
	};
	return <ReviewView state={state} now={Date.now()} deleted={deleted} {...handlers}/>;
}

void (async () => {
	await loadCatalogs(document, [uiLanguage()]);
	render(<ReviewPage/>, document.getElementById('app') ?? document.body);
})();
