import {sendToBackground as send} from './browser-connection.js';
import * as t from './strings.js';

/**
 * "Show me": opens the page that fixes this site's part and points at the control there. `role`
 * names the site's part in a finding across accounts; a one-site finding has none.
 */
export function ShowMeButton({site, ruleId, role, steps}: {site: string; ruleId: string; role?: string; steps: readonly string[]}) {
	const press = () => void send('showMe', {site, ruleId, ...(role === undefined ? {} : {role}), steps: [...steps]}).catch(() => undefined);
	return <button type="button" class="show-me" data-show-me={site} onClick={press}>{t.showMe}</button>;
}
