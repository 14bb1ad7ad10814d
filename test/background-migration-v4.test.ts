import {expect, test} from 'vitest';
import {storageVersion} from '../src/background/storage-migrate.js';
import {installFakeBrowser} from './fake-browser.js';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
type StoredFinding = {ruleId: string; status: string; exposure: unknown; title?: unknown; why?: unknown};

// A store from before message references (version 4: the audit held English sentences), met by a
// fresh worker. Its own file: the worker migrates once per start, and a module is started once per file.
test('a version-4 store\'s English audit is rebuilt as references from its pages; the rest is kept as it was', async () => {
	const fake = installFakeBrowser();
	const pages = {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 5, observations: {futurePostsAudience: {state: 'known', value: 'public'}}}}};
	const englishAudit = {sites: [{site: 'facebook', siteName: 'Facebook', findings: [{
		ruleId: 'future-posts-public', site: 'facebook', status: 'risk', severity: 'medium', title: 'Your new posts and photos are public',
		exposure: 'New posts and photos are visible to Public', why: '…', fix: {url: 'https://www.facebook.com/settings/?tab=posts', page: 'Settings › Posts', steps: ['…']},
	}], pagesRead: [{pageKind: 'settings-posts', title: 'Settings › Posts', readAt: 5}], pagesToVisit: [], score: {value: 95, grade: 'A', checked: 1, total: 1}}],
	counts: {risk: 1, unknown: 0, ok: 0}, urgent: 0, score: {value: 95, grade: 'A', checked: 1, total: 1}, profile: 'adult', updatedAt: 5};
	const scans = [{startedAt: 3, endedAt: 4, outcome: 'finished', findings: [{ruleId: 'future-posts-public', site: 'facebook', status: 'risk', severity: 'medium'}], sites: [], pagesRead: []}];
	const review = {last: {phase: 'finished', startedAt: 1, band: 'teen16', accounts: ['facebook'], decided: [], finishedAt: 2, stage: 'learner', nextCheckIn: 9e12, snapshot: []}};
	await fake.storage.local.set({version: 4, pages, audit: englishAudit, scans, changes: [], answers: {answers: {}, apps: {}}, profile: 'teen16', review});
	await import('../src/background/background.js');
	const onMessage = fake.runtime.onMessage.listeners.at(-1) as Listener;
	const state = await onMessage({name: 'getState', payload: {}}, {id: fake.runtime.id}) as {audit: {profile: string; sites: Array<{findings: StoredFinding[]; pagesRead: unknown[]}>}};

	const finding = state.audit.sites[0]!.findings.find(candidate => candidate.ruleId === 'future-posts-public')!;
	expect(finding.exposure).toEqual({rule: 'future-posts-public', id: 'public'});
	expect(finding).not.toHaveProperty('title');
	expect(finding).not.toHaveProperty('why');
	expect(state.audit.sites[0]!.pagesRead).toEqual([{pageKind: 'settings-posts', readAt: 5}]);
	expect(state.audit.profile).toBe('teen16');
	const stored = await fake.storage.local.get(null);
	expect(stored).toMatchObject({version: storageVersion, pages, scans, review, profile: 'teen16'});
	expect(stored.audit).toEqual(state.audit);
	expect(JSON.stringify(stored.audit)).not.toContain('visible to Public');
});
