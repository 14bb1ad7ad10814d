import type {ExportFinding, ExportReport} from '../../src/core/exports/check-export.js';
import type {Status} from '../../src/core/model/audit.js';
import * as e from '../engine-texts.js';
import {ExternalLink} from '../external-link.js';
import * as t from '../strings.js';
import * as d from './download-strings.js';

/** Where the page is: waiting for a pick, reading (bytes of bytes), done, stopped, or failed with one sentence. */
export type DownloadState =
	| {phase: 'idle'}
	| {phase: 'reading'; name: string; read: number; total: number}
	| {phase: 'done'; report: ExportReport; platformName: string}
	| {phase: 'cancelled'}
	| {phase: 'failed'; message: string};

export type DownloadViewProps = {
	state: DownloadState;
	onPick: (files: File[]) => void;
	onCancel: () => void;
	onReset: () => void;
};

const order: Status[] = ['risk', 'unknown', 'ok'];

function Item({finding}: {finding: ExportFinding}) {
	const steps = e.downloadSteps(finding.ruleId, finding.platform);
	return (
		<li class={`finding status-${finding.status}`} data-rule={finding.ruleId} data-status={finding.status}>
			<h3>{e.title(finding)}</h3>
			<p class="exposure">{e.exposure(finding)}</p>
			{finding.status !== 'ok' && <p class="why">{e.why(finding)}</p>}
			{finding.status !== 'ok' && steps.length > 0 && (
				<details>
					<summary>{d.howTo}</summary>
					<ol>{steps.map(step => <li key={step}>{step}</li>)}</ol>
				</details>
			)}
			{finding.fix && finding.status !== 'ok' && <p><ExternalLink href={finding.fix} class="fix-link">{d.whereToChange}</ExternalLink></p>}
			{finding.pageRule && <p class="also-live">{d.alsoLive(e.title({ruleId: finding.pageRule}))}</p>}
		</li>
	);
}

function Picker({onPick}: Pick<DownloadViewProps, 'onPick'>) {
	const picked = (event: Event) => {
		const input = event.currentTarget as HTMLInputElement;
		onPick([...input.files ?? []]);
		input.value = '';
	};

	return (
		<div
			class="drop-zone"
			onDragOver={event => event.preventDefault()}
			onDrop={event => {
				event.preventDefault();
				onPick([...event.dataTransfer?.files ?? []]);
			}}
		>
			<label class="action">{d.pickFile}<input type="file" accept=".zip,.json,.js,.csv,application/zip" onChange={picked}/></label>
			<label class="action">{d.pickFolder}<input type="file" {...{webkitdirectory: '', directory: ''}} multiple onChange={picked}/></label>
			<p class="hint">{d.drop}</p>
		</div>
	);
}

/** The "Check a download" page: pick, read with progress and Cancel, then the checklist. All text is text. */
export function DownloadView({state, onPick, onCancel, onReset}: DownloadViewProps) {
	return (
		<main>
			<h1>{d.title}</h1>
			<p>{d.intro}</p>
			<p class="hint">{d.nothingStored}</p>
			{state.phase === 'idle' && <Picker onPick={onPick}/>}
			{state.phase === 'reading' && (
				<section class="reading" aria-live="polite">
					<p>{d.reading(state.name)}</p>
					<progress max={Math.max(state.total, 1)} value={state.read} aria-label={d.progress}/>
					<button type="button" onClick={onCancel}>{d.cancel}</button>
				</section>
			)}
			{(state.phase === 'cancelled' || state.phase === 'failed') && (
				<section role="alert" class={`notice download-${state.phase}`}>
					<p>{state.phase === 'failed' ? state.message : d.cancelled}</p>
					<button type="button" onClick={onReset}>{d.another}</button>
				</section>
			)}
			{state.phase === 'done' && (
				<section class="download-report" data-platform={state.report.platform}>
					<h2>{d.platformDownload(state.platformName)}</h2>
					<p class="hint">{d.filesRead(state.report.read.length)}</p>
					{state.report.skipped.length > 0 && (
						<ul class="skipped">{state.report.skipped.map(skipped => <li key={skipped.path}>{d.notRead(skipped.path, e.reason(skipped.reason))}</li>)}</ul>
					)}
					{order.map(status => {
						const findings = state.report.findings.filter(finding => finding.status === status);
						return findings.length > 0 && (
							<section key={status}>
								<h2>{t.groupHeading[status]}</h2>
								<ul>{findings.map(finding => <Item key={finding.ruleId} finding={finding}/>)}</ul>
							</section>
						);
					})}
					<button type="button" onClick={onReset}>{d.another}</button>
				</section>
			)}
		</main>
	);
}
