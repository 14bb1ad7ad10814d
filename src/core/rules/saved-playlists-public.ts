import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {youtubeFix} from './fix-steps.js';

// Like NET-01 for what you keep: YouTube's "Keep all my saved playlists private" off shows the playlists you
// saved on your channel (platform-pages-3.md §3.2, M, 2025; §3.5: they reveal interests). Like liked videos, Low / Medium.
export default defineRule({
	id: 'saved-playlists-public',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['savedPlaylistsPublic'],
	severity: severityFor('low', 'medium'),
	judge: ({savedPlaylistsPublic}) => (savedPlaylistsPublic.value ? risk('public') : ok),
	fixes: {youtube: youtubeFix('account-privacy', 'M')},
	examples: {risky: [{savedPlaylistsPublic: known(true)}], ok: [{savedPlaylistsPublic: known(false)}]},
});
