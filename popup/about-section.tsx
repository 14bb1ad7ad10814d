import {useState} from 'preact/hooks';
import type {CaptureRefusal} from '../src/core/protocol/parse-capture.js';
import type {TabState} from '../src/core/protocol/tab-state.js';
import type {CaptureOutcome} from './capture-sample.js';
import * as t from './strings.js';

/** Why no sample can be saved of the tab the popup was opened over, if it can't: its last reading says. */
function refusalOf(tab: TabState | undefined): CaptureRefusal | undefined {
	switch (tab?.status) {
		case 'read':
			return undefined;
		case undefined:
		case 'not-audited':
			return 'not-a-page';
		case 'reading':
			return 'page-not-ready';
		default:
			return tab!.status;
	}
}

const helpId = 'capture-help';
const resultId = 'capture-result';

/**
 * About Overshare, collapsed at the bottom: what it is, and the maintainers' "Save a page sample"
 * (README "Contribute a page sample"). The button is there only for a page of your own that was read;
 * otherwise it is disabled and the reason is said next to it.
 */
export function AboutSection({tab, onCapture}: {tab: TabState | undefined; onCapture: () => Promise<CaptureOutcome>}) {
	const [outcome, setOutcome] = useState<CaptureOutcome | 'saving' | undefined>(undefined);
	const refusal = refusalOf(tab);
	const capture = async () => {
		setOutcome('saving');
		setOutcome(await onCapture());
	};

	const result = outcome === undefined || outcome === 'saving' ? ''
		: outcome.state === 'saved' ? t.captureSaved(outcome.fileName)
			: outcome.state === 'refused' ? t.captureRefused[outcome.reason] : t.captureFailed;
	return (
		<details class="about">
			<summary>{t.aboutTitle}</summary>
			<p>{t.aboutText}</p>
			<p id={helpId}>{t.captureHelp}</p>
			<button type="button" class="capture" disabled={refusal !== undefined || outcome === 'saving'} aria-describedby={`${helpId} ${resultId}`} onClick={() => void capture()}>
				{t.captureButton}
			</button>
			<p id={resultId} class="capture-result" role="status" data-capture={outcome === undefined || outcome === 'saving' ? undefined : outcome.state}>
				{refusal ? t.captureRefused[refusal] : result}
			</p>
		</details>
	);
}
