import {linkedinSwitchRule} from './linkedin-switch-rule.js';

// What you do on an advertiser's site after seeing its ad, reported back to LinkedIn (Advertising
// data › "Ad-related actions", switch allowConversionTrackings, platform-pages-3.md §5.3, H-ish):
// off-platform activity linked, TP-02.
export default linkedinSwitchRule({id: 'linkedin-conversion-tracking', ref: 'TP-02', family: 'third-party', field: 'adsConversionTracking', page: 'ads-related-actions', confidence: 'M'});
