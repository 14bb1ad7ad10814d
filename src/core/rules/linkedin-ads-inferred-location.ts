import {linkedinSwitchRule} from './linkedin-switch-rule.js';

// Where you are, inferred from your IP address, used to target ads (LinkedIn › Advertising data ›
// "Inferred location"; platform-pages-3.md §5.3, switch allowIpToPersonalizeAds, H-ish, Brave PSST
// 2025–26). Ad data from your own activity: TP-03, in the geolocation family.
export default linkedinSwitchRule({id: 'linkedin-ads-inferred-location', ref: 'TP-03', family: 'geolocation', field: 'adsInferredLocation', page: 'ads-inferred-location', confidence: 'M'});
