import {linkedinSwitchRule} from './linkedin-switch-rule.js';

// Your LinkedIn data used for ads on other sites (LinkedIn Audience Network; Advertising data ›
// "Ads beyond LinkedIn", switch allowLinkedInAudienceNetwork, platform-pages-3.md §5.3, H-ish).
export default linkedinSwitchRule({id: 'ads-beyond-linkedin', ref: 'TP-03', family: 'third-party', field: 'adsBeyondLinkedIn', page: 'ads-beyond-linkedin', confidence: 'H'});
