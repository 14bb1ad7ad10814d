// @vitest-environment jsdom
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import {rules} from '../src/core/rules/index.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {PopupView, type PopupViewProps} from '../popup/popup.js';
import {sampleAudit as audit} from './popup-audit.js';
import './page-catalogs.js';

let root: HTMLElement;
beforeEach(() => {
	root = document.createElement('div');
	document.body.append(root);
});
afterEach(() => {
	render(null, root);
	root.remove();
});

const show = (props: Partial<PopupViewProps> = {}) =>
	act(() => render(<PopupView audit={audit} tab={undefined} catalog={siteCatalog()} {...props} profile={props.profile ?? 'adult'}/>, root));

describe('grade, coverage and where to start', () => {
	test('shows the grade and the coverage beside it', () => {
		show();
		const {score} = audit;
		expect(score.grade).not.toBeNull();
		expect(root.querySelector('.grade')?.textContent).toBe(`Grade ${score.grade} · ${score.value}/100`);
		expect(root.querySelector('.coverage')?.textContent).toBe(`${score.checked} of ${score.total} checks done`);
		expect(score.checked).toBeLessThan(score.total);
	});

	test('"Start here" links to the checklist item of the highest-impact risk', () => {
		show();
		const link = root.querySelector<HTMLAnchorElement>('.start-here a')!;
		const target = root.querySelector(link.getAttribute('href')!)!;
		expect(target.getAttribute('data-rule')).toBe(audit.startHere!.ruleId);
		expect(target.getAttribute('data-status')).toBe('risk');
	});

	test('before anything is checked there is no grade', () => {
		show({audit: buildAudit(sites, {}, rules)});
		expect(root.querySelector('.grade')).toBeNull();
	});
});

describe('audience profile', () => {
	test('shows the current profile and reports a change', () => {
		const onProfile = vi.fn();
		show({profile: 'teen16', onProfile});
		const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="profile"]')];
		expect(radios.map(radio => [radio.value, radio.checked])).toEqual([['adult', false], ['teen13', false], ['teen16', true]]);
		act(() => radios[1]!.click());
		expect(onProfile).toHaveBeenCalledWith('teen13');
	});
});
