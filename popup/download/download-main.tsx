import {render} from 'preact';
import {ExportProblemError, checkExport} from '../../src/core/exports/check-export.js';
import {exportPlatforms} from '../../src/core/exports/platforms/index.js';
import {NotAZipError} from '../../src/archive/zip-source.js';
import {catalogFor, loadCatalogs} from '../../src/i18n/catalogs.js';
import {tagOf} from '../../src/i18n/languages.js';
import {renderMessage} from '../../src/i18n/render.js';
import {uiLanguage} from '../../src/i18n/t.js';
import {DownloadView, type DownloadState} from './download-view.js';
import {pickedSource} from './picked-source.js';

// "Check a download": an extension page, opened in a tab from the popup and from Review together. The
// download is read here, on the device, and kept nowhere: no storage, no message to the worker, no
// network. Reading yields between chunks, so the page answers (and Cancel works) while it reads.
document.documentElement.lang = tagOf(uiLanguage());
const app = document.getElementById('app') ?? document.body;
let state: DownloadState = {phase: 'idle'};
let reading: AbortController | undefined;

const problem = (id: string) => renderMessage(catalogFor(uiLanguage()), {id});

function show(next: DownloadState): void {
	state = next;
	render(<DownloadView state={state} onPick={files => void check(files)} onCancel={() => reading?.abort()} onReset={() => show({phase: 'idle'})}/>, app);
}

async function check(files: File[]): Promise<void> {
	if (files.length === 0 || state.phase === 'reading') {
		return;
	}

	const controller = new AbortController();
	reading = controller;
	const name = files.length === 1 ? files[0]!.name : (files[0]!.webkitRelativePath.split('/')[0] || files[0]!.name);
	show({phase: 'reading', name, read: 0, total: 0});
	let source;
	try {
		source = await pickedSource(files);
		let shown = 0;
		let breath = performance.now();
		const report = await checkExport(source, {signal: controller.signal, async onProgress(read, total) {
			// A repaint every 1% is plenty; the rest of the time goes to reading.
			if (read - shown >= total / 100 || read === total) {
				shown = read;
				show({phase: 'reading', name, read, total});
			}

			// Every frame or so, a macrotask: reading chunks alone is all microtasks, and would keep the
			// page from painting and from taking a click on Cancel until the end.
			if (performance.now() - breath > 16) {
				await new Promise(resolve => setTimeout(resolve, 0));
				breath = performance.now();
			}
		}});
		const platformName = exportPlatforms.find(platform => platform.id === report.platform)?.name ?? report.platform;
		show({phase: 'done', report, platformName});
	} catch (error) {
		show(controller.signal.aborted ? {phase: 'cancelled'}
			: error instanceof NotAZipError ? {phase: 'failed', message: problem('download-not-a-zip')}
				: error instanceof ExportProblemError ? {phase: 'failed', message: problem(error.problem)}
					// Anything else: the file could not be read to the end (moved or changed on disk, say), which
					// is not the same as a file that is no zip.
					: {phase: 'failed', message: problem('download-unreadable')});
	} finally {
		reading = undefined;
		await source?.close?.().catch(() => undefined);
	}
}

void loadCatalogs(document, [uiLanguage()]).then(() => show(state));
