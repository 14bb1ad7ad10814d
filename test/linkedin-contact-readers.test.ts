import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {createPageContext, extractPage} from '../content-scripts/extract-page.js';
import {readablePage} from '../content-scripts/detect-readable-page.js';
import linkedin from '../content-scripts/sites/linkedin/index.js';
import {labelsEn} from '../src/core/labels/linkedin/en.js';
import {contactAddress, contactBirthday, contactBirthYear, contactPhone} from '../content-scripts/sites/linkedin/read-contact-info.js';
import {permittedServiceCount} from '../content-scripts/sites/linkedin/read-permitted-services.js';
import {known, unknown} from '../src/core/model/observed.js';

// Tiny pages in the shape of platform-pages-2.md §4.3–4.4: the contact info modal's h3 sections
// outside main, the nav's /in/ link; and (L) the permitted services' "Remove" buttons.

const nav = '<header id="global-nav"><a href="https://www.linkedin.com/in/robin-example-0000/">View Profile</a></header>';
const section = (heading: string, body = '<span>x</span>') => `<section><h3>${heading}</h3>${body}</section>`;
const dialog = (...sections: string[]) => `<div role="dialog">${section('Your Profile')}${sections.join('')}</div>`;

function load(outside: string, {url = 'https://www.linkedin.com/in/robin-example-0000/overlay/contact-info/', main = '<a href="/in/robin-example-0000/edit/forms/intro/"></a>'} = {}) {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><body>${nav}<main>${main}</main>${outside}</body></html>`, {url}).window;
	return {document, context: createPageContext(document, labelsEn, document.querySelector('main')!)};
}

describe('contact info overlay', () => {
	test('a section with content is shown; no section in your own view is "not set"', () => {
		const {context} = load(dialog(section('Phone', '<span>+1 555 0100</span>'), section('Birthday', '<span>March 3</span>')));
		expect(contactPhone(context)).toEqual(known('shown'));
		expect(contactBirthday(context)).toEqual(known('shown'));
		expect(contactAddress(context)).toEqual(known('not-set'));
		// Month and day only (§4.3, M): the year is not on the profile.
		expect(contactBirthYear(context)).toEqual(known('not-set'));
	});

	test('the overlay is the one dialog with "Your Profile": one inside another is still one; two dialogs with it, or none, are not', () => {
		const phone = section('Phone', '<span>+1 555 0100</span>');
		expect(contactPhone(load(`<div role="dialog"><div>${dialog(phone)}</div></div>`).context)).toEqual(known('shown'));
		expect(contactPhone(load(dialog(phone) + dialog(phone)).context)).toEqual(unknown('element-missing'));
		expect(contactPhone(load(`<div>${section('Your Profile')}${phone}</div>`).context)).toEqual(unknown('element-missing'));
	});

	// Found by the layout-drift fuzz (issue 17.6): a renamed section used to read as a detail left empty.
	test('a section heading we do not know makes every absent detail "couldn\'t check", never "not set"', () => {
		const {context} = load(dialog(section('Phone number', '<span>+1 555 0100</span>'), section('Email', '<span>r@example.com</span>')));
		expect(contactPhone(context)).toEqual(unknown('unrecognized-value'));
		expect(contactAddress(context)).toEqual(unknown('unrecognized-value'));
		expect(contactBirthYear(context)).toEqual(unknown('unrecognized-value'));
		// Known headings only (Email, Websites…): absence is the answer again.
		expect(contactAddress(load(dialog(section('Email'), section('Websites'))).context)).toEqual(known('not-set'));
	});

	test('a four-digit year in the birthday means the year is shown', () => {
		expect(contactBirthYear(load(dialog(section('Birthday', '<span>March 3, 1999</span>'))).context)).toEqual(known('shown'));
	});

	test('without the own-view heading in a dialog, nothing is "not set"', () => {
		const {context} = load(`<div role="dialog">${section('Alex Sample\'s Profile')}</div>`);
		expect(contactPhone(context)).toEqual(unknown('element-missing'));
		expect(contactBirthYear(load(`<div>${section('Your Profile')}</div>`).context)).toEqual(unknown('element-missing'));
	});

	test('someone else\'s vanity name is never read, nor a page without an owner control', () => {
		const page = readablePage(linkedin, 'contact-info')!;
		const other = load(dialog(section('Phone')), {url: 'https://www.linkedin.com/in/alex-sample-1111/overlay/contact-info/'});
		expect(extractPage(page, other.document).status).toBe('not-own-profile');
		const own = load(dialog(section('Phone')));
		expect(extractPage(page, own.document).observations.phone).toEqual(known('shown'));
	});
});

describe('permitted services (L)', () => {
	const loadServices = (main: string) => load('', {url: 'https://www.linkedin.com/mypreferences/d/permitted-services', main});

	test('one service per "Remove" button, by text or aria-label', () => {
		expect(permittedServiceCount(loadServices('<button aria-label="Remove Example Calendar">Remove</button><button>Remove</button><button>Learn more</button>').context)).toEqual(known(2));
	});

	test('no buttons is 0 only with the empty-list sentence', () => {
		expect(permittedServiceCount(loadServices('<p>You haven’t permitted any services.</p>').context)).toEqual(known(0));
		expect(permittedServiceCount(loadServices('<h1>Permitted services</h1>').context)).toEqual(unknown('element-missing'));
	});
});
